from django.contrib import admin

from conversations.models import Block, MessagingSettings


@admin.register(Block)
class BlockAdmin(admin.ModelAdmin):
    """Blocks only; conversations and messages are deliberately not in the admin (see docs/messages.md)."""

    list_display = ["blocker", "blocked", "created_at"]
    raw_id_fields = ["blocker", "blocked"]


@admin.register(MessagingSettings)
class MessagingSettingsAdmin(admin.ModelAdmin):
    list_display = ["user", "allow_from"]
    raw_id_fields = ["user"]

    def get_object(self, request, object_id, from_field=None):
        """None (the admin's "doesn't exist") for an id beyond any integer column: the key is the
        member's, and a related key's lookup is not range-checked as an id's is (OverflowError)."""
        try:
            return super().get_object(request, object_id, from_field)
        except OverflowError:
            return None
