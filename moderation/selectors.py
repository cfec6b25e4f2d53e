"""Reads for moderators (the queue, an item's context, member history, the audit log) and members."""

from __future__ import annotations

from datetime import datetime, time

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, Exists, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Value, When
from django.utils import timezone

from accounts.models import AuditEntry, Sanction
from accounts.services import ref_for
from forum import selectors as forum_selectors
from forum.models import Post, Topic
from moderation import adapter
from moderation.models import Flag, ModeratorNote, QueueItem
from reviewable import registry

# Crisis items first, high risk before medium, then oldest first; the rest by flag weight, then age.
_CRISIS_RANK = Case(
    When(crisis_level="high", then=Value(2)), When(crisis_level="medium", then=Value(1)), default=Value(0),
    output_field=IntegerField(),
)
_WEIGHT_OUTSIDE_CRISIS = Case(
    When(is_crisis=True, then=Value(0)), default=F("flag_weight"), output_field=IntegerField()
)
QUEUE_ORDER = (
    F("is_crisis").desc(), _CRISIS_RANK.desc(), _WEIGHT_OUTSIDE_CRISIS.desc(), "is_low_priority", "created_at", "id",
)

REASON_FILTERS = [
    ("crisis", "Crisis"),
    ("held", "New member, held"),
    ("edit", "Edit waiting"),
]


def reason_filters() -> list[tuple[str, str]]:
    """The queue's reason filter: crisis, held, edit, then every flag reason any kind offers."""
    return [*REASON_FILTERS, *registry.all_flag_reasons()]


def queue_items(*, viewer, reason: str = "", board=None, kind: str = "", status: str = "pending",
                claimed_by_me: bool = False) -> QuerySet[QueueItem]:
    """Queue items: crisis first (high before medium, then oldest first), then flag weight, then age."""
    qs = QueueItem.objects.select_related("author", "board", "claimed_by", "resolved_by")
    if status in (QueueItem.PENDING, QueueItem.RESOLVED):
        qs = qs.filter(status=status)
    if kind:
        qs = qs.filter(kind=kind)
    if board is not None:
        qs = qs.filter(board=board)
    if claimed_by_me:
        qs = qs.filter(claimed_by=viewer)
    if reason == "crisis":
        qs = qs.filter(is_crisis=True)
    elif reason == "held":
        qs = qs.filter(is_held=True)
    elif reason == "edit":
        qs = qs.filter(is_edit=True)
    elif reason in dict(registry.all_flag_reasons()):
        qs = qs.filter(Exists(Flag.objects.filter(item=OuterRef("pk"), reason=reason)))
    if status == QueueItem.RESOLVED:
        return qs.order_by("-resolved_at", "-id")
    return qs.order_by(*QUEUE_ORDER)


def item_detail(item_id: int) -> QueueItem:
    return (
        QueueItem.objects.select_related("author", "board", "claimed_by", "resolved_by", "content_type")
        .prefetch_related(Prefetch("flags", queryset=Flag.objects.select_related("flagger").order_by("created_at")))
        .get(pk=item_id)
    )


def item_content(item: QueueItem):
    """The reviewed object (with the kind's related rows), or None if it is gone."""
    spec = registry.get_kind(item.kind)
    model = item.content_type.model_class()
    if model is None:
        return None
    qs = model._base_manager.all()
    if spec is not None and spec.related:
        qs = qs.select_related(*spec.related)
    return qs.filter(pk=item.object_id).first()


def item_context(item: QueueItem, obj) -> dict:
    """The topic and the neighbouring posts (two before, two after) for posts and topics."""
    topic = None
    focus_position = 0
    if isinstance(obj, Post):
        topic, focus_position = obj.topic, obj.position
    elif isinstance(obj, Topic):
        topic = obj
    if topic is None:
        return {}
    neighbours = list(
        Post.objects.filter(topic=topic, position__gte=max(focus_position - 2, 0), position__lte=focus_position + 2)
        .select_related("author")
        .order_by("position")
    )
    return {"topic": topic, "neighbours": neighbours, "focus_position": focus_position}


def pending_diff(item: QueueItem, obj) -> list[dict]:
    if not (item.is_edit and item.moderated_object_id and obj is not None):
        return []
    return adapter.pending_changes(item.moderated_object_id, obj)


def member_history(member) -> dict:
    """Join date, post count, prior flags, sanctions and moderator notes for one member."""
    if member is None:
        return {}
    counts = QueueItem.objects.filter(author=member).aggregate(
        flagged=Count("id", filter=Q(flag_count__gt=0)),
        actioned=Count("id", filter=Q(resolution__in=list(QueueItem.ACTION_TAKEN))),
    )
    return {
        "member": member,
        "post_count": Post.objects.filter(author=member, is_removed=False).count(),
        "flagged_items": counts["flagged"] or 0,
        "actioned_items": counts["actioned"] or 0,
        "sanctions": list(Sanction.objects.filter(user=member).select_related("created_by", "lifted_by")[:20]),
        "notes": list(ModeratorNote.objects.filter(member=member).select_related("author")[:20]),
        "now": timezone.now(),
    }


def item_history(item: QueueItem, obj) -> list[AuditEntry]:
    refs = [ref_for(item)]
    if obj is not None:
        refs.append(ref_for(obj))
    return list(AuditEntry.objects.filter(target_ref__in=refs).select_related("actor")[:30])


