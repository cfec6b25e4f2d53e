"""Server-side drafts: saved while a member types, removed when posted, discarded or old."""

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from forum.drafts import get_composer
from forum.models import Draft

__all__ = [
    "DRAFT_DAYS", "DRAFT_BODY_MAX", "DraftClosed", "save_draft", "close_draft", "discard_draft", "purge_old_drafts",
]

DRAFT_DAYS = 30
# A little over a post's limit, so an over-long text is kept while the writer shortens it.
DRAFT_BODY_MAX = 40_000
DRAFT_TITLE_MAX = 300
# How long the empty row of a posted or discarded composer refuses late saves.
CLOSED_MARK_KEPT = timedelta(days=1)


class DraftClosed(Exception):
    """The composer was posted or its draft discarded after the page that sent this save was opened."""


def save_draft(
    user, *, composer: str, target_id: int, title: str = "", body: str = "", since: datetime | None = None
) -> Draft | None:
    """Keep what user is writing in one composer (None and nothing kept when both are empty).

    since is when the composer page asked for its draft (the server's time, from GET
    /drafts/keep/). A save from before the composer was posted or discarded raises DraftClosed,
    so a save still in flight when the member posts cannot bring the draft back. since=None
    (server code, not a browser) skips that check; the endpoint passes the oldest time when the
    browser sent none.
    Raises Http404/PermissionDenied when user may not write there, ValidationError when too long.
    """
    get_composer(composer).check(user, target_id)
    if len(body) > DRAFT_BODY_MAX or len(title) > DRAFT_TITLE_MAX:
        raise ValidationError("This draft is too long to keep.")
    with transaction.atomic():
        where = {"user": user, "composer": composer, "target_id": target_id}
        current = Draft.objects.select_for_update().filter(**where).first()
        if current is not None and current.is_closed and since is not None and since < current.updated_at:
            raise DraftClosed()
        if not body.strip() and not title.strip():
            if current is not None and not current.is_closed:
                current.delete()
            return None
        draft, _ = Draft.objects.update_or_create(
            **where, defaults={"title": title, "body": body, "updated_at": timezone.now()}
        )
    return draft


def close_draft(user, *, composer: str, target_id: int) -> None:
    """The composer was posted or its draft discarded: the text goes, and an empty row remembers
    when (Draft.is_closed), so saves sent before then are refused; purged with the others."""
    Draft.objects.update_or_create(
        user=user, composer=composer, target_id=target_id,
        defaults={"title": "", "body": "", "updated_at": timezone.now()},
    )


def discard_draft(user, *, composer: str, target_id: int) -> None:
    """The member discards their draft (composer or "My drafts")."""
    close_draft(user, composer=composer, target_id=target_id)


def purge_old_drafts(*, days: int = DRAFT_DAYS) -> int:
    """Remove drafts nobody has touched for days, and the marks of posted or discarded composers
    after a day (long after any save still in flight); forum/tasks.py runs it daily."""
    now = timezone.now()
    old = Q(updated_at__lt=now - timedelta(days=days)) | Q(title="", body="", updated_at__lt=now - CLOSED_MARK_KEPT)
    deleted, _ = Draft.objects.filter(old).delete()
    return deleted
