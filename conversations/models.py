"""Private conversations between members, and conversations with the Haven team.

Each participant has their own copy: read mark, delivery mark (the newest message delivered to
them), a "cleared up to" mark for deleting their copy, and when they left. Leaving or deleting
changes only that participant's row, never the messages others see.

A message is delivered to a participant when it is approved (not held for review), not hidden
by a moderator, and its author is not someone the participant has blocked.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

MAX_MESSAGE_CHARS = 2000
SUBJECT_MAX = 120


class Conversation(models.Model):
    DIRECT = "direct"
    GROUP = "group"
    TEAM = "team"
    KINDS = [(DIRECT, "Between two members"), (GROUP, "Small group"), (TEAM, "With the Haven team")]

    kind = models.CharField(max_length=8, choices=KINDS, default=DIRECT)
    subject = models.CharField(max_length=SUBJECT_MAX, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_message_at = models.DateTimeField(default=timezone.now)
    # Team conversations: the member wrote last and no moderator has answered yet.
    awaiting_team = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["kind", "-last_message_at"], name="conv_kind_recent")]

    def __str__(self):
        return f"Conversation {self.pk}"

    def get_absolute_url(self):
        return reverse("conversations:detail", args=[self.pk])

    @property
    def is_team(self) -> bool:
        return self.kind == self.TEAM


class Participant(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conversation_rows")
    joined_at = models.DateTimeField(default=timezone.now)
    # The newest message delivered to this participant, and when (inbox order and unread marks).
    latest_id = models.BigIntegerField(default=0)
    latest_at = models.DateTimeField(default=timezone.now)
    last_read_id = models.BigIntegerField(default=0)
    # "Delete my copy": messages up to this id are gone for this participant only.
    cleared_through_id = models.BigIntegerField(default=0)
    left_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["conversation", "user"], name="conv_participant_unique")]
        indexes = [models.Index(fields=["user", "left_at", "-latest_at"], name="conv_participant_inbox")]

    def __str__(self):
        return f"{self.user_id} in {self.conversation_id}"

    @property
    def has_unread(self) -> bool:
        return self.latest_id > max(self.last_read_id, self.cleared_through_id)


class Message(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="private_messages")
    # Made by the sender's page; a retry with the same id returns the stored message.
    client_id = models.CharField(max_length=64)
    source = models.TextField(help_text="What the member typed (Markdown).")
    html = models.TextField(help_text='Sanitised HTML from forum.sanitize.render_markdown(profile="chat").')
    # Hash of the normalised text, to notice the same text sent to many members.
    fingerprint = models.CharField(max_length=64, db_index=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Written by a moderator in a team conversation: shown as "Haven team".
    as_team = models.BooleanField(default=False)
    # False while held for review (links from new members, mass messaging).
    is_approved = models.BooleanField(default=True)
    is_hidden = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["author", "client_id"], name="conv_message_unique_client_id")]
        indexes = [
            models.Index(fields=["conversation", "id"], name="conv_message_conv_id"),
            models.Index(fields=["author", "created_at"], name="conv_message_author_recent"),
        ]

    def __str__(self):
        return f"Private message {self.pk}"

    def get_absolute_url(self):
        return reverse("conversations:message", args=[self.pk])

    @property
    def is_delivered(self) -> bool:
        return self.is_approved and not self.is_hidden


class Block(models.Model):
    """blocker never hears from blocked again: no new conversations, no messages, no mentions."""

    blocker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_made")
    blocked = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["blocker", "blocked"], name="conv_block_unique")]

    def __str__(self):
        return f"{self.blocker_id} blocked {self.blocked_id}"


class Follow(models.Model):
    """A member follows another member (used for "only from people I follow")."""

    follower = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="following_rows")
    followed = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["follower", "followed"], name="conv_follow_unique")]

    def __str__(self):
        return f"{self.follower_id} follows {self.followed_id}"


class MessagingSettings(models.Model):
    """Who may start a conversation with the member. No row means everyone."""

    EVERYONE = "everyone"
    FOLLOWING = "following"
    NOBODY = "nobody"
    CHOICES = [
        (EVERYONE, "Any member"),
        (FOLLOWING, "Only people I follow"),
        (NOBODY, "Nobody (messages off)"),
    ]

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="messaging_settings"
    )
    allow_from = models.CharField("Who can start a conversation with me", max_length=10, choices=CHOICES,
                                  default=EVERYONE)

    def __str__(self):
        return f"Messaging settings of {self.user_id}"
