"""Clinician verification: applying, verifying, declining, revoking, expiring."""

import datetime

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.services import grant_role, record_audit, revoke_role
from forum.sanitize import clean_text
from resources.models import ClinicianApplication
from resources.services.common import VERIFICATION_PERIOD, _forget_verification
from resources.services.common import notify_member as _notify

__all__ = [
    "apply_as_clinician",
    "verify_clinician",
    "decline_application",
    "revoke_clinician",
    "expire_clinicians",
]


@transaction.atomic
def apply_as_clinician(
    applicant,
    *,
    profession: str,
    registration_number: str,
    issuing_body: str,
    jurisdiction: str,
    registry_url: str,
    statement: str,
) -> ClinicianApplication:
    application = ClinicianApplication.objects.create(
        applicant=applicant,
        profession=clean_text(profession).strip(),
        registration_number=clean_text(registration_number).strip(),
        issuing_body=clean_text(issuing_body).strip(),
        jurisdiction=clean_text(jurisdiction).strip(),
        registry_url=registry_url.strip(),
        statement=clean_text(statement).strip(),
    )
    record_audit(actor=applicant, action="clinician.apply", target=application, target_user=applicant)
    return application


@transaction.atomic
def verify_clinician(application: ClinicianApplication, *, by, expires_at=None) -> ClinicianApplication:
    """Verify: clinician role, badge with the profession, expiry (default one year)."""
    now = timezone.now()
    applicant = application.applicant
    application.status = ClinicianApplication.VERIFIED
    application.decided_by = by
    application.decided_at = now
    application.expires_at = expires_at or now + VERIFICATION_PERIOD
    application.reason = ""
    application.save(update_fields=["status", "decided_by", "decided_at", "expires_at", "reason"])
    grant_role(applicant, role="clinician", actor=by, reason=f"Verified clinician application {application.pk}")
    applicant.clinician_title = application.profession[:80]
    applicant.save(update_fields=["clinician_title"])
    _forget_verification(applicant)
    record_audit(
        actor=by,
        action="clinician.verify",
        target=application,
        target_user=applicant,
        after=f"{application.profession}; expires {application.expires_at:%Y-%m-%d}",
    )
    _notify(
        applicant,
        actor=by,
        text=f"You are now a verified clinician ({application.profession}) until "
        f"{timezone.localtime(application.expires_at):%d %B %Y}. You can write and review guidance.",
        url=reverse("resources:apply"),
    )
    return application


@transaction.atomic
def decline_application(application: ClinicianApplication, *, by, reason: str) -> ClinicianApplication:
    application.status = ClinicianApplication.DECLINED
    application.decided_by = by
    application.decided_at = timezone.now()
    application.reason = clean_text(reason).strip()
    application.save(update_fields=["status", "decided_by", "decided_at", "reason"])
    record_audit(
        actor=by, action="clinician.decline", target=application, target_user=application.applicant,
        reason=application.reason,
    )
    _notify(
        application.applicant,
        actor=by,
        text=f"Your clinician application was not verified. Reason: {application.reason}",
        url=reverse("resources:apply"),
    )
    return application


def _end_verification(application: ClinicianApplication, *, status: str, by, reason: str, action: str) -> None:
    applicant = application.applicant
    application.status = status
    application.reason = reason
    if status == ClinicianApplication.REVOKED:
        application.decided_by = by
        application.decided_at = timezone.now()
    application.save(update_fields=["status", "reason", "decided_by", "decided_at"])
    revoke_role(applicant, role="clinician", actor=by, reason=reason)
    before = applicant.clinician_title
    applicant.clinician_title = ""
    applicant.save(update_fields=["clinician_title"])
    _forget_verification(applicant)
    record_audit(
        actor=by, action=action, target=application, target_user=applicant, reason=reason, before=before
    )


@transaction.atomic
def revoke_clinician(application: ClinicianApplication, *, by, reason: str) -> ClinicianApplication:
    """Take verification away: the role, the badge, and the right to write or review guidance."""
    reason = clean_text(reason).strip()
    _end_verification(
        application, status=ClinicianApplication.REVOKED, by=by, reason=reason, action="clinician.revoke"
    )
    _notify(
        application.applicant,
        actor=by,
        text=f"Your clinician verification was revoked. Reason: {reason}",
        url=reverse("resources:apply"),
    )
    return application


def expire_clinicians(*, now: datetime.datetime | None = None) -> list[ClinicianApplication]:
    """End every verification whose expiry date has passed (run daily by `expire_clinicians`)."""
    now = now or timezone.now()
    expired = []
    due = ClinicianApplication.objects.filter(status=ClinicianApplication.VERIFIED, expires_at__lte=now)
    for application in due.select_related("applicant"):
        with transaction.atomic():
            _end_verification(
                application,
                status=ClinicianApplication.EXPIRED,
                by=None,
                reason="Verification reached its expiry date",
                action="clinician.expire",
            )
            _notify(
                application.applicant,
                text="Your clinician verification has expired. Please apply again to keep writing guidance.",
                url=reverse("resources:apply"),
            )
        expired.append(application)
    return expired
