"""A member's reading and welcoming choices (docs/care.md)."""

from django.conf import settings
from django.db import models

__all__ = ["ReadingPreference"]


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

    def __str__(self):
        return f"Reading preference of {self.user_id}"
