"""Shared pieces of the moderation services: errors, queue items, notifications, events."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

import forum.services
from accounts.permissions import can_moderate
from forum import selectors as forum_selectors
from forum.models import Post, Topic
from forum.sanitize import plain_text
from live import events
from moderation import alerts
from moderation.models import Flag, QueueItem
from reviewable import registry
from reviewable.registry import ReviewableKind

__all__ = [
    "ModerationError",
    "AlreadyHandled",
    "AlreadyFlagged",
    "TooManyFlags",
    "pending_count",
    "QUEUE_COUNT_KEY",
]


QUEUE_COUNT_KEY = "moderation:pending-count"


class ModerationError(Exception):
    """A refusal the member or moderator should read (the message is a plain sentence)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class AlreadyHandled(ModerationError):
    pass


class AlreadyFlagged(ModerationError):
    pass


class TooManyFlags(ModerationError):
    pass


# --- helpers -------------------------------------------------------------------------------


def _ct(obj) -> ContentType:
    return ContentType.objects.get_for_model(type(obj))


def _spec_for(obj) -> ReviewableKind:
    spec = registry.kind_for(obj)
    if spec is None:
        raise Http404("This kind of content can't be reviewed.")
    return spec


def pending_count() -> int:
    """Pending items (cached briefly; cleared whenever the queue changes)."""
    count = cache.get(QUEUE_COUNT_KEY)
    if count is None:
        count = QueueItem.objects.filter(status=QueueItem.PENDING).count()
        cache.set(QUEUE_COUNT_KEY, count, 60)
    return count


def _announce_queue_count() -> None:
    def announce():
        cache.delete(QUEUE_COUNT_KEY)
        events.publish(events.MODERATORS_GROUP, "queue.count", {"count": pending_count()})

    transaction.on_commit(announce)


def _alert_text(item: QueueItem) -> str:
    """What the live alert says: the categories, not the member's words (they are one click away)."""
    why = (item.crisis_match or "").split(":", 1)[0]
    if not why:
        return "A member flagged that someone may be at risk. It is at the top of the review queue."
    return f"Someone may be at risk ({why}). It is at the top of the review queue."


def _announce_crisis(item: QueueItem, *, level: str = "high") -> None:
    """A live alert to every moderator online, and an e-mail to the moderators' address (high only).

    Reads the item's structured crisis_level, never the wording of crisis_match."""
    if not item.alerts_moderators:
        return
    level = item.crisis_level
    url = reverse("moderation:item", args=[item.pk])
    events.publish_on_commit(
        events.MODERATORS_GROUP,
        "queue.crisis",
        {"item_id": item.pk, "url": url, "level": level, "title": item.title, "text": _alert_text(item)},
    )
    transaction.on_commit(lambda: alerts.email_moderators_about_crisis(item.pk))


def _notify(recipient, *, text: str, url: str = "") -> None:
    """Tell a member about a decision through the forum's notifications (kind "moderation")."""
    if recipient is None:
        return
    forum.services.notify(recipient, kind="moderation", text=text, url=url or "/")


def _content_name(item: QueueItem) -> str:
    label = item.get_kind_label().lower()
    if item.kind == "user":
        return "your profile"
    return f"your {label} in “{item.title}”" if item.title and item.kind != "topic" else f"your {label} “{item.title}”"


def _pending_item(obj, *, lock: bool = True) -> QueueItem | None:
    qs = QueueItem.objects.filter(content_type=_ct(obj), object_id=obj.pk, status=QueueItem.PENDING)
    if lock:
        qs = qs.select_for_update()
    return qs.first()


def describe(spec: ReviewableKind, obj) -> dict:
    """What the queue stores about obj: title, summary, url, author, board."""
    html = spec.html_of(obj) or ""
    summary = plain_text(html) if html else spec.source_of(obj)
    return {
        "title": (spec.title_of(obj) or "")[:200],
        "summary": " ".join((summary or "").split())[:300],
        "url": (spec.url_of(obj) or "")[:300],
        "author": spec.author_of(obj),
        "board": spec.board_of(obj),
    }


def _get_or_create_item(obj, spec: ReviewableKind) -> QueueItem:
    """The pending item for obj, created if needed (at most one pending item per content)."""
    item = _pending_item(obj)
    info = describe(spec, obj)
    if item is None:
        try:
            with transaction.atomic():
                item = QueueItem.objects.create(
                    kind=spec.kind,
                    content_type=_ct(obj),
                    object_id=obj.pk,
                    author=info["author"],
                    board=info["board"],
                    title=info["title"],
                    summary=info["summary"],
                    url=info["url"],
                )
        except IntegrityError:
            item = _pending_item(obj)
    else:
        item.title, item.summary, item.url = info["title"], info["summary"], info["url"]
    return item


def _lock(item: QueueItem) -> QueueItem:
    return (
        QueueItem.objects.select_for_update(of=("self",)).select_related("resolved_by", "author").get(pk=item.pk)
    )


def _check_pending(item: QueueItem) -> None:
    if item.status != QueueItem.PENDING:
        who = item.resolved_by.username if item.resolved_by else "another moderator"
        raise AlreadyHandled(f"Already handled by {who}.")


def _resolve(item: QueueItem, *, by, resolution: str, reason: str) -> None:
    item.status = QueueItem.RESOLVED
    item.resolution = resolution
    item.resolution_reason = reason
    item.resolved_by = by
    item.resolved_at = timezone.now()
    item.claimed_by = None
    item.save()
    outcome = Flag.OUTCOME_ACTION if resolution in QueueItem.ACTION_TAKEN else Flag.OUTCOME_NO_ACTION
    item.flags.update(outcome=outcome)
    _announce_queue_count()


def _require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ModerationError("Please give a reason; the member will see it.")
    return reason


def _post_for_visibility(obj):
    """The post whose visibility stands for obj (a topic follows its opening post)."""
    if isinstance(obj, Topic):
        return forum_selectors.opening_post(obj)
    if isinstance(obj, Post):
        return obj
    return None


def _check_can_moderate(by) -> None:
    if not can_moderate(by):
        raise PermissionDenied("Only moderators can do that.")
