"""Every place a member writes goes through the crisis net: topics, replies, edits, chat, bios, flag notes."""

import pytest
from django.urls import reverse

import forum.services
from accounts.forms import ProfileSettingsForm
from moderation.models import QueueItem
from moderation.selectors import queue_items
from tests import factories
from tests.factories import sign_in

HIGH = "i have the pills saved up and i'm going to take them all tonight"


def _alerts(monkeypatch) -> list:
    sent = []
    monkeypatch.setattr("live.events.publish", lambda group, kind, payload: sent.append((kind, payload)))
    return sent


def _crisis_alerts(sent) -> list:
    return [payload for kind, payload in sent if kind == "queue.crisis"]


def test_a_new_topic_with_crisis_language_is_a_crisis_item_and_stays_visible(
    db, board, django_capture_on_commit_callbacks, monkeypatch
):
    sent = _alerts(monkeypatch)
    author = factories.MemberFactory()
    with django_capture_on_commit_callbacks(execute=True):
        topic = forum.services.create_topic(author, board=board, title="Tonight", body=HIGH)
    item = QueueItem.objects.get(is_crisis=True)
    assert item.kind == "topic" and item.object_id == topic.pk
    assert item.crisis_match.startswith("High risk")
    assert topic.policy_decision.crisis_level == "high"
    assert topic.is_approved
    assert _crisis_alerts(sent)[0]["item_id"] == item.pk


def test_a_reply_through_the_form_shows_the_panel_and_goes_to_the_top_of_the_queue(db, client, public_topic, member):
    older = forum.services.create_post(member, topic=public_topic, body="Week six, sleeping 3 hours.")
    forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="Some links http://spam.example")
    author = factories.MemberFactory(country="US")
    sign_in(client, author)
    page = client.post(
        reverse("forum:reply", args=[public_topic.pk]), {"body": "i hope i dont wake up tomorrow"}, follow=True
    ).content.decode()
    assert "crisis-panel" in page and "988" in page
    moderator = factories.MemberFactory(roles=["moderator"], mfa=True)
    first = queue_items(viewer=moderator)[0]
    assert first.is_crisis and first.object_id != older.pk
    assert first.crisis_match.startswith("Medium risk — wish to be dead")


def test_an_edit_that_adds_crisis_language_counts(db, public_topic, django_capture_on_commit_callbacks, monkeypatch):
    sent = _alerts(monkeypatch)
    author = factories.MemberFactory()
    post = forum.services.create_post(author, topic=public_topic, body="Rough night, the jolts were bad.")
    assert not QueueItem.objects.filter(is_crisis=True).exists()
    with django_capture_on_commit_callbacks(execute=True):
        post = forum.services.edit_post(post, editor=author, body="Rough night. " + HIGH)
    item = QueueItem.objects.get(is_crisis=True)
    assert item.kind == "post" and item.object_id == post.pk
    assert post.policy_decision.crisis
    assert len(_crisis_alerts(sent)) == 1


def test_an_edit_that_only_fixes_a_typo_in_crisis_language_does_not_alert_again(
    db, public_topic, django_capture_on_commit_callbacks, monkeypatch
):
    author = factories.MemberFactory()
    with django_capture_on_commit_callbacks(execute=True):
        post = forum.services.create_post(author, topic=public_topic, body=HIGH)
    sent = _alerts(monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        post = forum.services.edit_post(post, editor=author, body=HIGH.replace("i'm", "I am"))
    assert not post.policy_decision.crisis
    assert _crisis_alerts(sent) == []


def test_chat_messages_go_through_the_detector(db):
    realtime_models = pytest.importorskip("realtime.models")
    realtime_services = pytest.importorskip("realtime.services")
    room = realtime_models.ChatRoom.objects.create(name="Evening room", slug="evening-crisis")
    author = factories.MemberFactory()
    message = realtime_services.send_chat_message(author, room=room, body="been cutting my arms again", client_id="c-9")
    assert message.policy_decision.crisis_level == "medium"
    assert QueueItem.objects.get(is_crisis=True).kind == "chat"


def _settings_data(user, **changes) -> dict:
    form = ProfileSettingsForm(instance=user)
    data = {name: form[name].value() for name in form.fields}
    data = {name: value for name, value in data.items() if value is not None and value is not False}
    data.update(changes)
    return data


def test_a_profile_bio_with_crisis_language_is_a_crisis_item_and_shows_the_panel(db, client):
    member = factories.MemberFactory(country="GB")
    sign_in(client, member)
    response = client.post(
        reverse("accounts:settings"), _settings_data(member, bio="Tapering since May. I won't be here much longer."),
        follow=True,
    )
    page = response.content.decode()
    assert "crisis-panel" in page and "Samaritans" in page
    item = QueueItem.objects.get(is_crisis=True)
    assert item.kind == "user" and item.object_id == member.pk
    member.refresh_from_db()
    assert "much longer" in member.bio  # nothing is hidden


def test_an_everyday_bio_is_not_a_crisis(db, client):
    member = factories.MemberFactory()
    sign_in(client, member)
    client.post(reverse("accounts:settings"), _settings_data(member, bio="This taper is killing me but I'm stubborn."))
    assert not QueueItem.objects.filter(is_crisis=True).exists()


def test_crisis_language_in_a_flag_note_makes_a_crisis_item_about_the_flagger(db, client, public_topic):
    flagger = factories.MemberFactory(country="AU")
    post = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="Day 40, still foggy.")
    sign_in(client, flagger)
    response = client.post(
        reverse("moderation:flag", args=["post", post.pk]),
        {"reason": "other", "note": "Reading this makes me want to die too, honestly."},
        follow=True,
    )
    assert "crisis-panel" in response.content.decode()
    about_flagger = QueueItem.objects.get(kind="user", object_id=flagger.pk)
    assert about_flagger.is_crisis and "wish to be dead" in about_flagger.crisis_match


def test_a_flag_note_about_someone_else_only_uses_the_flag_reason(db, client, public_topic):
    flagger = factories.MemberFactory()
    post = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="Day 40, still foggy.")
    sign_in(client, flagger)
    client.post(
        reverse("moderation:flag", args=["post", post.pk]),
        {"reason": "other", "note": "An article about suicide rates was quoted without a source."},
    )
    assert not QueueItem.objects.filter(kind="user").exists()


def test_a_held_new_members_crisis_post_still_shows_to_its_author_with_the_panel(db, client, public_topic, new_member):
    sign_in(client, new_member)
    response = client.post(reverse("forum:reply", args=[public_topic.pk]), {"body": HIGH}, follow=True)
    page = response.content.decode()
    assert "crisis-panel" in page
    assert "saved up" in page  # the author still sees their own held post
    item = QueueItem.objects.get(is_crisis=True)
    assert item.is_held


def test_wording_only_the_weighted_words_read_shows_the_panel_and_a_medium_item_without_alerting(
    db, client, public_topic, django_capture_on_commit_callbacks, monkeypatch
):
    from tests.moderation.test_crisis_weighed import RULES_MISS

    sent = _alerts(monkeypatch)
    author = factories.MemberFactory(country="US")
    sign_in(client, author)
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(reverse("forum:reply", args=[public_topic.pk]), {"body": RULES_MISS[0]}, follow=True)
    assert "crisis-panel" in page.content.decode() and RULES_MISS[0] in page.content.decode()
    item = QueueItem.objects.get(is_crisis=True)
    assert item.crisis_match.startswith("Medium risk — crisis-like wording (weighted words)")
    assert _crisis_alerts(sent) == []  # medium: top of the queue, no live alert
