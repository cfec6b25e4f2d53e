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
