"""Who may see and write what in the forum. Views, selectors, consumers and templates use these.

Visibility:
- A public board is readable by anyone; a members-only board by signed-in members only.
  `check_view_*` raise Http404 for what a viewer may not see, so nothing hidden is revealed;
  the forum views show signed-out visitors a "not found, or for members only" page with a
  log-in link (see docs/forum.md).
- Public content is `is_approved and not is_hidden`. Authors also see their own held or hidden
  posts (marked), moderators see everything. Removed posts stay in place as a short notice.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from accounts.permissions import can_moderate, can_write, check_can_write
from forum.models import Board, Post, Topic

LOCKED_REASON = "This topic is locked, so new replies are turned off. You can still read it."
HELD_TOPIC_REASON = "This topic is waiting for a moderator. Replies open once it is approved."


def _is_member(user) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and user.is_active


def can_moderate_forum(user) -> bool:
    return can_moderate(user)


def can_view_board(user, board: Board) -> bool:
    return board.is_public or _is_member(user)


def check_view_board(user, board: Board) -> None:
    if not can_view_board(user, board):
        raise Http404("No such board.")


def can_view_topic(user, topic: Topic) -> bool:
    if not can_view_board(user, topic.board):
        return False
    if topic.is_public:
        return True
    return _is_member(user) and (topic.author_id == user.pk or can_moderate(user))


def check_view_topic(user, topic: Topic) -> None:
    if not can_view_topic(user, topic):
        raise Http404("No such topic.")


def can_view_post(user, post: Post) -> bool:
    """Public posts, or the viewer's own, or any for moderators; removed ones show as a notice."""
    if not can_view_topic(user, post.topic):
        return False
    if post.is_public:
        return True
    return _is_member(user) and (post.author_id == user.pk or can_moderate(user))


def check_view_post(user, post: Post) -> None:
    if not can_view_post(user, post):
        raise Http404("No such post.")


def can_create_topic(user, board: Board) -> bool:
    return can_write(user) and can_view_board(user, board)


def check_create_topic(user, board: Board) -> None:
    check_view_board(user, board)
    check_can_write(user)


def can_reply_to_topic(user, topic: Topic) -> bool:
    try:
        check_reply_to_topic(user, topic)
    except (PermissionDenied, Http404):
        return False
    return True


def check_reply_to_topic(user, topic: Topic) -> None:
    check_view_topic(user, topic)
    check_can_write(user)
    if can_moderate(user):
        return
    if topic.is_locked:
        raise PermissionDenied(LOCKED_REASON)
    if not topic.is_public:
        raise PermissionDenied(HELD_TOPIC_REASON)


def can_edit_post(user, post: Post) -> bool:
    try:
        check_edit_post(user, post)
    except (PermissionDenied, Http404):
        return False
    return True


def check_edit_post(user, post: Post) -> None:
    check_view_post(user, post)
    check_can_write(user)
    if post.is_removed:
        raise PermissionDenied("This post was removed, so it can't be edited.")
    if can_moderate(user):
        return
    if post.author_id != user.pk:
        raise PermissionDenied("You can only edit your own posts.")
    if post.topic.is_locked:
        raise PermissionDenied("This topic is locked, so its posts can't be edited.")


def can_remove_post(user, post: Post) -> bool:
    try:
        check_remove_post(user, post)
    except (PermissionDenied, Http404):
        return False
    return True


def check_remove_post(user, post: Post) -> None:
    check_view_post(user, post)
    check_can_write(user)
    if post.is_removed:
        raise PermissionDenied("This post has already been removed.")
    if post.author_id != user.pk and not can_moderate(user):
        raise PermissionDenied("You can only delete your own posts.")


def can_view_revisions(user, post: Post) -> bool:
    """The author and moderators; once a post is removed, its text (every version) is moderators-only."""
    if post.is_removed:
        return can_moderate(user) and can_view_post(user, post)
    return _is_member(user) and can_view_post(user, post) and (post.author_id == user.pk or can_moderate(user))


def check_view_revisions(user, post: Post) -> None:
    check_view_post(user, post)
    if not can_view_revisions(user, post):
        raise PermissionDenied(
            "This post was removed, so only moderators can read its versions."
            if post.is_removed else "Only the author and moderators can see a post's edit history."
        )


def can_change_topic_state(user, topic: Topic) -> bool:
    return can_moderate(user)


def check_change_topic_state(user, topic: Topic) -> None:
    check_view_topic(user, topic)
    if not can_change_topic_state(user, topic):
        raise PermissionDenied("Only moderators can pin, lock or move topics.")


# --- engagement ---
# Reacting is a public write (sanctions apply); following and bookmarking are private to the
# member, so a muted member may still follow and save what they read.


def can_react_to_post(user, post: Post) -> bool:
    try:
        check_react_to_post(user, post)
    except (PermissionDenied, Http404):
        return False
    return True


def check_react_to_post(user, post: Post) -> None:
    check_can_write(user)
    check_view_post(user, post)
    if post.is_removed or not post.is_public or not post.topic.is_public:
        raise PermissionDenied("You can only react to posts that everyone can see.")


def can_bookmark_post(user, post: Post) -> bool:
    return _is_member(user) and can_view_post(user, post)


def check_bookmark_post(user, post: Post) -> None:
    if not _is_member(user):
        raise PermissionDenied("Please sign in first.")
    check_view_post(user, post)


def can_follow_topic(user, topic: Topic) -> bool:
    return _is_member(user) and can_view_topic(user, topic)


def check_follow_topic(user, topic: Topic) -> None:
    if not _is_member(user):
        raise PermissionDenied("Please sign in first.")
    check_view_topic(user, topic)


def can_follow_board(user, board: Board) -> bool:
    return _is_member(user) and can_view_board(user, board)


def check_follow_board(user, board: Board) -> None:
    if not _is_member(user):
        raise PermissionDenied("Please sign in first.")
    check_view_board(user, board)


def can_change_content_notes(user, post: Post) -> bool:
    try:
        check_change_content_notes(user, post)
    except (PermissionDenied, Http404):
        return False
    return True


def check_change_content_notes(user, post: Post) -> None:
    """The author (while they may edit) and moderators (on anyone's post, audited) set notes."""
    check_edit_post(user, post)
