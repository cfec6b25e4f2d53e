"""The content policy forum/ and realtime/ call for new and edited content.

Placeholder until the moderation issue: everything is published, nothing is held.
"""

from dataclasses import dataclass


@dataclass
class Decision:
    held_for_review: bool = False
    crisis: bool = False
    reason: str = ""


class ContentPolicy:
    def on_created(self, obj, *, author) -> Decision:
        return Decision()

    def on_edited(self, obj, *, editor, previous_source: str) -> Decision:
        return Decision()
