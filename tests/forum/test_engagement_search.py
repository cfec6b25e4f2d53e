import pytest
from django.db import connection
from django.urls import reverse

from forum import selectors
from forum.models import Post
from tests.conftest import NEEDS_POSTGRES
from tests.factories import BoardFactory, MemberFactory, sign_in, start_topic
from tests.forum.engagement_helpers import escaped_html, make_post

pytestmark = pytest.mark.django_db

ON_POSTGRES = connection.vendor == "postgresql"


def found(viewer, q, **kw):
    return [hit.post for hit in selectors.search(viewer, q, **kw).object_list]


@pytest.fixture
def public_board():
    return BoardFactory(is_public=True, name="Sunny test board", slug="sunny-test-board")


def test_search_finds_posts_by_word_and_highlights_it(member, public_board):
    topic = start_topic(board=public_board, title="My story", body="Opening words.")
    post = make_post(topic=topic, body="The insomnia finally eased after many months.")
    page = selectors.search(member, "insomnia")
    assert [h.post for h in page.object_list] == [post]
    assert "<mark>insomnia</mark>" in page.object_list[0].snippet_html


def test_search_matches_topic_titles(member, public_board):
    topic = start_topic(board=public_board, title="Tinnitus and light sensitivity", body="Opening words.")
    make_post(topic=topic, body="A reply without the word.")
    hits = selectors.search(member, "tinnitus").object_list
    assert [h.post.position for h in hits] == [0]
    assert "<mark>Tinnitus</mark>" in hits[0].title_html


def test_search_needs_every_word(member, public_board):
    topic = start_topic(board=public_board, body="Opening words.")
    both = make_post(topic=topic, body="Exercise helped my sleep.")
    make_post(topic=topic, body="Exercise was too much for me.")
    assert found(member, "exercise sleep") == [both]


def test_held_hidden_and_removed_content_never_appears_even_for_moderators(moderator, public_board):
    topic = start_topic(board=public_board, body="Nothing here.")
    visible = make_post(topic=topic, body="Cerulean visible reply")
    make_post(topic=topic, body="Cerulean held reply", is_approved=False)
    make_post(topic=topic, body="Cerulean hidden reply", is_hidden=True)
    make_post(topic=topic, body="Cerulean removed reply", is_removed=True)
    held_topic = start_topic(board=public_board, title="Cerulean held topic", body="Cerulean", is_approved=False)
    make_post(topic=held_topic, body="Cerulean reply in a held topic")
    start_topic(board=public_board, title="Cerulean hidden topic", body="Cerulean", is_hidden=True)
    assert found(moderator, "cerulean") == [visible]


def test_members_only_boards_are_searched_for_members_but_not_for_visitors(client, member, public_board):
    private = BoardFactory(is_public=False)
    hidden_post = make_post(topic=start_topic(board=private, body="x"), body="Magnolia in a members-only board")
    open_post = make_post(topic=start_topic(board=public_board, body="x"), body="Magnolia on a public board")
    assert set(found(member, "magnolia")) == {hidden_post, open_post}
    from django.contrib.auth.models import AnonymousUser

    assert found(AnonymousUser(), "magnolia") == [open_post]
    html = client.get(reverse("forum:search"), {"q": "magnolia"}).content.decode()
    assert "public board" in html and "members-only board" not in html


def test_filter_by_board_and_author(member, public_board):
    other_board = BoardFactory(is_public=True)
    writer = MemberFactory(username="Kind.Owl")
    a = make_post(topic=start_topic(board=public_board, body="x"), author=writer, body="Saffron one")
    b = make_post(topic=start_topic(board=other_board, body="x"), body="Saffron two")
    assert found(member, "saffron", board=public_board) == [a]
    assert found(member, "saffron", board=other_board) == [b]
    assert found(member, "saffron", author=writer) == [a]


def test_search_page_filters_by_board_slug_and_author_name(member_client, public_board):
    writer = MemberFactory(username="Kind.Owl")
    make_post(topic=start_topic(board=public_board, body="x"), author=writer, body="Juniper from the owl")
    make_post(topic=start_topic(body="x"), body="Juniper from someone else")
    response = member_client.get(
        reverse("forum:search"), {"q": "juniper", "board": public_board.slug, "author": "kind.owl"}
    )
    html = response.content.decode()
    assert "from the owl" in html and "someone else" not in html


def test_unknown_author_is_explained_next_to_the_field_and_words_kept(member_client):
    response = member_client.get(reverse("forum:search"), {"q": "calm evenings", "author": "nobody-at-all"})
    html = response.content.decode()
    assert "No member has that display name" in html
    assert 'value="calm evenings"' in html
    assert response.context["page_obj"] is None


def test_search_page_has_labels_noindex_and_one_heading(client):
    html = client.get(reverse("forum:search")).content.decode()
    assert 'name="robots" content="noindex"' in html
    assert '<label for="id_q">Words to find</label>' in html
    assert '<label for="id_board">Board</label>' in html
    assert '<label for="id_author">Written by</label>' in html
    assert html.count("<h1") == 1


def test_member_text_is_escaped_in_results(member, client, public_board):
    body = 'Lavender <script>alert("x")</script> <img src=x onerror=alert(1)> & more'
    make_post(topic=start_topic(board=public_board, title="<b>Lavender</b> title", body="x"), body=body,
              html=escaped_html(body))
    start_topic(board=public_board, title="<b>Lavender</b> title two", body="x")
    html = client.get(reverse("forum:search"), {"q": "lavender"}).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>" not in html
    assert "&lt;img src=x" in html  # kept as text (PostgreSQL's headline drops the script tag itself)
    assert "<mark>Lavender</mark>" in html


