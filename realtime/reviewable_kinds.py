"""Chat messages as a reviewable kind (reviewable/registry.py), registered in RealtimeConfig.ready().

Members flag a message from its permalink; the moderators' room is hidden from members, so
flagging a message there is a 404 for them (can_view). Hiding and removing both hide the
message ("removed by a moderator"); the queue's decision is the one audit entry.
"""

from django.urls import reverse

from realtime import permissions, services
from realtime.models import ChatMessage
from reviewable import registry


def _hide(message: ChatMessage, *, hidden: bool, by) -> None:
    if by is not None:  # by is None when enough flags hid it on their own
        permissions.check_hide_message(by, message)
    services.set_message_hidden(message, hidden=hidden, by=by, audit=False)


def _delete(message: ChatMessage, *, by, reason: str) -> None:
    _hide(message, hidden=True, by=by)


def _url(message: ChatMessage) -> str:
    """The message's permalink (the room URL takes a slug, not an id)."""
    return reverse("realtime:message", args=[message.pk])


def register() -> None:
    registry.register_kind(
        "chat",
        ChatMessage,
        label="Chat message",
        title_of=lambda m: f"Chat in {m.room}",
        url_of=_url,
        html_of=lambda m: m.html,
        source_of=lambda m: m.source,
        is_hidden=lambda m: bool(m.is_hidden or getattr(m, "is_removed", False)),
        hide=_hide,
        delete=_delete,
        can_view=permissions.can_view_message,
        related=("author", "room"),
    )
