import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db
User = get_user_model()

SIGNUP = {
    "email": "quiet.fox@example.com",
    "username": "quiet_fox",
    "password1": "slow-and-steady-2024",
    "password2": "slow-and-steady-2024",
    "accept_guidelines": "on",
    "confirm_adult": "on",
}


def test_signup_sends_verification_email_and_confirming_logs_the_member_in(client):
    response = client.post("/account/signup/", SIGNUP)
    assert response.status_code == 302
    user = User.objects.get(username="quiet_fox")
    assert user.accepted_guidelines_at is not None and user.confirmed_adult_at is not None
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    link = re.search(r"http://testserver(/account/confirm-email/\S+/)", body).group(1)

    # Not verified yet: logging in is refused until the email is confirmed.
    client.logout()
    response = client.post("/account/login/", {"login": "quiet_fox", "password": SIGNUP["password1"]})
    assert "_auth_user_id" not in client.session

    response = client.post(link)
    assert response.status_code == 302
    client.logout()
    response = client.post("/account/login/", {"login": "QUIET.FOX@example.com", "password": SIGNUP["password1"]})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    client.logout()
    response = client.post("/account/login/", {"login": "quiet_fox", "password": SIGNUP["password1"]})
    assert client.session["_auth_user_id"] == str(user.pk)


def test_signup_requires_guidelines_and_age_and_keeps_what_was_typed(client):
    data = {**SIGNUP}
    del data["accept_guidelines"], data["confirm_adult"]
    response = client.post("/account/signup/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please read and accept the community guidelines" in html
    assert "Please confirm you are 18 or older" in html
    assert 'value="quiet_fox"' in html and 'value="quiet.fox@example.com"' in html
    assert not User.objects.filter(username="quiet_fox").exists()


@pytest.mark.parametrize(
    "name",
    ["ab", "a" * 31, "has space", "emoji🙂", "semi;colon", "<script>"],
)
def test_display_name_rules_reject_bad_names(client, name):
    response = client.post("/account/signup/", {**SIGNUP, "username": name})
    assert response.status_code == 200
    assert not User.objects.filter(email=SIGNUP["email"]).exists()


@pytest.mark.parametrize("name", ["abc", "River_Stone-2.0", "a" * 30])
def test_display_name_rules_accept_good_names(client, name):
    response = client.post("/account/signup/", {**SIGNUP, "username": name})
    assert response.status_code == 302
    assert User.objects.filter(username=name).exists()


def test_display_names_are_unique_ignoring_case(client):
    MemberFactory(username="Quiet_Fox")
    response = client.post("/account/signup/", SIGNUP)
    assert response.status_code == 200
    assert "username" in response.context["form"].errors
    assert not User.objects.filter(email=SIGNUP["email"]).exists()


def test_database_refuses_case_insensitive_duplicate_names():
    from django.db import IntegrityError, transaction

    MemberFactory(username="Willow")
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create(username="willow", email="other@example.com")


def test_email_is_never_shown_on_a_profile(client):
    member = MemberFactory(username="heron", email="secret-address@example.com", bio="Day 40 off.")
    response = client.get(f"/u/{member.username}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Day 40 off." in html and "secret-address" not in html
