"""Who may do what with clinician verification and resources.

Verified clinician (``is_verified_clinician``): has the clinician role AND either
- a verified ClinicianApplication whose expiry date has not passed, or
- no application decision at all: the role was granted by an operator (``manage.py grant_role``
  or the demo accounts), which counts as verified without expiry.
An expired or revoked latest verification never counts, even while the role is still attached
(before ``expire_clinicians`` has run). Every write also needs ``check_can_write`` (sanctions).
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone

from accounts.permissions import can_administer, can_write, check_can_write, has_role, has_staff_power
from resources.models import ClinicianApplication, Resource, ResourceVersion


def latest_verification(user) -> ClinicianApplication | None:
    """The user's latest verified/expired/revoked application (cached on the user object)."""
    if not getattr(user, "is_authenticated", False):
        return None
    if not hasattr(user, "_clinician_verification"):
        user._clinician_verification = ClinicianApplication.objects.latest_decided_for(user)
    return user._clinician_verification


def is_verified_clinician(user) -> bool:
    """A clinician whose verification holds, using the role now (this session passed two-step)."""
    return has_staff_power(user, "clinician") and holds_clinician_verification(user)


def holds_clinician_verification(user) -> bool:
    """The account's standing, whatever the session (reminders, badges): role and a current verification."""
    if not has_role(user, "clinician"):
        return False
    verification = latest_verification(user)
    if verification is None:
        return True  # granted by an operator
    return verification.status == ClinicianApplication.VERIFIED and (
        verification.expires_at is None or verification.expires_at > timezone.now()
    )


def pending_application(user) -> ClinicianApplication | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return ClinicianApplication.objects.pending_for(user)


# --- Verification ------------------------------------------------------------------------------


def can_apply_as_clinician(user) -> bool:
    return can_write(user) and not is_verified_clinician(user) and pending_application(user) is None


def check_apply_as_clinician(user) -> None:
    check_can_write(user)
    if is_verified_clinician(user):
        raise PermissionDenied("You are already a verified clinician.")
    if pending_application(user) is not None:
        raise PermissionDenied("Your application is already waiting for an admin. We will let you know.")


def can_decide_applications(user) -> bool:
    return can_administer(user)


def can_decide_application(user, application: ClinicianApplication) -> bool:
    return (
        can_decide_applications(user)
        and application.status == ClinicianApplication.PENDING
        and application.applicant_id != user.pk
    )


def check_decide_application(user, application: ClinicianApplication) -> None:
    if not can_decide_applications(user):
        raise PermissionDenied("Only admins verify clinicians.")
    if application.applicant_id == user.pk:
        raise PermissionDenied("You cannot decide your own application; another admin must.")
    if application.status != ClinicianApplication.PENDING:
        raise PermissionDenied("This application has already been decided.")


def can_revoke_verification(user, application: ClinicianApplication) -> bool:
    return can_administer(user) and application.status == ClinicianApplication.VERIFIED


def check_revoke_verification(user, application: ClinicianApplication) -> None:
    if not can_administer(user):
        raise PermissionDenied("Only admins revoke a clinician's verification.")
    if application.status != ClinicianApplication.VERIFIED:
        raise PermissionDenied("Only a current verification can be revoked.")


# --- Resources ---------------------------------------------------------------------------------


def can_author_resources(user) -> bool:
    """Write drafts and review others' work: a verified, unexpired clinician who may write."""
    return can_write(user) and is_verified_clinician(user)


def check_author_resources(user) -> None:
    check_can_write(user)
    if not has_role(user, "clinician"):
        raise PermissionDenied("Only verified clinicians write and review guidance.")
    if not has_staff_power(user, "clinician"):
        raise PermissionDenied("Writing and reviewing guidance needs two-step sign-in in this session.")
    if not is_verified_clinician(user):
        raise PermissionDenied(
            "Your clinician verification has expired or was revoked, so you cannot write or review "
            "guidance. You can apply again from the guidance library."
        )


def can_view_drafts(user) -> bool:
    """Clinicians (to review) and admins see drafts and work in review."""
    return is_verified_clinician(user) or can_administer(user)


