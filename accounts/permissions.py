"""Who may do what, for accounts and roles. The one place that answers these questions.

Roles are Django groups carrying model permissions (created by a data migration):
moderator -> accounts.moderate, clinician -> accounts.publish_guidance,
admin -> accounts.administer (and every permission through is_superuser).
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect
from django.utils import timezone

from accounts.models import Sanction

ROLE_GROUPS = {"moderator": "Moderators", "clinician": "Clinicians", "admin": "Admins"}
ROLE_PERMISSIONS = {
    "moderator": "accounts.moderate",
    "clinician": "accounts.publish_guidance",
    "admin": "accounts.administer",
}
STAFF_ROLES = ("moderator", "clinician", "admin")


def has_role(user, role: str) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if role == "admin" and user.is_superuser:
        return True
    return user.has_perm(ROLE_PERMISSIONS[role])


def can_moderate(user) -> bool:
    return has_role(user, "moderator") or has_role(user, "admin")


def can_publish_guidance(user) -> bool:
    return has_role(user, "clinician")


def can_administer(user) -> bool:
    return has_role(user, "admin")


def roles_of(user) -> list[str]:
    return [role for role in STAFF_ROLES if has_role(user, role)]


def is_staff_role(user) -> bool:
    return any(has_role(user, role) for role in STAFF_ROLES)


def has_mfa(user) -> bool:
    from allauth.mfa.utils import is_mfa_enabled

    return is_mfa_enabled(user)


# --- Sanctions ---------------------------------------------------------------------------


def active_sanctions(user) -> list[Sanction]:
    """Active sanctions for user, cached on the user object for the request."""
    if not getattr(user, "is_authenticated", False):
        return []
    cached = getattr(user, "_active_sanctions", None)
    if cached is None:
        now = timezone.now()
        cached = list(
            Sanction.objects.filter(user=user, lifted_at__isnull=True)
            .filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))
            .exclude(kind=Sanction.WARN)
            .order_by("-created_at")
        )
        user._active_sanctions = cached
    return cached


def blocking_sanction(user, kinds=(Sanction.MUTE, Sanction.SUSPEND, Sanction.BAN)) -> Sanction | None:
    for sanction in active_sanctions(user):
        if sanction.kind in kinds:
            return sanction
    return None


def login_blocking_sanction(user) -> Sanction | None:
    return blocking_sanction(user, kinds=(Sanction.SUSPEND, Sanction.BAN))


def describe_sanction(sanction: Sanction) -> str:
    if sanction.kind == Sanction.BAN:
        until = "until a moderator lifts it"
    elif sanction.ends_at:
        until = f"until {timezone.localtime(sanction.ends_at):%d %B %Y, %H:%M} UTC"
    else:
        until = "until a moderator lifts it"
    verb = {Sanction.MUTE: "muted", Sanction.SUSPEND: "suspended", Sanction.BAN: "banned"}[sanction.kind]
    return f"Your account is {verb} {until}. Reason: {sanction.reason}"


def can_write(user) -> bool:
    """Whether user may post, reply, react, flag or chat at all."""
    return bool(getattr(user, "is_authenticated", False)) and user.is_active and blocking_sanction(user) is None


def check_can_write(user) -> None:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise PermissionDenied("Please sign in first.")
    sanction = blocking_sanction(user)
    if sanction is not None:
        raise PermissionDenied(describe_sanction(sanction))


# --- View guards ---------------------------------------------------------------------------


def role_required(*roles: str):
    """Allow only users with one of roles, and only once they have set up two-step sign-in."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not any(has_role(user, role) or (role == "moderator" and can_moderate(user)) for role in roles):
                raise PermissionDenied("This page is for the Haven team.")
            if not has_mfa(user):
                messages.warning(
                    request,
                    "Team pages need two-step sign-in. Please set up an authenticator app first; "
                    "it takes about two minutes.",
                )
                return redirect("mfa_activate_totp")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
