"""Queue decisions: claim, approve, reject, dismiss, hide, delete, edit, and bulk actions.

Decisions lock the item (select_for_update): a second moderator gets "Already handled by X" and no
second effect. Every action writes exactly one audit entry in its transaction (the kinds' hide and
delete hooks do not audit on their own); events go out after commit. Topic tools (lock, move,
split) are forum's own services (forum/services/topics.py), called directly by the item page.
Holding content: moderation/services/holds.py.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone

import forum.services
from accounts.services import record_audit
from live import events
from moderation import adapter
from moderation.models import QueueItem
from moderation.permissions import check_resolve_item
from moderation.services.common import (
    ModerationError,
    _check_pending,
    _content_name,
    _lock,
    _notify,
    _post_for_visibility,
    _require_reason,
    _resolve,
)
from reviewable import registry
from reviewable.registry import ReviewableKind

User = get_user_model()

__all__ = [
    "claim_item",
    "approve_item",
    "dismiss_flags",
    "reject_item",
    "hide_content",
    "delete_content",
    "edit_content",
    "bulk_resolve",
]


# --- queue decisions -------------------------------------------------------------------------


@transaction.atomic
def claim_item(item: QueueItem, *, by) -> QueueItem:
    """Claim an item (or let go of your own claim) so two moderators don't work on it at once."""
    item = _lock(item)
    _check_pending(item)
    if item.claimed_by_id and item.claimed_by_id != by.pk:
        raise ModerationError(f"{item.claimed_by.username} is already working on this.")
    if item.claimed_by_id == by.pk:
        item.claimed_by, item.claimed_at = None, None
        action = "moderation.unclaim"
    else:
        item.claimed_by, item.claimed_at = by, timezone.now()
        action = "moderation.claim"
    item.save(update_fields=["claimed_by", "claimed_at"])
    record_audit(actor=by, action=action, target=item, target_user=item.author)
    return item


def _begin_decision(item: QueueItem, by) -> tuple[QueueItem, object, ReviewableKind | None]:
    item = _lock(item)
    _check_pending(item)
    check_resolve_item(by, item)
    obj = item.content
    return item, obj, registry.get_kind(item.kind)


def _make_public(obj, item: QueueItem, *, by=None) -> None:
    post = _post_for_visibility(obj)
    if post is not None:
        forum.services.set_post_visibility(post, approved=True)
    else:
        spec = registry.get_kind(item.kind)
        if spec is not None and spec.release is not None:
            spec.release(obj, by=by)
            return  # private messages are not posts: they don't count towards approved posts
    if item.author_id:
        User.objects.filter(pk=item.author_id).update(approved_contributions=F("approved_contributions") + 1)


@transaction.atomic
def approve_item(item: QueueItem, *, by, reason: str = "") -> QueueItem:
    """Approve held content (or a held edit), or keep flagged content: the item is resolved."""
    item, obj, spec = _begin_decision(item, by)
    before = after = ""
    if item.moderated_object_id and (item.is_held or item.is_edit):
        if item.is_edit and obj is not None:
            before = getattr(obj, "source", getattr(obj, "title", ""))
        adapter.approve(item.moderated_object_id, by=by, reason=reason)
    if obj is not None:
        obj.refresh_from_db()
        if item.is_held:
            _make_public(obj, item, by=by)
        if item.is_edit:
            after = getattr(obj, "source", getattr(obj, "title", ""))
            post = _post_for_visibility(obj)
            if post is not None and post.is_public:
                events.publish_on_commit(
                    events.topic_group(post.topic_id), "post.edited", {"topic_id": post.topic_id, "post_id": post.pk}
                )
        if item.hidden_by_flags and spec is not None and spec.hide is not None:
            spec.hide(obj, hidden=False, by=by)
    _resolve(item, by=by, resolution=QueueItem.APPROVED, reason=reason)
    record_audit(
        actor=by,
        action="moderation.approve",
        target=obj if obj is not None else item,
        target_user=item.author,
        reason=reason,
        before=before,
        after=after,
    )
    if item.is_held or item.is_edit:
        what = "edit to " + _content_name(item) if item.is_edit else _content_name(item)
        _notify(item.author, text=f"A moderator approved {what}. Everyone can see it now.", url=item.url)
    elif item.hidden_by_flags:
        _notify(
            item.author,
            text=f"A moderator reviewed {_content_name(item)} and it is visible again. Thank you for your patience.",
            url=item.url,
        )
    return item


@transaction.atomic
def dismiss_flags(item: QueueItem, *, by, reason: str = "") -> QueueItem:
    """Keep the content as it is and close the flags on it."""
    item = _lock(item)
    _check_pending(item)
    if item.is_held or item.is_edit:
        raise ModerationError("This item is waiting for approval. Please approve or reject it instead.")
    return _dismiss(item, by=by, reason=reason)


def _dismiss(item: QueueItem, *, by, reason: str) -> QueueItem:
    check_resolve_item(by, item)
    obj = item.content
    spec = registry.get_kind(item.kind)
    if obj is not None and item.hidden_by_flags and spec is not None and spec.hide is not None:
        spec.hide(obj, hidden=False, by=by)
    _resolve(item, by=by, resolution=QueueItem.DISMISSED, reason=reason)
    record_audit(
        actor=by,
        action="moderation.dismiss_flags",
        target=obj if obj is not None else item,
        target_user=item.author,
        reason=reason,
    )
    if item.hidden_by_flags:
        _notify(
            item.author,
            text=f"A moderator reviewed {_content_name(item)} and it is visible again. Thank you for your patience.",
            url=item.url,
        )
    return item