def test_highlight_escapes_before_marking():
    html = selectors.highlight('a <i>b</i> & "amp" amp', ["amp"])
    assert html == "a &lt;i&gt;b&lt;/i&gt; &amp; &quot;<mark>amp</mark>&quot; <mark>amp</mark>"


def test_results_are_numbered_pages(client, public_board):
    topic = start_topic(board=public_board, body="x")
    for i in range(45):
        make_post(topic=topic, body=f"Heather number {i}")
    response = client.get(reverse("forum:search"), {"q": "heather", "page": 2})
    html = response.content.decode()
    assert response.context["page_obj"].paginator.count == 45
    assert 'aria-current="page"' in html and "q=heather&amp;page=3" in html and "45 results" in html


def test_empty_search_shows_only_the_form(client):
    response = client.get(reverse("forum:search"), {"q": "   "})
    assert response.status_code == 200 and response.context["page_obj"] is None


def test_search_page_queries_do_not_grow_with_data(client, member, public_board, django_assert_max_num_queries):
    sign_in(client, member)
    topic = start_topic(board=public_board, body="x")
    for i in range(3):
        make_post(topic=topic, body=f"Bramble walk {i}")
    url = reverse("forum:search")
    client.get(url, {"q": "bramble"})
    with django_assert_max_num_queries(14) as small:
        client.get(url, {"q": "bramble", "board": public_board.slug})
    for i in range(40):
        make_post(topic=start_topic(board=public_board, body="x"), body=f"Bramble path {i}")
    with django_assert_max_num_queries(14) as big:
        response = client.get(url, {"q": "bramble", "board": public_board.slug})
    assert len(big.captured_queries) == len(small.captured_queries)
    assert response.context["page_obj"].paginator.count == 43


@pytest.mark.skipif(ON_POSTGRES, reason="the fallback is for databases without full-text search")
def test_fallback_matches_parts_of_words_case_insensitively(member, public_board):
    post = make_post(topic=start_topic(board=public_board, body="x"), body="TAPERING slowly")
    assert found(member, "taper") == [post]
    assert "<mark>TAPER</mark>ING" in selectors.search(member, "taper").object_list[0].snippet_html


@NEEDS_POSTGRES
def test_postgres_ranks_better_matches_first_and_stems_words(member, public_board):
    passing = make_post(topic=start_topic(board=public_board, body="x"), body="Aside: a short taper note.")
    strong = make_post(
        topic=start_topic(board=public_board, body="x"),
        body="Tapering: my taper went slowly. Tapered by small steps. The taper is done.",
    )
    titled = start_topic(board=public_board, title="Taper diary", body="Taper diary, first entry about my taper.")
    results = found(member, "tapering")
    assert results[0] == titled.posts.get(position=0)
    assert results.index(strong) < results.index(passing)
    snippet = selectors.search(member, "tapering").object_list[1].snippet_html
    assert "<mark>" in snippet


@NEEDS_POSTGRES
def test_postgres_supports_phrases_and_excluded_words(member, public_board):
    a = make_post(topic=start_topic(board=public_board, body="x"), body="Light sensitivity is easing.")
    make_post(topic=start_topic(board=public_board, body="x"), body="Sensitivity to sound, not light.")
    assert found(member, '"light sensitivity"') == [a]
    assert found(member, "sensitivity -sound") == [a]


@NEEDS_POSTGRES
def test_postgres_search_uses_the_stored_vector_and_title_gin_indexes(member):
    from django.contrib.postgres.search import SearchQuery, SearchVector, SearchVectorField
    from django.db.models.expressions import RawSQL

    query = SearchQuery("sleep", config="english", search_type="websearch")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    stored = RawSQL('"forum_post"."search_vector"', [], output_field=SearchVectorField())
    post_plan = Post.objects.alias(v=stored).filter(v=query).explain()
    from forum.models import Topic

    title_plan = Topic.objects.alias(v=SearchVector("title", config="english")).filter(v=query).explain()
    assert "forum_post_search_vector_gin" in post_plan
    assert "forum_topic_title_search_gin" in title_plan


@NEEDS_POSTGRES
def test_postgres_finds_posts_by_their_edited_and_bulk_inserted_text(member, public_board):
    topic = start_topic(board=public_board, body="x")
    post = make_post(topic=topic, body="Nothing special here.")
    Post.objects.filter(pk=post.pk).update(source="Now about magnesium baths.")
    bulk = Post.objects.bulk_create(
        [Post(topic=topic, author=post.author, position=99, source="Cold showers helped", html="<p>Cold</p>")]
    )
    assert found(member, "magnesium") == [post]
    assert found(member, "nothing special") == []
    assert found(member, "showers") == bulk


@NEEDS_POSTGRES
def test_postgres_ranks_only_the_newest_matches_when_very_many_match(client, public_board, monkeypatch):
    monkeypatch.setattr("forum.selectors.fulltext.SEARCH_CANDIDATES", 5)
    topic = start_topic(board=public_board, body="x")
    posts = [make_post(topic=topic, body=f"Harbour walk {i}") for i in range(8)]
    response = client.get(reverse("forum:search"), {"q": "harbour"})
    page = response.context["page_obj"]
    assert page.capped and page.paginator.count == 5
    assert {hit.post for hit in page.object_list} == set(posts[-5:])
    assert "5 or more results" in response.content.decode()
