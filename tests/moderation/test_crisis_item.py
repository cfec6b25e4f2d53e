"""The crisis item page tells the moderator what to do next, offers a kind reply and records the outcome."""

from django.urls import reverse

import forum.services
from accounts.models import AuditEntry
from moderation.models import QueueItem
from tests import factories
from tests.factories import sign_in
from tests.moderation.conftest import make_moderator

HIGH = "I have the pills saved up. I won't be here much longer."


def _crisis_item(public_topic, *, country="GB"):
    author = factories.MemberFactory(country=country, username="willow")
    forum.services.create_post(author, topic=public_topic, body=HIGH)
    return QueueItem.objects.get(is_crisis=True)


def test_the_crisis_item_page_says_what_to_do_next_with_the_members_crisis_lines(db, client, public_topic):
    item = _crisis_item(public_topic, country="AU")
    moderator = make_moderator(username="rowan")
    sign_in(client, moderator)
    page = client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "what to do next" in page
    for step in ["Reach out privately", "Share crisis lines", "Escalate to an admin"]:
        assert step in page
    assert "Lifeline (Australia)" in page
    assert "What the detector found: High risk" in page and "pills saved up" in page
    reply = page.split('id="id_crisis_message-text"', 1)[1].split("</textarea>", 1)[0]
    assert "Hi willow, I&#x27;m rowan" in reply and "13 11 14" in reply
    assert "Are you safe at the moment?" in reply
    assert '<label for="id_crisis_message-text">' in page
    assert "Send as a private message" in page


def test_an_ordinary_item_has_no_crisis_guidance(db, client, public_topic):
    post = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="Dead tired today.")
    from moderation.services import file_flag

    file_flag(post, flagger=factories.MemberFactory(), reason="other", note="Looks like spam")
    item = QueueItem.objects.get()
    sign_in(client, make_moderator())
    page = client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "crisis_message" not in page and "what to do next" not in page


def test_the_outcome_is_recorded_in_the_audit_log(db, client, public_topic):
    item = _crisis_item(public_topic)
    moderator = make_moderator()
    sign_in(client, moderator)
    response = client.post(
        reverse("moderation:item_action", args=[item.pk, "crisis_outcome"]),
        {"crisis_outcome-outcome": "reached_out", "crisis_outcome-note": "Sent the message at 21:10."},
        follow=True,
    )
    assert "Recorded in the audit log" in response.content.decode()
    entry = AuditEntry.objects.get(action="moderation.crisis_outcome")
    assert entry.actor == moderator and entry.target_user == item.author
    assert entry.reason == "Reached out privately. Sent the message at 21:10."
    item.refresh_from_db()
    assert item.is_pending  # recording an outcome does not close the item


def test_escalating_tells_every_admin(db, client, public_topic):
    item = _crisis_item(public_topic)
    admin = factories.MemberFactory(roles=["admin"], mfa=True)
    sign_in(client, make_moderator(username="ash"))
    client.post(
        reverse("moderation:item_action", args=[item.pk, "crisis_outcome"]), {"crisis_outcome-outcome": "escalated"}
    )
    assert AuditEntry.objects.filter(action="moderation.crisis_outcome", after="escalated").exists()
    assert admin.notifications.filter(text__contains="ash escalated a crisis item").exists()


def test_an_outcome_needs_a_choice_and_members_cannot_record_one(db, client, public_topic):
    item = _crisis_item(public_topic)
    sign_in(client, make_moderator())
    refused = client.post(reverse("moderation:item_action", args=[item.pk, "crisis_outcome"]), {})
    assert refused.status_code == 400 and "Please choose what you did." in refused.content.decode()
    sign_in(client, factories.MemberFactory())
    client.post(
        reverse("moderation:item_action", args=[item.pk, "crisis_outcome"]), {"crisis_outcome-outcome": "escalated"}
    )
    assert not AuditEntry.objects.filter(action="moderation.crisis_outcome").exists()
