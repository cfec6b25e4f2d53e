"""The review queue, member flags, moderator notes and the crisis safety net."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone

from reviewable import registry

FLAG_NOTE_MAX = 1000


def flag_reason_choices() -> list[tuple[str, str]]:
    """Every reason any reviewable kind offers (kinds may add their own, see registry.FlagReason)."""
    return registry.all_flag_reasons()


class QueueItem(models.Model):
    """One thing waiting for (or given) a moderator's decision: any registered reviewable kind.

    Ordered crisis first, then flag weight, then age. There is at most one pending item per
    piece of content; flags and holds on the same content join it.
    """

    PENDING = "pending"
    RESOLVED = "resolved"
    STATUSES = [(PENDING, "Waiting"), (RESOLVED, "Resolved")]

    APPROVED = "approved"
    REJECTED = "rejected"
    DISMISSED = "dismissed"
    HIDDEN = "hidden"
    DELETED = "deleted"
    EDITED = "edited"
    RESOLUTIONS = [
        (APPROVED, "Approved"),
        (REJECTED, "Rejected"),
        (DISMISSED, "Flags dismissed"),
        (HIDDEN, "Hidden"),
        (DELETED, "Deleted"),
        (EDITED, "Edited"),
    ]
    # Resolutions that count as "action taken" for the members who flagged the item.
    ACTION_TAKEN = {REJECTED, HIDDEN, DELETED, EDITED}

    kind = models.CharField(max_length=20, db_index=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    content = GenericForeignKey("content_type", "object_id")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="review_items"
    )
    board = models.ForeignKey("forum.Board", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    # A short plain-text excerpt and a title, stored so the queue list never loads the content.
    title = models.CharField(max_length=200, blank=True)
    summary = models.CharField(max_length=300, blank=True)
    url = models.CharField(max_length=300, blank=True)

    is_crisis = models.BooleanField(default=False)
    # The crisis level, structured: "high" (the detector's high risk, or a member's "Someone may be
    # at risk" flag), "medium", or "" (no crisis). Alerts, e-mails and the queue order read this;
    # crisis_match is only the words shown to moderators.
    CRISIS_HIGH, CRISIS_MEDIUM = "high", "medium"
    CRISIS_LEVELS = [(CRISIS_HIGH, "High risk"), (CRISIS_MEDIUM, "Medium risk")]
    crisis_level = models.CharField(max_length=6, choices=CRISIS_LEVELS, blank=True, default="")
    crisis_match = models.CharField(max_length=200, blank=True, help_text="The crisis phrase found, if any.")
    is_held = models.BooleanField(default=False, help_text="Held by pre-moderation (new content).")
    held_reason = models.CharField(max_length=200, blank=True)
    is_edit = models.BooleanField(default=False, help_text="A held edit of approved content.")
    hidden_by_flags = models.BooleanField(default=False)
    # Posted anyway after the "experience, not instructions" reminder (forum/nudge.py): the words
    # that brought it up. Such an item is low priority: it only makes patterns visible.
    advice_match = models.CharField(max_length=200, blank=True)
    is_low_priority = models.BooleanField(default=False)
    flag_weight = models.PositiveIntegerField(default=0)
    flag_count = models.PositiveIntegerField(default=0)
    # django-moderation's ModeratedObject id for held content (see moderation/adapter.py).
    moderated_object_id = models.PositiveIntegerField(null=True, blank=True)

    status = models.CharField(max_length=10, choices=STATUSES, default=PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    resolution = models.CharField(max_length=10, choices=RESOLUTIONS, blank=True)
    resolution_reason = models.TextField(blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(status="pending"),
                name="moderation_one_pending_item_per_content",
            )
        ]
        indexes = [
            models.Index(fields=["status", "-is_crisis", "-flag_weight", "created_at"], name="moderation_queue_order"),
            models.Index(fields=["content_type", "object_id"], name="moderation_item_content"),
        ]

    def __str__(self):
        return f"{self.get_kind_label()}: {self.title or self.summary[:60]}"

    def get_kind_label(self) -> str:
        spec = registry.get_kind(self.kind)
        return spec.label if spec else self.kind

    @property
    def alerts_moderators(self) -> bool:
        """A high-risk crisis item: live alert, the shared e-mail and moderators' crisis e-mails."""
        return self.is_crisis and self.crisis_level == self.CRISIS_HIGH

    def raise_crisis(self, level: str) -> None:
        """Mark this item a crisis at level ("high" or "medium"); a level never goes down."""
        self.is_crisis = True
        if level == self.CRISIS_HIGH or not self.crisis_level:
            self.crisis_level = self.CRISIS_HIGH if level == self.CRISIS_HIGH else self.CRISIS_MEDIUM

    @property
    def is_pending(self) -> bool:
        return self.status == self.PENDING

    @property
    def priority_label(self) -> str:
        if self.is_crisis:
            return "Crisis"
        if self.flag_weight:
            return f"Flag weight {self.flag_weight}"
        if self.is_held or self.is_edit:
            return "Held for review"
        return "Low priority" if self.is_low_priority else ""


