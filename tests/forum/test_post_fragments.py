"""A post's reader-independent part is rendered once and reused (forum/fragments.py); every
change a reader would see still shows at once on the next page view."""

import pytest
from django.urls import reverse

from accounts.services import grant_role
from forum import services
from forum.services.care import set_content_notes
from forum.services.visibility import set_post_visibility
from tests import factories
from tests.factories import start_topic
from tests.forum.engagement_helpers import make_post

pytestmark = pytest.mark.django_db

PIECES = {"forum/partials/post_head.html", "forum/partials/post_body.html"}


def _rendered(response) -> set[str]:
    return {template.name for template in response.templates}


@pytest.fixture
def writer():
    return factories.MemberFactory(username="quiet_river")


@pytest.fixture
def topic(writer):
    topic = start_topic(writer, body="Week three of my hold.")
    make_post(topic=topic, author=writer, body="Sleep is a little better tonight.")
    return topic


@pytest.fixture
def reader(client, member):
    factories.sign_in(client, member)
    return client


def _page(client, topic) -> str:
    response = client.get(topic.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_the_second_view_reuses_the_rendered_posts(reader, topic):
    first = reader.get(topic.get_absolute_url())
    second = reader.get(topic.get_absolute_url())

    assert PIECES <= _rendered(first)
    assert not PIECES & _rendered(second)
    assert "Sleep is a little better tonight." in second.content.decode()


def test_another_member_gets_the_same_pieces_with_their_own_actions(client, topic, writer):
    other = factories.MemberFactory()
    factories.sign_in(client, other)
    _page(client, topic)
    factories.sign_in(client, writer)

    response = client.get(topic.get_absolute_url())
    html = response.content.decode()

    assert not PIECES & _rendered(response)
    assert html.count(">Edit<") == 2  # the writer's own posts
    assert "Flag<" not in html  # nobody flags their own post


def test_an_edit_shows_at_once(reader, topic, writer):
    post = topic.posts.get(position=1)
    _page(reader, topic)

    services.edit_post(post, editor=writer, body="Sleep is much better this week.")

    html = _page(reader, topic)
    assert "Sleep is much better this week." in html
    assert "Sleep is a little better tonight." not in html
    assert "edited" in html


def test_a_moderator_hiding_a_post_shows_at_once(client, topic):
    moderator = factories.MemberFactory(roles=["moderator"], mfa=True)
    factories.sign_in(client, moderator)
    post = topic.posts.get(position=1)
    assert "badge-hidden" not in _page(client, topic)

    set_post_visibility(post, hidden=True)

    assert 'class="badge badge-hidden">Hidden' in _page(client, topic)


def test_a_hidden_post_leaves_a_members_page_at_once(reader, topic):
    post = topic.posts.get(position=1)
    assert "Sleep is a little better tonight." in _page(reader, topic)

    set_post_visibility(post, hidden=True)

    assert "Sleep is a little better tonight." not in _page(reader, topic)


def test_a_content_note_change_shows_at_once(reader, topic):
    moderator = factories.MemberFactory(roles=["moderator"], mfa=True)
    post = topic.posts.get(position=1)
    _page(reader, topic)

    set_content_notes(post, by=moderator, notes=["loss"], reason="A bereavement is mentioned.")

    assert "Content notes:</span> Loss or grief" in _page(reader, topic)


def test_an_author_rename_shows_at_once(reader, topic, writer):
    assert "quiet_river" in _page(reader, topic)

    writer.username = "still_water"
    writer.save(update_fields=["username"])

    html = _page(reader, topic)
    assert "still_water" in html
    assert "quiet_river" not in html


def test_a_new_role_badge_and_a_signature_show_at_once(reader, topic, writer):
    assert "badge-moderator" not in _page(reader, topic)

    grant_role(writer, role="moderator")
    writer.signature, writer.show_signature = "Diazepam 5 mg · from 20 mg", True
    writer.save(update_fields=["signature", "show_signature"])

    html = _page(reader, topic)
    assert 'class="badge badge-moderator">Moderator' in html
    assert "Diazepam 5 mg · from 20 mg" in html


def test_erased_text_never_comes_back_from_the_cache(reader, topic):
    post = topic.posts.get(position=1)
    _page(reader, topic)

    type(post).objects.filter(pk=post.pk).update(html="<p>[removed]</p>", source="[removed]")

    assert "Sleep is a little better tonight." not in _page(reader, topic)


def test_pages_work_without_the_cache(settings, reader, topic):
    settings.HAVEN_POST_FRAGMENT_SECONDS = 0
    _page(reader, topic)

    response = reader.get(topic.get_absolute_url())

    assert PIECES <= _rendered(response)
    assert "Sleep is a little better tonight." in response.content.decode()


def test_the_post_links_point_where_the_routes_do(reader, topic):
    post = topic.posts.get(position=1)
    html = _page(reader, topic)

    assert f'href="{reverse("forum:post", args=[post.pk])}"' in html
    assert f'action="{reverse("forum:react", args=[post.pk])}"' in html
    assert f'action="{reverse("forum:bookmark", args=[post.pk])}"' in html
    assert f'href="{reverse("forum:reply", args=[topic.pk])}?quote={post.pk}#id_body"' in html
    assert f'href="{reverse("moderation:flag", args=["post", post.pk])}"' in html
    assert f'href="{reverse("conversations:new")}?to=quiet_river"' in html
