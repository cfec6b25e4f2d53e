"""Reads for private messages: inboxes, a conversation's pages, report windows, counts."""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.template.loader import render_to_string

from conversations.models import Block, Conversation, Follow, Message, MessagingSettings, Participant

PAGE_SIZE = 30
TEAM_NAME = "Haven team"
UNREAD_CACHE_SECONDS = 300


def blocked_ids(user) -> set[int]:
    """Members user has blocked."""
    return set(Block.objects.filter(blocker=user).values_list("blocked_id", flat=True))


def blockers_of(author_id: int, candidate_ids) -> set[int]:
    """Which of candidate_ids have blocked author_id (they never hear from the author)."""
    return set(Block.objects.filter(blocked_id=author_id, blocker_id__in=list(candidate_ids))
               .values_list("blocker_id", flat=True))


def blocked_members(user) -> QuerySet:
    return Block.objects.filter(blocker=user).select_related("blocked").order_by("blocked__username")


def is_blocked_by(user, other) -> bool:
    return Block.objects.filter(blocker=user, blocked=other).exists()


def relationship(viewer, member) -> dict[str, bool]:
    """{"following": ..., "blocked": ...} from viewer to member, in one query (profile buttons)."""
    row = (
        type(member).objects.filter(pk=member.pk)
        .annotate(
            following=Exists(Follow.objects.filter(follower=viewer, followed=OuterRef("pk"))),
            blocked=Exists(Block.objects.filter(blocker=viewer, blocked=OuterRef("pk"))),
        )
        .values("following", "blocked")
        .first()
    )
    return row or {"following": False, "blocked": False}


def follows(user, other) -> bool:
    return Follow.objects.filter(follower=user, followed=other).exists()


def conversation_by_id(conversation_id: int) -> Conversation | None:
    return Conversation.objects.filter(pk=conversation_id).first()


def message_by_id(message_id: int) -> Message | None:
    """The message with its conversation, or None."""
    return Message.objects.select_related("conversation").filter(pk=message_id).first()


def whole_conversation(conversation: Conversation) -> list[Message]:
    """Every message, oldest first (an admin's audited look at a whole conversation)."""
    return list(conversation.messages.select_related("author").order_by("id"))


def reachable_member(username: str):
    """The active, not deleted member with this username (any letter case), or None."""
    return (
        get_user_model().objects.filter(username__iexact=username, is_active=True, deleted_at__isnull=True).first()
    )


def participant_of(conversation: Conversation, user) -> Participant | None:
    """user's own row in the conversation, if they are (or were) in it."""
    return Participant.objects.filter(conversation=conversation, user=user).first()


def allow_from(user) -> str:
    value = MessagingSettings.objects.filter(user=user).values_list("allow_from", flat=True).first()
    return value or MessagingSettings.EVERYONE


def inbox(user) -> QuerySet:
    """The member's conversations, newest first, each with its other participants prefetched."""
    return (
        Participant.objects.filter(user=user, left_at__isnull=True, latest_id__gt=F("cleared_through_id"))
        .select_related("conversation")
        .order_by("-latest_at", "-id")
    )


def _unread_key(user_id: int) -> str:
    return f"conversations:unread:{user_id}"


def unread_count(user, *, fresh: bool = False) -> int:
    """Conversations with something the member has not read (the header badge).

    Cached per member (every page shows it); the services that change it call forget_unread.
    """
    key = _unread_key(user.pk)
    count = None if fresh else cache.get(key)
    if count is None:
        count = (
            Participant.objects.filter(user=user, left_at__isnull=True, latest_id__gt=F("last_read_id"))
            .filter(latest_id__gt=F("cleared_through_id"))
            .count()
        )
        cache.set(key, count, UNREAD_CACHE_SECONDS)
    return count


def forget_unread(user_ids) -> None:
    """Drop cached counts now and again after commit (a page drawn meanwhile may cache the old one)."""
    keys = [_unread_key(user_id) for user_id in user_ids]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def team_inbox() -> QuerySet:
    """Every conversation with the team, those waiting for an answer first, for moderators."""
    return Conversation.objects.filter(kind=Conversation.TEAM).order_by("-awaiting_team", "-last_message_at", "-id")


