"""The crisis safety net: the default phrases catch explicit statements and leave everyday talk alone."""

import pytest
from django.urls import reverse

import forum.services
from live.events import MODERATORS_GROUP
from moderation.crisis import crisis_lines_for, match_crisis
from moderation.models import CrisisLine, CrisisPhrase, QueueItem
from tests import factories
from tests.moderation.conftest import login

# Labelled examples. Keep adding to both lists when a real case is missed or misfires.
CRISIS = [
    "I want to kill myself",
    "Honestly I'm going to end my life tonight",
    "I want to die",
    "i just want to die, it never stops",
    "I have a suicide plan",
    "I don't want to be alive anymore",
    "I dont want to be alive any more",
    "I don’t want to be alive",
    "I WANT TO KILL MYSELF",
    "I keep thinking about taking my own life",
    "I'm going to end it all this weekend",
    "I feel suicidal today",
    "I want to hurt myself",
    "the urge to self-harm is back",
    "I've been cutting myself again",
    "Everyone would be better off without me",
    "I'm going to take all my pills",
]
NOT_CRISIS = [
    "this taper is killing me",
    "I'm a skilled cook, so I batch meals for bad days",
    "the insomnia is killing me",
    "I could die of embarrassment",
    "kill the lights, the brightness hurts",
    "I'd kill for one night of proper sleep",
    "dying to know how others coped with the tinnitus",
    "my doctor said waiting a week won't kill me",
    "the study looked at suicide rates in older adults",
    "I'm dead tired after the shopping",
    "a killer headache again today",
    "I hurt my back moving boxes",
    "I cut my dose by a small step with my prescriber",
    "skill-building helps me cope",
    "I want to dine out again one day",
]


@pytest.mark.parametrize("text", CRISIS)
def test_default_phrases_catch_explicit_statements(db, text):
    assert match_crisis(text), text


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_default_phrases_leave_ordinary_withdrawal_talk_alone(db, text):
    assert match_crisis(text) is None, text


def test_phrases_match_whole_words_only():
    assert match_crisis("skilled myself", phrases=("kill myself",)) is None
    assert match_crisis("I will kill myself.", phrases=("kill myself",)) == "kill myself"
    assert match_crisis("kill   myself", phrases=("kill myself",)) == "kill myself"


def test_admins_can_add_phrases_and_switch_them_off(db):
    CrisisPhrase.objects.create(phrase="no way out")
    assert match_crisis("I see no way out")
    CrisisPhrase.objects.filter(phrase="no way out").update(is_active=False)
    assert match_crisis("I see no way out") is None


def test_a_crisis_post_stays_visible_enters_the_queue_first_and_moderators_are_told(
    db, public_topic, django_capture_on_commit_callbacks, monkeypatch
):
    sent = []
    monkeypatch.setattr("live.events.publish", lambda group, kind, payload: sent.append((group, kind, payload)))
    author = factories.MemberFactory(country="GB")
    with django_capture_on_commit_callbacks(execute=True):
        post = forum.services.create_post(author, topic=public_topic, body="I don't want to be alive anymore")
    assert post.is_public
    assert post.policy_decision.crisis
    assert post.policy_decision.crisis_lines[0][0].startswith("Samaritans")
    item = QueueItem.objects.get()
    assert item.is_crisis and item.crisis_match
    crisis_events = [p for g, k, p in sent if g == MODERATORS_GROUP and k == "queue.crisis"]
    assert crisis_events and crisis_events[0]["item_id"] == item.pk
    assert crisis_events[0]["url"] == reverse("moderation:item", args=[item.pk])
    assert any(k == "queue.count" and p["count"] == 1 for g, k, p in sent)


def test_the_author_sees_the_crisis_panel_once_with_their_countrys_lines_first(db, public_topic, client):
    author = factories.MemberFactory(country="AU")
    login(client, author)
    response = client.post(reverse("forum:reply", args=[public_topic.pk]), {"body": "I want to die"}, follow=True)
    page = response.content.decode()
    assert "crisis-panel" in page
    assert "A moderator has been told" in page or "moderator has been told" in page
    assert page.index("Lifeline") < page.index("Samaritans")
    assert "crisis-panel" not in client.get("/").content.decode()


def test_crisis_lines_put_the_members_country_first_and_elsewhere_last(db):
    lines = crisis_lines_for("US")
    assert "988" in lines[0][1]
    assert lines[-1][0].startswith("Emergency services elsewhere") or "findahelpline" in lines[-2][2]
    labels = [label for label, _how, _url in crisis_lines_for("")]
    assert any("Samaritans" in label for label in labels)
    assert CrisisLine.objects.filter(country="*").exists()


def test_help_page_is_public_and_calm(client, db):
    response = client.get(reverse("moderation:help_now"))
    assert response.status_code == 200
    page = response.content.decode()
    for text in ["988", "116 123", "13 11 14", "findahelpline.com", "911", "999", "112", "000"]:
        assert text in page
    assert page.count("<h1") == 1


def test_held_crisis_content_is_a_crisis_item_too(db, public_topic, new_member):
    forum.services.create_post(new_member, topic=public_topic, body="I want to kill myself")
    item = QueueItem.objects.get()
    assert item.is_held and item.is_crisis


def test_chat_messages_are_checked_for_crisis_phrases(db):
    realtime_models = pytest.importorskip("realtime.models")
    realtime_services = pytest.importorskip("realtime.services")
    if not hasattr(realtime_services, "send_chat_message"):
        pytest.skip("chat is not built yet")
    room = realtime_models.ChatRoom.objects.create(name="Support room", slug="support-crisis")
    author = factories.MemberFactory()
    message = realtime_services.send_chat_message(author, room=room, body="I want to die", client_id="c-1")
    assert message.policy_decision.crisis
    item = QueueItem.objects.get()
    assert item.kind == "chat" and item.is_crisis
    message.refresh_from_db()
    assert not message.is_hidden
