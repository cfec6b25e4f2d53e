"""The "experience, not instructions" reminder (rule 2) in private messages: shown once, then
"Send as it is" sends; nothing goes to moderators, who do not read private conversations."""

import pytest
from django.urls import reverse

from conversations.models import Message
from forum.nudge import REMINDER
from tests.conversations.test_views import start
from tests.factories import sign_in

pytestmark = pytest.mark.django_db

ADVICE = "You should just cut 10% tonight and jump off next week."


def test_instructions_in_a_reply_bring_the_reminder_once_keeping_the_text(client, alice, bea):
    message = start(alice, bea)
    url = reverse("conversations:send", args=[message.conversation_id])
    response = sign_in(client, bea).post(url, {"body": ADVICE, "client_id": "adv-1"})
    html = response.content.decode()
    assert response.status_code == 400
    assert REMINDER.split(".")[0] in html and ADVICE in html and "Send as it is" in html
    assert not Message.objects.filter(client_id="adv-1").exists()
    sent = client.post(url, {"body": ADVICE, "client_id": "adv-1", "post_anyway": "1"})
    assert sent.status_code == 302 and Message.objects.filter(client_id="adv-1").exists()


def test_sharing_ones_own_dose_sends_without_a_reminder(client, alice, bea):
    message = start(alice, bea)
    url = reverse("conversations:send", args=[message.conversation_id])
    response = sign_in(client, bea).post(url, {"body": "I'm on 12 mg and holding this month.", "client_id": "own-1"})
    assert response.status_code == 302 and Message.objects.filter(client_id="own-1").exists()


def test_a_live_send_says_the_reminder_is_showing(client, alice, bea):
    message = start(alice, bea)
    url = reverse("conversations:send", args=[message.conversation_id])
    sign_in(client, bea)
    response = client.post(url, {"body": ADVICE, "client_id": "adv-2"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and response.json()["advice"] is True
    again = client.post(url, {"body": ADVICE, "client_id": "adv-2", "post_anyway": "1"}, HTTP_ACCEPT="application/json")
    assert again.status_code == 200 and again.json()["state"] == "sent"


def test_starting_a_conversation_with_instructions_shows_the_reminder(client, alice, bea):
    response = sign_in(client, alice).post(
        reverse("conversations:new"), {"to": bea.username, "body": ADVICE, "client_id": "adv-3"}
    )
    assert response.status_code == 400 and "Send as it is" in response.content.decode()
