"""Server-side drafts: saved while a member types, removed when posted, discarded or old."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from forum.drafts import get_composer
from forum.models import Draft

__all__ = ["DRAFT_DAYS", "DRAFT_BODY_MAX", "save_draft", "discard_draft", "purge_old_drafts"]

DRAFT_DAYS = 30
# A little over a post's limit, so an over-long text is kept while the writer shortens it.
DRAFT_BODY_MAX = 40_000
DRAFT_TITLE_MAX = 300


def save_draft(user, *, composer: str, target_id: int, title: str = "", body: str = "") -> Draft | None:
    """Keep what user is writing in one composer (None and nothing kept when both are empty).

    Raises Http404/PermissionDenied when user may not write there, ValidationError when too long.
    """
    get_composer(composer).check(user, target_id)
    if len(body) > DRAFT_BODY_MAX or len(title) > DRAFT_TITLE_MAX:
        raise ValidationError("This draft is too long to keep.")
    if not body.strip() and not title.strip():
        discard_draft(user, composer=composer, target_id=target_id)
        return None
    with transaction.atomic():
        draft, _ = Draft.objects.update_or_create(
            user=user, composer=composer, target_id=target_id,
            defaults={"title": title, "body": body, "updated_at": timezone.now()},
        )
    return draft


def discard_draft(user, *, composer: str, target_id: int) -> int:
    """Remove user's draft for one composer (when posted or discarded). Returns how many went."""
    deleted, _ = Draft.objects.filter(user=user, composer=composer, target_id=target_id).delete()
    return deleted


def purge_old_drafts(*, days: int = DRAFT_DAYS) -> int:
    """Remove drafts nobody has touched for days (forum/tasks.py runs it daily)."""
    deleted, _ = Draft.objects.filter(updated_at__lt=timezone.now() - timedelta(days=days)).delete()
    return deleted