def can_view_resource(user, resource: Resource) -> bool:
    if resource.is_public:
        return True
    return can_view_drafts(user) or (getattr(user, "pk", None) is not None and resource.author_id == user.pk)


def check_view_resource(user, resource: Resource) -> None:
    if not can_view_resource(user, resource):
        raise Http404("No such resource.")


def can_view_working_version(user, resource: Resource) -> bool:
    """See the unpublished version: clinicians and admins, its author, anyone for starter content."""
    if resource.is_starter:
        return True
    return can_view_drafts(user) or (getattr(user, "pk", None) is not None and resource.author_id == user.pk)


def can_edit_version(user, version: ResourceVersion | None, resource: Resource) -> bool:
    """Edit the working version, or start one. Starter content may be taken on by any clinician."""
    if not can_author_resources(user) or resource.status == Resource.RETIRED:
        return False
    if version is None:
        return True
    return version.written_by_id in (None, user.pk)


def check_edit_version(user, version: ResourceVersion | None, resource: Resource) -> None:
    check_author_resources(user)
    if resource.status == Resource.RETIRED:
        raise PermissionDenied("This resource is retired and can no longer be changed.")
    if version is not None and version.written_by_id not in (None, user.pk):
        raise PermissionDenied("Another clinician is working on a new version of this resource.")


def can_submit_version(user, version: ResourceVersion | None) -> bool:
    return (
        version is not None
        and not version.is_published
        and version.submitted_at is None
        and version.written_by_id == getattr(user, "pk", None)
        and can_author_resources(user)
    )


def check_submit_version(user, version: ResourceVersion | None) -> None:
    check_author_resources(user)
    if version is None or version.is_published:
        raise PermissionDenied("There is no draft to send for review.")
    if version.written_by_id != user.pk:
        raise PermissionDenied("Only the clinician who wrote this draft can send it for review.")
    if version.submitted_at is not None:
        raise PermissionDenied("This draft is already waiting for review.")


def can_sign_off_version(user, version: ResourceVersion | None) -> bool:
    return (
        version is not None
        and version.in_review
        and version.written_by_id is not None
        and version.written_by_id != getattr(user, "pk", None)
        and can_author_resources(user)
    )


def check_sign_off_version(user, version: ResourceVersion | None) -> None:
    check_author_resources(user)
    if version is None or not version.in_review:
        raise PermissionDenied("There is nothing waiting for sign-off.")
    if version.written_by_id is None:
        raise PermissionDenied(
            "Starter content must first be taken on by a clinician (edit it and send it for review); "
            "a second clinician then signs it off."
        )
    if version.written_by_id == user.pk:
        raise PermissionDenied("A second clinician must sign off your work; you cannot sign off your own.")


def can_rereview_resource(user, resource: Resource) -> bool:
    version = resource.current_version
    return (
        resource.status == Resource.PUBLISHED
        and version is not None
        and version.written_by_id != getattr(user, "pk", None)
        and can_author_resources(user)
    )


def check_rereview_resource(user, resource: Resource) -> None:
    check_author_resources(user)
    if resource.status != Resource.PUBLISHED:
        raise PermissionDenied("Only published resources are re-reviewed.")
    if resource.current_version is not None and resource.current_version.written_by_id == user.pk:
        raise PermissionDenied("A second clinician must re-review your work; you cannot re-review your own.")


def can_retire_resource(user, resource: Resource) -> bool:
    if resource.status == Resource.RETIRED:
        return False
    return can_author_resources(user) or (can_administer(user) and can_write(user))


def check_retire_resource(user, resource: Resource) -> None:
    check_can_write(user)
    if not (is_verified_clinician(user) or can_administer(user)):
        raise PermissionDenied("Only verified clinicians and admins retire guidance.")
    if resource.status == Resource.RETIRED:
        raise PermissionDenied("This resource is already retired.")


def can_act_on_resource_flag(user, resource: Resource | None = None) -> bool:
    """Moderation's hook: clinicians (not only moderators) may act on flagged resources."""
    return can_author_resources(user)
