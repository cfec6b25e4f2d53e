"""Who may review, decide, sanction, flag and read the audit log."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from accounts.permissions import can_administer, can_moderate, check_can_write, is_staff_role
from moderation import selectors
from reviewable import registry

TEAM_ONLY = "This page is for the Haven team."


def can_view_queue(user) -> bool:
    return can_moderate(user)


def check_view_queue(user) -> None:
    if not can_view_queue(user):
        raise PermissionDenied(TEAM_ONLY)


def can_review_item(user, item) -> bool:
    """Open an item and see its content: moderators, or whoever the kind's hook allows."""
    spec = registry.get_kind(item.kind)
    hook = (spec.can_review if spec is not None else None) or can_moderate
    return bool(getattr(user, "is_authenticated", False)) and bool(hook(user))


def check_review_item(user, item) -> None:
    if not can_review_item(user, item):
        raise PermissionDenied(TEAM_ONLY)


def _resolve_refusal(user, item) -> str | None:
    if not can_review_item(user, item):
        return TEAM_ONLY
    if item.author_id is not None and item.author_id == user.pk:
        return "This item is about your own content, so another moderator needs to decide it."
    if selectors.has_flagged(user, item):
        return "You flagged this item, so another moderator needs to decide it."
    return None


def can_resolve_item(user, item) -> bool:
    return _resolve_refusal(user, item) is None


def check_resolve_item(user, item) -> None:
    refusal = _resolve_refusal(user, item)
    if refusal:
        raise PermissionDenied(refusal)


def can_sanction_member(user, member) -> bool:
    if not can_moderate(user) or member is None or member.pk == user.pk:
        return False
    # Only admins may restrict team members.
    return not is_staff_role(member) or can_administer(user)


def check_sanction_member(user, member) -> None:
    if not can_moderate(user):
        raise PermissionDenied("Only moderators can restrict accounts.")
    if member is None:
        raise PermissionDenied("That account no longer exists.")
    if member.pk == user.pk:
        raise PermissionDenied("You can't restrict your own account.")
    if not can_sanction_member(user, member):
        raise PermissionDenied("Only an admin can restrict a member of the team.")


def can_view_audit(user) -> bool:
    return can_moderate(user)


def can_export_audit(user) -> bool:
    return can_administer(user)


def check_export_audit(user) -> None:
    if not can_export_audit(user):
        raise PermissionDenied("Only admins can export the audit log.")


def can_flag(user, obj, *, author=None) -> bool:
    try:
        check_flag(user, obj, author=author)
    except PermissionDenied:
        return False
    return True


def check_flag(user, obj, *, author=None) -> None:
    check_can_write(user)
    if author is not None and author.pk == user.pk:
        raise PermissionDenied("You can't flag your own content.")
