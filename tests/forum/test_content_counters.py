"""Denormalised counters, moderation-driven visibility changes, realtime events and concurrency."""

import threading

import pytest
from django.db import connection

from forum import services
from forum.models import Board, Post, Topic
from live.events import topic_group
from tests.conftest import NEEDS_POSTGRES
from tests.factories import MemberFactory
from tests.forum.content_helpers import StubPolicy, make_board, reply, start_topic, use_stub_policy
from tests.layer_listener import LayerListener


@pytest.fixture(autouse=True)
def _policy():
    use_stub_policy()


def counts(topic):
    topic = Topic.objects.get(pk=topic.pk)
    board = Board.objects.get(pk=topic.board_id)
    return {
        "topic_posts": topic.post_count,
        "topic_last": topic.last_post_id,
        "board_topics": board.topic_count,
        "board_posts": board.post_count,
        "board_last": board.last_post_id,
    }


@pytest.mark.django_db
def test_counters_follow_new_topics_and_replies(member):
    board = make_board()
    topic = start_topic(member, board=board)
    second = reply(MemberFactory(), topic)
    other = start_topic(member, board=board)
    assert counts(topic)["topic_posts"] == 2 and counts(topic)["topic_last"] == second.pk
    assert counts(other) == {
        "topic_posts": 1, "topic_last": other.opening_post.pk,
        "board_topics": 2, "board_posts": 3, "board_last": other.opening_post.pk,
    }
    assert Topic.objects.get(pk=topic.pk).reply_count == 1


@pytest.mark.django_db
def test_deleting_a_reply_updates_counts_and_the_last_post(member):
    topic = start_topic(member, board=make_board())
    first = reply(member, topic, "first")
    last = reply(member, topic, "last")
    services.remove_post(last, by=member)
    c = counts(topic)
    assert c["topic_posts"] == 2 and c["topic_last"] == first.pk
    assert c["board_posts"] == 2 and c["board_last"] == first.pk


@pytest.mark.django_db
def test_held_content_is_not_counted_until_approved(member):
    board = make_board()
    StubPolicy.hold = True
    topic = start_topic(member, board=board)
    assert counts(topic)["board_topics"] == 0 and counts(topic)["board_posts"] == 0
    assert not Topic.objects.get(pk=topic.pk).is_approved
    StubPolicy.hold = False
    services.set_post_visibility(topic.opening_post, approved=True)
    c = counts(topic)
    assert Topic.objects.get(pk=topic.pk).is_approved
    assert c["board_topics"] == 1 and c["board_posts"] == 1 and c["topic_posts"] == 1


@pytest.mark.django_db
def test_hiding_and_unhiding_a_reply_recomputes_counts(member):
    topic = start_topic(member, board=make_board())
    post = reply(member, topic)
    services.set_post_visibility(post, hidden=True)
    assert counts(topic)["topic_posts"] == 1 and counts(topic)["board_posts"] == 1
    services.set_post_visibility(post, hidden=False)
    assert counts(topic)["topic_posts"] == 2 and counts(topic)["board_posts"] == 2


@pytest.mark.django_db
def test_hiding_the_opening_post_hides_the_topic_from_board_counts(member):
    topic = start_topic(member, board=make_board())
    reply(MemberFactory(), topic)
    services.set_post_visibility(topic.opening_post, hidden=True)
    t = Topic.objects.get(pk=topic.pk)
    assert t.is_hidden
    c = counts(topic)
    assert c["board_topics"] == 0 and c["board_posts"] == 0 and c["board_last"] is None


@pytest.mark.django_db
def test_moving_a_topic_moves_its_counts(member, moderator):
    source, target = make_board(), make_board()
    topic = start_topic(member, board=source)
    reply(member, topic)
    services.move_topic(topic, board=target, by=moderator)
    source.refresh_from_db()
    target.refresh_from_db()
    assert (source.topic_count, source.post_count, source.last_post_id) == (0, 0, None)
    assert (target.topic_count, target.post_count) == (1, 2)


@pytest.mark.django_db
def test_splitting_replies_into_a_new_topic_keeps_order_and_counts(member, moderator):
    topic = start_topic(member, board=make_board())
    a = reply(member, topic, "a")
    b = reply(member, topic, "b")
    reply(member, topic, "c")
    new = services.split_topic(topic, post_ids=[b.pk, a.pk], title="Split off", by=moderator)
    assert list(new.posts.order_by("position").values_list("source", "position")) == [("a", 0), ("b", 1)]
    assert counts(topic)["topic_posts"] == 2 and counts(new)["topic_posts"] == 2
    assert counts(new)["board_topics"] == 2 and counts(new)["board_posts"] == 4


