"""Admin building blocks every app's admin.py may use (accounts is the bottom app they all import)."""

from django.contrib import admin


class ReadOnlyAdmin(admin.ModelAdmin):
    """Browse and search only: no add, change or delete, for superusers too.

    For rows that are written by services (so counters, notices and the audit log stay right) or
    are append-only (the audit log): decisions are made on the site's own pages, never here.
    """

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
