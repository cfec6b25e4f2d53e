"""The crisis safety net: the default phrases catch explicit statements and leave everyday talk alone."""

import pytest
from django.urls import reverse

import forum.services
from live.events import MODERATORS_GROUP
from moderation.crisis import assess_text, crisis_lines_for, match_crisis
from moderation.detector import assess
from moderation.models import CrisisLine, CrisisPhrase, QueueItem
from tests import factories
from tests.factories import sign_in


def test_the_detector_grades_and_explains_what_it_found():
    high = assess("I have the pills saved up")
    assert high.level == "high"
    assert {"method", "preparation"} <= set(high.categories)
    assert "pills saved up" in high.summary()
    medium = assess("i just want to die, it never stops")
    assert medium.level == "medium" and medium.categories == ("passive",)
    assert assess("this taper is killing me").level == "none"


def test_a_time_beside_intent_is_a_plan(db):
    found = assess("if this doesnt stop by friday im going to end it")
    assert found.level == "high"
    assert found.categories[:2] == ("plan", "intent")
    assert "by friday" in found.evidence


def test_negation_third_person_and_past_episodes_stay_quiet():
    for text in [
        "I'm not suicidal, just exhausted",
        "my friend's brother tried to kill himself",
        "an article about suicide rates",
        "two years ago I attempted; today I'm doing well",
    ]:
        assert not assess(text).is_crisis, text


def test_phrases_match_whole_words_only():
    assert match_crisis("skilled myself", phrases=("kill myself",)) is None
    assert match_crisis("I will kill myself.", phrases=("kill myself",)) == "kill myself"
    assert match_crisis("kill   myself", phrases=("kill myself",)) == "kill myself"


def test_admins_can_add_phrases_to_the_detector_and_switch_them_off(db):
    assert not assess_text("the walls are closing in").is_crisis
    CrisisPhrase.objects.create(phrase="walls are closing in")
    found = assess_text("The walls are closing in")
    assert found.level == "medium" and found.categories == ("phrase",)
    assert found.evidence == ("walls are closing in",)
    assert assess_text("i want to die").categories == ("passive",)  # the detector still runs
    CrisisPhrase.objects.filter(phrase="walls are closing in").update(is_active=False)
    assert not assess_text("The walls are closing in").is_crisis


def test_a_crisis_post_stays_visible_enters_the_queue_first_and_moderators_are_told(
    db, public_topic, django_capture_on_commit_callbacks, monkeypatch
):
    sent = []
    monkeypatch.setattr("live.events.publish", lambda group, kind, payload: sent.append((group, kind, payload)))
    author = factories.MemberFactory(country="GB")
    with django_capture_on_commit_callbacks(execute=True):
        post = forum.services.create_post(author, topic=public_topic, body="I have the pills saved up for friday")
    assert post.is_public
    assert post.policy_decision.crisis and post.policy_decision.crisis_level == "high"
    assert post.policy_decision.crisis_lines[0][0].startswith("Samaritans")
    item = QueueItem.objects.get()
    assert item.is_crisis and item.crisis_match.startswith("High risk")
    assert "pills saved up" in item.crisis_match
    crisis_events = [p for g, k, p in sent if g == MODERATORS_GROUP and k == "queue.crisis"]
    assert crisis_events and crisis_events[0]["item_id"] == item.pk
    assert crisis_events[0]["url"] == reverse("moderation:item", args=[item.pk])
    assert any(k == "queue.count" and p["count"] == 1 for g, k, p in sent)


def test_medium_risk_is_a_crisis_item_without_an_alert(
    db, public_topic, django_capture_on_commit_callbacks, monkeypatch
):
    sent = []
    monkeypatch.setattr("live.events.publish", lambda group, kind, payload: sent.append((group, kind, payload)))
    author = factories.MemberFactory()
    with django_capture_on_commit_callbacks(execute=True):
        post = forum.services.create_post(author, topic=public_topic, body="I don't want to be alive anymore")
    assert post.policy_decision.crisis_level == "medium"
    item = QueueItem.objects.get()
    assert item.is_crisis and item.crisis_match.startswith("Medium risk")
    assert not [k for g, k, p in sent if k == "queue.crisis"]


def test_the_author_sees_the_crisis_panel_once_with_their_countrys_lines_first(db, public_topic, client):
    author = factories.MemberFactory(country="AU")
    sign_in(client, author)
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
