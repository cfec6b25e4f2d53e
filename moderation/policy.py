"""The content policy's rules: what happens to new and edited member content. Reads only.

moderation/services/content_policy.py applies these rules (holds, crisis items) and is the hook
forum, realtime and resources call through reviewable.registry.content_policy().

Rules:
- Pre-moderation: members with fewer than settings.HAVEN_PREMODERATION_THRESHOLD approved
  contributions have new posts and topics held (moderators, clinicians and admins never).
- Links: members with fewer than settings.HAVEN_LINK_REVIEW_BELOW approved contributions
  (and not trusted) always have posts with external links held, whatever else applies.
- Edits by members still under pre-moderation (or adding a link while new) are held the same
  way: the public keeps seeing the approved version, the moderator sees a diff.
- Posted anyway after the "experience, not instructions" reminder (on_advice_posted): a
  low-priority queue item, never a hold.
- The crisis detector (moderation/detector/, plus admins' extra phrases) reads everything
  written: posts, topics, edits, chat, resources, profile bios, flag notes, private messages
  (any object with a source and an author; `source=` for text written about an object). High
  or medium risk queues a crisis item (first in the queue) and shows the author the crisis
  panel; high also alerts moderators. The content is NOT hidden or held by a match. An edit
  counts only when it adds crisis language (a higher level or a new category).
- Private words (an "only me" journal note, check_private): the detector runs and the writer
  sees the crisis panel with crisis lines, but nothing is queued, stored or announced: nobody
  else may read those words. If the writer later shares them, they go through the rules above.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils.functional import LazyObject, empty

from accounts.permissions import is_staff_role
from forum.sanitize import external_links
from moderation.crisis import Assessment, assess_text, crisis_lines_for, is_new_crisis
from reviewable import registry
from reviewable.registry import Decision

__all__ = [
    "Decision",
    "Verdict",
    "is_premoderated",
    "links_need_review",
    "crisis_summary",
    "assess_new",
    "assess_edit",
    "assess_private",
    "decision_for",
]

HELD_NEW_MEMBER = "Posts from new members are checked by a moderator before everyone can see them."
HELD_LINK = "Posts with links from new members are checked by a moderator first."


@dataclass
class Verdict:
    """What should happen to one piece of content; services/content_policy.py carries it out."""

    target: Any  # what the queue reviews (a topic for its opening post)
    author: Any = None
    hold_reason: str = ""  # held for a moderator when set
    assessment: Assessment | None = None  # the crisis detector's finding, when it is one to report
    edit_of_approved: bool = False  # an edit of content that is already public

    @property
    def is_crisis(self) -> bool:
        return self.assessment is not None and self.assessment.is_crisis

    @property
    def crisis_summary(self) -> str | None:
        """What the queue shows for a crisis ("High risk — plan + method: ..."), else None."""
        return crisis_summary(self.assessment) if self.is_crisis else None

    @property
    def crisis_level(self) -> str:
        return self.assessment.level if self.is_crisis else ""


def is_premoderated(user) -> bool:
    """Whether user's new posts and topics wait for a moderator."""
    if user is None or not getattr(user, "is_authenticated", False) or is_staff_role(user):
        return False
    return user.approved_contributions < settings.HAVEN_PREMODERATION_THRESHOLD


def links_need_review(user, source: str) -> bool:
    if user is None or is_staff_role(user) or getattr(user, "is_trusted", False):
        return False
    if user.approved_contributions >= getattr(settings, "HAVEN_LINK_REVIEW_BELOW", 10):
        return False
    return bool(external_links(source or ""))


def _unwrap(obj):
    """request.user is a lazy wrapper; kinds are looked up by the model's class."""
    if isinstance(obj, LazyObject):
        if obj._wrapped is empty:
            obj._setup()
        return obj._wrapped
    return obj


def crisis_summary(assessment: Assessment) -> str:
    """What the queue shows: "High risk — plan + method: 'pills saved up'"."""
    return f"{assessment.level.capitalize()} risk — {assessment.summary()}"


def _source_of(spec, obj) -> str:
    return spec.source_of(obj) if spec else getattr(obj, "source", "")


def assess_new(obj, *, author, source: str | None = None) -> Verdict:
    """New content. source: text written about obj elsewhere (a flag note), assessed instead."""
    obj = _unwrap(obj)
    spec = registry.kind_for(obj)
    if source is None:
        source = _source_of(spec, obj)
    reason = ""
    if spec is not None and spec.premoderated:
        if is_premoderated(author):
            reason = HELD_NEW_MEMBER
        elif links_need_review(author, source):
            reason = HELD_LINK
    elif spec is not None and spec.hold_links and links_need_review(author, source):
        reason = HELD_LINK
    return Verdict(
        target=spec.review_target(obj) if spec else obj,
        author=author,
        hold_reason=reason,
        assessment=assess_text(source),
    )


def assess_private(text: str, *, author) -> Verdict:
    """Words nobody else may read: the detector's finding for the writer alone (never queued)."""
    return Verdict(target=None, author=author, assessment=assess_text(text))


def _edit_hold_reason(editor, author, new_source: str, previous_source: str) -> str:
    if editor is None or getattr(author, "pk", None) != editor.pk:
        return ""  # moderators editing someone else's post are never held
    if is_premoderated(editor):
        return HELD_NEW_MEMBER
    added_links = set(external_links(new_source)) - set(external_links(previous_source or ""))
    if links_need_review(editor, new_source) and added_links:
        return HELD_LINK
    return ""


def assess_edit(obj, *, editor, previous_source: str) -> Verdict:
    """An edit: crisis language counts when the edit adds it (a higher level or a new category)."""
    spec = registry.kind_for(obj)
    source = _source_of(spec, obj)
    assessment = assess_text(source)
    if assessment.is_crisis and not is_new_crisis(assessment, assess_text(previous_source or "")):
        assessment = None  # already reported when it was first written
    author = spec.author_of(obj) if spec else getattr(obj, "author", None)
    reason = ""
    if spec is not None and spec.premoderated:
        reason = _edit_hold_reason(editor, author, getattr(obj, "source", source), previous_source)
    return Verdict(
        target=spec.review_target(obj) if spec else obj,
        author=author,
        hold_reason=reason,
        assessment=assessment,
        edit_of_approved=getattr(obj, "is_approved", True),
    )


def decision_for(verdict: Verdict, *, writer) -> Decision:
    """The Decision the writing service reads (writer: who wrote or edited, for crisis lines)."""
    held = bool(verdict.hold_reason)
    lines = crisis_lines_for(getattr(writer, "country", "")) if verdict.is_crisis else []
    return Decision(
        # Content never approved stays held; an edit of approved content waits on its own.
        held_for_review=held and not verdict.edit_of_approved,
        edit_held=held and verdict.edit_of_approved,
        crisis=verdict.is_crisis,
        crisis_level=verdict.crisis_level,
        crisis_summary=verdict.crisis_summary or "",
        reason=verdict.hold_reason,
        crisis_lines=[(label, how) for label, how, _url in lines],
    )
