"""The prepared reply sent as a private message from the crisis item page (issue 10).

moderation never imports conversations: the message goes through reviewable.registry's private
messenger, which conversations registers in its ready()."""

from django.urls import reverse

import forum.services
from accounts.models import AuditEntry
from conversations.models import Block, Conversation, Message
from moderation.models import QueueItem
from tests import factories
from tests.factories import sign_in
from tests.moderation.conftest import make_moderator

HIGH = "I have the pills saved up. I won't be here much longer."
FIELD = "crisis_message-text"


def _crisis_item(public_topic):
    author = factories.MemberFactory(country="GB", username="willow")
    forum.services.create_post(author, topic=public_topic, body=HIGH)
    return QueueItem.objects.get(is_crisis=True)


def _send(client, item, text):
    return client.post(reverse("moderation:crisis_message", args=[item.pk]), {FIELD: text}, follow=True)


def test_a_moderator_sends_the_edited_reply_privately_and_it_is_recorded(db, client, public_topic):
    item = _crisis_item(public_topic)
    moderator = make_moderator(username="rowan")
    sign_in(client, moderator)
    page = _send(client, item, "Hi willow, it's Rowan. Are you safe right now? I'm here.").content.decode()
    assert "Sent as a private message" in page
    conversation = Conversation.objects.get()
    assert set(conversation.participants.values_list("user__username", flat=True)) == {"rowan", "willow"}
    message = Message.objects.get(conversation=conversation)
    assert message.author == moderator and "Are you safe right now?" in message.source
    entry = AuditEntry.objects.get(action="moderation.crisis_outcome")
    assert entry.actor == moderator and entry.target_user == item.author and entry.after == "reached_out"
    assert "private message" in entry.reason
    item.refresh_from_db()
    assert item.is_pending  # the item stays open for the next step


def test_a_refusal_is_shown_beside_the_message_which_is_kept(db, client, public_topic):
    item = _crisis_item(public_topic)
    moderator = make_moderator()
    Block.objects.create(blocker=item.author, blocked=moderator)
    sign_in(client, moderator)
    response = _send(client, item, "My own words for willow.")
    page = response.content.decode()
    assert response.status_code == 400
    assert "can&#x27;t receive new messages from you" in page and "My own words for willow." in page
    assert not Conversation.objects.exists() and not AuditEntry.objects.filter(action="moderation.crisis_outcome")


def test_an_empty_message_or_an_ordinary_item_sends_nothing(db, client, public_topic):
    item = _crisis_item(public_topic)
    sign_in(client, make_moderator())
    assert _send(client, item, "   ").status_code == 400
    post = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="A calm day.")
    from moderation.services import file_flag

    file_flag(post, flagger=factories.MemberFactory(), reason="other", note="Looks odd")
    ordinary = QueueItem.objects.get(is_crisis=False)
    page = _send(client, ordinary, "Hello").content.decode()
    assert "not a crisis item" in page and "Send as a private message" not in page
    assert not Conversation.objects.exists()


def test_members_and_clinicians_cannot_send_it(db, client, public_topic):
    item = _crisis_item(public_topic)
    for user in (factories.MemberFactory(), factories.MemberFactory(roles=["clinician"], mfa=True)):
        sign_in(client, user)
        assert _send(client, item, "Hello").status_code in (403, 404)
    assert not Conversation.objects.exists()
