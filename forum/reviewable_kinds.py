"""Posts and topics as reviewable kinds (reviewable/registry.py), registered in ForumConfig.ready().

A new topic is one queue item of kind "topic": the policy sees its opening post, whose
`review_target` is the topic. Hiding a topic hides its opening post (the topic follows it);
the queue's delete is a moderator's removal. Neither writes its own audit entry: the queue's
decision is the one entry for the action.
"""

from forum import permissions, selectors, services
from forum.models import Post, Topic
from reviewable import registry

# Forum posts and topics also take "needs a content note" (docs/care.md): low priority, no weight.
NEEDS_CONTENT_NOTE = registry.FlagReason(
    "note", "Needs a content note",
    help="It would help readers to have a content note, for example about self-harm or dose numbers.",
    low_priority=True,
)
FORUM_FLAG_REASONS = (*registry.GENERIC_FLAG_REASONS, NEEDS_CONTENT_NOTE)


def _post_hide(post: Post, *, hidden: bool, by) -> None:
    services.set_post_visibility(post, hidden=hidden)


def _post_delete(post: Post, *, by, reason: str) -> None:
    services.remove_post(post, by=by, reason=reason, audit=False)


def _post_review_target(post: Post):
    return post.topic if post.position == 0 else post


def _topic_html(topic: Topic) -> str:
    post = selectors.opening_post(topic)
    return post.html if post else ""


def _topic_source(topic: Topic) -> str:
    post = selectors.opening_post(topic)
    return f"{topic.title}\n\n{post.source if post else ''}"


def _topic_hide(topic: Topic, *, hidden: bool, by) -> None:
    post = selectors.opening_post(topic)
    if post is not None:
        _post_hide(post, hidden=hidden, by=by)


def _topic_delete(topic: Topic, *, by, reason: str) -> None:
    post = selectors.opening_post(topic)
    if post is not None:
        _post_delete(post, by=by, reason=reason)


def register() -> None:
    registry.register_kind(
        "post",
        Post,
        label="Post",
        title_of=lambda p: p.topic.title,
        board_of=lambda p: p.topic.board,
        hide=_post_hide,
        delete=_post_delete,
        premoderated=True,
        review_target=_post_review_target,
        can_view=permissions.can_view_post,
        flag_reasons=FORUM_FLAG_REASONS,
        related=("author", "topic", "topic__board"),
    )
    registry.register_kind(
        "topic",
        Topic,
        label="Topic",
        title_of=lambda t: t.title,
        html_of=_topic_html,
        source_of=_topic_source,
        board_of=lambda t: t.board,
        hide=_topic_hide,
        delete=_topic_delete,
        premoderated=True,
        can_view=permissions.can_view_topic,
        flag_reasons=FORUM_FLAG_REASONS,
        related=("author", "board"),
    )
