"""Every e-mail route for every role (until the shared role x route matrix in tests/security/ lands,
these are its expectations for mailing): who gets in, who is sent to sign in, what needs a token."""

import json

import pytest
from django.urls import reverse

from mailing.tokens import confirm_token, unsubscribe_token
from tests import factories

pytestmark = pytest.mark.django_db
ROLES = ["visitor", "member", "moderator", "admin"]


def _client_for(client, role):
    if role != "visitor":
        roles = {"member": [], "moderator": ["moderator"], "admin": ["admin"]}[role]
        user = factories.MemberFactory(roles=roles, mfa=bool(roles))
        factories.sign_in(client, user)
        client.user = user
    return client


@pytest.mark.parametrize("role", ROLES)
def test_the_settings_pages_are_for_signed_in_members_of_every_role(client, role):
    client = _client_for(client, role)
    page = client.get(reverse("mailing:settings"))
    confirm = client.post(reverse("mailing:request_confirmation"))
    if role == "visitor":
        assert page.status_code == 302 and "/account/login/" in page["Location"]
        assert confirm.status_code == 302 and "/account/login/" in confirm["Location"]
    else:
        assert page.status_code == 200
        assert confirm.status_code == 302 and confirm["Location"] == reverse("mailing:settings")
    assert client.get(reverse("mailing:request_confirmation")).status_code in (302, 405)


@pytest.mark.parametrize("role", ROLES)
def test_token_links_work_for_anyone_holding_a_valid_token_and_nobody_else(client, role):
    owner = factories.MemberFactory()
    client = _client_for(client, role)
    good = reverse("mailing:unsubscribe", args=[unsubscribe_token(owner.pk, "mention")])
    assert client.get(good).status_code == 200
    assert client.get(reverse("mailing:unsubscribe", args=["forged"])).status_code == 400
    assert client.post(reverse("mailing:unsubscribe", args=["forged"])).status_code == 400
    confirm = reverse("mailing:confirm", args=[confirm_token(owner.pk, owner.email)])
    assert client.get(confirm).status_code == 200
    assert client.get(reverse("mailing:confirm", args=["forged"])).status_code == 400


@pytest.mark.parametrize("role", ROLES)
def test_the_bounce_webhook_answers_only_the_operators_token_whatever_the_session(client, settings, role):
    settings.HAVEN_EMAIL_WEBHOOK_TOKEN = "operator-secret"
    client = _client_for(client, role)
    url = reverse("mailing:bounce_webhook")
    body = json.dumps({"email": "nobody@example.org", "event": "hard"})
    assert client.post(url, body, content_type="application/json").status_code == 403
    assert client.get(url).status_code == 405
    ok = client.post(url, body, content_type="application/json", HTTP_AUTHORIZATION="Bearer operator-secret")
    assert ok.status_code == 200 and ok.json() == {"marked": 0}
