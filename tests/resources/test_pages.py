"""Pinned resources on board pages, the library, search: bounded queries and what people see."""

from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from resources import services
from tests import factories
from tests.factories import sign_in
from tests.resources.helpers import make_draft, make_published


def _publish_many(n, author, reviewer, board, start=0):
    for i in range(start, start + n):
        make_published(author, reviewer, title=f"Guide number {i}", boards=[board])


def _count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_board_page_with_pinned_resources_renders_in_constant_queries(
    client, member, clinician_a, clinician_b, board, django_assert_max_num_queries
):
    sign_in(client, member)
    url = reverse("forum:board", args=[board.slug])
    _publish_many(3, clinician_a, clinician_b, board)
    with_three = _count_queries(client, url)
    _publish_many(3, clinician_a, clinician_b, board, start=3)
    with django_assert_max_num_queries(with_three):
        page = client.get(url).content.decode()
    assert page.count("Guide number") == 6
    assert page.count("badge-reviewed") == 6


def test_pinned_resources_tag_costs_one_query_and_shows_only_published(
    clinician_a, clinician_b, board, django_assert_num_queries
):
    _publish_many(4, clinician_a, clinician_b, board)
    make_draft(clinician_a, title="Unfinished draft", boards=[board])
    retired = make_published(clinician_a, clinician_b, title="Old guide", boards=[board])
    services.retire_resource(retired, by=clinician_b, reason="Out of date")
    template = Template("{% load resources_tags %}{% pinned_resources board %}")
    with django_assert_num_queries(1):
        html = template.render(Context({"board": board}))
    assert html.count("Guide number") == 4
    assert "Unfinished draft" not in html and "Old guide" not in html
    assert "Clinician-reviewed guidance" in html


def test_library_renders_in_constant_queries_at_two_sizes(
    client, member, clinician_a, clinician_b, board, django_assert_max_num_queries
):
    sign_in(client, member)
    url = reverse("resources:library")
    _publish_many(4, clinician_a, clinician_b, board)
    with_four = _count_queries(client, url)
    _publish_many(8, clinician_a, clinician_b, board, start=4)
    with django_assert_max_num_queries(with_four):
        page = client.get(url).content.decode()
    assert page.count("Guide number") == 12


def test_library_is_searchable_and_filterable_by_board(client, clinician_a, clinician_b, board):
    other_board = factories.BoardFactory(is_public=True, name="Other board", slug="other-test-board")
    make_published(clinician_a, clinician_b, title="Sleep and rest", boards=[board])
    make_published(clinician_a, clinician_b, title="Light sensitivity", boards=[other_board])
    url = reverse("resources:library")
    page = client.get(url, {"q": "sleep"}).content.decode()
    assert "Sleep and rest" in page and "Light sensitivity" not in page
    page = client.get(url, {"board": other_board.slug}).content.decode()
    assert "Light sensitivity" in page and "Sleep and rest" not in page
    page = client.get(url, {"q": "nothing matches this"}).content.decode()
    assert "No guidance matches that" in page


def test_library_pages_are_numbered(client, clinician_a, clinician_b, board):
    _publish_many(21, clinician_a, clinician_b, board)
    page = client.get(reverse("resources:library")).content.decode()
    assert "Page 1 of 2" in page and "Next page" in page
    page2 = client.get(reverse("resources:library"), {"page": 2}).content.decode()
    assert page2.count("Guide number") == 1


def test_search_results_mark_resources_as_such_in_one_query(
    clinician_a, clinician_b, board, django_assert_num_queries
):
    make_published(clinician_a, clinician_b, title="Coping with insomnia", boards=[board])
    make_draft(clinician_a, title="Insomnia draft")
    template = Template("{% load resources_tags %}{% search_resources_results q viewer %}")
    with django_assert_num_queries(1):
        html = template.render(Context({"q": "insomnia", "viewer": None}))
    assert "Coping with insomnia" in html and "Insomnia draft" not in html
    assert "badge-resource" in html and ">Resource<" in html


def test_flag_link_is_shown_to_members_on_published_guidance(client, member, clinician_a, clinician_b):
    resource = make_published(clinician_a, clinician_b)
    sign_in(client, member)
    page = client.get(reverse("resources:detail", args=[resource.slug])).content.decode()
    flag_url = reverse("moderation:flag", args=["resource", resource.id])
    assert flag_url in page


def test_search_page_lists_matching_guidance_marked_as_resource(client, member, clinician_a, clinician_b, board):
    make_published(clinician_a, clinician_b, title="Coping with insomnia", boards=[board])
    sign_in(client, member)
    page = client.get(reverse("forum:search"), {"q": "insomnia"}).content.decode()
    assert "Coping with insomnia" in page and "badge-resource" in page
