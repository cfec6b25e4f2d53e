import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import RequestFactory

from accounts.permissions import role_required
from tests.factories import DEFAULT_PASSWORD, MemberFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


@role_required("moderator")
def _team_page(request):
    return HttpResponse("team only")


def _request(user):
    from django.contrib.messages.storage.fallback import FallbackStorage

    request = RequestFactory().get("/team/")
    request.user = user
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


def test_staff_without_mfa_are_sent_to_enrolment_with_a_message():
    moderator = User.objects.get(pk=MemberFactory(roles=["moderator"]).pk)
    request = _request(moderator)
    response = _team_page(request)
    assert response.status_code == 302 and response.url == "/account/2fa/totp/activate/?next=%2Fteam%2F"
    assert "two-step sign-in" in str(list(request._messages)[0])


def test_staff_with_mfa_reach_team_pages_once_this_session_passed_two_step():
    moderator = User.objects.get(pk=MemberFactory(roles=["moderator"], mfa=True).pk)
    response = _team_page(_request(moderator))
    assert response.status_code == 302 and response.url.startswith("/account/2fa/reauthenticate/")
    moderator.two_step_verified = True  # what TwoStepMiddleware marks after a code was entered
    assert _team_page(_request(moderator)).content == b"team only"


def test_members_are_refused_team_pages():
    from django.core.exceptions import PermissionDenied

    member = User.objects.get(pk=MemberFactory(mfa=True).pk)
    with pytest.raises(PermissionDenied):
        _team_page(_request(member))


def test_member_changes_display_name_and_keeps_text_on_error(member_client):
    MemberFactory(username="taken_name")
    response = member_client.post("/settings/", {"username": "TAKEN_NAME", "bio": "My long story", "country": "gb",
                                                 "theme": "calm", "text_size": "large"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "That display name is taken" in html and "My long story" in html
    response = member_client.post("/settings/", {"username": "new_name", "bio": "My long story", "country": "gb",
                                                 "theme": "calm", "text_size": "large"})
    assert response.status_code == 302
    member = User.objects.get(pk=member_client.user.pk)
    assert member.username == "new_name" and member.country == "GB" and member.theme == "calm"


def test_theme_choice_applies_on_every_page_for_visitors(client):
    response = client.post("/settings/appearance/", {"theme": "dark", "text_size": "larger", "next": "/guidelines/"})
    assert response.status_code == 302 and response.url == "/guidelines/"
    html = client.get("/guidelines/").content.decode()
    assert 'data-theme="dark"' in html and 'data-text="larger"' in html


def test_appearance_refuses_offsite_redirects(client):
    response = client.post("/settings/appearance/", {"theme": "dark", "text_size": "large", "next": "//evil.example"})
    assert response.url == "/"


def test_account_deletion_needs_the_password_and_removes_personal_data(member_client):
    member = member_client.user
    response = member_client.post("/settings/delete/", {"password": "wrong"})
    assert response.status_code == 200 and "That password is not right" in response.content.decode()
    response = member_client.post("/settings/delete/", {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    member.refresh_from_db()
    assert not member.is_active and member.email is None and member.username == f"deleted-{member.pk}"
    assert member_client.get("/settings/").status_code == 302  # signed out


def test_suspended_member_cannot_log_in_and_sees_reason_and_end(client):
    from datetime import timedelta

    from django.utils import timezone

    from accounts.models import Sanction

    member = MemberFactory(username="sleepy_moth")
    Sanction.objects.create(user=member, kind=Sanction.SUSPEND, reason="Repeated sourcing links",
                            ends_at=timezone.now() + timedelta(days=3))
    response = client.post("/account/login/", {"login": "sleepy_moth", "password": DEFAULT_PASSWORD})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Repeated sourcing links" in html and "UTC" in html
    assert "_auth_user_id" not in client.session
