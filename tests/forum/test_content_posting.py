"""Starting topics, replying, quoting, mentions, editing, deleting, pinning and locking."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import AuditEntry, Sanction
from forum import services
from forum.models import Post, PostRevision, Topic
from tests.factories import MemberFactory, sign_in
from tests.forum.content_helpers import StubPolicy, make_board, reply, start_topic, use_stub_policy

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _policy():
    use_stub_policy()


@pytest.fixture
def board():
    return make_board()


def composer_token(client, url: str) -> str:
    html = client.get(url).content.decode()
    return html.split('name="token" value="', 1)[1].split('"', 1)[0]


# --- Starting topics and replying ---------------------------------------------------------------


def test_member_starts_a_topic_from_the_board_page(member_client, board):
    html = member_client.get(board.get_absolute_url()).content.decode()
    assert f'href="/b/{board.slug}/new/">Start a topic</a>' in html
    token = composer_token(member_client, f"/b/{board.slug}/new/")
    response = member_client.post(
        f"/b/{board.slug}/new/", {"title": "Hello from the hold", "body": "Day **three**.", "token": token}
    )
    topic = Topic.objects.get(title="Hello from the hold")
    assert response.status_code == 302 and response["Location"] == topic.get_absolute_url()
    page = member_client.get(topic.get_absolute_url()).content.decode()
    assert "<strong>three</strong>" in page


def test_member_replies_with_the_form_at_the_end_of_the_topic(member_client, board):
    topic = start_topic(MemberFactory(), board=board)
    html = member_client.get(topic.get_absolute_url()).content.decode()
    assert f'action="/t/{topic.pk}/reply/"' in html and 'name="token"' in html
    response = member_client.post(f"/t/{topic.pk}/reply/", {"body": "You are not alone.", "token": "abc123"})
    post = Post.objects.get(source="You are not alone.")
    assert response["Location"] == f"{topic.get_absolute_url()}#post-{post.pk}"
    assert post.position == 1


def test_reply_has_its_own_page_too(member_client, board):
    topic = start_topic(MemberFactory(), board=board, title="Bad night")
    html = member_client.get(f"/t/{topic.pk}/reply/").content.decode()
    assert "Reply to “Bad night”" in html and "<textarea" in html


def test_a_successful_post_tells_the_browser_to_drop_the_draft(member_client, board):
    topic = start_topic(MemberFactory(), board=board)
    member_client.post(f"/t/{topic.pk}/reply/", {"body": "Thanks all.", "token": "t1"})
    html = member_client.get(topic.get_absolute_url()).content.decode()
    assert f'data-clear-draft="/t/{topic.pk}/reply/"' in html
    assert f'data-draft-key="/t/{topic.pk}/reply/"' in html
    assert "js/forum.js" in html


def test_visitors_are_sent_to_log_in_before_writing(client, board):
    topic = start_topic(MemberFactory(), board=make_board(public=True))
    response = client.post(f"/t/{topic.pk}/reply/", {"body": "hi"})
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert client.get(f"/b/{board.slug}/new/").status_code == 302


# --- Quoting and mentions -------------------------------------------------------------------------


def test_quote_link_prefills_the_reply_with_a_markdown_quote_naming_the_author(member_client, board):
    author = MemberFactory(username="river")
    topic = start_topic(author, board=board, body="Line one\nLine two")
    quote_url = f"/t/{topic.pk}/reply/?quote={topic.opening_post.pk}"
    assert quote_url in member_client.get(topic.get_absolute_url()).content.decode()
    html = member_client.get(quote_url).content.decode()
    assert "&gt; @river wrote:\n&gt; Line one\n&gt; Line two\n\n</textarea>" in html


def test_quoting_a_post_from_another_topic_or_a_hidden_post_prefills_nothing(member_client, board):
    other = start_topic(MemberFactory(), board=board, body="Elsewhere")
    topic = start_topic(MemberFactory(), board=board)
    html = member_client.get(f"/t/{topic.pk}/reply/?quote={other.opening_post.pk}").content.decode()
    assert "Elsewhere" not in html
    assert member_client.get(f"/t/{topic.pk}/reply/?quote=notanumber").status_code == 200


def test_mentions_link_to_the_members_profile(member_client, board):
    MemberFactory(username="willow")
    topic = start_topic(MemberFactory(), board=board)
    member_client.post(f"/t/{topic.pk}/reply/", {"body": "Thinking of you @willow and @nobody_here", "token": "m1"})
    post = Post.objects.get(topic=topic, position=1)
    assert '<a href="/u/willow/" class="mention" rel="nofollow ugc noopener">@willow</a>' in post.html
    assert "/u/nobody_here/" not in post.html


def test_quoted_reply_renders_as_a_blockquote_with_a_linked_name(member):
    MemberFactory(username="river")
    topic = start_topic(member, board=make_board())
    post = reply(member, topic, "> @river wrote:\n> hello\n\nMe too.")
    assert "<blockquote>" in post.html and 'href="/u/river/"' in post.html


# --- Editing ---------------------------------------------------------------------------------------


def test_member_edits_own_post_keeping_a_history_and_an_edited_mark(member_client, member, board):
    topic = start_topic(member, board=board, title="Old title", body="First words")
    post = topic.opening_post
    response = member_client.post(
        f"/p/{post.pk}/edit/", {"title": "New title", "body": "Better words", "note": "clearer"}
    )
    assert response.status_code == 302
    post.refresh_from_db()
    topic.refresh_from_db()
    assert post.source == "Better words" and post.edit_count == 1 and post.edited_at is not None
    assert topic.title == "New title" and topic.slug == "new-title"
    revision = PostRevision.objects.get(post=post)
    assert revision.source == "First words" and revision.note == "clearer" and revision.editor == member
    page = member_client.get(topic.get_absolute_url()).content.decode()
    assert "edited" in page and f"/p/{post.pk}/history/" in page
    history = member_client.get(f"/p/{post.pk}/history/").content.decode()
    assert "First words" in history and "Better words" in history and "clearer" in history


def test_edit_history_is_for_the_author_and_moderators_only(client, member, moderator, board):
    topic = start_topic(member, board=board, body="v1")
    services.edit_post(topic.opening_post, editor=member, body="v2")
    url = f"/p/{topic.opening_post.pk}/history/"
    sign_in(client, MemberFactory())
    assert client.get(url).status_code == 403
    sign_in(client, moderator)
    assert client.get(url).status_code == 200


def test_members_cannot_edit_or_delete_someone_elses_post(member_client, board):
    topic = start_topic(MemberFactory(), board=board)
    post = topic.opening_post
    assert member_client.get(f"/p/{post.pk}/edit/").status_code == 403
    assert member_client.post(f"/p/{post.pk}/edit/", {"body": "hijack"}).status_code == 403
    assert member_client.post(f"/p/{post.pk}/remove/").status_code == 403
    html = member_client.get(topic.get_absolute_url()).content.decode()
    assert f"/p/{post.pk}/edit/" not in html and f"/p/{post.pk}/remove/" not in html


def test_moderator_edit_of_someone_elses_post_is_audited(moderator, member, board):
    topic = start_topic(member, board=board, body="my phone number is 555")
    services.edit_post(topic.opening_post, editor=moderator, body="[removed private details]", note="privacy")
    entry = AuditEntry.objects.get(action="forum.edit_post")
    assert entry.actor == moderator and entry.target_user == member and entry.reason == "privacy"


def test_editing_with_the_same_text_keeps_no_revision(member, board):
    topic = start_topic(member, board=board, body="same")
    services.edit_post(topic.opening_post, editor=member, body="same")
    assert not PostRevision.objects.exists()


# --- Deleting --------------------------------------------------------------------------------------


def test_member_deletes_own_post_which_shows_as_removed_by_author(member_client, member, board):
    topic = start_topic(MemberFactory(), board=board)
    post = reply(member, topic, "Oops, wrong topic")
    assert "Delete this post?" in member_client.get(f"/p/{post.pk}/remove/").content.decode()
    response = member_client.post(f"/p/{post.pk}/remove/")
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.is_removed and post.removed_by == member
    html = member_client.get(topic.get_absolute_url()).content.decode()
    assert "Removed by author." in html and "Oops, wrong topic" not in html


def test_moderator_removal_shows_as_removed_by_a_moderator_and_is_audited(moderator_client, moderator, board):
    topic = start_topic(MemberFactory(), board=board)
    post = reply(MemberFactory(), topic, "Selling something")
    moderator_client.post(f"/p/{post.pk}/remove/", {"reason": "spam"})
    assert "Removed by a moderator." in moderator_client.get(topic.get_absolute_url()).content.decode()
    assert AuditEntry.objects.filter(action="forum.remove_post", actor=moderator, reason="spam").exists()


def test_moderators_can_still_read_a_removed_post_but_members_cannot(moderator_client, client, board):
    topic = start_topic(MemberFactory(), board=board)
    post = reply(MemberFactory(), topic, "Selling pills, message me")
    moderator_client.post(f"/p/{post.pk}/remove/", {"reason": "spam"})
    moderator_html = moderator_client.get(topic.get_absolute_url()).content.decode()
    assert "Show the removed text (moderators only)" in moderator_html and "Selling pills" in moderator_html
    sign_in(client, MemberFactory())
    member_html = client.get(topic.get_absolute_url()).content.decode()
    assert "Removed by a moderator." in member_html and "Selling pills" not in member_html


def test_deleting_the_only_post_of_a_topic_removes_the_topic_from_the_board(member_client, member, board):
    topic = start_topic(member, board=board, title="Posted by mistake")
    member_client.post(f"/p/{topic.opening_post.pk}/remove/")
    topic.refresh_from_db()
    assert topic.is_removed
    assert "Posted by mistake" not in member_client.get(board.get_absolute_url()).content.decode()


# --- Pinning and locking ---------------------------------------------------------------------------


def test_moderators_pin_and_lock_with_buttons_on_the_topic_page(moderator_client, moderator, board):
    topic = start_topic(MemberFactory(), board=board)
    html = moderator_client.get(topic.get_absolute_url()).content.decode()
    assert 'value="pin"' in html and 'value="lock"' in html
    moderator_client.post(f"/t/{topic.pk}/state/", {"action": "pin"})
    moderator_client.post(f"/t/{topic.pk}/state/", {"action": "lock"})
    topic.refresh_from_db()
    assert topic.is_pinned and topic.is_locked
    assert AuditEntry.objects.filter(action="forum.lock_topic", actor=moderator).exists()
    moderator_client.post(f"/t/{topic.pk}/state/", {"action": "unlock"})
    moderator_client.post(f"/t/{topic.pk}/state/", {"action": "unpin"})
    topic.refresh_from_db()
    assert not topic.is_pinned and not topic.is_locked


def test_members_have_no_moderator_buttons_and_cannot_lock(member_client, board):
    topic = start_topic(MemberFactory(), board=board)
    assert 'value="lock"' not in member_client.get(topic.get_absolute_url()).content.decode()
    assert member_client.post(f"/t/{topic.pk}/state/", {"action": "lock"}).status_code == 403
    assert not Topic.objects.get(pk=topic.pk).is_locked


def test_replying_to_a_locked_topic_is_refused_with_a_clear_message(member_client, board):
    topic = start_topic(MemberFactory(), board=board)
    Topic.objects.filter(pk=topic.pk).update(is_locked=True)
    html = member_client.get(topic.get_absolute_url()).content.decode()
    assert "This topic is locked" in html and f'action="/t/{topic.pk}/reply/"' not in html
    response = member_client.post(f"/t/{topic.pk}/reply/", {"body": "Please read this", "token": "x"})
    assert response.status_code == 403
    page = response.content.decode()
    assert "This topic is locked" in page and "Please read this" in page
    assert member_client.get(f"/t/{topic.pk}/reply/").status_code == 403
    assert topic.posts.count() == 1


def test_moderators_can_move_a_topic_to_another_board(moderator_client, board):
    target = make_board()
    topic = start_topic(MemberFactory(), board=board)
    moderator_client.post(f"/t/{topic.pk}/move/", {"board": target.pk})
    topic.refresh_from_db()
    assert topic.board == target


# --- Bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "field", "message"),
    [
        ("", "Some words", "title", "Please give your topic a title."),
        ("   ", "Some words", "title", "Please give your topic a title."),
        ("x" * 151, "Some words", "title", "Please keep the title to 150 characters (it has 151)."),
        ("Fine title", "", "body", "Please write something before posting."),
        ("Fine title", "y" * 30_001, "body", "Please keep a post to 30,000 characters (it has 30,001)."),
        ("Bell\x07title", "Some words", "title", "invisible control characters"),
        ("Fine title", "bidi \u202e trick", "body", "invisible control characters"),
        ("Fine title", "nul \x00 byte", "body", "Null characters are not allowed"),
    ],
)
def test_bad_topic_input_gets_a_message_next_to_the_field_and_keeps_the_text(
    member_client, board, title, body, field, message
):
    response = member_client.post(f"/b/{board.slug}/new/", {"title": title, "body": body, "token": "bad1"})
    assert response.status_code == 200
    html = response.content.decode()
    error_block = html.split(f'id="id_{field}_error"', 1)[1].split("</div>", 1)[0]
    assert message in error_block
    kept = (title if field == "body" else body).strip()
    assert kept[:50] in html
    assert not Topic.objects.filter(board=board).exists()


def test_limits_are_inclusive(member_client, board):
    member_client.post(f"/b/{board.slug}/new/", {"title": "t" * 150, "body": "b" * 30_000, "token": "lim"})
    assert Topic.objects.filter(board=board, title="t" * 150).exists()


def test_bad_reply_keeps_the_text_on_the_reply_page(member_client, board):
    topic = start_topic(MemberFactory(), board=board)
    long_text = "My long story. " * 2100
    response = member_client.post(f"/t/{topic.pk}/reply/", {"body": long_text, "token": "r1"})
    html = response.content.decode()
    assert response.status_code == 200 and "Please keep a post to 30,000 characters" in html
    assert "My long story. My long story." in html
    assert topic.posts.count() == 1


def test_sending_the_same_reply_twice_creates_one_post_and_lands_on_it(member_client, board):
    topic = start_topic(MemberFactory(), board=board)
    token = composer_token(member_client, topic.get_absolute_url())
    first = member_client.post(f"/t/{topic.pk}/reply/", {"body": "Only once please", "token": token})
    second = member_client.post(f"/t/{topic.pk}/reply/", {"body": "Only once please", "token": token})
    assert Post.objects.filter(source="Only once please").count() == 1
    assert first["Location"] == second["Location"]
    topic.refresh_from_db()
    assert topic.post_count == 2


def test_sending_the_same_new_topic_twice_creates_one_topic(member_client, board):
    data = {"title": "Double click", "body": "Oops", "token": "same-token-1"}
    first = member_client.post(f"/b/{board.slug}/new/", data)
    second = member_client.post(f"/b/{board.slug}/new/", data)
    assert Topic.objects.filter(title="Double click").count() == 1
    assert first["Location"] == second["Location"]
    board.refresh_from_db()
    assert board.topic_count == 1


def test_muted_member_is_refused_with_the_reason_and_keeps_the_text(member_client, member, board):
    Sanction.objects.create(
        user=member, kind=Sanction.MUTE, reason="Cooling off", ends_at=timezone.now() + timedelta(days=1)
    )
    topic = start_topic(MemberFactory(), board=board)
    response = member_client.post(f"/t/{topic.pk}/reply/", {"body": "Words I typed", "token": "s1"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "muted" in html and "Cooling off" in html and "Words I typed" in html
    assert member_client.get(f"/b/{board.slug}/new/").status_code == 403


# --- What the content policy decides ---------------------------------------------------------------


def test_held_post_tells_the_author_it_is_waiting_for_a_moderator(member_client, board):
    topic = start_topic(MemberFactory(), board=board)
    StubPolicy.hold = True
    response = member_client.post(f"/t/{topic.pk}/reply/", {"body": "My first reply", "token": "h1"}, follow=True)
    html = response.content.decode()
    assert "waiting for a moderator" in html and "Awaiting review" in html
    topic.refresh_from_db()
    assert topic.post_count == 1


def test_crisis_decision_sets_the_session_flag_for_the_crisis_panel(member_client, board):
    topic = start_topic(MemberFactory(), board=board)
    StubPolicy.crisis = True
    member_client.post(f"/t/{topic.pk}/reply/", {"body": "Heavy words", "token": "c1"})
    assert member_client.session.get("haven_crisis") is True


def test_policy_sees_new_posts_and_edits(member, board):
    topic = start_topic(member, board=board)
    services.edit_post(topic.opening_post, editor=member, body="changed")
    assert StubPolicy.calls == [("created", topic.opening_post.pk), ("edited", topic.opening_post.pk)]


# --- Permissions: who may read and reply ----------------------------------------------------------


@pytest.mark.parametrize("who", ["anonymous", "member", "moderator"])
@pytest.mark.parametrize("public", [True, False])
@pytest.mark.parametrize("locked", [False, True])
def test_who_may_read_and_reply(client, who, public, locked):
    board = make_board(public=public)
    topic = start_topic(MemberFactory(), board=board, title="Matrix topic")
    Topic.objects.filter(pk=topic.pk).update(is_locked=locked)
    if who != "anonymous":
        sign_in(client, MemberFactory(roles=["moderator"], mfa=True) if who == "moderator" else MemberFactory())

    page = client.get(topic.get_absolute_url())
    may_read = public or who != "anonymous"
    assert page.status_code == (200 if may_read else 404)

    response = client.post(f"/t/{topic.pk}/reply/", {"body": "A reply", "token": f"{who}{public}{locked}"})
    created = Post.objects.filter(topic=topic, source="A reply").exists()
    if who == "anonymous":
        assert response.status_code == 302 and not created
    elif locked and who == "member":
        assert response.status_code == 403 and not created
    else:
        assert response.status_code == 302 and created
