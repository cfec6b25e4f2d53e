"""Holding content for review: new content (pre-moderation), held edits, crisis items.

Called by the content policy (services/content_policy.py) when forum, realtime or resources write.
Every hold is one pending queue item per content; crisis items are announced to moderators.
"""

from __future__ import annotations

from django.db import transaction

from forum.models import Post, Topic
from forum.sanitize import render_markdown
from moderation import adapter
from moderation.models import QueueItem
from moderation.services.common import (
    _announce_crisis,
    _announce_queue_count,
    _content_name,
    _get_or_create_item,
    _notify,
    _pending_item,
    _spec_for,
    describe,
)

__all__ = ["hold_for_review", "hold_edit", "enqueue_crisis"]


# --- holding content (called by services/content_policy.py) ---------------------------------


@transaction.atomic
def hold_for_review(
    target, *, author, reason: str, crisis_phrase: str | None = None, crisis_level: str = "high"
) -> QueueItem:
    """Hold new content (a post, or a topic with its opening post) for a moderator."""
    spec = _spec_for(target)
    if isinstance(target, Topic):
        Topic.objects.filter(pk=target.pk).update(is_approved=False)
        Post.objects.filter(topic=target, position=0).update(is_approved=False)
    else:
        type(target).objects.filter(pk=target.pk).update(is_approved=False)
    target.is_approved = False
    item = _get_or_create_item(target, spec)
    item.is_held = True
    item.held_reason = reason[:200]
    if item.moderated_object_id is None:
        item.moderated_object_id = adapter.hold(target, author=author, reason=reason)
    _save_held(item, crisis_phrase=crisis_phrase, crisis_level=crisis_level)
    return item


def _save_held(item: QueueItem, *, crisis_phrase: str | None, crisis_level: str) -> None:
    """Save a held item (at crisis priority when the detector found something) and tell moderators."""
    if crisis_phrase:
        item.raise_crisis(crisis_level)
        item.crisis_match = crisis_phrase[:200]
    item.save()
    _announce_queue_count()
    if crisis_phrase:
        _announce_crisis(item, level=crisis_level)


def _previous_html(post, previous_source: str) -> str:
    revision = post.revisions.filter(source=previous_source).order_by("-created_at", "-id").first()
    if revision is not None:
        return revision.html
    return render_markdown(previous_source, profile="post")


@transaction.atomic
def hold_edit(
    obj, *, editor, previous_source: str, reason: str, crisis_phrase: str | None = None, crisis_level: str = "high"
) -> QueueItem:
    """Hold an edit: the public keeps the approved version; the new one waits for review.

    Call with the row holding the NEW text (as forum.services.edit_post leaves it).
    """
    spec = _spec_for(obj)
    if not obj.is_approved:
        # Never approved yet: the whole thing is still held; just refresh what the queue shows.
        target = spec.review_target(obj)
        item = _pending_item(target) or _get_or_create_item(target, _spec_for(target))
        info = describe(_spec_for(target), target)
        item.summary, item.title = info["summary"], info["title"]
        item.is_held = True
        _save_held(item, crisis_phrase=crisis_phrase, crisis_level=crisis_level)
        return item
    moderated_id = adapter.hold(obj, author=editor, reason=reason, is_edit=True)
    if isinstance(obj, Post):
        html = _previous_html(obj, previous_source)
        Post.objects.filter(pk=obj.pk).update(source=previous_source, html=html)
        obj.source, obj.html = previous_source, html
    else:
        type(obj).objects.filter(pk=obj.pk).update(title=previous_source)
        obj.title = previous_source
    item = _get_or_create_item(obj, spec)
    item.is_edit = True
    item.held_reason = reason[:200]
    item.moderated_object_id = moderated_id
    _save_held(item, crisis_phrase=crisis_phrase, crisis_level=crisis_level)
    _notify(
        editor,
        text=f"Your edit to {_content_name(item)[5:]} is waiting for a moderator. "
        "Until then everyone sees the earlier version.",
        url=item.url,
    )
    return item


@transaction.atomic
def enqueue_crisis(target, *, author, phrase: str, level: str = "high") -> QueueItem:
    """Queue content the crisis detector flagged, at crisis priority. The content stays visible.

    phrase is what moderators read ("plan + method: 'pills saved up'"); only a high level alerts
    the moderators who are online (and e-mails the moderators' address), medium only queues.
    """
    spec = _spec_for(target)
    item = _get_or_create_item(target, spec)
    already_alerted = item.pk is not None and item.alerts_moderators
    item.raise_crisis(level)
    item.crisis_match = phrase[:200]
    item.save()
    _announce_queue_count()
    if not already_alerted:
        _announce_crisis(item, level=level)
    return item
