"""Who may do what: a role × action matrix, checked on the rules and on the pages."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone

from accounts.models import Sanction
from resources import permissions, services
from resources.models import ClinicianApplication
from tests import factories
from tests.factories import sign_in
from tests.resources.helpers import fresh, make_draft, make_published

ROLES = ["anonymous", "member", "applicant", "author", "second", "expired", "admin"]
ACTIONS = ["apply", "verify", "draft", "submit", "sign_off_own", "sign_off_other", "rereview", "retire"]
ALLOWED = {
    "anonymous": set(),
    "member": {"apply"},
    "applicant": set(),
    "author": {"draft", "submit", "retire"},
    "second": {"draft", "submit", "sign_off_other", "rereview", "retire"},
    "expired": {"apply"},
    "admin": {"apply", "verify", "retire"},
}


def _application(user, **kwargs):
    fields = {
        "profession": "GP", "registration_number": "123", "issuing_body": "A council", "jurisdiction": "UK",
        "registry_url": "https://example.org/register/123", "statement": "I am a GP.",
    }
    return ClinicianApplication.objects.create(applicant=user, **{**fields, **kwargs})


@pytest.fixture
def people(db, clinician_a, clinician_b, admin_user):
    applicant = factories.MemberFactory(username="applicant", mfa=True)
    _application(applicant)
    expired = factories.MemberFactory(username="dr_expired", roles=["clinician"], mfa=True, clinician_title="GP")
    long_ago = timezone.now() - datetime.timedelta(days=400)
    _application(
        expired, status="verified", decided_at=long_ago, decided_by=admin_user,
        expires_at=long_ago + datetime.timedelta(days=365),
    )
    return {
        "anonymous": AnonymousUser(),
        "member": factories.MemberFactory(username="plain_member", mfa=True),
        "applicant": applicant,
        "author": clinician_a,
        "second": clinician_b,
        "expired": expired,
        "admin": admin_user,
    }


@pytest.fixture
def objects(people, clinician_a, clinician_b):
    """What the actions act on: someone's pending application, the author's work in review,
    and a published resource the author wrote and the second clinician signed off."""
    in_review = make_draft(clinician_a, title="In review")
    services.submit_resource(in_review, by=clinician_a)
    return {
        "pending_application": _application(factories.MemberFactory(username="someone_else")),
        "in_review": in_review,
        "published": make_published(clinician_a, clinician_b, title="Published"),
    }


def _own_draft(user, *, submitted: bool):
    resource = make_draft(user, title=f"Own work of {user.username}")
    if submitted:
        services.submit_resource(resource, by=user)
    return resource


def rule_allows(action: str, user, objects) -> bool:
    if action == "apply":
        return permissions.can_apply_as_clinician(user)
    if action == "verify":
        return permissions.can_decide_application(user, objects["pending_application"])
    if action == "draft":
        return permissions.can_author_resources(user)
    if action == "submit":
        if not user.is_authenticated:
            return False
        return permissions.can_submit_version(user, services.working_version(_own_draft(user, submitted=False)))
    if action == "sign_off_own":
        if not user.is_authenticated:
            return False
        return permissions.can_sign_off_version(user, services.working_version(_own_draft(user, submitted=True)))
    if action == "sign_off_other":
        return permissions.can_sign_off_version(user, services.working_version(objects["in_review"]))
    if action == "rereview":
        return permissions.can_rereview_resource(user, objects["published"])
    if action == "retire":
        return permissions.can_retire_resource(user, objects["published"])
    raise AssertionError(action)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_permission_matrix_on_the_rules(role, action, people, objects):
    user = people[role]
    if user.is_authenticated:
        user = fresh(user)
    assert rule_allows(action, user, objects) is (action in ALLOWED[role])


def page_request(client, action: str, user, objects):
    """Make the request a person would make for action; return the response."""
    if user.is_authenticated:
        sign_in(client, user)
    if action == "apply":
        return client.post(
            reverse("resources:apply"),
            {"profession": "Nurse", "registration_number": "N1", "issuing_body": "A council", "jurisdiction": "UK",
             "registry_url": "https://example.org/r/n1", "statement": "I am a nurse."},
        )
    if action == "verify":
        return client.post(reverse("resources:verify", args=[objects["pending_application"].pk]))
    if action == "draft":
        return client.post(
            reverse("resources:new"),
            {"title": "A new draft", "summary": "Short.", "body": "Text.", "citations": ""},
        )
    if action == "submit":
        own = _own_draft(user, submitted=False) if user.is_authenticated else objects["in_review"]
        return client.post(reverse("resources:submit", args=[own.slug]))
    if action == "sign_off_own":
        own = _own_draft(user, submitted=True) if user.is_authenticated else objects["in_review"]
        return client.post(reverse("resources:sign_off", args=[own.slug]), {"review-review_months": 12})
    if action == "sign_off_other":
        return client.post(
            reverse("resources:sign_off", args=[objects["in_review"].slug]), {"review-review_months": 12}
        )
    if action == "rereview":
        return client.post(
            reverse("resources:rereview", args=[objects["published"].slug]), {"review-review_months": 12}
        )
    if action == "retire":
        return client.post(reverse("resources:retire", args=[objects["published"].slug]), {"retire-reason": "Old"})
    raise AssertionError(action)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_permission_matrix_on_the_pages(role, action, people, objects, client):
    response = page_request(client, action, people[role], objects)
    if action in ALLOWED[role]:
        assert response.status_code == 302, response.content.decode()[:500]
        assert "/account/login/" not in response["Location"]
    elif role == "anonymous":
        assert response.status_code == 302 and "/account/login/" in response["Location"]
    else:
        # Refused with a reason (403), or hidden (404: an unpublished draft of someone else).
        assert response.status_code in (403, 404), (response.status_code, response.content.decode()[:300])


def test_expired_clinician_is_told_why_they_cannot_write(people, client):
    sign_in(client, people["expired"])
    response = client.get(reverse("resources:new"))
    assert response.status_code == 403
    assert "verification has expired" in response.content.decode()


def test_team_pages_need_two_step_sign_in(client, db):
    clinician = factories.MemberFactory(roles=["clinician"], mfa=False)
    sign_in(client, clinician)
    response = client.get(reverse("resources:new"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
    admin = factories.MemberFactory(roles=["admin"], mfa=False)
    sign_in(client, admin)
    assert client.get(reverse("resources:applications"))["Location"].startswith(reverse("mfa_activate_totp"))


def test_muted_clinician_cannot_write_or_sign_off(clinician_a, clinician_b):
    in_review = make_draft(clinician_a)
    services.submit_resource(in_review, by=clinician_a)
    Sanction.objects.create(user=clinician_b, kind=Sanction.MUTE, reason="Cooling off")
    muted = fresh(clinician_b)
    assert not permissions.can_author_resources(muted)
    assert not permissions.can_sign_off_version(muted, services.working_version(in_review))


def test_operator_granted_clinician_counts_as_verified_until_an_application_is_revoked(clinician_a, admin_user):
    assert permissions.is_verified_clinician(fresh(clinician_a))
    application = _application(clinician_a, status="verified", decided_at=timezone.now(), decided_by=admin_user,
                               expires_at=timezone.now() + datetime.timedelta(days=30))
    services.revoke_clinician(application, by=admin_user, reason="Licence lapsed")
    assert not permissions.is_verified_clinician(fresh(clinician_a))


def test_an_admin_cannot_verify_their_own_application(admin_user):
    application = _application(admin_user)
    assert not permissions.can_decide_application(fresh(admin_user), application)


def test_drafts_are_hidden_from_members_and_shown_to_clinicians(client, clinician_a, clinician_b, member):
    resource = make_draft(clinician_a)
    url = reverse("resources:detail", args=[resource.slug])
    assert client.get(url).status_code == 404
    sign_in(client, member)
    assert client.get(url).status_code == 404
    assert resource.title not in client.get(reverse("resources:library")).content.decode()
    sign_in(client, clinician_b)
    assert client.get(url).status_code == 200
    assert resource.title in client.get(reverse("resources:library")).content.decode()
