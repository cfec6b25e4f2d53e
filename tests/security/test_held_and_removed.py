"""Finding 4 (a held member's title edit went public at once) and finding 7's removed-post history:
held edits hold everything they change, and removed text stays moderators-only on every page."""

import pytest
from django.urls import reverse

import forum.services
from forum.models import Post, Topic
from moderation import services
from moderation.models import QueueItem
from tests.factories import BoardFactory, MemberFactory, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved_topic(moderator):
    author = MemberFactory(approved_contributions=1)  # still under pre-moderation (threshold 3)
    board = BoardFactory(is_public=True)
    topic = forum.services.create_topic(author, board=board, title="My taper diary", body="Approved words")
    services.approve_item(QueueItem.objects.get(), by=moderator)
    return Topic.objects.get(pk=topic.pk), author


def test_a_held_members_title_edit_waits_for_review_with_the_text(client, approved_topic, moderator):
    topic, author = approved_topic
    post = Post.objects.get(topic=topic, position=0)
    forum.services.edit_post(post, editor=author, body="New words", title="RENAMEDTITLE for everyone")
    topic.refresh_from_db()
    assert topic.title == "My taper diary" and "renamedtitle" not in topic.slug
    for url in (topic.get_absolute_url(), topic.board.get_absolute_url(), reverse("forum:search") + "?q=everyone"):
        assert "RENAMEDTITLE" not in client.get(url, follow=True).content.decode(), url
    pending = QueueItem.objects.filter(status=QueueItem.PENDING, is_edit=True)
    assert {item.kind for item in pending} == {"post", "topic"}
    for item in pending:
        services.approve_item(item, by=moderator)
    topic.refresh_from_db()
    assert topic.title == "RENAMEDTITLE for everyone"
    assert "RENAMEDTITLE" in client.get(topic.get_absolute_url(), follow=True).content.decode()


def test_an_established_members_title_edit_is_public_at_once(client):
    author = MemberFactory()
    topic = forum.services.create_topic(author, board=BoardFactory(is_public=True), title="Old title", body="Words")
    forum.services.edit_post(topic.opening_post, editor=author, body="Words", title="Better title")
    topic.refresh_from_db()
    assert topic.title == "Better title" and topic.slug == "better-title"


def test_an_author_cannot_read_their_own_moderator_removed_post_through_its_history(client, moderator):
    author = MemberFactory()
    topic = forum.services.create_topic(author, board=BoardFactory(is_public=True), title="Diary", body="Fine")
    reply = forum.services.create_post(author, topic=topic, body="First REMOVEDWORDS version")
    forum.services.edit_post(reply, editor=author, body="Second REMOVEDWORDS version")
    forum.services.remove_post(reply, by=moderator, reason="Unkind")
    sign_in(client, author)
    response = client.get(reverse("forum:post_history", args=[reply.pk]))
    assert response.status_code == 403 and "REMOVEDWORDS" not in response.content.decode()
    sign_in(client, moderator)
    assert "REMOVEDWORDS" in client.get(reverse("forum:post_history", args=[reply.pk])).content.decode()
