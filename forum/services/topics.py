"""Topic tools for moderators: pin, lock, move and split.

Each action writes exactly one audit entry (forum.pin_topic, forum.lock_topic, forum.move_topic,
forum.split_topic, ...), with the moderator's reason when one is given. The review queue calls
these same services: there is one route per action, and one audit row.
"""

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.services import record_audit
from forum import permissions
from forum.cache import bump as bump_page_cache
from forum.models import Board, Post, Topic
from forum.services.content import slug_for, validate_title
from forum.services.counters import refresh_counters
from live.events import publish_on_commit, topic_group

__all__ = ["set_topic_state", "move_topic", "split_topic"]


def set_topic_state(
    topic: Topic, *, by, pinned: bool | None = None, locked: bool | None = None, reason: str = ""
) -> Topic:
    """Pin/unpin and lock/unlock: one audit entry per change made."""
    permissions.check_change_topic_state(by, topic)
    with transaction.atomic():
        topic = Topic.objects.select_for_update(of=("self",)).select_related("board").get(pk=topic.pk)
        changes = []  # (action, before, after)
        if pinned is not None and pinned != topic.is_pinned:
            topic.is_pinned = pinned
            changes.append(("forum.pin_topic" if pinned else "forum.unpin_topic", "", ""))
        if locked is not None and locked != topic.is_locked:
            topic.is_locked = locked
            state = ("open", "locked") if locked else ("locked", "open")
            changes.append(("forum.lock_topic" if locked else "forum.unlock_topic", *state))
        if changes:
            topic.save(update_fields=["is_pinned", "is_locked"])
            for action, before, after in changes:
                record_audit(
                    actor=by, action=action, target=topic, target_user=topic.author,
                    reason=reason, before=before, after=after,
                )
            bump_page_cache(topic=topic)
    return topic


def move_topic(topic: Topic, *, board: Board, by, reason: str = "") -> Topic:
    permissions.check_change_topic_state(by, topic)
    with transaction.atomic():
        topic = Topic.objects.select_for_update(of=("self",)).select_related("board").get(pk=topic.pk)
        old_board = topic.board
        if old_board.pk == board.pk:
            return topic
        topic.board = board
        topic.save(update_fields=["board"])
        record_audit(
            actor=by, action="forum.move_topic", target=topic, target_user=topic.author, reason=reason,
            before=old_board.name, after=board.name,
        )
        refresh_counters(board=old_board)
        refresh_counters(board=board)
    return topic


def split_topic(topic: Topic, *, post_ids: list[int], title: str, by, reason: str = "") -> Topic:
    """Move some replies into a new topic on the same board (their order kept)."""
    permissions.check_change_topic_state(by, topic)
    title = validate_title(title)
    with transaction.atomic():
        topic = Topic.objects.select_for_update(of=("self",)).select_related("board").get(pk=topic.pk)
        posts = list(Post.objects.filter(topic=topic, pk__in=post_ids).order_by("position"))
        if not posts:
            raise ValidationError("Choose at least one reply to move.")
        if posts[0].position == 0:
            raise ValidationError("The opening post stays with its topic; choose replies only.")
        first = posts[0]
        new_topic = Topic.objects.create(
            board=topic.board, author=first.author, title=title, slug=slug_for(title),
            created_at=first.created_at, last_post_at=first.created_at,
            is_approved=first.is_approved, is_hidden=first.is_hidden,
        )
        for position, post in enumerate(posts):
            Post.objects.filter(pk=post.pk).update(topic=new_topic, position=position)
        record_audit(
            actor=by, action="forum.split_topic", target=new_topic, target_user=first.author, reason=reason,
            before=f"{topic.title} (topic {topic.pk})", after=f"{len(posts)} posts",
        )
        refresh_counters(topic=topic)
        refresh_counters(topic=new_topic)
        for post in posts:
            if post.is_public and not post.is_removed:
                publish_on_commit(topic_group(topic.pk), "post.removed", {"topic_id": topic.pk, "post_id": post.pk})
    return new_topic