def team_awaiting_count() -> int:
    return Conversation.objects.filter(kind=Conversation.TEAM, awaiting_team=True).count()


def participant_names(conversations) -> dict[int, list[str]]:
    """Conversation id -> display names of its participants (one query)."""
    names: dict[int, list[str]] = {}
    rows = (
        Participant.objects.filter(conversation__in=list(conversations))
        .select_related("user")
        .order_by("joined_at", "id")
    )
    for row in rows:
        names.setdefault(row.conversation_id, []).append(row.user.username)
    return names


def others_in(conversation: Conversation, viewer) -> list:
    rows = conversation.participants.select_related("user").exclude(user=viewer).order_by("joined_at", "id")
    return [row.user for row in rows]


def visible_messages(viewer, conversation: Conversation, row: Participant | None) -> QuerySet:
    """What viewer sees: delivered messages (their own held ones too), minus their cleared
    copy and anything by members they blocked. Moderators on team conversations see all."""
    qs = Message.objects.filter(conversation=conversation).select_related("author").prefetch_related("author__groups")
    # Authors keep seeing their own held or hidden messages, marked as such.
    own_or_delivered = Q(is_approved=True, is_hidden=False) | Q(author=viewer)
    qs = qs.filter(own_or_delivered)
    if row is not None:
        qs = qs.filter(id__gt=row.cleared_through_id)
        blocked = blocked_ids(viewer)
        if blocked:
            qs = qs.exclude(author_id__in=blocked)
    return qs.order_by("id")


def conversation_page(viewer, conversation: Conversation, row: Participant | None, number) -> Page:
    """Numbered pages of 30, oldest first within a page; no number means the last page."""
    paginator = Paginator(visible_messages(viewer, conversation, row), PAGE_SIZE)
    if number in (None, ""):
        return paginator.page(paginator.num_pages)
    return paginator.get_page(number)


def page_of_message(viewer, conversation: Conversation, row: Participant | None, message_id: int) -> int:
    before = visible_messages(viewer, conversation, row).filter(id__lt=message_id).count()
    return before // PAGE_SIZE + 1


@dataclass
class ReportWindow:
    conversation: Conversation
    focus: Message | None
    messages: list[Message]
    participants: list


def report_window_size() -> int:
    return max(0, int(getattr(settings, "HAVEN_MESSAGES_REPORT_WINDOW", 10)))


def report_window(*, conversation: Conversation, focus: Message | None = None) -> ReportWindow:
    """The reported message and up to `size` messages before and after it (a reported whole
    conversation: its latest `size` messages). Nothing else of the conversation is loaded."""
    size = report_window_size()
    base = Message.objects.filter(conversation=conversation).select_related("author")
    if focus is not None:
        before = list(base.filter(id__lt=focus.pk).order_by("-id")[:size])
        after = list(base.filter(id__gt=focus.pk).order_by("id")[:size])
        messages = list(reversed(before)) + [focus] + after
    else:
        messages = list(reversed(base.order_by("-id")[: max(size, 1)]))
    participants = [row.user for row in conversation.participants.select_related("user").order_by("joined_at")]
    return ReportWindow(conversation=conversation, focus=focus, messages=messages, participants=participants)


def author_label(message: Message) -> str:
    return TEAM_NAME if message.as_team else message.author.username


def message_payload(message: Message) -> dict[str, Any]:
    """A message as the browser receives it over the websocket (docs/realtime.md)."""
    return {
        "id": message.pk,
        "conversation": message.conversation_id,
        "client_id": message.client_id,
        "author": {"id": None if message.as_team else message.author_id, "name": author_label(message)},
        "as_team": message.as_team,
        "html": render_to_string("conversations/partials/message.html", {"message": message}),
        "created_at": message.created_at.isoformat(),
    }
