"""Topic pages, permalinks, read tracking and the live-topic fragments."""

import re

import pytest

from forum import services
from forum.models import Topic
from tests.factories import MemberFactory, sign_in
from tests.forum.content_helpers import bulk_replies, make_board, reply, start_topic, use_stub_policy

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _policy():
    use_stub_policy()


@pytest.fixture
def long_topic(member):
    topic = start_topic(member, board=make_board(public=True), title="A long conversation")
    return bulk_replies(topic, MemberFactory(), 44)  # 45 posts: pages of 20, 20, 5


def positions(html: str) -> list[int]:
    return [int(p) for p in re.findall(r'data-position="(\d+)"', html)]


def test_topic_shows_posts_oldest_first_twenty_a_page(client, long_topic):
    first = client.get(long_topic.get_absolute_url()).content.decode()
    third = client.get(long_topic.get_absolute_url() + "?page=3").content.decode()
    assert positions(first) == list(range(20))
    assert positions(third) == list(range(40, 45))
    assert '<nav class="pagination" aria-label="Pages">' in first
    assert "page 3 of 3" in third


def test_each_post_is_an_article_with_its_author_and_a_machine_readable_time(client, member):
    topic = start_topic(member, board=make_board(public=True))
    html = client.get(topic.get_absolute_url()).content.decode()
    assert '<ol class="post-list" id="post-list">' in html
    article = html[html.index("<article"): html.index("</article>")]
    assert member.username in article
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT', article)
    assert html.count("<h1") == 1


def test_a_wrong_or_missing_slug_redirects_to_the_right_address(client, long_topic):
    wrong = client.get(f"/t/{long_topic.pk}/old-title/?page=2")
    assert wrong.status_code == 301 and wrong["Location"] == long_topic.get_absolute_url() + "?page=2"
    short = client.get(f"/t/{long_topic.pk}/")
    assert short.status_code == 301 and short["Location"] == long_topic.get_absolute_url()


def test_unknown_topic_and_post_are_not_found(member_client):
    assert member_client.get("/t/999999/anything/").status_code == 404
    assert member_client.get("/p/999999/").status_code == 404


def test_viewing_a_topic_counts_a_view(client, member):
    topic = start_topic(member, board=make_board(public=True))
    client.get(topic.get_absolute_url())
    client.get(topic.get_absolute_url())
    services.flush_topic_views()  # with Redis, views are gathered there and written each minute
    assert Topic.objects.get(pk=topic.pk).view_count == 2


