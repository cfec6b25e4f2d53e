"""Forum models: content (boards, topics, posts, revisions), engagement (reactions,
subscriptions, notifications, bookmarks) and care (reading preferences)."""

from forum.models.care import *  # noqa: F403
from forum.models.content import *  # noqa: F403
from forum.models.engagement import *  # noqa: F403
