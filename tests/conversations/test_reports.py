"""Reports of private messages: the queue gets the message, moderators see only a window around
it and every look is audited; held links and crisis go through the content policy."""

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from conversations import services
from conversations.models import Message
from moderation.models import QueueItem
from moderation.services import approve_item
from tests.conversations.conftest import cid
from tests.factories import sign_in

pytestmark = pytest.mark.django_db


def start(author, *others, body="Hello there"):
    return services.start_conversation(author, recipients=list(others), body=body, client_id=cid())


@pytest.fixture
def long_conversation(alice, bea):
    first = start(alice, bea, body="message 0")
    messages = [first]
    for n in range(1, 40):
        author = alice if n % 2 == 0 else bea
        messages.append(services.send_message(author, conversation=first.conversation, body=f"message {n}",
                                              client_id=cid()))
    return messages


def test_a_reported_message_reaches_the_queue_with_only_its_window_visible(client, long_conversation, alice,
                                                                           bea, moderator):
    reported = long_conversation[20]  # written by alice
    response = sign_in(client, bea).post(reverse("moderation:flag", args=["message", reported.pk]),
                                       {"reason": "unkind", "note": "She was cruel"})
    assert response.status_code == 302
    item = QueueItem.objects.get(kind="message", object_id=reported.pk)
    assert item.author == alice and "message 20" in item.summary

    sign_in(client, moderator)
    item_page = client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "message 20" in item_page and "message 19" not in item_page
    window = client.get(reverse("conversations:message", args=[reported.pk]), follow=True).content.decode()
    for n in range(10, 31):
        assert f"message {n}<" in window
    assert "message 9<" not in window and "message 31<" not in window
    assert "bea_k" in window and "She was cruel" in window
    assert "<h1>Reported private message</h1>" in window and "This look is recorded in the audit log." in window
    audit = AuditEntry.objects.get(action="messages.report_view")
    assert audit.actor == moderator and "21 shown" in audit.after


def test_the_window_size_is_configurable(client, settings, long_conversation, bea, moderator):
    settings.HAVEN_MESSAGES_REPORT_WINDOW = 2
    reported = long_conversation[21]
    sign_in(client, long_conversation[20].author).post(reverse("moderation:flag", args=["message", reported.pk]),
                                                     {"reason": "spam"})
    window = sign_in(client, moderator).get(reverse("moderation:message_report", args=[reported.pk])).content.decode()
    assert [n for n in range(40) if f"message {n}<" in window] == [19, 20, 21, 22, 23]


def test_moderators_cannot_open_messages_nobody_reported(client, long_conversation, moderator):
    message = long_conversation[5]
    sign_in(client, moderator)
    assert client.get(reverse("moderation:message_report", args=[message.pk])).status_code == 404
    assert client.get(message.conversation.get_absolute_url()).status_code == 404
    assert not AuditEntry.objects.filter(action="messages.report_view").exists()


def test_members_cannot_open_report_windows(client, long_conversation, cal):
    message = long_conversation[5]
    assert sign_in(client, cal).get(reverse("moderation:message_report", args=[message.pk])).status_code == 403


def test_only_participants_can_report_a_message(client, long_conversation, cal):
    message = long_conversation[5]
    response = sign_in(client, cal).post(reverse("moderation:flag", args=["message", message.pk]), {"reason": "spam"})
    assert response.status_code == 404


def test_a_whole_conversation_can_be_reported_and_shows_the_latest_window(client, long_conversation, bea,
                                                                          moderator):
    conversation = long_conversation[0].conversation
    sign_in(client, bea).post(reverse("moderation:flag", args=["conversation", conversation.pk]),
                            {"reason": "other", "note": "Keeps asking for my address"})
    item = QueueItem.objects.get(kind="conversation")
    assert item.summary == ""
    window = sign_in(client, moderator).get(reverse("conversations:conversation", args=[conversation.pk]),
                                          follow=True).content.decode()
    assert [n for n in range(40) if f"message {n}<" in window] == list(range(30, 40))
    assert "<h1>Reported private conversation</h1>" in window and "Keeps asking for my address" in window
    assert AuditEntry.objects.filter(action="messages.report_view", actor=moderator).count() == 1


