"""Admins add, rename and reorder stage groups and boards here. Member content is changed
through the site (services keep counters and the audit log right), so it is read-only here."""

from django.contrib import admin

from accounts.admin_mixins import ReadOnlyAdmin
from forum.models import Board, BoardGroup, Post, PostRevision, Topic


class BoardInline(admin.TabularInline):
    model = Board
    fields = ["name", "slug", "position", "is_public"]
    extra = 0
    show_change_link = True


@admin.register(BoardGroup)
class BoardGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [BoardInline]


@admin.register(Board)
class BoardAdmin(admin.ModelAdmin):
    list_display = ["name", "group", "position", "is_public", "topic_count", "post_count"]
    list_editable = ["position", "is_public"]
    list_filter = ["group", "is_public"]
    list_select_related = ["group"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["group", "name", "slug", "description", "position", "is_public", "topic_count", "post_count"]
    readonly_fields = ["topic_count", "post_count"]


@admin.register(Topic)
class TopicAdmin(ReadOnlyAdmin):
    list_display = ["title", "board", "author", "post_count", "is_pinned", "is_locked", "is_approved", "is_hidden"]
    list_filter = ["board", "is_pinned", "is_locked", "is_approved", "is_hidden"]
    list_select_related = ["board", "author"]
    search_fields = ["title"]
    raw_id_fields = ["author", "last_post"]


@admin.register(Post)
class PostAdmin(ReadOnlyAdmin):
    list_display = ["pk", "topic", "author", "position", "created_at", "is_approved", "is_hidden", "is_removed"]
    list_filter = ["is_approved", "is_hidden", "is_removed"]
    list_select_related = ["topic", "author"]
    raw_id_fields = ["topic", "author", "removed_by"]


@admin.register(PostRevision)
class PostRevisionAdmin(ReadOnlyAdmin):
    list_display = ["post", "editor", "created_at", "note"]
    list_select_related = ["post", "editor"]
    raw_id_fields = ["post", "editor"]
