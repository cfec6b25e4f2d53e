"""Forum models: content (boards, topics, posts, revisions) and engagement (reactions,
subscriptions, notifications, bookmarks)."""

from forum.models.content import *  # noqa: F403
from forum.models.engagement import *  # noqa: F403
