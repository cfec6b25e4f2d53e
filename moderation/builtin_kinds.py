"""The reviewable kinds Haven ships with: forum posts and topics, profiles, and chat messages."""

from __future__ import annotations

from django.apps import apps

from moderation.message_kinds import register_message_kinds
from moderation.reviewables import GENERIC_FLAG_REASONS, FlagReason, profile_html, register, safe_reverse

# Forum posts and topics also take "needs a content note" (docs/care.md): low priority, no weight.
NEEDS_CONTENT_NOTE = FlagReason(
    "note", "Needs a content note",
    help="It would help readers to have a content note, for example about self-harm or dose numbers.",
    low_priority=True,
)
FORUM_FLAG_REASONS = (*GENERIC_FLAG_REASONS, NEEDS_CONTENT_NOTE)


def opening_post(topic):
    from forum.models import Post

    return Post.objects.filter(topic=topic).order_by("position").first()


# --- posts -------------------------------------------------------------------------------


def _post_hide(post, *, hidden: bool, by) -> None:
    import forum.services

    forum.services.set_post_visibility(post, hidden=hidden)


def _post_delete(post, *, by, reason: str) -> None:
    import forum.services

    forum.services.remove_post(post, by=by, reason=reason, audit=False)


# --- topics ------------------------------------------------------------------------------


def _topic_html(topic) -> str:
    post = opening_post(topic)
    return post.html if post else ""


def _topic_source(topic) -> str:
    post = opening_post(topic)
    return f"{topic.title}\n\n{post.source if post else ''}"


def _topic_hide(topic, *, hidden: bool, by) -> None:
    post = opening_post(topic)
    if post is not None:
        _post_hide(post, hidden=hidden, by=by)


def _topic_delete(topic, *, by, reason: str) -> None:
    post = opening_post(topic)
    if post is not None:
        _post_delete(post, by=by, reason=reason)


# --- profiles ----------------------------------------------------------------------------


def _profile_hide(user, *, hidden: bool, by) -> None:
    """Hiding a profile clears its bio (the only free text on it); the queue's audit entry keeps
    the old one (its `before` is the kind's source, the bio)."""
    if hidden and user.bio:
        user.bio = ""
        user.save(update_fields=["bio"])


# --- chat --------------------------------------------------------------------------------


def _chat_hide(message, *, hidden: bool, by) -> None:
    import realtime.permissions
    import realtime.services

    if by is not None:
        realtime.permissions.check_hide_message(by, message)
    realtime.services.set_message_hidden(message, hidden=hidden, by=by, audit=False)


def _chat_can_view(user, message) -> bool:
    import realtime.permissions

    return realtime.permissions.can_view_message(user, message)


def _post_can_view(user, post) -> bool:
    from forum.permissions import can_view_post

    return can_view_post(user, post)


def _topic_can_view(user, topic) -> bool:
    from forum.permissions import can_view_topic

    return can_view_topic(user, topic)


def _chat_delete(message, *, by, reason: str) -> None:
    _chat_hide(message, hidden=True, by=by)


def _chat_url(message) -> str:
    """The message's permalink (the room URL takes a slug, not an id)."""
    return safe_reverse("realtime:message", message.pk)


def register_builtin_kinds() -> None:
    from accounts.models import User
    from forum.models import Post, Topic

    register(
        "post",
        Post,
        label="Post",
        title_of=lambda p: p.topic.title,
        board_of=lambda p: p.topic.board,
        hide=_post_hide,
        delete=_post_delete,
        premoderated=True,
        can_view=_post_can_view,
        flag_reasons=FORUM_FLAG_REASONS,
        related=("author", "topic", "topic__board"),
    )
    register(
        "topic",
        Topic,
        label="Topic",
        title_of=lambda t: t.title,
        html_of=_topic_html,
        source_of=_topic_source,
        board_of=lambda t: t.board,
        hide=_topic_hide,
        delete=_topic_delete,
        premoderated=True,
        can_view=_topic_can_view,
        flag_reasons=FORUM_FLAG_REASONS,
        related=("author", "board"),
    )
    register(
        "user",
        User,
        label="Profile",
        author_of=lambda u: u,
        title_of=lambda u: u.username,
        url_of=lambda u: safe_reverse("accounts:profile", u.username),
        html_of=profile_html,
        source_of=lambda u: u.bio or "",
        is_hidden=lambda u: False,
        hide=_profile_hide,
        can_view=lambda viewer, u: u.is_active and u.deleted_at is None,
    )
    try:
        chat_model = apps.get_model("realtime", "ChatMessage")
    except LookupError:
        chat_model = None
    if chat_model is not None:
        register(
            "chat",
            chat_model,
            label="Chat message",
            title_of=lambda m: f"Chat in {m.room}",
            url_of=_chat_url,
            html_of=lambda m: m.html,
            source_of=lambda m: m.source,
            is_hidden=lambda m: bool(m.is_hidden or getattr(m, "is_removed", False)),
            hide=_chat_hide,
            delete=_chat_delete,
            can_view=_chat_can_view,
            related=("author", "room"),
        )
    register_message_kinds()
