"""Reads for reactions, subscriptions, notifications and bookmarks, for a viewer.

Each page-level read runs a fixed number of queries whatever the data size.
"""

from collections.abc import Iterable

from django.core.paginator import Page, Paginator
from django.db.models import CharField, Count, Q, Value
from django.shortcuts import get_object_or_404

from forum.models import Board, Bookmark, Notification, NotificationSettings, Post, Reaction, Subscription, Topic
from forum.selectors.care import is_collapsed_for
from forum.selectors.content import public_posts_q, public_topics_q, visible_boards
from forum.selectors.fulltext import post_plain_text, shorten_text

__all__ = [
    "NOTIFICATIONS_PER_PAGE",
    "BOOKMARKS_PER_PAGE",
    "post_engagement",
    "reaction_summary",
    "notifications_for",
    "unread_count",
    "notification_settings_for",
    "is_following",
    "bookmarks_for",
    "notification_or_404",
]

NOTIFICATIONS_PER_PAGE = 25
BOOKMARKS_PER_PAGE = 25


def _is_member(viewer) -> bool:
    return bool(getattr(viewer, "is_authenticated", False)) and viewer.is_active


# --- Reactions and bookmarks on a page of posts ----------------------------------------------


_BOOKMARK = "bookmark"  # the member's bookmarks ride in the reaction counts' query under this "kind"


def post_engagement(posts: Iterable[Post], *, viewer) -> dict[int, dict]:
    """{post_id: {"reactions": [{"kind", "label", "count", "mine"}...], "bookmarked": bool}}
    for a page of posts, in one query (a member's bookmarks are a UNION ALL onto the counts)."""
    ids = [post.pk for post in posts]
    counts: dict[tuple[int, str], tuple[int, bool]] = {}
    bookmarked: set[int] = set()
    member = _is_member(viewer)
    if ids:
        rows = (
            Reaction.objects.filter(post_id__in=ids)
            .values_list("post_id", "kind")
            .annotate(n=Count("id"), mine=Count("id", filter=Q(user_id=viewer.pk)) if member else Value(0))
            .order_by()
        )
        if member:
            marks = (
                Bookmark.objects.filter(user=viewer, post_id__in=ids)
                .annotate(kind=Value(_BOOKMARK, output_field=CharField()), n=Value(1), mine=Value(1))
                .values_list("post_id", "kind", "n", "mine")
                .order_by()
            )
            rows = rows.union(marks, all=True)
        for post_id, kind, n, mine in rows:
            if kind == _BOOKMARK:
                bookmarked.add(post_id)
            else:
                counts[(post_id, kind)] = (n, bool(mine))
    return {
        post_id: {
            "reactions": [
                {
                    "kind": kind,
                    "label": label,
                    "count": counts.get((post_id, kind), (0, False))[0],
                    "mine": counts.get((post_id, kind), (0, False))[1],
                }
                for kind, label in Reaction.KINDS
            ],
            "bookmarked": post_id in bookmarked,
        }
        for post_id in ids
    }


def reaction_summary(post: Post, *, viewer) -> dict:
    """The engagement entry of one post (after a toggle)."""
    return post_engagement([post], viewer=viewer)[post.pk]


# --- Notifications -------------------------------------------------------------------------


def notifications_for(viewer, *, page: str | int | None = None) -> Page:
    """The member's notifications, newest first, one numbered page (two queries)."""
    notifications = Notification.objects.filter(recipient=viewer).select_related("post").order_by("-created_at", "-id")
    return Paginator(notifications, NOTIFICATIONS_PER_PAGE).get_page(page)


def unread_count(viewer) -> int:
    if not _is_member(viewer):
        return 0
    return Notification.objects.filter(recipient=viewer, read_at__isnull=True).count()


def notification_settings_for(viewer) -> NotificationSettings:
    """The member's settings, or the defaults (everything on) when never saved."""
    return NotificationSettings.objects.filter(user=viewer).first() or NotificationSettings(user=viewer)


def is_following(viewer, *, topic: Topic | None = None, board: Board | None = None) -> bool:
    if not _is_member(viewer):
        return False
    return Subscription.objects.filter(user=viewer, topic=topic, board=board).exists()


# --- Bookmarks -----------------------------------------------------------------------------


def bookmarks_for(viewer, *, page: str | int | None = None) -> Page:
    """Saved posts the member can still see, newest saved first (three queries)."""
    visible = (public_posts_q("post__") & Q(post__is_removed=False) & public_topics_q("post__topic__")) | Q(
        post__author=viewer, post__is_removed=False
    )
    bookmarks = (
        Bookmark.objects.filter(user=viewer)
        .filter(visible, post__topic__board__in=visible_boards(viewer).values("pk"))
        .select_related("post", "post__topic", "post__topic__board", "post__author")
        .prefetch_related("post__author__groups")
        .order_by("-created_at", "-id")
    )
    result = Paginator(bookmarks, BOOKMARKS_PER_PAGE).get_page(page)
    for bookmark in result.object_list:
        bookmark.is_collapsed = is_collapsed_for(viewer, bookmark.post)
        bookmark.snippet = "" if bookmark.is_collapsed else shorten_text(post_plain_text(bookmark.post))
    return result


def notification_or_404(viewer, notification_id: int) -> Notification:
    """One of the viewer's own notifications (anyone else's is a 404)."""
    return get_object_or_404(Notification, pk=notification_id, recipient=viewer)
