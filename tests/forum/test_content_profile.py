"""Member profiles with recent topics and replies, showing only what the viewer may see."""

import pytest

from forum import services
from tests.factories import MemberFactory, sign_in
from tests.forum.content_helpers import make_board, reply, start_topic, use_stub_policy

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _policy():
    use_stub_policy()


@pytest.fixture
def river():
    return MemberFactory(username="river", bio="Slowly getting there.")


def test_profile_lists_recent_topics_and_replies(member_client, river):
    board = make_board()
    start_topic(river, board=board, title="My taper diary")
    other = start_topic(MemberFactory(), board=board, title="Someone else's topic")
    reply(river, other, "Thinking of you today, this will pass.")
    html = member_client.get("/u/river/").content.decode()
    assert "<h1>river" in html and "Slowly getting there." in html
    assert "Recent topics" in html and "My taper diary" in html
    assert "Recent replies" in html and "Someone else&#x27;s topic" in html
    assert "Thinking of you today, this will pass." in html


def test_profile_hides_members_only_activity_from_visitors(client, river):
    start_topic(river, board=make_board(public=False), title="Members only words")
    start_topic(river, board=make_board(public=True), title="Public words")
    html = client.get("/u/river/").content.decode()
    assert "Public words" in html and "Members only words" not in html


def test_profile_hides_held_hidden_and_removed_posts_from_others(member_client, client, river):
    board = make_board()
    topic = start_topic(MemberFactory(), board=board)
    held = reply(river, topic, "Held reply text")
    services.set_post_visibility(held, approved=False)
    hidden = reply(river, topic, "Hidden reply text")
    services.set_post_visibility(hidden, hidden=True)
    removed = reply(river, topic, "Removed reply text")
    services.remove_post(removed, by=river)
    html = member_client.get("/u/river/").content.decode()
    assert "Held reply text" not in html and "Hidden reply text" not in html and "Removed reply text" not in html
    sign_in(client, river)
    own = client.get("/u/river/").content.decode()
    assert "Held reply text" in own and "Awaiting review" in own
    assert "Removed reply text" not in own


def test_profile_keeps_the_account_details_block(member_client, member):
    html = member_client.get(f"/u/{member.username}/").content.decode()
    assert "Edit your profile and settings" in html
    assert '<meta name="robots" content="noindex">' in html


def test_unknown_member_profile_is_not_found(client):
    assert client.get("/u/nobody-at-all/").status_code == 404