@pytest.mark.django_db
def test_refresh_counters_repairs_drift(member):
    topic = start_topic(member, board=make_board())
    reply(member, topic)
    Topic.objects.filter(pk=topic.pk).update(post_count=99)
    Board.objects.filter(pk=topic.board_id).update(post_count=0, topic_count=7, last_post=None)
    services.refresh_counters()
    c = counts(topic)
    assert c["topic_posts"] == 2 and c["board_posts"] == 2 and c["board_topics"] == 1 and c["board_last"]


# --- Realtime events ---------------------------------------------------------------------------------


class Listener(LayerListener):
    """A channel in a topic group, on whatever layer the settings configure."""

    def __init__(self, topic_id):
        super().__init__(topic_group(topic_id), timeout=0.2)


@pytest.mark.django_db
def test_public_reply_is_announced_to_the_topic_after_commit(member, django_capture_on_commit_callbacks):
    topic = start_topic(member, board=make_board())
    listener = Listener(topic.pk)
    with django_capture_on_commit_callbacks(execute=True):
        post = reply(MemberFactory(), topic)
    assert {"type": "post.created", "topic_id": topic.pk, "post_id": post.pk, "position": 1} in listener.events()


@pytest.mark.django_db
def test_held_reply_is_never_announced_until_approved(member, django_capture_on_commit_callbacks):
    topic = start_topic(member, board=make_board())
    listener = Listener(topic.pk)
    StubPolicy.hold = True
    with django_capture_on_commit_callbacks(execute=True):
        post = reply(MemberFactory(), topic)
        services.set_post_visibility(post, hidden=True)
        services.set_post_visibility(post, hidden=False)
    # One listener drains once (a Redis layer's receive buffer belongs to one event loop).
    assert listener.events() == []
    listener = Listener(topic.pk)
    with django_capture_on_commit_callbacks(execute=True):
        services.set_post_visibility(post, approved=True)
    assert [e["type"] for e in listener.events()] == ["post.created"]


@pytest.mark.django_db
def test_edits_and_removals_are_announced(member, django_capture_on_commit_callbacks):
    topic = start_topic(member, board=make_board())
    post = reply(member, topic)
    listener = Listener(topic.pk)
    with django_capture_on_commit_callbacks(execute=True):
        services.edit_post(post, editor=member, body="changed")
        services.remove_post(post, by=member)
    assert listener.events() == [
        {"type": "post.edited", "topic_id": topic.pk, "post_id": post.pk},
        {"type": "post.removed", "topic_id": topic.pk, "post_id": post.pk},
    ]


@pytest.mark.django_db
def test_hiding_announces_a_removal_and_nothing_about_hidden_text(member, django_capture_on_commit_callbacks):
    topic = start_topic(member, board=make_board())
    post = reply(member, topic, "secret words")
    listener = Listener(topic.pk)
    with django_capture_on_commit_callbacks(execute=True):
        services.set_post_visibility(post, hidden=True)
    events = listener.events()
    assert events == [{"type": "post.removed", "topic_id": topic.pk, "post_id": post.pk}]
    assert "secret" not in str(events)


# --- Concurrency ---------------------------------------------------------------------------------------


@NEEDS_POSTGRES
@pytest.mark.django_db(transaction=True)
def test_concurrent_replies_from_several_connections_keep_counts_and_positions_right():
    board = make_board()
    topic = start_topic(MemberFactory(), board=board)
    other = start_topic(MemberFactory(), board=board)
    authors = [MemberFactory() for _ in range(6)]
    per_thread = 8
    errors = []
    barrier = threading.Barrier(len(authors))

    def work(author, index):
        try:
            barrier.wait()
            for n in range(per_thread):
                target = topic if (n + index) % 3 else other
                services.create_post(author, topic=target, body=f"reply {index}-{n}")
            # Deletes race with new replies too.
            services.remove_post(Post.objects.filter(author=author).order_by("pk").first(), by=author)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(a, i)) for i, a in enumerate(authors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []

    for t in (topic, other):
        live = Post.objects.filter(topic=t, is_removed=False, is_approved=True, is_hidden=False)
        positions = list(Post.objects.filter(topic=t).order_by("position").values_list("position", flat=True))
        assert positions == list(range(len(positions)))
        fresh = Topic.objects.get(pk=t.pk)
        assert fresh.post_count == live.count()
        assert fresh.last_post_id == live.order_by("-position").first().pk
    board.refresh_from_db()
    expected = Post.objects.filter(topic__board=board, is_removed=False).count()
    assert board.post_count == expected == 2 + len(authors) * per_thread - len(authors)
    assert board.topic_count == 2
