"""Chat rooms, their messages, who has read what, and who is present.

A message is public to the room when `is_approved and not is_hidden and not is_removed`.
Hidden (by a moderator) and removed (by its author) messages stay in the room's history as a
placeholder; held messages (content policy) are seen only by their author and moderators.
Presence lives in the database so every ASGI process sees the same people in a room.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

EDIT_WINDOW_SECONDS = 10 * 60


class ChatRoom(models.Model):
    STAGE = "stage"
    SUPPORT = "support"
    MODERATORS = "moderators"
    KINDS = [(STAGE, "Stage room"), (SUPPORT, "Support room"), (MODERATORS, "Moderators only")]

    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.CharField(max_length=300, blank=True)
    kind = models.CharField(max_length=12, choices=KINDS, default=SUPPORT)
    position = models.PositiveIntegerField(default=0)
    stage_group_slug = models.SlugField(
        max_length=80, blank=True, help_text="The forum board group this room belongs to (stage rooms)."
    )

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("realtime:room", args=[self.slug])

    @property
    def is_moderators_only(self) -> bool:
        return self.kind == self.MODERATORS


class ChatMessage(models.Model):
    room = models.ForeignKey(ChatRoom, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="chat_messages")
    # Made by the sender's browser; a retry with the same id returns the stored message.
    client_id = models.CharField(max_length=64)
    source = models.TextField(help_text="What the member typed (Markdown).")
    html = models.TextField(help_text='Sanitised HTML from forum.sanitize.render_markdown(profile="chat").')
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    # False while held for review by the content policy.
    is_approved = models.BooleanField(default=True)
    is_hidden = models.BooleanField(default=False)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    hidden_at = models.DateTimeField(null=True, blank=True)
    is_removed = models.BooleanField(default=False)
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["author", "client_id"], name="realtime_message_unique_client_id"),
        ]
        indexes = [models.Index(fields=["room", "id"], name="realtime_message_room_id")]

    def __str__(self):
        return f"Chat message {self.pk} in {self.room_id}"

    @property
    def is_public(self) -> bool:
        return self.is_approved and not self.is_hidden and not self.is_removed

    @property
    def state(self) -> str:
        if self.is_removed:
            return "deleted"
        if self.is_hidden:
            return "hidden"
        if not self.is_approved:
            return "held"
        return "visible"

    def editable_until(self):
        return self.created_at + timedelta(seconds=EDIT_WINDOW_SECONDS)


class RoomMembership(models.Model):
    """A member who has been in a room, and the last message they have seen there (unread counts)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="chat_memberships")
    room = models.ForeignKey(ChatRoom, on_delete=models.CASCADE, related_name="memberships")
    last_read_id = models.BigIntegerField(default=0)
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "room"], name="realtime_membership_unique")]

    def __str__(self):
        return f"{self.user_id} in {self.room_id}"


class Presence(models.Model):
    """One open socket in one room. Rows are refreshed by heartbeats and ignored once stale."""

    channel_name = models.CharField(max_length=200)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    room = models.ForeignKey(ChatRoom, on_delete=models.CASCADE, related_name="presences")
    last_seen = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["channel_name", "room"], name="realtime_presence_unique")]
        indexes = [models.Index(fields=["room", "last_seen"], name="realtime_presence_room_seen")]

    def __str__(self):
        return f"{self.user_id} in {self.room_id} via {self.channel_name}"
