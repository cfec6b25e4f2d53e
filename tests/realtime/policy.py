"""A content policy for realtime tests: publishes everything unless a test says otherwise.

Keeps these tests about realtime, not about moderation's phrase lists.
"""

from moderation.policy import Decision


class StubPolicy:
    on_created_decision = None
    on_edited_decision = None
    # (object, evidence) for each message sent as it is after the rule 2 reminder.
    advice_posted: list = []

    def on_created(self, obj, *, author):
        return StubPolicy.on_created_decision or Decision()

    def on_edited(self, obj, *, editor, previous_source):
        return StubPolicy.on_edited_decision or Decision()

    def on_advice_posted(self, obj, *, author, evidence):
        StubPolicy.advice_posted.append((obj, evidence))
