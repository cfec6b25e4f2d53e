"""Chat messages in a member's data export and in "remove my text too" (accounts/export.py,
accounts/erasure.py); registered in RealtimeConfig.ready()."""

from django.utils.html import escape

from accounts.erasure import REMOVED_TEXT, register_content_eraser
from accounts.export import register_export_section
from realtime.models import ChatMessage


def _messages(user) -> list[dict]:
    rows = ChatMessage.objects.filter(author=user).select_related("room").order_by("created_at", "pk")
    return [{"room": m.room.name, "text": m.source, "sent_at": m.created_at, "edited_at": m.edited_at} for m in rows]


def erase_messages(user) -> int:
    return ChatMessage.objects.filter(author=user).update(source=REMOVED_TEXT, html=f"<p>{escape(REMOVED_TEXT)}</p>")


def register() -> None:
    register_export_section("chat_messages", "Your chat messages", _messages)
    register_content_eraser("chat messages", erase_messages)
