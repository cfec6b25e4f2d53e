import pytest
from django.http import Http404
from django.urls import reverse

from forum import selectors, services
from forum.models import Bookmark
from tests.factories import MemberFactory, start_topic
from tests.forum.engagement_helpers import make_post

pytestmark = pytest.mark.django_db


def test_bookmark_toggles_and_explicit_state_is_idempotent(member):
    post = start_topic().posts.get()
    assert services.toggle_bookmark(member, post=post) is not None
    assert services.toggle_bookmark(member, post=post) is None
    services.toggle_bookmark(member, post=post, saved=True)
    services.toggle_bookmark(member, post=post, saved=True)
    assert Bookmark.objects.filter(user=member).count() == 1
    services.toggle_bookmark(member, post=post, saved=False)
    services.toggle_bookmark(member, post=post, saved=False)
    assert not Bookmark.objects.exists()


def test_cannot_bookmark_a_post_you_cannot_see(member):
    hidden = make_post(topic=start_topic(), is_hidden=True)
    with pytest.raises(Http404):
        services.toggle_bookmark(member, post=hidden)


def test_bookmark_button_without_javascript_and_with(member_client):
    post = start_topic().posts.get()
    url = reverse("forum:bookmark", args=[post.pk])
    response = member_client.post(url, {"state": "on", "next": "/t/1/x/#post-1"})
    assert response.status_code == 302 and response["Location"] == "/t/1/x/#post-1"
    assert Bookmark.objects.filter(user=member_client.user, post=post).exists()
    data = member_client.post(url, {"state": "off"}, headers={"accept": "application/json"}).json()
    assert data == {"post_id": post.pk, "bookmarked": False}


def test_bookmarks_page_lists_saved_posts_newest_first_and_drops_hidden_ones(member_client):
    member = member_client.user
    first = start_topic(title="Sleep after stopping").posts.get()
    second = start_topic(title="Walking helps me").posts.get()
    gone = start_topic(title="Later hidden").posts.get()
    for post in (first, second, gone):
        services.toggle_bookmark(member, post=post)
    gone.is_hidden = True
    gone.save()
    html = member_client.get(reverse("forum:bookmarks")).content.decode()
    assert html.index("Walking helps me") < html.index("Sleep after stopping")
    assert "Later hidden" not in html
    assert 'name="robots" content="noindex"' in html


def test_bookmarks_are_private(member_client):
    other = MemberFactory()
    services.toggle_bookmark(other, post=start_topic(title="Someone else's pick").posts.get())
    assert "Someone else" not in member_client.get(reverse("forum:bookmarks")).content.decode()


def test_post_engagement_reports_bookmarks(member):
    post = start_topic().posts.get()
    services.toggle_bookmark(member, post=post)
    assert selectors.post_engagement([post], viewer=member)[post.pk]["bookmarked"] is True
    assert selectors.post_engagement([post], viewer=MemberFactory())[post.pk]["bookmarked"] is False


def test_bookmarks_page_bounded_queries_at_two_sizes(member_client, django_assert_max_num_queries):
    member = member_client.user
    for _ in range(2):
        services.toggle_bookmark(member, post=start_topic().posts.get())
    url = reverse("forum:bookmarks")
    member_client.get(url)
    with django_assert_max_num_queries(12) as small:
        member_client.get(url)
    for _ in range(30):
        services.toggle_bookmark(member, post=start_topic().posts.get())
    with django_assert_max_num_queries(12) as big:
        member_client.get(url)
    assert len(big.captured_queries) == len(small.captured_queries)
