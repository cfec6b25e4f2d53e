"""The content-policy hook: applies moderation/policy.py's rules to new and edited content.

Registered with reviewable.registry in moderation's ready(); forum, realtime and resources call
it through `registry.content_policy()` in the same transaction as their write, and read the
Decision it returns (held for review, crisis, crisis lines).
"""

from __future__ import annotations

from moderation import policy
from moderation.review_wait import median_approval_wait
from moderation.services.advice import note_advice
from moderation.services.holds import enqueue_crisis, hold_edit, hold_for_review
from reviewable import registry
from reviewable.registry import Decision

__all__ = ["ContentPolicy"]


class ContentPolicy:
    def on_created(self, obj, *, author, source: str | None = None) -> Decision:
        """New content. source: text written about obj elsewhere (a flag note), assessed instead."""
        verdict = policy.assess_new(obj, author=author, source=source)
        level = verdict.assessment.level if verdict.assessment is not None else ""
        if verdict.hold_reason:
            hold_for_review(
                verdict.target, author=author, reason=verdict.hold_reason, crisis_phrase=verdict.crisis_summary,
                crisis_level=level,
            )
            obj.is_approved = False
        elif verdict.is_crisis:
            enqueue_crisis(verdict.target, author=author, phrase=verdict.crisis_summary, level=level)
        return policy.decision_for(verdict, writer=author)

    def on_edited(self, obj, *, editor, previous_source: str) -> Decision:
        """An edit: crisis language counts when the edit adds it (a higher level or a new category)."""
        verdict = policy.assess_edit(obj, editor=editor, previous_source=previous_source)
        if verdict.hold_reason:
            hold_edit(
                obj, editor=editor, previous_source=previous_source, reason=verdict.hold_reason,
                crisis_phrase=verdict.crisis_summary, crisis_level=verdict.crisis_level,
            )
        elif verdict.is_crisis:
            enqueue_crisis(verdict.target, author=verdict.author, phrase=verdict.crisis_summary,
                           level=verdict.crisis_level)
        return policy.decision_for(verdict, writer=editor)

    def hold_for_review(self, obj, *, author, reason: str) -> None:
        """Hold obj for a moderator for a reason its own app found (private-message mass messaging)."""
        hold_for_review(obj, author=author, reason=reason)
        obj.is_approved = False

    def check_private(self, text: str, *, author) -> Decision:
        """Words nobody else may read (an "only me" journal note): the crisis panel's lines for the
        writer alone. Nothing is queued, stored, audited or announced."""
        return policy.decision_for(policy.assess_private(text, author=author), writer=author)

    def holds_new_posts_of(self, user) -> bool:
        """Whether user's new posts wait for a moderator (explained to them in the composer)."""
        return policy.is_premoderated(user)

    def typical_review_wait(self):
        """Median wait for approval of held content over 30 days (timedelta), None without enough data."""
        return median_approval_wait()

    def on_advice_posted(self, obj, *, author, evidence: str) -> None:
        """The writer posted obj anyway after the rule 2 reminder (forum/nudge.py): queue it, low priority."""
        spec = registry.kind_for(obj)
        note_advice(spec.review_target(obj) if spec else obj, author=author, evidence=evidence)
