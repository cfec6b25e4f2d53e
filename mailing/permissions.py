"""Who may receive which e-mail, and who may change e-mail settings."""

from django.core.exceptions import PermissionDenied

from accounts.permissions import has_role
from forum.permissions import can_view_board


def can_receive_crisis_alerts(user) -> bool:
    """Moderators and admins by role (not by session: e-mail reaches them outside the site)."""
    return has_role(user, "moderator") or has_role(user, "admin")


def can_change_email_settings(user) -> bool:
    return getattr(user, "is_authenticated", False) and user.is_active


def check_change_email_settings(user) -> None:
    if not can_change_email_settings(user):
        raise PermissionDenied("Sign in to change your e-mail settings.")


def can_email_item(item) -> bool:
    """Whether an e-mail may still tell item.user about it: nothing from boards the member may no
    longer see, nor posts no longer public (held, hidden or removed since the notification).
    Straight-away e-mail and digests both ask this just before they are built."""
    if not item.post_id:
        return True
    post, topic = item.post, item.topic or item.post.topic
    return post.is_public and not post.is_removed and topic.is_public and can_view_board(item.user, topic.board)
