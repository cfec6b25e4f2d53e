from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from accounts.models import AuditEntry, Sanction, User


@admin.register(User)
class HavenUserAdmin(UserAdmin):
    list_display = ("username", "email", "date_joined", "is_active", "is_trusted", "approved_contributions")
    search_fields = ("username", "email")
    ordering = ("-date_joined",)
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("Private", {"fields": ("email", "country")}),
        ("Profile", {"fields": ("bio", "theme", "text_size")}),
        ("Community", {"fields": ("is_trusted", "approved_contributions", "accepted_guidelines_at",
                                  "confirmed_adult_at", "legacy_id", "deleted_at")}),
        ("Access", {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("username", "email", "password1", "password2")}),)
    filter_horizontal = ("groups",)


@admin.register(Sanction)
class SanctionAdmin(admin.ModelAdmin):
    list_display = ("user", "kind", "created_at", "ends_at", "lifted_at")
    list_filter = ("kind",)
    raw_id_fields = ("user", "created_by", "lifted_by")


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only: the audit log is append-only."""

    list_display = ("created_at", "actor", "action", "target_label", "reason")
    list_filter = ("action",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
