"""Who may receive which e-mail, and who may change e-mail settings."""

from django.core.exceptions import PermissionDenied

from accounts.permissions import ROLE_GROUPS


def can_receive_crisis_alerts(user) -> bool:
    """Moderators and admins by role (not by session: e-mail reaches them outside the site)."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=[ROLE_GROUPS["moderator"], ROLE_GROUPS["admin"]]).exists()


def can_change_email_settings(user) -> bool:
    return getattr(user, "is_authenticated", False) and user.is_active


def check_change_email_settings(user) -> None:
    if not can_change_email_settings(user):
        raise PermissionDenied("Sign in to change your e-mail settings.")
