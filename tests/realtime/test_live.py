"""Live forum topics, notifications and moderator events, through the one websocket."""

import pytest
from channels.db import database_sync_to_async

from forum import services as forum_services
from live import events
from tests.factories import BoardFactory, MemberFactory
from tests.realtime.conftest import Socket, run

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("keep_test_connection")]


@pytest.fixture
def topic(db):
    board = BoardFactory(is_public=False)
    return forum_services.create_topic(MemberFactory(), board=board, title="Week two of a hold", body="Checking in.")


def test_a_reader_on_a_topic_hears_about_each_new_reply(topic, member, django_capture_on_commit_callbacks):
    replier = MemberFactory()

    def reply():
        with django_capture_on_commit_callbacks(execute=True):
            return forum_services.create_post(replier, topic=topic, body="Sending you strength.")

    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send(type="subscribe", topic=topic.pk)
        assert (await sock.receive_type("subscribed"))["topic"] == topic.pk
        post = await database_sync_to_async(reply)()
        return post, await sock.receive_type("post.created")

    post, event = run(scenario)
    assert event == {"type": "post.created", "topic_id": topic.pk, "post_id": post.pk, "position": post.position}


def test_edits_and_removals_reach_readers_of_the_topic(topic, member, django_capture_on_commit_callbacks):
    replier = MemberFactory()
    with django_capture_on_commit_callbacks(execute=True):
        post = forum_services.create_post(replier, topic=topic, body="First version")

    def edit_then_remove():
        with django_capture_on_commit_callbacks(execute=True):
            forum_services.edit_post(post, editor=replier, body="Second version")
        with django_capture_on_commit_callbacks(execute=True):
            forum_services.remove_post(post, by=replier)

    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send(type="subscribe", topic=topic.pk)
        await sock.receive_type("subscribed")
        await database_sync_to_async(edit_then_remove)()
        return await sock.receive_type("post.edited"), await sock.receive_type("post.removed")

    edited, removed = run(scenario)
    assert edited == {"type": "post.edited", "topic_id": topic.pk, "post_id": post.pk}
    assert removed == {"type": "post.removed", "topic_id": topic.pk, "post_id": post.pk}


def test_held_replies_are_never_announced_to_readers(topic, member, policy, django_capture_on_commit_callbacks):
    from moderation.policy import Decision

    policy.on_created_decision = Decision(held_for_review=True)

    def reply():
        with django_capture_on_commit_callbacks(execute=True):
            forum_services.create_post(MemberFactory(), topic=topic, body="buy here")

    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send(type="subscribe", topic=topic.pk)
        await sock.receive_type("subscribed")
        await database_sync_to_async(reply)()
        return await sock.nothing(timeout=0.3)

    assert run(scenario) is True


def test_members_cannot_follow_a_topic_they_may_not_see(member):
    board = BoardFactory(is_public=False)
    hidden = forum_services.create_topic(MemberFactory(), board=board, title="Hidden one", body="x")
    forum_services.set_post_visibility(hidden.opening_post, hidden=True)

    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send(type="subscribe", topic=hidden.pk)
        missing = await sock.receive_type("error")
        await sock.send(type="subscribe", topic=987654)
        unknown = await sock.receive_type("error")
        return missing, unknown

    missing, unknown = run(scenario)
    assert missing["code"] == unknown["code"] == "not_found"


def test_a_new_notification_updates_the_members_badge_live(member, django_capture_on_commit_callbacks):
    def notify():
        with django_capture_on_commit_callbacks(execute=True):
            forum_services.notify(member, kind="moderation", text="Your post was approved.", url="/")

    someone_else = MemberFactory()

    async def scenario():
        sock = Socket(member)
        other = Socket(someone_else)
        await sock.open()
        await other.open()
        await database_sync_to_async(notify)()
        return await sock.receive_type("notification.created"), await other.nothing(timeout=0.3)

    event, other_heard_nothing = run(scenario)
    assert event["unread"] == 1 and event["text"] == "Your post was approved."
    assert other_heard_nothing is True


def test_queue_counts_and_crisis_alerts_reach_moderators_only(member, moderator, django_capture_on_commit_callbacks):
    def publish():
        with django_capture_on_commit_callbacks(execute=True):
            events.publish_on_commit(events.MODERATORS_GROUP, "queue.count", {"count": 4})
            events.publish_on_commit(events.MODERATORS_GROUP, "queue.crisis", {"count": 1, "url": "/mod/queue/"})

    async def scenario():
        mod, mem = Socket(moderator), Socket(member)
        await mod.open()
        await mem.open()
        await database_sync_to_async(publish)()
        count = await mod.receive_type("queue.count")
        crisis = await mod.receive_type("queue.crisis")
        return count, crisis, await mem.nothing(timeout=0.3)

    count, crisis, member_heard_nothing = run(scenario)
    assert count == {"type": "queue.count", "count": 4}
    assert crisis["url"] == "/mod/queue/"
    assert member_heard_nothing is True
