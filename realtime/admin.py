from django.contrib import admin

from accounts.admin_mixins import ReadOnlyAdmin
from realtime.models import ChatMessage, ChatRoom


@admin.register(ChatRoom)
class ChatRoomAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "kind", "position", "stage_group_slug"]
    list_editable = ["position"]
    list_filter = ["kind"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "slug"]


@admin.register(ChatMessage)
class ChatMessageAdmin(ReadOnlyAdmin):
    """Read-only: hiding and approving go through the moderation pages (audited services)."""

    list_display = ["id", "room", "author", "created_at", "is_approved", "is_hidden", "is_removed"]
    list_filter = ["room", "is_approved", "is_hidden", "is_removed"]
    search_fields = ["source", "author__username"]
    list_select_related = ["room", "author"]
    raw_id_fields = ["author", "hidden_by"]