def test_permalink_redirects_to_the_page_and_anchor_of_the_post(client, long_topic):
    post = long_topic.posts.get(position=25)
    response = client.get(f"/p/{post.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"{long_topic.get_absolute_url()}?page=2#post-{post.pk}"
    first = long_topic.posts.get(position=0)
    assert client.get(f"/p/{first.pk}/")["Location"] == f"{long_topic.get_absolute_url()}#post-{first.pk}"


def test_live_topic_markup_names_the_topic_last_position_and_fragment_url(client, long_topic):
    html = client.get(long_topic.get_absolute_url() + "?page=3").content.decode()
    assert (
        f'<section id="live-topic" aria-label="Posts" data-topic-id="{long_topic.pk}" data-after-position="44" '
        f'data-fragment-url="/t/{long_topic.pk}/posts-after/" data-on-last-page="1">' in html
    )
    assert '<div id="live-topic-bar" role="status" aria-live="polite"></div>' in html
    post = long_topic.posts.get(position=44)
    assert f'<li id="post-{post.pk}" data-post-id="{post.pk}" data-position="44"' in html
    first_page = client.get(long_topic.get_absolute_url()).content.decode()
    assert 'data-after-position="19"' in first_page and 'data-on-last-page="0"' in first_page


def test_posts_after_returns_only_the_list_items_after_a_position(client, long_topic):
    response = client.get(f"/t/{long_topic.pk}/posts-after/?after=40")
    html = response.content.decode()
    assert response.status_code == 200
    assert positions(html) == [41, 42, 43, 44]
    assert html.strip().startswith("<li") and "<html" not in html


def test_posts_after_returns_at_most_fifty(client, member):
    topic = bulk_replies(start_topic(member, board=make_board(public=True)), member, 60)
    assert len(positions(client.get(f"/t/{topic.pk}/posts-after/?after=0").content.decode())) == 50


def test_posts_after_rejects_a_non_number(client, long_topic):
    assert client.get(f"/t/{long_topic.pk}/posts-after/?after=abc").status_code == 400


def test_fragments_never_show_held_posts_to_other_members(client, member):
    topic = start_topic(member, board=make_board(public=True))
    held = reply(MemberFactory(), topic, "Held for review")
    services.set_post_visibility(held, approved=False)
    assert positions(client.get(f"/t/{topic.pk}/posts-after/?after=0").content.decode()) == []
    assert client.get(f"/p/{held.pk}/fragment/").status_code == 404


def test_post_fragment_returns_one_list_item(client, member):
    topic = start_topic(member, board=make_board(public=True))
    post = reply(MemberFactory(), topic, "Hello there")
    html = client.get(f"/p/{post.pk}/fragment/").content.decode()
    assert html.count("<li id=") == 1 and "Hello there" in html


def test_fragments_of_members_only_boards_are_hidden_from_visitors(client, member):
    topic = start_topic(member, board=make_board(public=False))
    assert client.get(f"/t/{topic.pk}/posts-after/?after=-1").status_code == 404
    assert client.get(f"/p/{topic.opening_post.pk}/fragment/").status_code == 404


def test_members_only_topic_is_hidden_from_visitors_and_noindex_for_members(client, member):
    topic = start_topic(member, board=make_board(public=False), title="Private struggles")
    response = client.get(topic.get_absolute_url())
    assert response.status_code == 404
    assert "Private struggles" not in response.content.decode()
    assert client.get(f"/p/{topic.opening_post.pk}/").status_code == 404
    sign_in(client, member)
    assert '<meta name="robots" content="noindex">' in client.get(topic.get_absolute_url()).content.decode()


def test_public_topic_is_indexable(client, member):
    topic = start_topic(member, board=make_board(public=True))
    assert 'name="robots"' not in client.get(topic.get_absolute_url()).content.decode()


def test_jump_to_first_unread_goes_to_the_first_post_the_member_has_not_seen(member_client, member):
    author = MemberFactory()
    topic = bulk_replies(start_topic(author, board=make_board()), author, 24)  # positions 0..24
    member_client.get(topic.get_absolute_url())  # read page 1: positions 0..19
    html = member_client.get(topic.get_absolute_url()).content.decode()
    assert "Jump to first unread" in html
    target = topic.posts.get(position=20)
    response = member_client.get(f"/t/{topic.pk}/unread/")
    assert response["Location"] == f"{topic.get_absolute_url()}?page=2#post-{target.pk}"


def test_no_unread_link_when_everything_is_read(member_client, member):
    topic = start_topic(MemberFactory(), board=make_board())
    member_client.get(topic.get_absolute_url())
    assert "Jump to first unread" not in member_client.get(topic.get_absolute_url()).content.decode()


def test_read_position_never_moves_backwards(member_client, member):
    author = MemberFactory()
    topic = bulk_replies(start_topic(author, board=make_board()), author, 24)
    member_client.get(topic.get_absolute_url() + "?page=2")
    member_client.get(topic.get_absolute_url())
    assert topic.reads.get(user=member).last_read_position == 24


def test_authors_see_their_held_post_marked_and_others_do_not_see_it(client, member):
    topic = start_topic(MemberFactory(), board=make_board(public=True))
    held = reply(member, topic, "My first reply")
    services.set_post_visibility(held, approved=False)
    assert "My first reply" not in client.get(topic.get_absolute_url()).content.decode()
    sign_in(client, member)
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "My first reply" in html and "Awaiting review" in html


def test_moderators_see_hidden_posts_marked_hidden(moderator_client, member):
    topic = start_topic(member, board=make_board())
    hidden = reply(MemberFactory(), topic, "Hidden words")
    services.set_post_visibility(hidden, hidden=True)
    html = moderator_client.get(topic.get_absolute_url()).content.decode()
    assert "Hidden words" in html and "badge-hidden" in html


def test_removed_post_stays_in_place_as_a_short_note(client, member):
    topic = start_topic(MemberFactory(), board=make_board(public=True))
    post = reply(member, topic, "Something I regret")
    services.remove_post(post, by=member)
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "Something I regret" not in html
    assert "Removed by author." in html
    assert positions(html) == [0, 1]
