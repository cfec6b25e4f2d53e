"""The forum's part of a member's data export and of "remove my posts' text" (accounts/export.py,
accounts/erasure.py); registered in ForumConfig.ready()."""

from django.utils.html import escape

from accounts.erasure import REMOVED_TEXT, register_content_eraser
from accounts.export import register_export_section
from forum.models import Bookmark, NotificationSettings, Post, PostRevision, Reaction, Subscription, Topic


def _posts(user) -> list[dict]:
    posts = Post.objects.filter(author=user).select_related("topic").order_by("created_at", "pk")
    return [
        {"topic": p.topic.title, "topic_id": p.topic_id, "position": p.position, "text": p.source,
         "written_at": p.created_at, "edited_at": p.edited_at, "removed": p.is_removed}
        for p in posts
    ]


def _topics(user) -> list[dict]:
    return [
        {"title": t.title, "id": t.pk, "board": t.board.name, "started_at": t.created_at}
        for t in Topic.objects.filter(author=user).select_related("board").order_by("created_at", "pk")
    ]


def _reactions(user) -> list[dict]:
    return [
        {"reaction": r.get_kind_display(), "post_id": r.post_id, "at": r.created_at}
        for r in Reaction.objects.filter(user=user).order_by("created_at", "pk")
    ]


def _bookmarks(user) -> list[dict]:
    return [
        {"post_id": b.post_id, "note": b.note, "saved_at": b.created_at}
        for b in Bookmark.objects.filter(user=user).order_by("created_at", "pk")
    ]


def _follows(user) -> list[dict]:
    rows = Subscription.objects.filter(user=user).select_related("topic", "board").order_by("created_at", "pk")
    return [
        {"topic": s.topic.title if s.topic else None, "board": s.board.name if s.board else None,
         "since": s.created_at}
        for s in rows
    ]


def _notification_settings(user) -> dict | None:
    found = NotificationSettings.objects.filter(user=user).first()
    if found is None:
        return None
    return {field: getattr(found, field) for field in ("reply", "mention", "quote", "reaction")}


def erase_posts(user) -> int:
    """Blank the text of every post the member wrote, and of its earlier versions."""
    html = f"<p>{escape(REMOVED_TEXT)}</p>"
    PostRevision.objects.filter(post__author=user).update(source="", html=html)
    return Post.objects.filter(author=user).update(source=REMOVED_TEXT, html=html)


def register() -> None:
    register_export_section("topics", "Topics you started", _topics)
    register_export_section("posts", "Your posts and replies", _posts)
    register_export_section("reactions", "Your reactions", _reactions)
    register_export_section("bookmarks", "Your bookmarks", _bookmarks)
    register_export_section("follows", "Topics and boards you follow", _follows)
    register_export_section("notification_settings", "Your notification settings", _notification_settings)
    register_content_eraser("forum posts", erase_posts)
