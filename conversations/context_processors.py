"""Header counts: conversations with unread messages; for moderators, team conversations waiting."""

from accounts.permissions import can_moderate
from conversations.selectors import team_awaiting_count, unread_count


def messages_unread(request) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    context = {"messages_unread": unread_count(user)}
    if can_moderate(user):
        context["team_awaiting"] = team_awaiting_count()
    return context
