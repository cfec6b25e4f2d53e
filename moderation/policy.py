"""The content policy forum/ and realtime/ call for new and edited content.

Placeholder until the moderation issue: everything is published, nothing is held.
"""

from dataclasses import dataclass, field


@dataclass
class Decision:
    held_for_review: bool = False
    crisis: bool = False
    reason: str = ""
    # (label, how to reach it) pairs for the author's country, filled when crisis is True.
    crisis_lines: list[tuple[str, str]] = field(default_factory=list)


class ContentPolicy:
    def on_created(self, obj, *, author) -> Decision:
        return Decision()

    def on_edited(self, obj, *, editor, previous_source: str) -> Decision:
        return Decision()
