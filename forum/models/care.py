"""A member's reading and welcoming choices, and their drafts (docs/care.md)."""

from django.conf import settings
from django.db import models

__all__ = ["ReadingPreference", "Draft"]


class ReadingPreference(models.Model):
    """Which content notes a member collapses, and whether they welcome newcomers.

    No row means the defaults: nothing collapsed, not a welcomer.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="reading_preference"
    )
    # Codes from forum.notes.NOTES.
    collapsed_notes = models.JSONField(default=list, blank=True)
    is_welcomer = models.BooleanField(
        default=False, help_text="Shown a prompt to welcome members whose first post was just approved."
    )
    # When the member finished or skipped the first-week welcome (/welcome/); null = not yet.
    welcome_finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Reading preference of {self.user_id}"


class Draft(models.Model):
    """What a member is writing in one composer, kept on the server so it follows them to any
    device (docs/care.md). One per member per composer: a new topic per board, a reply per
    topic, an edit per post, a message per conversation (composer kinds: forum/drafts.py).
    Emptied when posted or discarded (the empty row refuses saves sent before then), and
    removed after DRAFT_DAYS by a periodic task."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="drafts")
    composer = models.CharField(max_length=16)
    target_id = models.PositiveBigIntegerField()
    title = models.CharField(max_length=300, blank=True)
    body = models.TextField(blank=True)
    updated_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "composer", "target_id"], name="forum_draft_one_per_composer")
        ]
        indexes = [models.Index(fields=["user", "-updated_at"], name="forum_draft_recent")]

    def __str__(self):
        return f"Draft {self.composer}:{self.target_id} of {self.user_id}"

    @property
    def is_closed(self) -> bool:
        """An empty row marks a composer posted or discarded at updated_at (forum.services.close_draft)."""
        return not self.body and not self.title
