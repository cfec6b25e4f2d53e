"""Pages run a bounded number of queries, the same at two data sizes."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from forum import services
from forum.models import Board, Topic
from tests.factories import MemberFactory, sign_in
from tests.forum.content_helpers import bulk_replies, make_board, reply, start_topic, use_stub_policy

pytestmark = pytest.mark.django_db

# Signed-in member, with the header's notification count, sanctions check and the follow button;
# the profile also asks whether the member has a journal this viewer may see (one query).
MAX_QUERIES = {"home": 9, "board": 13, "topic first page": 15, "topic last page": 15, "profile": 13}


@pytest.fixture(autouse=True)
def _policy():
    use_stub_policy()


def build(size: int):
    """size topics on two boards, a few replies each, and one topic of 100 * size posts."""
    public, private = Board.objects.get(slug="success-stories"), make_board()
    authors = [MemberFactory(roles=["clinician"]) if i == 0 else MemberFactory() for i in range(size)]
    for i in range(size):
        for board in (public, private):
            topic = start_topic(authors[i], board=board, title=f"Topic {i} on {board.slug}")
            for author in authors[: min(size, 2)]:
                reply(author, topic, f"Reply by {author.username} with @{authors[0].username}")
    big = start_topic(authors[0], board=public, title="The long thread")
    bulk_replies(big, authors[-1], 100 * size - 1)
    services.edit_post(big.opening_post, editor=authors[0], body="edited once")
    return public, big, authors[0]


def measure(client, public, big, author) -> dict[str, int]:
    pages = big.posts.count() // 20 + (1 if big.posts.count() % 20 else 0)
    urls = {
        "home": "/",
        "board": public.get_absolute_url(),
        "topic first page": big.get_absolute_url(),
        "topic last page": f"{big.get_absolute_url()}?page={pages}",
        "profile": f"/u/{author.username}/",
    }
    client.get(urls["topic first page"])  # the member has a read marker from now on
    client.get("/")  # and has started a visit (one UPDATE per 30-minute visit, see record_visit)
    result = {}
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)
        result[name] = len(captured)
    return result


def test_pages_run_the_same_bounded_number_of_queries_at_two_data_sizes(client):
    member = Client()
    sign_in(member, MemberFactory())
    small_data = build(2)
    small = {"visitor": measure(client, *small_data), "member": measure(member, *small_data)}
    large_data = build(20)  # the long thread has 2,000 posts
    large = {"visitor": measure(client, *large_data), "member": measure(member, *large_data)}
    assert Topic.objects.filter(title="The long thread", posts__position=1999).exists()
    for who in ("visitor", "member"):
        for name, limit in MAX_QUERIES.items():
            assert small[who][name] <= limit and large[who][name] <= limit, (who, name, small, large)
    assert small == large


def test_topic_last_page_of_a_2000_post_topic_stays_within_budget(client, django_assert_max_num_queries):
    topic = bulk_replies(start_topic(MemberFactory(), board=make_board(public=True)), MemberFactory(), 1999)
    assert topic.post_count == 2000
    with django_assert_max_num_queries(MAX_QUERIES["topic last page"]):
        html = client.get(f"{topic.get_absolute_url()}?page=100").content.decode()
    assert 'data-position="1999"' in html and 'data-position="1980"' in html


def test_home_page_stays_within_budget(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_QUERIES["home"]):
        client.get("/")
