"""Member flags: one per member per item, weights, the hide threshold, the rate limit."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import Http404
from django.utils import timezone

from accounts.permissions import can_moderate, check_can_write
from accounts.services import record_audit
from forum.sanitize import clean_text
from moderation.models import FLAG_NOTE_MAX, Flag, QueueItem
from moderation.services.common import (
    AlreadyFlagged,
    ModerationError,
    TooManyFlags,
    _announce_crisis,
    _announce_queue_count,
    _content_name,
    _ct,
    _get_or_create_item,
    _notify,
    _spec_for,
)
from reviewable import registry
from reviewable.registry import FlagReason

__all__ = [
    "flag_weight_for",
    "file_flag",
]


# --- flags ---------------------------------------------------------------------------------


def flag_weight_for(user) -> int:
    if can_moderate(user):
        return settings.HAVEN_FLAG_HIDE_WEIGHT
    if getattr(user, "is_trusted", False):
        return 2
    return 1


def _check_flag_rate(user) -> None:
    """A fixed-window counter in the shared cache (works across processes with Redis)."""
    limit = getattr(settings, "HAVEN_FLAG_RATE", 10)
    window = getattr(settings, "HAVEN_FLAG_RATE_WINDOW", 600)
    if not limit:
        return
    key = f"moderation:flag-rate:{user.pk}:{int(timezone.now().timestamp()) // window}"
    cache.add(key, 0, window + 5)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, window + 5)
        count = 1
    if count > limit:
        raise TooManyFlags(
            "You have sent a lot of flags in a short time. Thank you for looking out for others; "
            "please wait a few minutes and try again."
        )


def file_flag(obj, *, flagger, reason: str, note: str = "") -> Flag:
    """A member reports obj. Hides it pending review once the flag weight reaches the threshold.

    reason is a code from the kind's flag_reasons. Http404 if the flagger can't see obj.
    """
    check_can_write(flagger)
    spec = _spec_for(obj)
    if not spec.can_view(flagger, obj):
        raise Http404("Nothing to flag here.")
    author = spec.author_of(obj)
    if author is not None and author.pk == flagger.pk:
        raise PermissionDenied("You can't flag your own content.")
    reason_spec = spec.flag_reason(reason)
    if reason_spec is None:
        raise ModerationError("Please choose one of the reasons listed.")
    note = clean_text(note or "").strip()[:FLAG_NOTE_MAX]
    if reason_spec.note_required and not note:
        raise ModerationError("Please tell us what is wrong in the note.")
    ct = _ct(obj)
    if Flag.objects.filter(flagger=flagger, content_type=ct, object_id=obj.pk).exists():
        raise AlreadyFlagged("You already flagged this. A moderator will look at it.")
    _check_flag_rate(flagger)
    try:
        with transaction.atomic():
            flag = _file_flag(
                obj, spec=spec, author=author, flagger=flagger, reason=reason_spec, note=note, ct=ct
            )
    except IntegrityError:
        raise AlreadyFlagged("You already flagged this. A moderator will look at it.")
    # The note is something the flagger wrote: it goes through the content policy like any post
    # (crisis language in it makes a crisis item about the flagger and shows them the panel).
    decision = None
    if note:
        decision = registry.content_policy().on_created(flagger, author=flagger, source=note)
    flag.policy_decision = decision
    return flag


def _file_flag(obj, *, spec, author, flagger, reason: FlagReason, note, ct) -> Flag:
    item = _get_or_create_item(obj, spec)
    waiting_for_more = item.is_held or item.is_edit or item.is_crisis or item.flag_weight > 0
    weight = 0 if reason.low_priority else flag_weight_for(flagger)
    flag = Flag.objects.create(
        item=item, content_type=ct, object_id=obj.pk, flagger=flagger, reason=reason.code, note=note, weight=weight
    )
    item.flag_weight = F("flag_weight") + weight
    item.flag_count = F("flag_count") + 1
    became_crisis = reason.crisis and not item.alerts_moderators
    if became_crisis:
        item.raise_crisis(QueueItem.CRISIS_HIGH)  # "Someone may be at risk": high, whatever the detector says
    item.is_low_priority = reason.low_priority and not waiting_for_more
    item.save()
    item.refresh_from_db()
    if item.flag_weight >= settings.HAVEN_FLAG_HIDE_WEIGHT and not item.hidden_by_flags and not spec.is_hidden(obj):
        if spec.hide is not None and getattr(obj, "is_approved", True):
            spec.hide(obj, hidden=True, by=None)
            item.hidden_by_flags = True
            item.save(update_fields=["hidden_by_flags"])
            record_audit(
                actor=None,
                action="moderation.auto_hide",
                target=obj,
                target_user=author,
                reason=f"Flag weight reached {item.flag_weight}",
            )
            _notify(
                author,
                text=(
                    f"We have hidden {_content_name(item)} for now because members reported it. "
                    "Nothing is deleted. A moderator will look at it soon and let you know."
                ),
                url=item.url,
            )
    _announce_queue_count()
    if became_crisis:
        _announce_crisis(item)
    return flag
