"""Finding 2: /admin/ was a side door (a password alone, no lockout, no CSP). Now the admin signs in
through allauth (two-step, rate limits), opens only for a two-step session, and its changes to
sanctions, roles, trusted and active status and crisis phrases are audited."""

import pytest
from django.urls import reverse

from accounts.models import AuditEntry, Sanction
from moderation.models import CrisisPhrase
from tests.factories import DEFAULT_PASSWORD, MemberFactory, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_admin():
    return MemberFactory(roles=["admin"], mfa=True, is_staff=True, is_superuser=True, username="site_admin")


def test_the_admin_sign_in_page_hands_over_to_the_sites_sign_in(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_password_alone_posted_to_the_admin_does_not_sign_in(client, site_admin):
    response = client.post("/admin/login/", {"username": site_admin.username, "password": DEFAULT_PASSWORD})
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session
    assert client.get("/review/").status_code == 302


def test_the_sites_sign_in_asks_a_staff_account_for_its_code(client, site_admin):
    response = client.post(reverse("account_login"), {"login": site_admin.username, "password": DEFAULT_PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("mfa_authenticate")
    assert client.get("/admin/").status_code == 302  # not signed in until the code is entered


def test_repeated_wrong_passwords_are_refused_before_thirty(client, site_admin, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
    pages = [
        client.post(reverse("account_login"), {"login": site_admin.username, "password": f"wrong-{i}"})
        for i in range(30)
    ]
    refused = [i for i, page in enumerate(pages) if "Too many failed login attempts" in page.content.decode()]
    assert refused and refused[0] <= 10
    right = client.post(reverse("account_login"), {"login": site_admin.username, "password": DEFAULT_PASSWORD})
    assert "_auth_user_id" not in client.session  # locked out, even with the right password
    assert right.status_code == 429 or "Too many failed login attempts" in right.content.decode()


def test_a_staff_session_without_two_step_is_sent_to_enter_a_code(client, site_admin):
    sign_in(client, site_admin, two_step=False)
    response = client.get("/admin/", follow=False)
    assert response.status_code == 302
    follow = client.get(response["Location"])
    assert follow.status_code == 302 and follow["Location"].startswith(reverse("mfa_reauthenticate"))


def test_a_two_step_staff_session_opens_the_admin_with_a_content_security_policy(client, site_admin):
    sign_in(client, site_admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_admin_changes_to_status_roles_sanctions_and_phrases_are_audited(client, site_admin):
    sign_in(client, site_admin)
    member = MemberFactory(username="someone")
    data = {
        "username": "someone", "email": member.email, "bio": "", "theme": "system", "text_size": "normal",
        "country": "", "is_trusted": "on", "approved_contributions": "10", "is_active": "",
        "groups": [], "last_login_0": "", "last_login_1": "", "date_joined_0": "2026-01-01",
        "date_joined_1": "10:00:00", "accepted_guidelines_at_0": "", "accepted_guidelines_at_1": "",
        "confirmed_adult_at_0": "", "confirmed_adult_at_1": "", "legacy_id": "", "deleted_at_0": "",
        "deleted_at_1": "", "clinician_title": "",
    }
    from django.contrib.auth.models import Group

    data["groups"] = [Group.objects.get(name="Moderators").pk]
    response = client.post(reverse("admin:accounts_user_change", args=[member.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    change = AuditEntry.objects.get(action="admin.user.change", target_user=member)
    assert "is_trusted=True" in change.after and "is_active=False" in change.after
    assert AuditEntry.objects.filter(action="admin.role.grant", target_user=member, after="Moderators").exists()

    sanction = Sanction.objects.create(user=member, kind=Sanction.MUTE, reason="x", created_by=site_admin)
    client.post(reverse("admin:accounts_sanction_delete", args=[sanction.pk]), {"post": "yes"})
    assert AuditEntry.objects.filter(action="admin.sanction.delete", target_user=member).exists()

    response = client.post(
        reverse("admin:haven_moderation_crisisphrase_add"),
        {"phrase": "a new phrase", "is_active": "on", "created_at_0": "2026-01-01", "created_at_1": "10:00:00"},
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert CrisisPhrase.objects.filter(phrase="a new phrase").exists()
    assert AuditEntry.objects.filter(action="admin.crisisphrase.add", actor=site_admin).exists()
