"""Reads for reader filters (content notes) and welcoming (docs/care.md).

`is_collapsed_for(viewer, post)` is the one rule every surface uses (topics, live updates,
search, notifications, digests): a post is folded away for a viewer when it carries a content
note the viewer chose to collapse, the viewer did not write it, and the viewer has not asked
to see it (shown: post ids opened with "Show this post").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from django.utils import timezone

from forum.drafts import get_composer
from forum.models import Draft, Post, ReadingPreference, Topic
from forum.notes import SELF_HARM, SUICIDAL, clean_notes, labels_for, suggest_notes
from forum.selectors.content import public_topics_q
from reviewable import assessors

__all__ = [
    "preference_cache_key",
    "reading_preference",
    "load_reading_preferences",
    "collapsed_notes_for",
    "is_collapsed_for",
    "mark_collapsed",
    "note_labels",
    "shown_post_ids",
    "drafts_for",
    "draft_for",
    "unanswered_introductions",
    "suggested_notes",
]

_CACHE = "_haven_reading_preference"
CACHE_SECONDS = 24 * 3600


def preference_cache_key(user_id: int) -> str:
    return f"forum:reading-preference:{user_id}"


def reading_preference(viewer) -> ReadingPreference:
    """The viewer's preference (unsaved defaults when they have none). Kept in the shared cache
    (forum.services.care.set_reading_preference clears it), so topic pages need no extra query;
    then on the user object for the rest of the request."""
    if not getattr(viewer, "is_authenticated", False):
        return ReadingPreference()
    cached = viewer.__dict__.get(_CACHE)
    if cached is None:
        key = preference_cache_key(viewer.pk)
        values = cache.get(key)
        if values is None:
            row = ReadingPreference.objects.filter(user=viewer).first()
            values = {"collapsed_notes": list(row.collapsed_notes), "is_welcomer": row.is_welcomer} if row else {}
            cache.set(key, values, CACHE_SECONDS)
        cached = ReadingPreference(user=viewer, **values)
        viewer.__dict__[_CACHE] = cached
    return cached


def load_reading_preferences(viewers: Iterable) -> None:
    """reading_preference for many viewers at once (e-mail digests): one query, no cache calls;
    afterwards reading_preference(viewer) costs nothing for each of them."""
    viewers = [v for v in viewers if getattr(v, "is_authenticated", False) and _CACHE not in v.__dict__]
    if not viewers:
        return
    rows = {row.user_id: row for row in ReadingPreference.objects.filter(user__in=viewers)}
    for viewer in viewers:
        row = rows.get(viewer.pk)
        values = {"collapsed_notes": list(row.collapsed_notes), "is_welcomer": row.is_welcomer} if row else {}
        viewer.__dict__[_CACHE] = ReadingPreference(user=viewer, **values)


def collapsed_notes_for(viewer) -> frozenset[str]:
    return frozenset(reading_preference(viewer).collapsed_notes or ())


def is_collapsed_for(viewer, post: Post, *, shown: Iterable[int] = ()) -> bool:
    """Whether post's text is folded away for viewer (see the module docstring)."""
    collapsed = collapsed_notes_for(viewer)
    if not collapsed or not post.content_notes or post.author_id == getattr(viewer, "pk", None):
        return False
    if post.pk in set(shown):
        return False
    return bool(collapsed.intersection(post.content_notes))


def mark_collapsed(posts: Iterable[Post], *, viewer, shown: Iterable[int] = ()) -> None:
    """Set post.is_collapsed on each post (no queries beyond the viewer's preference)."""
    shown = set(shown)
    for post in posts:
        post.is_collapsed = is_collapsed_for(viewer, post, shown=shown)


def note_labels(obj) -> list[str]:
    """The readable notes of a post or topic: the fixed ones in order, then the free note."""
    return labels_for(obj.content_notes, obj.content_note_other)


def shown_post_ids(values: Iterable[str]) -> set[int]:
    """Post ids from ?show= values (ignoring anything that is not a whole number)."""
    return {int(value) for value in values if value.isdigit()}


def drafts_for(user) -> list[Draft]:
    """The member's drafts, newest first, each with .label and .url for "My drafts"."""
    drafts = list(Draft.objects.filter(user=user).exclude(title="", body="").order_by("-updated_at", "-id")[:100])
    for draft in drafts:
        try:
            composer = get_composer(draft.composer)
        except Http404:
            composer = None
        draft.label = composer.label_of(draft.target_id) if composer else "Something you were writing"
        try:
            draft.url = composer.url_of(draft.target_id) if composer else ""
        except Http404:
            draft.url = ""
    return drafts


def draft_for(user, *, composer: str, target_id: int) -> Draft | None:
    """The member's draft for one composer; None when there is none or it was posted or discarded."""
    return Draft.objects.filter(user=user, composer=composer, target_id=target_id).exclude(title="", body="").first()


def unanswered_introductions(*, older_than: timedelta = timedelta(hours=24), limit: int = 50) -> list[Topic]:
    """Public topics on the Introductions board (settings.HAVEN_INTRODUCTIONS_BOARD) with no
    reply after older_than, oldest first, for moderators."""
    slug = getattr(settings, "HAVEN_INTRODUCTIONS_BOARD", "introductions")
    return list(
        Topic.objects.filter(
            public_topics_q(), board__slug=slug, post_count__lte=1, created_at__lte=timezone.now() - older_than
        )
        .select_related("author", "board")
        .order_by("created_at", "id")[:limit]
    )


# The crisis detector's concerns (moderation registers it: reviewable.assessors.assess_text).
_CONCERN_NOTES = {assessors.CONCERN_SUICIDAL: SUICIDAL, assessors.CONCERN_SELF_HARM: SELF_HARM}


def suggested_notes(text: str) -> list[str]:
    """Note codes to suggest to the writer, in the list's order: the phrase set (forum.notes) and
    what the crisis detector sees (medium/high risk: suicidal thoughts; self-harm evidence).
    Only a suggestion for the writer: nothing is stored, queued or told to moderators."""
    concerns = {_CONCERN_NOTES[code] for code in assessors.assess_text(text) if code in _CONCERN_NOTES}
    return clean_notes(set(suggest_notes(text)) | concerns)
