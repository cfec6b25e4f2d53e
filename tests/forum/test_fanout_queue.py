"""Telling followers about a new post runs on the task queue, after the post's transaction commits.

The request's cost no longer depends on how many members follow the topic; the task is
idempotent (a retried or duplicated run adds nothing) and its live events follow its commit.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse

from forum import services
from forum.models import Notification, Subscription
from forum.services import engagement, fanout
from tests.factories import start_topic
from tests.forum.engagement_helpers import Listener, make_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued(monkeypatch):
    """Run enqueue_on_commit as production does: the task waits for the commit."""
    monkeypatch.setattr(fanout, "HUEY", SimpleNamespace(immediate=False))


def topic_nobody_follows(**kwargs):
    """A topic whose author no longer follows it: the followers counted are the test's own."""
    topic = start_topic(**kwargs)
    services.unsubscribe(topic.author, topic=topic)
    return topic


def add_followers(topic, count: int, start: int = 0) -> list[int]:
    """count members (bulk rows: fast) following topic."""
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"follower{start + i}", email=f"f{start + i}@example.org") for i in range(count)
    )
    ids = list(
        get_user_model().objects.filter(username__startswith="follower").order_by("pk").values_list("pk", flat=True)
    )[start : start + len(users)]
    Subscription.objects.bulk_create(Subscription(user_id=uid, topic=topic) for uid in ids)
    return ids


def reply(client, topic, body):
    return client.post(reverse("forum:reply", args=[topic.pk]), {"body": body})


def test_a_reply_costs_the_same_queries_with_5_or_500_followers(
    member_client, queued, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    small, big = topic_nobody_follows(title="Small circle"), topic_nobody_follows(title="Busy thread")
    add_followers(small, 5)
    add_followers(big, 500, start=5)
    # A first reply in each topic makes the replier a follower; the measured ones compare alike.
    reply(member_client, small, "Warming up the page cache and sessions.")
    reply(member_client, big, "Warming up here too, with the same steps.")
    with django_capture_on_commit_callbacks(execute=False) as waiting_small:
        with django_assert_max_num_queries(80) as few:
            assert reply(member_client, small, "Thinking of you all today.").status_code == 302
    with django_capture_on_commit_callbacks(execute=False) as waiting_big:
        with django_assert_max_num_queries(80) as many:
            assert reply(member_client, big, "Thinking of you all today, busy thread.").status_code == 302
    assert len(many.captured_queries) == len(few.captured_queries)
    # Nobody has been told inside the request: the fan-out waits for the commit.
    assert not Notification.objects.filter(post__topic=big).exists()
    for callback in waiting_small + waiting_big:
        callback()
    # (The warm-ups' tasks were never run: their commit callbacks were not captured.)
    assert Notification.objects.filter(post__topic=big).count() == 500
    assert Notification.objects.filter(post__topic=small).count() == 5


def test_a_write_that_rolls_back_enqueues_nothing(member, queued, django_capture_on_commit_callbacks):
    topic = topic_nobody_follows()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            services.create_post(member, topic=topic, body="Never mind.")
            raise RuntimeError
    assert callbacks == []
    assert not Notification.objects.exists()


def test_the_fan_out_runs_in_constant_queries_per_batch(monkeypatch, django_assert_max_num_queries):
    monkeypatch.setattr(engagement, "FAN_OUT_BATCH", 100)
    topic = topic_nobody_follows()
    add_followers(topic, 5)
    post = make_post(topic=topic)
    with django_assert_max_num_queries(40) as one_batch:
        assert fanout.notify_new_post_task(post.pk).get() == 5
    topic = topic_nobody_follows()
    add_followers(topic, 500, start=5)
    post = make_post(topic=topic)
    with django_assert_max_num_queries(60) as five_batches:
        assert fanout.notify_new_post_task(post.pk).get() == 500
    # Per batch: the post locked, already told, members, settings, insert, unread counts, and the
    # batch's savepoint and release (inside the test's transaction).
    per_batch = 8
    assert len(five_batches.captured_queries) == len(one_batch.captured_queries) + 4 * per_batch


def test_a_retried_or_duplicated_task_notifies_nobody_twice(member, django_capture_on_commit_callbacks):
    topic = topic_nobody_follows()
    services.subscribe(member, topic=topic)
    post = make_post(topic=topic, body=f"> @{member.username} wrote:\n> hello\n\nand @{member.username} too")
    listener = Listener(member.pk)
    with django_capture_on_commit_callbacks(execute=True):
        assert fanout.notify_new_post_task(post.pk).get() == 1  # a quote: the most specific kind
    with django_capture_on_commit_callbacks(execute=True):
        assert fanout.notify_new_post_task(post.pk).get() == 0
    assert list(Notification.objects.filter(recipient=member).values_list("kind", flat=True)) == ["quote"]
    assert [e["type"] for e in listener.events()] == ["notification.created"]


def test_the_database_refuses_a_second_announcement_of_one_post(member):
    from django.db import IntegrityError

    post = make_post(topic=topic_nobody_follows())
    Notification.objects.create(recipient=member, kind="reply", text="x", url="/", post=post)
    with pytest.raises(IntegrityError), transaction.atomic():
        Notification.objects.create(recipient=member, kind="mention", text="y", url="/", post=post)
    services.notify(member, kind="system", text="still fine", url="/")


def test_live_events_go_out_only_when_the_task_commits(member, django_capture_on_commit_callbacks):
    topic = topic_nobody_follows()
    services.subscribe(member, topic=topic)
    listener = Listener(member.pk)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        fanout.notify_new_post_task(make_post(topic=topic).pk)
    # The notification is written; its event waits for the task's commit.
    assert Notification.objects.filter(recipient=member).count() == 1
    assert len(callbacks) == 1
    for callback in callbacks:
        callback()
    assert [e["type"] for e in listener.events()] == ["notification.created"]


def test_a_post_hidden_before_the_task_runs_is_not_announced(member, queued, django_capture_on_commit_callbacks):
    topic = topic_nobody_follows()
    services.subscribe(member, topic=topic)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post = services.create_post(make_post(topic=topic).author, topic=topic, body="Posting then hiding.")
    services.set_post_visibility(post, hidden=True)
    for callback in callbacks:
        callback()
    assert not Notification.objects.filter(recipient=member, post=post).exists()
    assert fanout.notify_new_post_task(10**9).get() == 0  # a deleted post: nothing to do, no error


def test_a_queue_that_is_down_after_the_commit_runs_the_task_here_instead(
    member, queued, django_capture_on_commit_callbacks, caplog, monkeypatch
):
    topic = topic_nobody_follows()
    services.subscribe(member, topic=topic)
    post = make_post(topic=topic)

    def unreachable(*args, **kwargs):
        raise ConnectionError("task queue unreachable")

    monkeypatch.setattr(fanout.notify_new_post_task.huey, "enqueue", unreachable)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        fanout.enqueue_on_commit(fanout.notify_new_post_task, post.pk)
    assert callbacks  # the enqueue waited for the commit (then the task's own event)
    assert "could not enqueue" in caplog.text and "task queue unreachable" in caplog.text
    assert Notification.objects.filter(recipient=member, post=post).count() == 1
