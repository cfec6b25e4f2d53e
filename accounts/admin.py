from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from accounts.admin_audit import ADMIN_REASON, AuditedAdmin, install_admin_door
from accounts.admin_mixins import ReadOnlyAdmin
from accounts.models import AuditEntry, Sanction, User
from accounts.services import record_audit

install_admin_door(admin.site)


@admin.register(User)
class HavenUserAdmin(AuditedAdmin, UserAdmin):
    """Changes to active, trusted, staff and superuser status and to roles (groups) are audited."""

    audited_fields = ("is_active", "is_trusted", "is_staff", "is_superuser")
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

    def audit_target_user(self, obj):
        return obj

    def save_related(self, request, form, formsets, change):
        before = set(form.instance.groups.values_list("name", flat=True)) if change else set()
        super().save_related(request, form, formsets, change)
        after = set(form.instance.groups.values_list("name", flat=True))
        for verb, names in (("grant", after - before), ("revoke", before - after)):
            for name in sorted(names):
                record_audit(
                    actor=request.user, action=f"admin.role.{verb}", target=form.instance,
                    target_user=form.instance, reason=ADMIN_REASON,
                    before=name if verb == "revoke" else "", after=name if verb == "grant" else "",
                )


@admin.register(Sanction)
class SanctionAdmin(AuditedAdmin):
    audited_fields = ("kind", "reason", "ends_at", "lifted_at")

    list_display = ("user", "kind", "created_at", "ends_at", "lifted_at")
    list_filter = ("kind",)
    raw_id_fields = ("user", "created_by", "lifted_by")


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    """Read-only: the audit log is append-only."""

    list_display = ("created_at", "actor", "action", "target_label", "reason")
    list_filter = ("action",)
