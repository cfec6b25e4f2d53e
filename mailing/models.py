"""E-mail preferences, the items waiting to be e-mailed and the messages built from them.

No table here stores an e-mail address: the address is read from the account when a message is
sent, so a deleted account's address (accounts.services.delete_account clears it) is in no queue.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone

from mailing.kinds import BY_KEY, KIND_CHOICES


class MailPreference(models.Model):
    """One member's e-mail settings. Missing row = the defaults in mailing/kinds.py."""

    DAILY, WEEKLY = "daily", "weekly"
    FREQUENCIES = [(DAILY, "Once a day"), (WEEKLY, "Once a week")]
    WEEKDAYS = [(0, "Monday"), (1, "Tuesday"), (2, "Wednesday"), (3, "Thursday"), (4, "Friday"),
                (5, "Saturday"), (6, "Sunday")]

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="mail_preference"
    )
    # kind key -> "off" | "now" | "digest"; kinds missing here use their default.
    modes = models.JSONField(default=dict, blank=True)
    digest_frequency = models.CharField(max_length=6, choices=FREQUENCIES, default=DAILY)
    digest_hour = models.PositiveSmallIntegerField(default=8)
    digest_weekday = models.PositiveSmallIntegerField(choices=WEEKDAYS, default=0)
    time_zone = models.CharField(max_length=64, default="UTC")
    quiet_hours = models.BooleanField(default=True)
    quiet_start = models.TimeField(default=datetime.time(22, 0))
    quiet_end = models.TimeField(default=datetime.time(8, 0))
    urgent_in_quiet_hours = models.BooleanField(default=False)
    # When the next digest is due (UTC), computed in the member's time zone; indexed for the run.
    next_digest_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_digest_at = models.DateTimeField(null=True, blank=True)
    # Set by a hard bounce or a complaint; nothing but account e-mail is sent until cleared.
    undeliverable_since = models.DateTimeField(null=True, blank=True)
    undeliverable_reason = models.CharField(max_length=200, blank=True)

    def __str__(self):
        return f"E-mail settings of {self.user_id}"

    def mode(self, kind: str) -> str:
        return self.modes.get(kind, BY_KEY[kind].default)


class EmailItem(models.Model):
    """One thing a member may hear about by e-mail (from a site notification or a direct call)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=KIND_CHOICES)
    digest = models.BooleanField(default=False)
    # The forum notification it came from (unique: collecting twice never queues twice).
    notification = models.OneToOneField(
        "forum.Notification", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    # Callers outside forum notifications pass their own key (e.g. "crisis:post:12").
    key = models.CharField(max_length=120, null=True, blank=True)
    post = models.ForeignKey("forum.Post", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    topic = models.ForeignKey("forum.Topic", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField(db_index=True)
    # Exactly one of these ends an item's wait.
    message = models.ForeignKey("OutgoingEmail", on_delete=models.SET_NULL, null=True, blank=True, related_name="items")
    skipped = models.CharField(max_length=40, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="mailing_item_user_key_unique")]
        indexes = [models.Index(fields=["user", "digest", "message", "skipped"], name="mailing_item_pending")]

    def __str__(self):
        return f"{self.kind} for {self.user_id}: {self.text}"


class OutgoingEmail(models.Model):
    """One message to one member. `key` makes every notification's e-mail unique: a retried
    task finds the row already sent (or claimed for sending) and does nothing."""

    PENDING, SENDING, SENT, FAILED, CANCELLED = "pending", "sending", "sent", "failed", "cancelled"
    STATUSES = [(PENDING, "Waiting"), (SENDING, "Being sent"), (SENT, "Sent"), (FAILED, "Gave up"),
                (CANCELLED, "Cancelled")]

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20)  # an e-mail kind, or "digest"
    key = models.CharField(max_length=160, unique=True)
    subject = models.CharField(max_length=200)
    body_text = models.TextField()
    body_html = models.TextField()
    status = models.CharField(max_length=10, choices=STATUSES, default=PENDING, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    # When a worker claimed it for sending (status "sending"): the lease in services/delivery.py.
    claimed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.subject} to {self.user_id} ({self.status})"


class CollectCursor(models.Model):
    """The last forum notification id every earlier one of which has been collected."""

    last_notification_id = models.BigIntegerField(default=0)

    def __str__(self):
        return f"Collected up to notification {self.last_notification_id}"