class Flag(models.Model):
    """A member's report about a piece of content."""

    AT_RISK = "at_risk"
    MEDICAL = "medical"
    UNKIND = "unkind"
    SPAM = "spam"
    PRIVATE = "private"
    OTHER = "other"
    # Labels and help texts: reviewable.registry.GENERIC_FLAG_REASONS (kinds may offer their own).

    OUTCOME_PENDING = ""
    OUTCOME_ACTION = "action"
    OUTCOME_NO_ACTION = "no_action"
    OUTCOMES = [
        (OUTCOME_PENDING, "Waiting for review"),
        (OUTCOME_ACTION, "Reviewed, action taken"),
        (OUTCOME_NO_ACTION, "Reviewed, no action"),
    ]

    item = models.ForeignKey(QueueItem, on_delete=models.CASCADE, related_name="flags")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    flagger = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flags_filed")
    # A reason code of the content's kind (the generic reasons by default); see get_reason_display.
    reason = models.CharField(max_length=10, choices=flag_reason_choices)
    note = models.TextField(blank=True, max_length=FLAG_NOTE_MAX)
    weight = models.PositiveSmallIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(max_length=10, choices=OUTCOMES, blank=True, default=OUTCOME_PENDING)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["flagger", "content_type", "object_id"], name="moderation_one_flag_per_member_per_item"
            )
        ]
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_reason_display()} by {self.flagger_id}"

    def get_reason_display(self) -> str:
        """The label the content's kind gives this reason ("Outdated or wrong" for guidance)."""
        if self._meta.get_field("item").is_cached(self):
            kind = self.item.kind
        else:
            model = ContentType.objects.get_for_id(self.content_type_id).model_class()
            spec = registry.kind_for(model) if model is not None else None
            kind = spec.kind if spec is not None else None
        return registry.flag_reason_label(self.reason, kind=kind)


class ModeratorNote(models.Model):
    """A private note about a member, visible to moderators only."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderator_notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    text = models.TextField(max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Note on {self.member_id}"


class CrisisPhrase(models.Model):
    """A phrase that, written as a whole phrase (any letter case), flags content as a crisis."""

    phrase = models.CharField(max_length=120, unique=True)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["phrase"]

    def __str__(self):
        return self.phrase


class CrisisLine(models.Model):
    """A crisis line shown to members: for one country (ISO code) or "*" for everywhere else."""

    ELSEWHERE = "*"

    country = models.CharField(max_length=2, help_text='Two-letter country code, or "*" for everywhere else.')
    label = models.CharField(max_length=120)
    how = models.CharField("how to reach it", max_length=200)
    url = models.URLField(blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return f"{self.country}: {self.label}"
