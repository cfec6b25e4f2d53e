"""Header count for moderators and the crisis panel for the member who just wrote."""

from accounts.permissions import can_moderate
from moderation.crisis import crisis_lines_for
from moderation.services import pending_count


def review_queue(request) -> dict:
    """{"review_queue_count": n} for moderators (cached count); the crisis panel when flagged.

    Views that published content matching a crisis phrase set request.session["haven_crisis"];
    the panel is shown once, on the next page the member sees.
    """
    context = {}
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return context
    if can_moderate(user):
        context["review_queue_count"] = pending_count()
    session = getattr(request, "session", None)
    if session is not None and session.get("haven_crisis"):
        session.pop("haven_crisis", None)
        context["crisis_panel"] = True
        context["crisis_lines"] = crisis_lines_for(user.country)
    return context
