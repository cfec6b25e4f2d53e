"""Care around writing: posts sent anyway after the "experience, not instructions" reminder."""

from django.conf import settings
from django.utils.module_loading import import_string

from forum.nudge import AdviceCheck, check_advice

__all__ = ["note_advice_if_any"]


def note_advice_if_any(obj, *, author, body: str, previous: str = "") -> AdviceCheck:
    """Tell the content policy (a low-priority queue item) when body reads as medication
    instructions to someone else and previous (the text before an edit) did not. Never blocks."""
    check = check_advice(body)
    if check.is_instruction and not (previous and check_advice(previous).is_instruction):
        hook = getattr(import_string(settings.HAVEN_CONTENT_POLICY)(), "on_advice_posted", None)
        if hook is not None:
            hook(obj, author=author, evidence=check.evidence)
    return check
