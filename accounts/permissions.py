"""Who may do what, for accounts and roles. The one place that answers these questions.

Roles are three Django groups carrying model permissions (created by a data migration):
Moderators -> moderator (accounts.moderate), Clinicians -> clinician (accounts.publish_guidance),
Admins -> admin and moderator (accounts.administer, accounts.moderate); a superuser holds every
role. `has_role` answers from the member's groups, read once per user object together with their
active sanctions (one query per signed-in request; none when a selector prefetched "groups").

A staff *power* (moderate, see hidden content, review guidance, administer) needs the role AND a
session that passed two-step sign-in: `has_staff_power(user, role)`, the one predicate every
can_* staff check goes through. The session's answer is marked on the user object once per
request (accounts.middleware.TwoStepMiddleware) and once per websocket connection
(`mark_two_step(scope["user"], scope["session"])`); a user object without the mark (loaded from
the database, a background task) has no staff powers. `has_role` alone answers "does this
account hold the role" (badges, who may be sanctioned), never "may they use it now".
"""

from functools import wraps
from types import SimpleNamespace
from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from accounts.models import Sanction
from accounts.selectors import member_facts

ROLE_GROUPS = {"moderator": "Moderators", "clinician": "Clinicians", "admin": "Admins"}
ROLE_PERMISSIONS = {
    "moderator": "accounts.moderate",
    "clinician": "accounts.publish_guidance",
    "admin": "accounts.administer",
}
# The roles each group gives: the group's permissions above (Admins also carry accounts.moderate).
GROUP_ROLES = {"Moderators": ("moderator",), "Clinicians": ("clinician",), "Admins": ("admin", "moderator")}
STAFF_ROLES = ("moderator", "clinician", "admin")
# Set on the user object by mark_two_step(): True when this session passed two-step sign-in.
TWO_STEP_MARK = "two_step_verified"
_ROLES_MARK = "_haven_roles"


def _roles_of_groups(names) -> frozenset[str]:
    return frozenset(role for name in names for role in GROUP_ROLES.get(name, ()))


def _roles(user) -> frozenset[str]:
    """The roles user's groups give, read once per user object (from a prefetch of "groups"
    when there is one, else with the sanctions: _load_member_facts)."""
    roles = user.__dict__.get(_ROLES_MARK)
    if roles is None:
        if "groups" in getattr(user, "_prefetched_objects_cache", {}):
            user.__dict__[_ROLES_MARK] = _roles_of_groups(group.name for group in user.groups.all())
        else:
            _load_member_facts(user)
        roles = user.__dict__[_ROLES_MARK]
    return roles


def _load_member_facts(user) -> None:
    """Roles and active sanctions, remembered on the user object (one query: member_facts)."""
    names, user._active_sanctions = member_facts(user)
    user.__dict__[_ROLES_MARK] = _roles_of_groups(names)


def forget_roles(user) -> None:
    """Drop what _roles remembered (after a change to user's groups on this same object)."""
    user.__dict__.pop(_ROLES_MARK, None)
    getattr(user, "_prefetched_objects_cache", {}).pop("groups", None)


def has_role(user, role: str) -> bool:
    """Whether the account holds role. Not a permission: use has_staff_power for that."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return role in _roles(user)


def session_passed_two_step(session, user) -> bool:
    """Whether this session holds allauth's MFA authentication record for user (sign-in with a
    code, re-authentication with a code, or setting up the authenticator in this session)."""
    if session is None or getattr(user, "pk", None) is None:
        return False
    records = get_authentication_records(SimpleNamespace(session=session), user)
    return any(isinstance(record, dict) and record.get("method") == "mfa" for record in records)


def mark_two_step(user, session) -> None:
    """Record on the user object whether this session passed two-step (per request / connection)."""
    if getattr(user, "is_authenticated", False):
        setattr(user, TWO_STEP_MARK, session_passed_two_step(session, user))


def passed_two_step(user) -> bool:
    return getattr(user, TWO_STEP_MARK, False) is True


def has_staff_power(user, role: str) -> bool:
    """THE staff-power predicate: the role AND a session that passed two-step sign-in."""
    return has_role(user, role) and passed_two_step(user)


def can_moderate(user) -> bool:
    return has_staff_power(user, "moderator") or has_staff_power(user, "admin")


def can_publish_guidance(user) -> bool:
    return has_staff_power(user, "clinician")


def can_administer(user) -> bool:
    return has_staff_power(user, "admin")


def needs_two_step(user) -> bool:
    """A staff account whose session has not passed two-step: treated as a member, and told how."""
    return is_staff_role(user) and not passed_two_step(user)


def two_step_url(user, next_url: str) -> str:
    """Where a staff member completes two-step: enter a code, or set an authenticator up first."""
    name = "mfa_reauthenticate" if has_mfa(user) else "mfa_activate_totp"
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


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
    if getattr(user, "_active_sanctions", None) is None:
        _load_member_facts(user)
    return user._active_sanctions


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

TWO_STEP_MESSAGE = (
    "Team tools need two-step sign-in in this session. Please enter a code from your "
    "authenticator app; until then you see Haven as a member does."
)
TWO_STEP_SETUP_MESSAGE = (
    "Team tools need two-step sign-in. Please set up an authenticator app first; it takes about two minutes."
)


def role_required(*roles: str):
    """Allow only users with one of roles, and only once this session passed two-step sign-in."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not any(has_role(user, role) or (role == "moderator" and can_moderate(user)) for role in roles):
                raise PermissionDenied("This page is for the Haven team.")
            if not passed_two_step(user):
                messages.warning(request, TWO_STEP_MESSAGE if has_mfa(user) else TWO_STEP_SETUP_MESSAGE)
                return redirect(two_step_url(user, request.get_full_path()))
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


# --- "Why can't I write here?" -------------------------------------------------------------


def refusal(check, *args) -> str:
    """The sentence a check_x(user, ...) refuses with ("You are muted until ...", "This topic is
    locked ..."), or "" when it allows. The one way pages and consumers explain a missing reply
    box: topic page, chat room page and chat socket alike."""
    try:
        check(*args)
    except (PermissionDenied, Http404) as refused:
        return str(refused)
    return ""