def _drop_pending_version(item: QueueItem, *, by, reason: str) -> None:
    """Refuse the version waiting in django-moderation, if the item holds one."""
    if item.moderated_object_id and (item.is_held or item.is_edit):
        adapter.reject(item.moderated_object_id, by=by, reason=reason)


def _close_and_tell_author(
    item: QueueItem, obj, *, by, resolution: str, action: str, reason: str, before: str, text: str
) -> QueueItem:
    """Resolve the item, write its audit entry and tell the author, in the caller's transaction."""
    _resolve(item, by=by, resolution=resolution, reason=reason)
    record_audit(
        actor=by, action=action, target=obj if obj is not None else item, target_user=item.author,
        reason=reason, before=before,
    )
    _notify(item.author, text=text, url=item.url)
    return item


@transaction.atomic
def reject_item(item: QueueItem, *, by, reason: str) -> QueueItem:
    """Refuse held content (it stays unpublished) or a held edit (the approved version stays)."""
    reason = _require_reason(reason)
    item, obj, spec = _begin_decision(item, by)
    if not (item.is_held or item.is_edit):
        raise ModerationError("Only content waiting for approval can be rejected. Hide or delete it instead.")
    _drop_pending_version(item, by=by, reason=reason)
    what = "edit to " + _content_name(item) if item.is_edit else _content_name(item)
    return _close_and_tell_author(
        item, obj, by=by, resolution=QueueItem.REJECTED, action="moderation.reject", reason=reason,
        before=item.summary, text=f"A moderator did not approve {what}. Reason: {reason}",
    )


@transaction.atomic
def hide_content(item: QueueItem, *, by, reason: str) -> QueueItem:
    """Hide the content from everyone but its author and moderators."""
    reason = _require_reason(reason)
    item, obj, spec = _begin_decision(item, by)
    if spec is None or spec.hide is None:
        raise ModerationError("This kind of content can't be hidden.")
    _drop_pending_version(item, by=by, reason=reason)
    before = spec.source_of(obj) if obj is not None else item.summary  # a profile's hook clears the bio
    if obj is not None and not spec.is_hidden(obj):
        spec.hide(obj, hidden=True, by=by)
    return _close_and_tell_author(
        item, obj, by=by, resolution=QueueItem.HIDDEN, action="moderation.hide", reason=reason,
        before=before, text=f"A moderator hid {_content_name(item)}. Reason: {reason}",
    )


@transaction.atomic
def delete_content(item: QueueItem, *, by, reason: str) -> QueueItem:
    """Remove the content (soft delete: shown as "removed by a moderator")."""
    reason = _require_reason(reason)
    item, obj, spec = _begin_decision(item, by)
    if spec is None or spec.delete is None:
        raise ModerationError("This kind of content can't be deleted. Hide it instead.")
    _drop_pending_version(item, by=by, reason=reason)
    before = spec.source_of(obj) if obj is not None else item.summary
    if obj is not None:
        spec.delete(obj, by=by, reason=reason)
    return _close_and_tell_author(
        item, obj, by=by, resolution=QueueItem.DELETED, action="moderation.delete", reason=reason,
        before=before, text=f"A moderator removed {_content_name(item)}. Reason: {reason}",
    )


@transaction.atomic
def edit_content(item: QueueItem, *, by, body: str, reason: str) -> QueueItem:
    """Edit a post (or a topic's opening post) with a note; held content becomes public."""
    reason = _require_reason(reason)
    item, obj, spec = _begin_decision(item, by)
    post = _post_for_visibility(obj) if obj is not None else None
    if post is None:
        raise ModerationError("Only posts and topics can be edited here.")
    if item.moderated_object_id and item.is_edit:
        adapter.reject(item.moderated_object_id, by=by, reason=reason)
    elif item.moderated_object_id and item.is_held:
        adapter.approve(item.moderated_object_id, by=by, reason=reason)
    before = post.source
    forum.services.edit_post(post, editor=by, body=body, note=reason[:200], audit=False)
    post.refresh_from_db()
    if item.is_held:
        obj.refresh_from_db()
        _make_public(obj, item, by=by)
    if item.hidden_by_flags and spec is not None and spec.hide is not None:
        spec.hide(obj, hidden=False, by=by)
    _resolve(item, by=by, resolution=QueueItem.EDITED, reason=reason)
    record_audit(
        actor=by, action="moderation.edit", target=post, target_user=item.author, reason=reason,
        before=before, after=post.source,
    )
    _notify(item.author, text=f"A moderator edited {_content_name(item)}. Note: {reason}", url=item.url)
    return item


BULK_ACTIONS = {"approve": approve_item, "dismiss": dismiss_flags, "reject": reject_item, "hide": hide_content}


def bulk_resolve(item_ids: list[int], *, by, action: str, reason: str = "") -> tuple[int, list[str]]:
    """Approve, dismiss, reject or hide many items (spam waves), each in its own transaction.

    Returns (number done, sentences about the ones skipped)."""
    service = BULK_ACTIONS[action]
    done, problems = 0, []
    for item in QueueItem.objects.filter(pk__in=item_ids).order_by("pk"):
        try:
            service(item, by=by, reason=reason)
        except (ModerationError, PermissionDenied) as error:
            problems.append(f"Item {item.pk}: {error}")
        else:
            done += 1
    return done, problems