def flags_by(member) -> QuerySet[Flag]:
    """A member's own flags with their outcome (for "Your flags")."""
    return Flag.objects.filter(flagger=member).select_related("item").order_by("-created_at", "-id")


def audit_entries(*, action: str = "", actor: str = "", member: str = "", date_from=None,
                  date_to=None) -> QuerySet[AuditEntry]:
    qs = AuditEntry.objects.select_related("actor", "target_user")
    if action:
        qs = qs.filter(action__startswith=action)
    if actor:
        qs = qs.filter(actor__username__iexact=actor)
    if member:
        qs = qs.filter(target_user__username__iexact=member)
    tz = timezone.get_current_timezone()
    if date_from:
        qs = qs.filter(created_at__gte=timezone.make_aware(datetime.combine(date_from, time.min), tz))
    if date_to:
        qs = qs.filter(created_at__lte=timezone.make_aware(datetime.combine(date_to, time.max), tz))
    return qs.order_by("-created_at", "-id")


def audit_actions() -> list[str]:
    return list(AuditEntry.objects.order_by("action").values_list("action", flat=True).distinct()[:200])


# --- what the item, member and flag pages look up -----------------------------------------


def content_topic(obj) -> Topic | None:
    """The topic a post or topic belongs to (None for other kinds)."""
    if isinstance(obj, Post):
        return obj.topic
    if isinstance(obj, Topic):
        return obj
    return None


def content_post(obj) -> Post | None:
    """The post whose text stands for obj: the post itself, or a topic's opening post."""
    if isinstance(obj, Post):
        return obj
    if isinstance(obj, Topic):
        return forum_selectors.opening_post(obj)
    return None


def split_choices(topic: Topic | None, *, limit: int = 200) -> list[tuple[int, str]]:
    """The replies a moderator may move into a new topic (the opening post stays)."""
    if topic is None:
        return []
    rows = Post.objects.filter(topic=topic, position__gt=0).order_by("position").values_list("pk", "position")
    return [(pk, f"Post #{position}") for pk, position in rows[:limit]]


def member_named(username: str):
    """The member with this username (any letter case), or None."""
    return get_user_model().objects.filter(username__iexact=username).first()


def items_about(member, *, limit: int = 20) -> list[QueueItem]:
    """The newest queue items about a member's content."""
    return list(QueueItem.objects.filter(author=member).order_by("-created_at")[:limit])


def sanction_by_id(sanction_id: int) -> Sanction | None:
    return Sanction.objects.select_related("user").filter(pk=sanction_id).first()


def flaggable(kind: str, object_id: int, *, viewer):
    """(kind, content) a member may flag, or None: unknown kind, no such content, or content the
    member cannot see (flagging what you can't see is a 404, like its page)."""
    spec = registry.get_kind(kind)
    if spec is None:
        return None
    obj = spec.model._base_manager.filter(pk=object_id).first()
    if obj is None or not spec.can_view(viewer, obj):
        return None
    return spec, obj


def has_flagged(member, item: QueueItem) -> bool:
    """Whether member flagged the content of this item (then another moderator decides it)."""
    return item.flags.filter(flagger=member).exists()


def existing_flag(flagger, obj) -> Flag | None:
    """flagger's earlier flag on obj, if any (one flag per member per item)."""
    return Flag.objects.filter(
        flagger=flagger, content_type__app_label=obj._meta.app_label, content_type__model=obj._meta.model_name,
        object_id=obj.pk,
    ).first()


def pending_items_of_kind(kind: str, *, limit: int = 50) -> list[QueueItem]:
    """Pending items of one kind, most flagged first (the registry's queue reader: other apps
    list their own kind's items through reviewable.registry.pending_reviews)."""
    return list(
        QueueItem.objects.filter(kind=kind, status=QueueItem.PENDING).order_by("-flag_weight", "created_at")[:limit]
    )


def flag_reason_counts(item: QueueItem) -> list[tuple[str, int]]:
    """What a clinician reviewing guidance may know of the flags: each reason and how many."""
    labels = dict(Flag._meta.get_field("reason").choices)
    rows = item.flags.values("reason").annotate(count=Count("id")).order_by("-count", "reason")
    return [(labels.get(row["reason"], row["reason"]), row["count"]) for row in rows]


def reported_content(kind: str, object_id: int):
    """(kind, content) for a report window page, or None: unknown kind, a kind without a
    report_window hook, or no such content."""
    spec = registry.get_kind(kind)
    if spec is None or spec.report_window is None:
        return None
    qs = spec.model._base_manager.select_related(*spec.related)
    obj = qs.filter(pk=object_id).first()
    return (spec, obj) if obj is not None else None


def items_on(obj) -> list[QueueItem]:
    """Every queue item (pending or resolved) about obj, newest first."""
    ct = ContentType.objects.get_for_model(type(obj))
    return list(QueueItem.objects.filter(content_type=ct, object_id=obj.pk).order_by("-created_at"))


def flags_on(obj) -> list[Flag]:
    """Every flag on obj, with its flagger and item."""
    ct = ContentType.objects.get_for_model(type(obj))
    return list(Flag.objects.filter(content_type=ct, object_id=obj.pk).select_related("flagger", "item"))
