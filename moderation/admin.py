from django.contrib import admin
from django.db import models

from moderation.models import CrisisLine, CrisisPhrase, Flag, ModeratorNote, QueueItem


@admin.register(CrisisPhrase)
class CrisisPhraseAdmin(admin.ModelAdmin):
    list_display = ["phrase", "is_active", "created_at"]
    list_filter = ["is_active"]
    search_fields = ["phrase"]


@admin.register(CrisisLine)
class CrisisLineAdmin(admin.ModelAdmin):
    list_display = ["label", "country", "how", "position"]
    list_editable = ["position"]
    list_filter = ["country"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class ReadOnlyAdmin(admin.ModelAdmin):
    """Decisions are made in the review queue (so they are audited), never here."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(QueueItem)
class QueueItemAdmin(ReadOnlyAdmin):
    list_display = ["id", "kind", "title", "status", "is_crisis", "flag_weight", "created_at"]
    list_filter = ["status", "kind", "is_crisis"]


@admin.register(Flag)
class FlagAdmin(ReadOnlyAdmin):
    list_display = ["id", "reason", "flagger", "weight", "outcome", "created_at"]
    list_filter = ["reason", "outcome"]


@admin.register(ModeratorNote)
class ModeratorNoteAdmin(ReadOnlyAdmin):
    list_display = ["member", "author", "created_at"]
