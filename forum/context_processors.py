from forum.models import Subscription
from forum.selectors.engagement import unread_count


class _FollowedIds:
    """`{% if topic.pk in followed_topics %}`: asks the database only when a template checks,
    once per id, so pages without a follow button pay nothing."""

    def __init__(self, user, field: str):
        self._user = user
        self._field = field
        self._known: dict[int, bool] = {}

    def __contains__(self, pk) -> bool:
        if pk not in self._known:
            self._known[pk] = Subscription.objects.filter(user=self._user, **{self._field: pk}).exists()
        return self._known[pk]


def notifications(request):
    """Unread notification count for the header (one indexed count query for members)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "notifications_unread": unread_count(user),
        "followed_topics": _FollowedIds(user, "topic_id"),
        "followed_boards": _FollowedIds(user, "board_id"),
    }
