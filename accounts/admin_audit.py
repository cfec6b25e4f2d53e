"""The Django admin behind the same door as the app, and audited like the app's own actions.

- Sign-in: /admin/login/ goes through allauth's login (two-step, rate limits) via
  `allauth.account.decorators.secure_admin_login`; a signed-in staff account whose session has
  not passed two-step is sent to enter a code first.
- Access: the admin opens only for active staff accounts whose session passed two-step
  (accounts.permissions.passed_two_step, the same mark every staff power reads).
- Audit: `AuditedAdmin` writes an AuditEntry for each add, change (of the audited fields) and
  delete, like moderation services do; `HavenUserAdmin` also records role (group) changes.
"""

from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.shortcuts import redirect

from accounts.permissions import passed_two_step, two_step_url
from accounts.services import record_audit

ADMIN_REASON = "Changed in the admin site"


def admin_has_permission(request) -> bool:
    user = request.user
    return bool(user.is_active and user.is_staff and passed_two_step(user))


def install_admin_door(site: admin.AdminSite) -> None:
    """Route the admin's sign-in through allauth and require a two-step session for every page."""
    allauth_login = secure_admin_login(site.login)

    def login(request, extra_context=None):
        user = request.user
        if user.is_authenticated and user.is_staff and not passed_two_step(user):
            return redirect(two_step_url(user, request.GET.get("next") or "/admin/"))
        return allauth_login(request, extra_context=extra_context)

    site.login = login
    site.has_permission = admin_has_permission


def _describe(values: dict, fields) -> str:
    return "; ".join(f"{name}={values.get(name)!s}" for name in sorted(fields))


class AuditedAdmin(admin.ModelAdmin):
    """A ModelAdmin whose adds, changes to `audited_fields` and deletes are written to the audit log."""

    audited_fields: tuple[str, ...] = ()

    def audit_target_user(self, obj):
        return getattr(obj, "user", None)

    def _snapshot(self, obj) -> dict:
        return {name: getattr(obj, name, None) for name in self.audited_fields} if obj is not None else {}

    def _action(self, verb: str) -> str:
        return f"admin.{self.model._meta.model_name}.{verb}"[:50]

    def save_model(self, request, obj, form, change):
        before = self._snapshot(type(obj)._default_manager.filter(pk=obj.pk).first()) if change else {}
        super().save_model(request, obj, form, change)
        after = self._snapshot(obj)
        changed = [name for name in self.audited_fields if before.get(name) != after.get(name)]
        if change and not changed:
            return
        record_audit(
            actor=request.user, action=self._action("change" if change else "add"), target=obj,
            target_user=self.audit_target_user(obj), reason=ADMIN_REASON,
            before=_describe(before, changed) if change else "", after=_describe(after, changed),
        )

    def delete_model(self, request, obj):
        self._audit_delete(request, obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self._audit_delete(request, obj)
        super().delete_queryset(request, queryset)

    def _audit_delete(self, request, obj) -> None:
        record_audit(
            actor=request.user, action=self._action("delete"), target=obj, target_user=self.audit_target_user(obj),
            reason=ADMIN_REASON, before=_describe(self._snapshot(obj), self.audited_fields),
        )
