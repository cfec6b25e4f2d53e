from functools import cached_property

from forum.models import Subscription
from forum.selectors.engagement import unread_count
from reviewable import registry


class FollowedIds:
    """`{% if topic.pk in followed_topics %}`: asks the database only when a template checks,
    once per id, so pages without a follow button pay nothing. known: answers the view already
    has (the topic page reads the follow with the topic), which override this context processor."""

    def __init__(self, user, field: str, known: dict[int, bool] | None = None):
        self._user = user
        self._field = field
        self._known: dict[int, bool] = dict(known or {})

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
        "followed_topics": FollowedIds(user, "topic_id"),
        "followed_boards": FollowedIds(user, "board_id"),
    }


def _humanise(wait) -> str:
    minutes = wait.total_seconds() / 60
    if minutes < 90:
        return f"about {max(5, round(minutes / 5) * 5)} minutes"
    if minutes < 36 * 60:
        return f"about {round(minutes / 60)} hours"
    return f"about {round(minutes / 1440)} days"


class _FirstPostsWait:
    """`{% if first_posts_wait.applies %}`: whether the member's posts wait for a moderator, and
    `first_posts_wait.typical` ("about 40 minutes", or "" without enough data). Asks the content
    policy only when a template looks (docs/care.md)."""

    def __init__(self, user):
        self._user = user

    @cached_property
    def _policy(self):
        return registry.content_policy()

    @cached_property
    def applies(self) -> bool:
        hook = getattr(self._policy, "holds_new_posts_of", None)
        return bool(hook and hook(self._user))

    @cached_property
    def typical(self) -> str:
        hook = getattr(self._policy, "typical_review_wait", None)
        wait = hook() if hook else None
        return _humanise(wait) if wait is not None else ""


def care(request):
    """First-post review explanation for the composer (lazy: no work unless a page shows it)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"first_posts_wait": _FirstPostsWait(user)}
