import datetime
import io

from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditEntry
from accounts.permissions import has_role
from resources import permissions, services
from resources.models import ClinicianApplication
from tests import factories
from tests.factories import sign_in
from tests.resources.helpers import fresh

FORM = {
    "profession": "Pharmacist",
    "registration_number": "2045678",
    "issuing_body": "General Pharmaceutical Council",
    "jurisdiction": "Great Britain",
    "registry_url": "https://www.pharmacyregulation.org/registers/pharmacist/2045678",
    "statement": "Community pharmacist.",
}


def _apply(user, **overrides):
    return services.apply_as_clinician(user, **{**FORM, **overrides})


def test_bad_registry_link_is_explained_and_the_typed_text_stays(client, member):
    sign_in(client, member)
    response = client.post(reverse("resources:apply"), {**FORM, "registry_url": "not a link"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Please give a full web address" in page
    assert "Community pharmacist." in page and "General Pharmaceutical Council" in page
    assert not ClinicianApplication.objects.exists()


def test_a_member_cannot_apply_twice_while_waiting(client, member):
    _apply(member)
    sign_in(client, member)
    response = client.post(reverse("resources:apply"), FORM)
    assert response.status_code == 403
    assert "already waiting" in response.content.decode()
    assert ClinicianApplication.objects.count() == 1


def test_verified_clinician_gets_the_badge_with_their_profession(admin_user, django_capture_on_commit_callbacks):
    applicant = factories.MemberFactory(username="dr_rowan")
    application = _apply(applicant)
    with django_capture_on_commit_callbacks(execute=True):
        services.verify_clinician(application, by=admin_user)
    applicant = fresh(applicant)
    html = Template("{% load haven_accounts %}{% author who %}").render(Context({"who": applicant}))
    assert "Clinician · Pharmacist" in html
    application.refresh_from_db()
    assert application.expires_at.date() == (timezone.now() + datetime.timedelta(days=365)).date()
    assert AuditEntry.objects.filter(action="role.grant", target_user=applicant, after="clinician").exists()


def test_admin_declines_with_a_reason_and_the_applicant_is_told(client, admin_user, member):
    application = _apply(member)
    sign_in(client, admin_user)
    response = client.post(reverse("resources:decline", args=[application.pk]), {"decline-reason": ""})
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()
    reason = "We could not find you on the register."
    response = client.post(reverse("resources:decline", args=[application.pk]), {"decline-reason": reason})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "declined" and application.decided_by == admin_user
    assert member.notifications.filter(kind="resource", text__contains="could not find you").exists()
    assert AuditEntry.objects.filter(action="clinician.decline", target_user=member).exists()
    sign_in(client, member)
    page = client.get(reverse("resources:apply")).content.decode()
    assert "Declined" in page and "We could not find you on the register." in page
    assert "Send application" in page  # may apply again


def test_revoking_removes_role_and_badge_and_is_audited(client, admin_user):
    applicant = factories.MemberFactory(username="dr_hazel", mfa=True)
    application = services.verify_clinician(_apply(applicant), by=admin_user)
    sign_in(client, admin_user)
    response = client.post(
        reverse("resources:revoke", args=[application.pk]), {"revoke-reason": "Registration suspended"}
    )
    assert response.status_code == 302
    applicant = fresh(applicant)
    assert not has_role(applicant, "clinician")
    assert applicant.clinician_title == ""
    assert not permissions.can_author_resources(applicant)
    entry = AuditEntry.objects.get(action="clinician.revoke", target_user=applicant)
    assert entry.actor == admin_user and entry.reason == "Registration suspended" and entry.before == "Pharmacist"
    assert applicant.notifications.filter(kind="resource", text__contains="revoked").exists()


def test_expire_clinicians_ends_verifications_past_their_date_only(admin_user):
    old = factories.MemberFactory(username="dr_old")
    current = factories.MemberFactory(username="dr_current")
    past = timezone.now() - datetime.timedelta(days=1)
    services.verify_clinician(_apply(old), by=admin_user, expires_at=past)
    services.verify_clinician(_apply(current), by=admin_user)
    old.two_step_verified = current.two_step_verified = True  # both acting in a two-step session
    # Before the command runs, the expired verification already no longer counts.
    assert not permissions.can_author_resources(fresh(old))
    assert permissions.can_author_resources(fresh(current))

    call_command("expire_clinicians", stdout=io.StringIO())

    old, current = fresh(old), fresh(current)
    assert ClinicianApplication.objects.get(applicant=old).status == "expired"
    assert not has_role(old, "clinician") and old.clinician_title == ""
    assert has_role(current, "clinician") and current.clinician_title == "Pharmacist"
    assert AuditEntry.objects.filter(action="clinician.expire", target_user=old).exists()
    assert old.notifications.filter(kind="resource", text__contains="expired").exists()
    # An expired clinician may apply again.
    assert permissions.can_apply_as_clinician(old)


def test_applications_queue_is_for_admins_only(client, member, clinician_a):
    assert client.get(reverse("resources:applications")).status_code == 302
    sign_in(client, member)
    assert client.get(reverse("resources:applications")).status_code == 403
    sign_in(client, clinician_a)
    assert client.get(reverse("resources:applications")).status_code == 403
    assert not permissions.can_decide_applications(AnonymousUser())
