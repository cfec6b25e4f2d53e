"""Digests: only what the member may still see, short plain excerpts, constant queries per member."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from forum import services as forum_services
from forum.models import Post, Topic
from mailing import services
from mailing.models import EmailItem, OutgoingEmail
from mailing.render import excerpt
from tests import factories
from tests.mailing.conftest import settle

pytestmark = pytest.mark.django_db
TOMORROW = datetime.timedelta(days=1, minutes=1)


def _digest_for(user, now):
    built = [m for m in services.build_digests(now=now) if m.user_id == user.pk]
    for message in built:
        services.deliver_email(message.pk)
    return built


def test_a_digest_leaves_out_posts_and_topics_no_longer_visible(board, starter, replier):
    reader = factories.MemberFactory(username="reader")
    settle(reader)
    kept = forum_services.create_topic(starter, board=board, title="Still here", body="Opening.")
    hidden = forum_services.create_topic(starter, board=board, title="Hidden later", body="Opening.")
    for topic in (kept, hidden):
        forum_services.subscribe(reader, topic=topic)
    forum_services.create_post(replier, topic=kept, body="A kind reply.")
    removed = forum_services.create_post(replier, topic=kept, body="Removed later.")
    forum_services.create_post(replier, topic=hidden, body="In a hidden topic.")
    services.collect_notifications()
    Topic.objects.filter(pk=hidden.pk).update(is_hidden=True)
    Post.objects.filter(pk=removed.pk).update(is_removed=True)

    [message] = _digest_for(reader, timezone.now() + TOMORROW)
    body = mail.outbox[-1].body
    assert "Still here" in body and "A kind reply." in body
    assert "Hidden later" not in body and "hidden topic" not in body and "Removed later" not in body
    assert EmailItem.objects.filter(user=reader, skipped="no longer visible").count() == 2
    assert message.kind == "digest"


def test_a_digest_leaves_out_boards_the_member_may_no_longer_see(board, starter, replier, monkeypatch):
    reader = factories.MemberFactory(username="reader")
    settle(reader)
    forum_services.subscribe(reader, topic=forum_services.create_topic(starter, board=board, title="Gone", body="x"))
    forum_services.create_post(replier, topic=Topic.objects.get(title="Gone"), body="Behind a closed door.")
    services.collect_notifications()
    monkeypatch.setattr("mailing.permissions.can_view_board", lambda user, b: b.pk != board.pk)
    assert _digest_for(reader, timezone.now() + TOMORROW) == []
    assert mail.outbox == []


def test_excerpts_are_short_plain_text_from_the_sanitised_html_without_images():
    html = '<p>Hello <strong>there</strong> &amp; welcome</p><p><img src="https://x.test/p.png" alt="pic"></p>'
    assert excerpt(html) == "Hello there & welcome"
    assert len(excerpt("<p>" + "word " * 200 + "</p>")) <= 240


def test_a_member_following_500_topics_gets_one_digest_built_in_constant_queries(
    board, starter, replier, django_assert_max_num_queries
):
    def digest_queries(n_topics: int, name: str) -> int:
        reader = factories.MemberFactory(username=name)
        settle(reader)
        topics = Topic.objects.bulk_create(
            [Topic(board=board, author=starter, title=f"{name} topic {i}") for i in range(n_topics)]
        )
        posts = Post.objects.bulk_create(
            [Post(topic=t, author=replier, position=1, source="Hi", html="<p>Hi there</p>") for t in topics]
        )
        EmailItem.objects.bulk_create([
            EmailItem(user=reader, kind="reply_followed", digest=True, post=p, topic=p.topic, text="New reply",
                      url=f"/p/{p.pk}/", due_at=timezone.now())
            for p in posts
        ])
        with CaptureQueriesContext(connection) as ctx:
            built = services.build_digests(now=timezone.now() + TOMORROW)
        assert [m.user_id for m in built] == [reader.pk]
        return len(ctx.captured_queries)

    few = digest_queries(5, "few")
    many = digest_queries(500, "many")
    assert many == few
    with django_assert_max_num_queries(12):
        services.build_digests(now=timezone.now() + 3 * TOMORROW)
    assert OutgoingEmail.objects.filter(kind="digest", user__username="many").count() == 1
    assert "…and 470 more topics" in OutgoingEmail.objects.get(user__username="many").body_text


def test_a_digest_shows_only_the_notes_of_a_post_the_reader_folds_away(board, starter, replier):
    reader = factories.MemberFactory(username="reader")
    settle(reader)
    forum_services.set_reading_preference(reader, collapsed_notes=["self_harm"])
    topic = forum_services.create_topic(starter, board=board, title="A hard week", body="Opening.")
    forum_services.subscribe(reader, topic=topic)
    forum_services.create_post(replier, topic=topic, body="I hurt myself last night.", notes=["self_harm"])
    services.collect_notifications()
    _digest_for(reader, timezone.now() + TOMORROW)
    body = mail.outbox[-1].body
    assert "A hard week" in body and "Content notes: Self-harm" in body
    assert "hurt myself" not in body


def test_digests_for_3_or_30_members_cost_the_same_queries(board, starter, replier):
    """Per batch, not per member: reading preferences (folded notes) are loaded for the batch."""
    topic = Topic.objects.create(board=board, author=starter, title="Shared topic")
    post = Post.objects.create(topic=topic, author=replier, position=1, source="Hi", html="<p>Hi there</p>",
                               content_notes=["self_harm"])

    def run(members: int, prefix: str) -> int:
        for i in range(members):
            reader = factories.MemberFactory(username=f"{prefix}{i}")
            settle(reader)
            if i % 2:
                forum_services.set_reading_preference(reader, collapsed_notes=["self_harm"])
            EmailItem.objects.create(user=reader, kind="reply_followed", digest=True, post=post, topic=topic,
                                     text="New reply", url=f"/p/{post.pk}/", due_at=timezone.now())
        with CaptureQueriesContext(connection) as ctx:
            built = services.build_digests(now=timezone.now() + TOMORROW)
        assert len(built) == members
        return len(ctx.captured_queries)

    assert run(3, "few") == run(30, "many")
    folded = OutgoingEmail.objects.get(user__username="many1").body_text
    assert "Content notes: Self-harm" in folded and "Hi there" not in folded
    assert "Hi there" in OutgoingEmail.objects.get(user__username="many2").body_text
