"""Home page, stage boards and board pages."""

from datetime import timedelta

import pytest
from django.utils import timezone

from forum.models import Board, BoardGroup, Topic, TopicRead
from tests.factories import MemberFactory
from tests.forum.content_helpers import make_board, reply, start_topic, use_stub_policy

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _policy():
    use_stub_policy()


def test_stage_groups_and_boards_from_the_product_brief_exist_in_order():
    groups = list(BoardGroup.objects.order_by("position").values_list("name", flat=True))
    assert groups[:5] == [
        "Start here", "Before and during a taper", "After stopping", "Living with it", "Around the member",
    ]
    names = list(Board.objects.filter(group__slug="living-with-it").order_by("position").values_list("name", flat=True))
    assert names == ["Coping with symptoms", "Exercise, sleep and wellbeing", "Milestones and celebrations",
                     "Success stories"]
    assert Board.objects.filter(group__isnull=False).count() >= 14


def test_only_success_stories_milestones_and_help_desk_are_public_by_default():
    public = set(Board.objects.filter(is_public=True, legacy_id__isnull=True).values_list("slug", flat=True))
    assert public == {"success-stories", "milestones", "help-desk"}
    assert all(b.description for b in Board.objects.filter(slug__in=public))


def test_home_lists_boards_with_counts_and_the_latest_post(client, member):
    board = Board.objects.get(slug="success-stories")
    topic = start_topic(member, board=board, title="One year on")
    reply(MemberFactory(username="willow_tree"), topic, "So glad for you.")
    html = client.get("/").content.decode()
    assert "Success stories" in html
    assert "1 topic · 2 posts" in html
    assert "One year on" in html and "willow_tree" in html
    assert "<time datetime=" in html


def test_visitors_see_members_only_boards_marked_join_to_read_without_titles_or_links(client, member):
    # Issue 11 changed this: visitors now see every board in the index, members-only ones with
    # their description and counts but never a topic title, text or a link into the board.
    tapering = Board.objects.get(slug="tapering")
    start_topic(member, board=tapering, title="My private week three")
    html = client.get("/").content.decode()
    assert "Success stories" in html and "Log in" in html
    assert "Tapering" in html and tapering.description in html and "1 topic · 1 post" in html
    assert "My private week three" not in html and "Feeling a bit steadier" not in html
    assert "Members only — <a href=\"/account/signup/\">join to read" in html
    assert f'href="{tapering.get_absolute_url()}"' not in html


def test_members_see_every_board_marked_members_only(member_client):
    html = member_client.get("/").content.decode()
    assert "Holds, setbacks and updates" in html
    assert "Members only" in html


def test_members_only_board_is_a_not_found_page_with_a_log_in_link_for_visitors(client):
    response = client.get("/b/tapering/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Tapering" not in html.split("<main", 1)[1].split("</main>")[0].replace("tapering%2F", "")
    assert "log in" in html and "next=/b/tapering/" in html.replace("%2F", "/")
    assert '<meta name="robots" content="noindex">' in html


def test_members_only_board_is_noindex_and_public_board_is_indexable(member_client):
    members_only = member_client.get("/b/tapering/").content.decode()
    public = member_client.get("/b/success-stories/").content.decode()
    assert '<meta name="robots" content="noindex">' in members_only
    assert 'name="robots"' not in public


def test_unknown_board_is_not_found(member_client):
    assert member_client.get("/b/no-such-board/").status_code == 404


def test_board_lists_pinned_topics_first_then_latest_activity(member_client, member):
    board = make_board()
    old = start_topic(member, board=board, title="Older topic")
    new = start_topic(member, board=board, title="Newer topic")
    pinned = start_topic(member, board=board, title="Pinned welcome")
    Topic.objects.filter(pk=pinned.pk).update(is_pinned=True, last_post_at=timezone.now() - timedelta(days=30))
    Topic.objects.filter(pk=old.pk).update(last_post_at=timezone.now() - timedelta(days=2))
    Topic.objects.filter(pk=new.pk).update(last_post_at=timezone.now() - timedelta(days=1))
    html = member_client.get(board.get_absolute_url()).content.decode()
    assert html.index("Pinned welcome") < html.index("Newer topic") < html.index("Older topic")
    assert "Pinned</span>" in html


def test_board_row_shows_author_replies_views_and_last_poster(member_client, member):
    board = make_board()
    topic = start_topic(member, board=board, title="A calm evening")
    reply(MemberFactory(username="last_poster"), topic)
    Topic.objects.filter(pk=topic.pk).update(view_count=7)
    html = member_client.get(board.get_absolute_url()).content.decode()
    row = html[html.index("A calm evening"):]
    row = row[: row.index("</tr>")]
    assert member.username in row and "last_poster" in row
    assert ">1</td>" in row.replace('<span class="cell-label" aria-hidden="true">Replies </span>', "")
    assert ">7</td>" in row.replace('<span class="cell-label" aria-hidden="true">Views </span>', "")


def test_board_shows_25_topics_a_page_with_numbered_pages(member_client, member):
    board = make_board()
    for i in range(27):
        start_topic(member, board=board, title=f"Topic {i:02d}")
    first = member_client.get(board.get_absolute_url()).content.decode()
    second = member_client.get(board.get_absolute_url() + "?page=2").content.decode()
    assert first.count('class="topic-row') == 25 and second.count('class="topic-row') == 2
    assert '<nav class="pagination" aria-label="Pages">' in first
    assert f'href="{board.get_absolute_url()}?page=2"' in first
    assert 'aria-current="page"><span class="visually-hidden">Page </span>2<' in second


def test_board_marks_new_and_unread_topics_for_members(member_client, member):
    board = make_board()
    other = MemberFactory()
    seen = start_topic(other, board=board, title="Seen it all")
    updated = start_topic(other, board=board, title="Has a new reply")
    start_topic(other, board=board, title="Never opened")
    member_client.get(seen.get_absolute_url())
    member_client.get(updated.get_absolute_url())
    reply(other, updated, "One more thing.")
    html = member_client.get(board.get_absolute_url()).content.decode()

    def row(title):
        part = html[html.index(title):]
        return part[: part.index("</tr>")]

    assert "badge-unread" not in row("Seen it all")
    assert "Unread" in row("Has a new reply")
    assert "New</span>" in row("Never opened")


def test_visitors_see_no_unread_markers(client, member):
    board = make_board(public=True)
    start_topic(member, board=board)
    assert "badge-unread" not in client.get(board.get_absolute_url()).content.decode()


def test_viewing_a_topic_records_how_far_the_member_read(member_client, member):
    board = make_board()
    topic = start_topic(MemberFactory(), board=board)
    reply(MemberFactory(), topic)
    member_client.get(topic.get_absolute_url())
    assert TopicRead.objects.get(user=member, topic=topic).last_read_position == 1