def test_an_admin_opens_a_whole_conversation_only_with_a_written_reason(client, long_conversation, admin_user):
    conversation = long_conversation[0].conversation
    url = reverse("conversations:admin_open", args=[conversation.pk])
    sign_in(client, admin_user)
    assert "message 0<" not in client.get(url).content.decode()
    refused = client.post(url, {"reason": "  "})
    assert refused.status_code == 400 and "message 0<" not in refused.content.decode()
    opened = client.post(url, {"reason": "Police request, ticket 42"}).content.decode()
    assert "message 0<" in opened and "message 39<" in opened
    audit = AuditEntry.objects.get(action="messages.admin_open")
    assert audit.actor == admin_user and audit.reason == "Police request, ticket 42"


def test_moderators_who_are_not_admins_cannot_open_whole_conversations(client, long_conversation, moderator):
    url = reverse("conversations:admin_open", args=[long_conversation[0].conversation_id])
    assert sign_in(client, moderator).post(url, {"reason": "curious"}).status_code == 403


def test_links_from_members_below_the_threshold_are_held_until_a_moderator_approves(alice, bea, moderator, settings):
    settings.HAVEN_LINK_REVIEW_BELOW = 20  # alice has 10 approved posts
    message = start(alice, bea, body="Look at https://pills.example.com/cheap")
    assert not message.is_approved and message.policy_decision.held_for_review
    assert not bea.conversation_rows.get().latest_id
    item = QueueItem.objects.get(kind="message", object_id=message.pk)
    assert item.is_held
    approve_item(item, by=moderator)
    message.refresh_from_db()
    assert message.is_approved
    assert bea.conversation_rows.get().latest_id == message.pk
    alice.refresh_from_db()
    assert alice.approved_contributions == 10  # private messages are not posts


def test_a_crisis_in_a_private_message_alerts_moderators_and_shows_the_panel(client, alice, bea):
    response = sign_in(client, alice).post(
        reverse("conversations:new"), {"to": "bea_k", "body": "I want to end my life tonight", "client_id": "c-1"},
        follow=True,
    )
    item = QueueItem.objects.get(kind="message")
    assert item.is_crisis
    assert Message.objects.get().is_approved  # not silenced
    assert "crisis" in response.content.decode().lower()
    assert response.context["crisis_panel"]


def test_the_same_text_to_many_members_is_refused_and_queued(alice, settings):
    from tests.conversations.conftest import old_member

    settings.HAVEN_MESSAGES_MASS_RECIPIENTS = 3
    people = [old_member() for _ in range(3)]
    text = "Cheap tapering kits, message me"
    start(alice, people[0], body=text)
    start(alice, people[1], body=text.upper())
    with pytest.raises(services.MassMessaging):
        start(alice, people[2], body=text)
    held = Message.objects.filter(is_approved=False).get()
    assert not people[2].conversation_rows.get().latest_id
    item = QueueItem.objects.get(kind="message", object_id=held.pk)
    assert item.is_held and "same message" in item.held_reason


def test_hiding_a_reported_message_removes_it_for_the_others_with_one_audit_entry(client, alice, bea, moderator):
    from moderation.services import hide_content

    message = start(alice, bea, body="something unkind")
    sign_in(client, bea).post(reverse("moderation:flag", args=["message", message.pk]), {"reason": "unkind"})
    item = QueueItem.objects.get(kind="message")
    hide_content(item, by=moderator, reason="Unkind to another member")
    html = sign_in(client, bea).get(message.conversation.get_absolute_url()).content.decode()
    assert "something unkind" not in html
    assert AuditEntry.objects.filter(action="moderation.hide").count() == 1
    assert not AuditEntry.objects.filter(action="messages.hide").exists()
    own = sign_in(client, alice).get(message.conversation.get_absolute_url()).content.decode()
    assert "something unkind" in own and "Hidden by a moderator" in own
