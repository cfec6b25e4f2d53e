"""Every main page runs a number of SQL queries that does not grow with the data.

The demo data is loaded at two sizes with seed_demo (the benchmark's generator and the
importer); each page must stay under the same bound at both sizes. The anonymous page cache
is turned off here so the views themselves are measured.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from forum.models import Board, Topic
from forum.selectors import POSTS_PER_PAGE
from tests import factories

# The same bounds at both sizes (measured on SQLite without Redis: 2-6 queries signed out, 5-11
# signed in, equal at both sizes; one to spare). They include sessions, the signed-in member with
# their roles and sanctions (one query), context processors (notification count, review
# queue), the page's reads and, on a topic, recording the view and the read mark (with Redis,
# the view is counted there).
MAX_QUERIES_SIGNED_OUT = {
    "home": 3,
    "board": 7,
    "topic first page": 7,
    "topic last page": 7,
    "search": 6,
    "profile": 5,
}
MAX_QUERIES_SIGNED_IN = {
    # home: the boards, plus "new since your last visit" in followed boards and, on the first
    # view of a visit, one UPDATE starting the visit (issue 11, accounts.services.record_visit).
    "home": 7,
    "board": 12,
    # topic: member, roles + sanctions, topic with the read mark and follow, count, page, badges,
    # reactions + bookmarks, view count, read mark write, notification count (issue 16).
    "topic first page": 12,
    "topic last page": 12,
    "search": 9,
    "profile": 9,
    "notifications": 6,
}


def seed(scale: float) -> None:
    call_command("seed_demo", "--scale", str(scale), "--no-progress", "--workers", "1", stdout=StringIO())
    Board.objects.update(is_public=True)  # so signed-out readers can open every page too


def page_urls(member) -> dict[str, str]:
    busiest = Board.objects.order_by("-topic_count", "pk").first()
    deep = Topic.objects.order_by("-post_count", "pk").first()
    last_page = (deep.post_count + POSTS_PER_PAGE - 1) // POSTS_PER_PAGE
    author = deep.author
    topic_url = reverse("forum:topic", args=[deep.pk, deep.slug])
    return {
        "home": reverse("forum:home"),
        "board": reverse("forum:board", args=[busiest.slug]),
        "topic first page": topic_url,
        "topic last page": f"{topic_url}?page={last_page}",
        "search": reverse("forum:search") + "?q=taper",
        "profile": reverse("accounts:profile", args=[author.username]),
        "notifications": reverse("forum:notifications"),
    }


def give_notifications(member, count: int) -> None:
    from forum.services import notify

    for n in range(count):
        notify(member, kind="reply", text=f"New reply number {n}", url="/")


def check_pages(client, member, django_assert_max_num_queries, *, signed_in: bool) -> dict[str, int]:
    bounds = MAX_QUERIES_SIGNED_IN if signed_in else MAX_QUERIES_SIGNED_OUT
    counts = {}
    for name, url in page_urls(member).items():
        if name not in bounds:
            continue
        with django_assert_max_num_queries(bounds[name], info=f"{name}: {url}") as captured:
            response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        counts[name] = len(captured)
    return counts


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.HAVEN_PAGE_CACHE_SECONDS = 0


@pytest.mark.django_db
@pytest.mark.parametrize("scale", [0.005, 0.02])
def test_pages_run_the_same_bounded_number_of_queries_at_two_data_sizes(
    client, django_assert_max_num_queries, scale
):
    seed(scale)
    member = factories.MemberFactory()
    give_notifications(member, 5 if scale < 0.01 else 40)

    check_pages(client, member, django_assert_max_num_queries, signed_in=False)
    factories.sign_in(client, member)
    # The first request of a session starts a visit and fills per-member caches (the header's
    # private-message count); the bounds are for the pages a member then browses.
    client.get("/")
    check_pages(client, member, django_assert_max_num_queries, signed_in=True)


@pytest.mark.django_db
def test_the_deep_topic_is_long_enough_to_need_many_pages():
    seed(0.02)
    deep = Topic.objects.order_by("-post_count").first()
    assert deep.post_count // POSTS_PER_PAGE >= 40
