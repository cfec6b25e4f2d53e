"""The live-event bus: group names, publishing after commit, failures that never break a write."""

import logging

import pytest
from django.db import transaction

from live import events

pytestmark = pytest.mark.django_db


def test_each_member_has_a_personal_group_named_after_their_id():
    assert events.user_group(42) == "user.42"
    assert events.topic_group(7) == "topic.7"
    assert events.room_group(3) == "room.3"


def test_an_event_published_inside_a_rolled_back_transaction_is_never_sent(monkeypatch):
    sent = []
    monkeypatch.setattr(events, "publish", lambda group, kind, payload: sent.append((group, kind, payload)))

    class Rollback(Exception):
        pass

    with pytest.raises(Rollback), transaction.atomic():
        events.publish_on_commit(events.user_group(1), "session.closed", {})
        raise Rollback

    assert sent == []


def test_an_event_is_sent_only_once_the_transaction_commits(monkeypatch, django_capture_on_commit_callbacks):
    sent = []
    monkeypatch.setattr(events, "publish", lambda group, kind, payload: sent.append((group, kind, payload)))

    with django_capture_on_commit_callbacks(execute=True):
        events.publish_on_commit(events.user_group(5), "notification", {"unread": 1})
        assert sent == []

    assert sent == [("user.5", "notification", {"unread": 1})]


def test_a_broken_channel_layer_is_logged_and_never_raised(monkeypatch, caplog):
    class BrokenLayer:
        async def group_send(self, group, message):
            raise ConnectionError("redis is down")

    monkeypatch.setattr(events, "get_channel_layer", lambda: BrokenLayer())
    with caplog.at_level(logging.ERROR, logger="live.events"):
        events.publish(events.MODERATORS_GROUP, "queue.count", {"count": 3})

    assert "could not publish queue.count to moderators" in caplog.text


def test_the_bus_imports_nothing_from_other_haven_apps():
    source = open(events.__file__).read()
    for app in ("accounts", "forum", "moderation", "realtime", "resources"):
        assert f"from {app}" not in source and f"import {app}" not in source
