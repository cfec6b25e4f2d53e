"""Publishing a post, and the one place that changes is_approved / is_hidden after creation.

A post becoming public is announced once (followers, mentions, live readers); a post leaving
public view is withdrawn from live readers; counters are recomputed in the same transaction.
"""

from django.db import transaction

from forum.models import Post, Topic
from forum.services.care import notify_welcomers
from forum.services.counters import refresh_counters
from forum.services.engagement import ensure_following
from forum.services.fanout import enqueue_on_commit, notify_new_post_task
from live.events import publish_on_commit, topic_group

__all__ = ["set_post_visibility"]


def announce_created(post: Post) -> None:
    # The author follows at once; telling followers, mentioned and quoted members may reach
    # thousands, so it runs on the task queue after this transaction commits (docs/engagement.md).
    ensure_following(post.author, post.topic)
    enqueue_on_commit(notify_new_post_task, post.pk)
    notify_welcomers(post)
    publish_on_commit(
        topic_group(post.topic_id),
        "post.created",
        {"topic_id": post.topic_id, "post_id": post.pk, "position": post.position},
    )


def set_post_visibility(post: Post, *, approved: bool | None = None, hidden: bool | None = None) -> Post:
    """The one place that changes is_approved / is_hidden after creation (moderation calls it)."""
    with transaction.atomic():
        topic = Topic.objects.select_for_update(of=("self",)).select_related("board").get(pk=post.topic_id)
        post = Post.objects.select_for_update(of=("self",)).select_related("author").get(pk=post.pk)
        post.topic = topic
        was_public, was_approved = post.is_public, post.is_approved
        if approved is not None:
            post.is_approved = approved
        if hidden is not None:
            post.is_hidden = hidden
        post.save(update_fields=["is_approved", "is_hidden"])
        apply_visibility(post, topic, was_public=was_public, was_approved=was_approved)
    return post


def apply_visibility(post: Post, topic: Topic, *, was_public: bool, was_approved: bool) -> None:
    """After a post's visibility changed (topic row locked): topic follows its opening post,
    counters are recomputed, and live readers hear about it."""
    if post.position == 0 and (topic.is_approved, topic.is_hidden) != (post.is_approved, post.is_hidden):
        topic.is_approved, topic.is_hidden = post.is_approved, post.is_hidden
        topic.save(update_fields=["is_approved", "is_hidden"])
    refresh_counters(topic=topic)
    if post.is_public == was_public or post.is_removed:
        return
    event = {"topic_id": topic.pk, "post_id": post.pk}
    if not post.is_public:
        publish_on_commit(topic_group(topic.pk), "post.removed", event)
    elif not was_approved:
        # Public for the first time: followers and mentioned members hear about it now.
        announce_created(post)
    else:
        # Shown again after being hidden: readers who have the page open refresh it in place.
        publish_on_commit(topic_group(topic.pk), "post.edited", event)
