"""Topic view counts (counted at once, or gathered in Redis and flushed) and the topic page's
slicing of a viewer's posts from the covering index."""

import pytest
import redis
from django.urls import reverse

from forum.models import Topic
from forum.services import reading
from tests.conftest import NEEDS_REDIS
from tests.factories import BoardFactory, MemberFactory, start_topic
from tests.forum.engagement_helpers import make_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic():
    return start_topic(board=BoardFactory(is_public=True), title="Counting quiet readers")


def view(client, topic, page=None):
    url = reverse("forum:topic", args=[topic.pk, topic.slug]) + (f"?page={page}" if page else "")
    response = client.get(url)
    assert response.status_code == 200
    return response


def test_views_are_counted_at_once_without_redis(member_client, topic, settings):
    settings.HAVEN_DEFER_VIEW_COUNTS = False
    view(member_client, topic)
    view(member_client, topic)
    assert Topic.objects.get(pk=topic.pk).view_count == topic.view_count + 2


@NEEDS_REDIS
def test_views_gathered_in_redis_reach_the_topic_when_flushed(member_client, client, topic, settings):
    settings.HAVEN_DEFER_VIEW_COUNTS = True
    reading._redis().delete(reading.PENDING_VIEWS_KEY)
    before = Topic.objects.get(pk=topic.pk).view_count
    view(member_client, topic)
    view(member_client, topic)
    view(client, topic)
    assert Topic.objects.get(pk=topic.pk).view_count == before  # no row lock taken per reader
    assert reading.flush_topic_views() == 1
    assert Topic.objects.get(pk=topic.pk).view_count == before + 3
    assert reading.flush_topic_views() == 0  # nothing counted twice


def test_views_are_written_directly_when_redis_does_not_answer(member_client, topic, settings, monkeypatch):
    settings.HAVEN_DEFER_VIEW_COUNTS = True

    class Down:
        def hincrby(self, *args):
            raise redis.ConnectionError("down")

    monkeypatch.setattr(reading, "_redis", lambda: Down())
    view(member_client, topic)
    assert Topic.objects.get(pk=topic.pk).view_count == topic.view_count + 1


def test_last_page_shows_the_viewers_own_held_post_and_not_others(client, topic):
    author = MemberFactory()
    other = MemberFactory()
    for i in range(1, 25):
        make_post(topic=topic, body=f"Reply number {i}")
    mine = make_post(topic=topic, author=author, body="My reply waiting for review", is_approved=False)
    make_post(topic=topic, author=other, body="Someone else's held reply", is_approved=False)
    make_post(topic=topic, body="The newest public reply")
    client.force_login(author)
    html = view(client, topic, page=2).content.decode()
    assert "My reply waiting for review" in html and str(mine.pk) in html
    assert "Someone else&#x27;s held reply" not in html and "Someone else's held reply" not in html
    assert html.index("My reply waiting for review") < html.index("The newest public reply")
    assert "Reply number 20" in html and "Reply number 19" not in html  # 20 a page, oldest first
