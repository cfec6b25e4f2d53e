"""Reactions, subscriptions, notifications and bookmarks.

The rows here are written only by forum.services.engagement and read by
forum.selectors.engagement. Full-text search uses expression indexes on the content tables
(added by migration on PostgreSQL only), so it has no model of its own.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from forum.models.content import Board, Post, Topic

__all__ = ["Reaction", "Subscription", "Notification", "NotificationSettings", "Bookmark"]


class Reaction(models.Model):
    """A member's peer-support reaction to a post: one of each kind per member per post."""

    SUPPORT = "support"
    ME_TOO = "me_too"
    THANKS = "thanks"
    CONGRATS = "congrats"
    KINDS = [
        (SUPPORT, "Sending support"),
        (ME_TOO, "Me too"),
        (THANKS, "Thank you"),
        (CONGRATS, "Congratulations"),
    ]

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_reactions")
    kind = models.CharField(max_length=16, choices=KINDS)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "user", "kind"], name="forum_reaction_unique"),
        ]

    def __str__(self):
        return f"{self.user_id} {self.kind} on post {self.post_id}"


class Subscription(models.Model):
    """A member follows a topic (new replies) or a board (new topics). Exactly one is set."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions")
    board = models.ForeignKey(Board, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "topic"], condition=Q(topic__isnull=False), name="forum_subscription_topic_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "board"], condition=Q(board__isnull=False), name="forum_subscription_board_unique"
            ),
            models.CheckConstraint(
                condition=Q(topic__isnull=False, board__isnull=True) | Q(topic__isnull=True, board__isnull=False),
                name="forum_subscription_one_target",
            ),
        ]

    def __str__(self):
        target = f"topic {self.topic_id}" if self.topic_id else f"board {self.board_id}"
        return f"{self.user_id} follows {target}"


class Notification(models.Model):
    """Something a member should know about, shown on the notifications page until read."""

    REPLY = "reply"
    MENTION = "mention"
    QUOTE = "quote"
    REACTION = "reaction"
    MODERATION = "moderation"
    RESOURCE = "resource"
    SYSTEM = "system"
    MESSAGE = "message"
    KINDS = [
        (REPLY, "Reply in something you follow"),
        (MENTION, "Mention"),
        (QUOTE, "Quote"),
        (REACTION, "Reaction"),
        (MODERATION, "From the moderators"),
        (RESOURCE, "Guidance"),
        (SYSTEM, "From Haven"),
        (MESSAGE, "Private message"),
    ]

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=16, choices=KINDS)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    post = models.ForeignKey(Post, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="forum_notif_recipient_read"),
            models.Index(fields=["recipient", "-created_at"], name="forum_notif_recipient_recent"),
        ]
        constraints = [
            # A post is announced to each member once, in its most specific kind: a retried or
            # duplicated fan-out task (forum.services.fanout.notify_new_post_task) cannot notify twice.
            models.UniqueConstraint(
                fields=["recipient", "post"],
                condition=models.Q(kind__in=["reply", "mention", "quote"], post__isnull=False),
                name="forum_notif_one_per_post",
            ),
        ]

    def __str__(self):
        return f"To {self.recipient_id}: {self.text}"

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class NotificationSettings(models.Model):
    """Which kinds of notification a member wants. No row means every kind is on."""

    # The kinds a member can switch off; moderation, guidance and system notices always arrive.
    CHOICE_KINDS = (
        Notification.REPLY, Notification.MENTION, Notification.QUOTE, Notification.REACTION, Notification.MESSAGE
    )

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="notification_settings"
    )
    reply = models.BooleanField("New replies and topics in what I follow", default=True)
    mention = models.BooleanField("Someone mentions me (@name)", default=True)
    quote = models.BooleanField("Someone quotes my post", default=True)
    reaction = models.BooleanField("Someone reacts to my post", default=True)
    message = models.BooleanField("Someone sends me a private message", default=True)

    class Meta:
        verbose_name_plural = "notification settings"

    def __str__(self):
        return f"Notification settings of {self.user_id}"

    def wants(self, kind: str) -> bool:
        return getattr(self, kind) if kind in self.CHOICE_KINDS else True


class Bookmark(models.Model):
    """A post a member saved to find again."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_bookmarks")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="bookmarks")
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "post"], name="forum_bookmark_unique")]
        indexes = [models.Index(fields=["user", "-created_at"], name="forum_bookmark_user_recent")]

    def __str__(self):
        return f"{self.user_id} saved post {self.post_id}"
