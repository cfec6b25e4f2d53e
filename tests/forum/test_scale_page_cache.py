"""The whole-page cache for signed-out readers (forum/cache.py): fast, and never stale where it matters."""

import re

import pytest
from django.test import Client

from forum import services
from forum.cache import PAGE_CACHE_HEADER, bump
from forum.models import Topic
from tests import factories


@pytest.fixture
def public_topic(db):
    board = factories.BoardFactory(is_public=True, slug="success-stories-test", name="Success stories test")
    author = factories.MemberFactory(username="steady_heron")
    topic = services.create_topic(author, board=board, title="Finally off after two years", body="It gets better.")
    return Topic.objects.select_related("board").get(pk=topic.pk)


def cache_state(response) -> str:
    return response.headers.get(PAGE_CACHE_HEADER, "")


@pytest.mark.django_db
def test_the_second_signed_out_reader_gets_the_page_from_the_cache(client, public_topic):
    first = client.get(public_topic.get_absolute_url())
    second = Client().get(public_topic.get_absolute_url())

    assert (cache_state(first), cache_state(second)) == ("miss", "hit")
    assert "It gets better." in second.content.decode()
    assert second["Content-Type"].startswith("text/html")


@pytest.mark.django_db
def test_home_board_and_topic_pages_are_cached_for_signed_out_readers(client, public_topic):
    for url in ("/", public_topic.board.get_absolute_url(), public_topic.get_absolute_url()):
        client.get(url)
        assert cache_state(Client().get(url)) == "hit", url


@pytest.mark.django_db
def test_a_cached_page_costs_at_most_two_queries(client, public_topic, django_assert_max_num_queries):
    client.get(public_topic.get_absolute_url())
    with django_assert_max_num_queries(2):  # the freshness check and the view count (without Redis)
        response = Client().get(public_topic.get_absolute_url())
    assert cache_state(response) == "hit"


@pytest.mark.django_db
def test_a_new_reply_shows_to_signed_out_readers_at_once(client, public_topic):
    client.get(public_topic.get_absolute_url())
    services.create_post(factories.MemberFactory(), topic=public_topic, body="Congratulations, so happy for you!")

    response = Client().get(public_topic.get_absolute_url())

    assert "Congratulations, so happy for you!" in response.content.decode()
    assert cache_state(response) == "miss"


@pytest.mark.django_db
def test_a_new_topic_shows_on_the_home_and_board_pages_at_once(client, public_topic):
    client.get("/")
    client.get(public_topic.board.get_absolute_url())
    services.create_topic(
        factories.MemberFactory(), board=public_topic.board, title="A small win today", body="Cooked dinner."
    )

    assert "A small win today" in Client().get(public_topic.board.get_absolute_url()).content.decode()
    assert "A small win today" in Client().get("/").content.decode()


@pytest.mark.django_db
def test_a_post_hidden_by_a_moderator_disappears_from_the_cached_page_at_once(client, public_topic):
    reply = services.create_post(factories.MemberFactory(), topic=public_topic, body="Here is my phone number")
    assert "my phone number" in client.get(public_topic.get_absolute_url()).content.decode()

    services.set_post_visibility(reply, hidden=True)

    assert "my phone number" not in Client().get(public_topic.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_an_edit_shows_to_signed_out_readers_at_once(client, public_topic, django_capture_on_commit_callbacks):
    opening = public_topic.posts.get(position=0)
    client.get(public_topic.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        services.edit_post(opening, editor=opening.author, body="It gets better, slowly.")

    assert "It gets better, slowly." in Client().get(public_topic.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_bump_makes_the_topic_board_and_home_pages_render_again(
    client, public_topic, django_capture_on_commit_callbacks
):
    urls = ("/", public_topic.board.get_absolute_url(), public_topic.get_absolute_url())
    for url in urls:
        client.get(url)

    with django_capture_on_commit_callbacks(execute=True):
        bump(topic=public_topic)

    assert [cache_state(Client().get(url)) for url in urls] == ["miss", "miss", "miss"]


@pytest.mark.django_db
def test_signed_in_members_never_get_a_cached_page_and_their_pages_are_private(member_client, public_topic):
    Client().get(public_topic.get_absolute_url())  # a signed-out reader fills the cache

    response = member_client.get(public_topic.get_absolute_url())

    assert cache_state(response) == ""
    assert "private" in response["Cache-Control"]
    assert member_client.user.username in response.content.decode()


@pytest.mark.django_db
def test_members_only_boards_and_their_topics_are_never_cached(client):
    board = factories.BoardFactory(is_public=False)
    topic = services.create_topic(factories.MemberFactory(), board=board, title="Private worries", body="Just us.")

    for url in (board.get_absolute_url(), topic.get_absolute_url()):
        first, second = client.get(url), Client().get(url)
        assert (first.status_code, second.status_code) == (404, 404)
        assert cache_state(second) == ""
        assert "Just us." not in second.content.decode()


@pytest.mark.django_db
def test_odd_query_strings_are_not_cached(client, public_topic):
    url = public_topic.get_absolute_url() + "?utm_source=somewhere"
    client.get(url)
    assert cache_state(Client().get(url)) == ""


@pytest.mark.django_db
def test_the_form_on_a_cached_page_carries_a_csrf_token_that_works_for_its_reader(public_topic):
    Client().get(public_topic.get_absolute_url())
    reader = Client(enforce_csrf_checks=True)

    page = reader.get(public_topic.get_absolute_url())

    assert cache_state(page) == "hit"
    tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    assert tokens and "\x00" not in tokens[0]
    form = re.search(r'<form[^>]*method="post"[^>]*action="([^"]+)"', page.content.decode())
    response = reader.post(form.group(1), {"csrfmiddlewaretoken": tokens[0], "theme": "dark", "text_size": "large"})
    assert response.status_code != 403


@pytest.mark.django_db
def test_views_are_still_counted_when_the_page_comes_from_the_cache(client, public_topic):
    for _ in range(3):
        Client().get(public_topic.get_absolute_url())
    services.flush_topic_views()  # with Redis, views are gathered there and written each minute
    public_topic.refresh_from_db()
    assert public_topic.view_count == 3


@pytest.mark.django_db
def test_display_preferences_get_their_own_cached_page(public_topic):
    Client().get(public_topic.get_absolute_url())
    dark = Client()
    dark.cookies["haven_theme"] = "dark"

    response = dark.get(public_topic.get_absolute_url())

    assert cache_state(response) == "miss"
    assert 'data-theme="dark"' in response.content.decode()
