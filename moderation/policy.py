"""The content policy forum/ and realtime/ (and resources/) call for new and edited content.

forum/ never imports moderation/: it calls ``import_string(settings.HAVEN_CONTENT_POLICY)()``.
The policy decides; moderation.services does the writes (hold, queue, crisis item, events).

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
  panel; high also alerts moderators. The content is NOT hidden or held by a match.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.functional import LazyObject, empty

from accounts.permissions import is_staff_role
from forum.sanitize import external_links


@dataclass
class Decision:
    held_for_review: bool = False
    crisis: bool = False
    reason: str = ""
    # (label, how to reach it) pairs for the author's country first, filled when crisis is True.
    crisis_lines: list[tuple[str, str]] = field(default_factory=list)
    # An edit of approved content waits for a moderator while the approved version stays public.
    # held_for_review stays False for it: forum.services.edit_post unpublishes a post whose
    # Decision is held_for_review, which would hide the approved version (docs/moderation.md).
    edit_held: bool = False
    # The crisis detector's level ("high" | "medium", "" when no crisis) and what it found.
    crisis_level: str = ""
    crisis_summary: str = ""


HELD_NEW_MEMBER = "Posts from new members are checked by a moderator before everyone can see them."
HELD_LINK = "Posts with links from new members are checked by a moderator first."


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


def _review_target(obj):
    """An opening post is reviewed as its topic (one queue item for a new topic)."""
    from forum.models import Post

    if isinstance(obj, Post) and obj.position == 0:
        return obj.topic
    return obj


def _crisis_lines(user) -> list[tuple[str, str]]:
    from moderation.crisis import crisis_lines_for

    return [(label, how) for label, how, _url in crisis_lines_for(getattr(user, "country", ""))]


def _unwrap(obj):
    """request.user is a lazy wrapper; kinds are looked up by the model's class."""
    if isinstance(obj, LazyObject):
        if obj._wrapped is empty:
            obj._setup()
        return obj._wrapped
    return obj


def crisis_summary(assessment) -> str:
    """What the queue shows: "High risk — plan + method: 'pills saved up'"."""
    return f"{assessment.level.capitalize()} risk — {assessment.summary()}"


def _decision(*, reason: str = "", assessment=None, who=None, held: bool = False, edit_held: bool = False) -> Decision:
    crisis = assessment is not None and assessment.is_crisis
    return Decision(
        held_for_review=held,
        edit_held=edit_held,
        crisis=crisis,
        crisis_level=assessment.level if crisis else "",
        crisis_summary=crisis_summary(assessment) if crisis else "",
        reason=reason,
        crisis_lines=_crisis_lines(who) if crisis else [],
    )


class ContentPolicy:
    def on_created(self, obj, *, author, source: str | None = None) -> Decision:
        """New content. source: text written about obj elsewhere (a flag note), assessed instead."""
        from moderation import reviewables, services
        from moderation.crisis import assess_text

        obj = _unwrap(obj)
        spec = reviewables.kind_for(obj)
        if source is None:
            source = spec.source_of(obj) if spec else getattr(obj, "source", "")
        assessment = assess_text(source)
        reason = ""
        if spec is not None and spec.premoderated:
            if is_premoderated(author):
                reason = HELD_NEW_MEMBER
            elif links_need_review(author, source):
                reason = HELD_LINK
        elif spec is not None and spec.hold_links and links_need_review(author, source):
            reason = HELD_LINK
        target = _review_target(obj)
        summary = crisis_summary(assessment) if assessment.is_crisis else None
        if reason:
            services.hold_for_review(
                target, author=author, reason=reason, crisis_phrase=summary, crisis_level=assessment.level
            )
            obj.is_approved = False
        elif summary:
            services.enqueue_crisis(target, author=author, phrase=summary, level=assessment.level)
        return _decision(reason=reason, assessment=assessment, who=author, held=bool(reason))

    def on_advice_posted(self, obj, *, author, evidence: str) -> None:
        """The writer posted obj anyway after the rule 2 reminder (forum/nudge.py): queue it, low priority."""
        from moderation import services

        services.note_advice(_review_target(obj), author=author, evidence=evidence)

    def hold_for_review(self, obj, *, author, reason: str) -> None:
        """Hold obj for a moderator for a reason its own app found (private-message mass messaging)."""
        from moderation import services

        services.hold_for_review(obj, author=author, reason=reason)
        obj.is_approved = False

    def on_edited(self, obj, *, editor, previous_source: str) -> Decision:
        """An edit: crisis language counts when the edit adds it (a higher level or a new category)."""
        from moderation import reviewables, services
        from moderation.crisis import assess_text, is_new_crisis

        spec = reviewables.kind_for(obj)
        source = spec.source_of(obj) if spec else getattr(obj, "source", "")
        new_source = getattr(obj, "source", source)
        assessment = assess_text(source)
        if assessment.is_crisis and not is_new_crisis(assessment, assess_text(previous_source or "")):
            assessment = None  # already reported when it was first written
        summary = crisis_summary(assessment) if assessment is not None and assessment.is_crisis else None
        level = assessment.level if summary else ""
        author = spec.author_of(obj) if spec else getattr(obj, "author", None)
        reason = ""
        if spec is not None and spec.premoderated and editor is not None and getattr(author, "pk", None) == editor.pk:
            if is_premoderated(editor):
                reason = HELD_NEW_MEMBER
            elif links_need_review(editor, new_source) and set(external_links(new_source)) - set(
                external_links(previous_source or "")
            ):
                reason = HELD_LINK
        still_new = not getattr(obj, "is_approved", True)
        if reason:
            services.hold_edit(
                obj, editor=editor, previous_source=previous_source, reason=reason, crisis_phrase=summary,
                crisis_level=level,
            )
        elif summary:
            services.enqueue_crisis(_review_target(obj), author=author, phrase=summary, level=level)
        # Content never approved stays held; an edit of approved content waits on its own.
        return _decision(
            reason=reason, assessment=assessment, who=editor, held=bool(reason) and still_new,
            edit_held=bool(reason) and not still_new,
        )
