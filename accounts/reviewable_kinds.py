"""Members' profiles as a reviewable kind (reviewable/registry.py), registered in AccountsConfig.ready().

Hiding a profile clears its bio (the only free text on it); the queue's audit entry keeps the
old bio.
"""

from django.urls import reverse
from django.utils.html import escape, linebreaks

from accounts.models import User
from reviewable import registry


def _hide(user: User, *, hidden: bool, by) -> None:
    if hidden and user.bio:
        user.bio = ""
        user.save(update_fields=["bio"])


def _html(user: User) -> str:
    """A profile's bio as escaped paragraphs (bios are plain text)."""
    return linebreaks(escape(user.bio or ""))


def register() -> None:
    registry.register_kind(
        "user",
        User,
        label="Profile",
        author_of=lambda u: u,
        title_of=lambda u: u.username,
        url_of=lambda u: reverse("accounts:profile", args=[u.username]),
        html_of=_html,
        source_of=lambda u: u.bio or "",
        is_hidden=lambda u: False,
        hide=_hide,
        can_view=lambda viewer, u: u.is_active and u.deleted_at is None,
    )
