"""Private messages and whole conversations as reviewable kinds (reviewable/registry.py),
registered in ConversationsConfig.ready().

Moderators never browse conversations. The queue shows only the reported message (a reported
conversation: no text at all); its link (the permalink, which sends moderators who are not in
the conversation to moderation.views_messages) opens the report window: the messages around it,
rendered here by the kind's `report_window` hook (moderation imports nothing of conversations),
every look written to the audit log.
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.urls import reverse

from accounts.permissions import can_administer
from conversations import selectors
from conversations import services as conversation_services
from conversations.models import Conversation, Message
from conversations.permissions import can_view_conversation, participant_row
from reviewable import registry


def _message_can_view(user, message: Message) -> bool:
    """Only participants (not moderators reading a team conversation) report a message they can see."""
    if not can_view_conversation(user, message.conversation) or participant_row(user, message.conversation) is None:
        return False
    return message.is_delivered or message.author_id == user.pk


def _conversation_can_view(user, conversation: Conversation) -> bool:
    return can_view_conversation(user, conversation) and participant_row(user, conversation) is not None


def _message_hide(message: Message, *, hidden: bool, by) -> None:
    # The queue's decision is the one audit entry for the action.
    conversation_services.set_message_hidden(message, hidden=hidden, by=by, audit=False)


def _message_delete(message: Message, *, by, reason: str) -> None:
    conversation_services.set_message_hidden(message, hidden=True, by=by, audit=False)


def _message_release(message: Message, *, by) -> None:
    conversation_services.set_message_approved(message, by=by)


def _show_window(window: selectors.ReportWindow, *, viewer, item_ref: str) -> str:
    """The window's messages for a moderator; the look is audited first."""
    conversation_services.record_report_view(viewer, window=window, item_ref=item_ref)
    return render_to_string("conversations/partials/report_window.html", {
        "window": window, "window_size": selectors.report_window_size(), "can_open_whole": can_administer(viewer),
    })


def _message_report_window(message: Message, *, viewer, item_ref: str) -> str:
    window = selectors.report_window(conversation=message.conversation, focus=message)
    return _show_window(window, viewer=viewer, item_ref=item_ref)


def _conversation_report_window(conversation: Conversation, *, viewer, item_ref: str) -> str:
    return _show_window(selectors.report_window(conversation=conversation), viewer=viewer, item_ref=item_ref)


def _conversation_author(conversation: Conversation):
    return conversation.started_by


def register() -> None:
    registry.register_kind(
        "message",
        Message,
        label="Private message",
        title_of=lambda m: f"Private message in conversation {m.conversation_id}",
        url_of=lambda m: reverse("conversations:message", args=[m.pk]),
        html_of=lambda m: m.html,
        source_of=lambda m: m.source,
        is_hidden=lambda m: m.is_hidden,
        hide=_message_hide,
        delete=_message_delete,
        can_view=_message_can_view,
        hold_links=True,
        release=_message_release,
        related=("author", "conversation"),
        report_window=_message_report_window,
    )
    registry.register_kind(
        "conversation",
        Conversation,
        label="Private conversation",
        author_of=_conversation_author,
        title_of=lambda c: f"Private conversation {c.pk}",
        url_of=lambda c: reverse("conversations:conversation", args=[c.pk]),
        html_of=lambda c: "",
        source_of=lambda c: "",
        is_hidden=lambda c: False,
        hide=None,
        can_view=_conversation_can_view,
        related=("started_by",),
        report_window=_conversation_report_window,
    )
