"""Writes for boards, topics and posts.

Counters (see docs/forum.md): Topic.post_count counts the topic's public, non-removed posts;
Board.topic_count/post_count count public topics and their public, non-removed posts;
last_post points at the newest of those. New public posts bump counters with F() updates under
a row lock on the topic (select_for_update), which also serialises position numbers; removals
and visibility changes recompute from the posts. Lock order is always topic, then board.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Max, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.text import slugify

import forum.services
from accounts.services import record_audit
from forum import permissions
from forum.cache import bump as bump_page_cache
from forum.models import Board, Post, PostRevision, PostSubmission, Topic, TopicRead
from forum.sanitize import clean_text, has_forbidden_characters, mentioned_names, render_markdown
from live.events import publish_on_commit, topic_group

__all__ = [
    "TITLE_MAX",
    "BODY_MAX",
    "render_post_source",
    "create_topic",
    "create_post",
    "edit_post",
    "remove_post",
    "set_post_visibility",
    "set_topic_state",
    "move_topic",
    "split_topic",
    "refresh_counters",
    "mark_topic_read",
    "record_topic_view",
]

TITLE_MAX = 150
BODY_MAX = 30_000
FORBIDDEN_MESSAGE = "This contains invisible control characters. Please remove them or retype the text."
_MAX_MENTIONS = 30


def _policy():
    return import_string(settings.HAVEN_CONTENT_POLICY)()


def validate_title(title: str) -> str:
    if has_forbidden_characters(title):
        raise ValidationError({"title": FORBIDDEN_MESSAGE})
    title = clean_text(title).strip()
    if not title:
        raise ValidationError({"title": "Please give your topic a title."})
    if len(title) > TITLE_MAX:
        raise ValidationError({"title": f"Please keep the title to {TITLE_MAX} characters (it has {len(title)})."})
    return title


def validate_body(body: str) -> str:
    if has_forbidden_characters(body):
        raise ValidationError({"body": FORBIDDEN_MESSAGE})
    body = clean_text(body)
    if not body.strip():
        raise ValidationError({"body": "Please write something before posting."})
    if len(body) > BODY_MAX:
        raise ValidationError(
            {"body": f"Please keep a post to {BODY_MAX:,} characters (it has {len(body):,}). "
                     "You could split it in two."}
        )
    return body


def render_post_source(source: str) -> str:
    """Sanitised HTML for a post, with @mentions of existing members linked to their profiles."""
    names = mentioned_names(source)[:_MAX_MENTIONS]
    mentions: dict[str, str] = {}
    if names:
        query = Q()
        for name in names:
            query |= Q(username__iexact=name)
        for username in get_user_model().objects.filter(query, is_active=True).values_list("username", flat=True):
            mentions[username.lower()] = username
    return render_markdown(source, profile="post", mentions=mentions)


def _slug_for(title: str) -> str:
    return slugify(title)[:160].strip("-") or "topic"


def _submitted(author, token: str) -> Post | None:
    if not token:
        return None
    found = PostSubmission.objects.filter(author=author, token=token).select_related("post", "post__topic").first()
    return found.post if found else None


def _announce_created(post: Post) -> None:
    forum.services.notify_new_post(post)
    publish_on_commit(
        topic_group(post.topic_id),
        "post.created",
        {"topic_id": post.topic_id, "post_id": post.pk, "position": post.position},
    )


def create_topic(author, *, board: Board, title: str, body: str, token: str = "") -> Topic:
    """Start a topic with its opening post. The policy's Decision is on topic.policy_decision.

    With a form token, a repeated submission returns the first topic (topic.duplicate is True).
    """
    permissions.check_create_topic(author, board)
    title, body = validate_title(title), validate_body(body)
    try:
        with transaction.atomic():
            previous = _submitted(author, token)
            if previous is not None:
                previous.topic.duplicate = True
                previous.topic.policy_decision = None
                return previous.topic
            now = timezone.now()
            topic = Topic.objects.create(
                board=board, author=author, title=title, slug=_slug_for(title), created_at=now, last_post_at=now
            )
            post = Post.objects.create(
                topic=topic, author=author, position=0, source=body, html=render_post_source(body), created_at=now
            )
            if token:
                PostSubmission.objects.create(author=author, token=token, post=post)
            # The policy sees the opening post (position 0); the topic follows it.
            decision = _policy().on_created(post, author=author)
            if decision.held_for_review or not post.is_approved:
                post.is_approved = False
                post.save(update_fields=["is_approved"])
                topic.is_approved = False
                topic.save(update_fields=["is_approved"])
            else:
                topic.post_count, topic.last_post = 1, post
                topic.save(update_fields=["post_count", "last_post"])
                Board.objects.filter(pk=board.pk).update(
                    topic_count=F("topic_count") + 1, post_count=F("post_count") + 1, last_post=post
                )
                _announce_created(post)
    except IntegrityError:
        previous = _submitted(author, token)
        if previous is None:
            raise
        previous.topic.duplicate = True
        previous.topic.policy_decision = None
        return previous.topic
    topic.opening_post = post
    topic.policy_decision = decision
    topic.duplicate = False
    return topic


def create_post(author, *, topic: Topic, body: str, token: str = "") -> Post:
    """Reply to a topic. The policy's Decision is on post.policy_decision.

    With a form token, a repeated submission returns the first post (post.duplicate is True).
    """
    body = validate_body(body)
    try:
        with transaction.atomic():
            previous = _submitted(author, token)
            if previous is not None:
                previous.duplicate, previous.policy_decision = True, None
                return previous
            # The row lock serialises replies to one topic: positions and counters stay right.
            topic = Topic.objects.select_for_update(of=("self",)).select_related("board").get(pk=topic.pk)
            permissions.check_reply_to_topic(author, topic)
            position = (Post.objects.filter(topic=topic).aggregate(last=Max("position"))["last"] or 0) + 1
            post = Post.objects.create(
                topic=topic, author=author, position=position, source=body, html=render_post_source(body)
            )
            if token:
                PostSubmission.objects.create(author=author, token=token, post=post)
            decision = _policy().on_created(post, author=author)
            if decision.held_for_review or not post.is_approved:
                post.is_approved = False
                post.save(update_fields=["is_approved"])
            else:
                Topic.objects.filter(pk=topic.pk).update(
                    post_count=F("post_count") + 1, last_post=post, last_post_at=post.created_at
                )
                if topic.is_public:
                    Board.objects.filter(pk=topic.board_id).update(post_count=F("post_count") + 1, last_post=post)
                _announce_created(post)
    except IntegrityError:
        previous = _submitted(author, token)
        if previous is None:
            raise
        previous.duplicate, previous.policy_decision = True, None
        return previous
    post.topic = topic
    post.policy_decision = decision
    post.duplicate = False
    return post


def edit_post(post: Post, *, editor, body: str, note: str = "", title: str | None = None) -> Post:
    """Change a post's text, keeping the old text as a PostRevision. title renames the topic (opening post)."""
    permissions.check_edit_post(editor, post)
    body = validate_body(body)
    if title is not None:
        title = validate_title(title)
    with transaction.atomic():
        topic = Topic.objects.select_for_update(of=("self",)).select_related("board").get(pk=post.topic_id)
        post = Post.objects.select_for_update(of=("self",)).select_related("author").get(pk=post.pk)
        post.topic = topic
        title_changed = title is not None and post.position == 0 and title != topic.title
        if body == post.source and not title_changed:
            post.policy_decision = None
            return post
        previous_source = post.source
        PostRevision.objects.create(
            post=post, editor=editor, source=previous_source, html=post.html, note=clean_text(note)[:200]
        )
        post.source, post.html = body, render_post_source(body)
        post.edited_at, post.edit_count = timezone.now(), post.edit_count + 1
        post.save(update_fields=["source", "html", "edited_at", "edit_count"])
        if title_changed:
            topic.title, topic.slug = title, _slug_for(title)
            topic.save(update_fields=["title", "slug"])
        if editor.pk != post.author_id:
            record_audit(
                actor=editor, action="forum.edit_post", target=post, target_user=post.author,
                reason=note, before=previous_source[:2000], after=body[:2000],
            )
        was_public = post.is_public
        decision = _policy().on_edited(post, editor=editor, previous_source=previous_source)
        if decision.held_for_review or not post.is_approved:
            post.is_approved = False
            post.save(update_fields=["is_approved"])
            _apply_visibility(post, topic, was_public=was_public, was_approved=True)
        elif post.is_public and not post.is_removed:
            publish_on_commit(topic_group(topic.pk), "post.edited", {"topic_id": topic.pk, "post_id": post.pk})
        bump_page_cache(topic=topic)  # edits leave the counters alone: signed-out pages re-render after commit
    post.policy_decision = decision
    return post


def remove_post(post: Post, *, by, reason: str = "") -> Post:
    """Soft-delete a post: it stays in place as "removed by author" or "removed by a moderator"."""
    permissions.check_remove_post(by, post)
    with transaction.atomic():
        topic = Topic.objects.select_for_update(of=("self",)).select_related("board").get(pk=post.topic_id)
        post = Post.objects.select_for_update(of=("self",)).select_related("author").get(pk=post.pk)
        post.topic = topic
        post.is_removed, post.removed_at, post.removed_by = True, timezone.now(), by
        post.save(update_fields=["is_removed", "removed_at", "removed_by"])
        if by.pk != post.author_id:
            record_audit(actor=by, action="forum.remove_post", target=post, target_user=post.author, reason=reason)
        if post.position == 0 and not Post.objects.filter(
            topic=topic, is_removed=False, is_approved=True, is_hidden=False
        ).exists():
            topic.is_removed = True
            topic.save(update_fields=["is_removed"])
        refresh_counters(topic=topic)
        if post.is_public:
            publish_on_commit(topic_group(topic.pk), "post.removed", {"topic_id": topic.pk, "post_id": post.pk})
    return post


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
        _apply_visibility(post, topic, was_public=was_public, was_approved=was_approved)
    return post


def _apply_visibility(post: Post, topic: Topic, *, was_public: bool, was_approved: bool) -> None:
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
        _announce_created(post)
    else:
        # Shown again after being hidden: readers who have the page open refresh it in place.
        publish_on_commit(topic_group(topic.pk), "post.edited", event)


def set_topic_state(topic: Topic, *, by, pinned: bool | None = None, locked: bool | None = None) -> Topic:
    permissions.check_change_topic_state(by, topic)
    with transaction.atomic():
        topic = Topic.objects.select_for_update(of=("self",)).select_related("board").get(pk=topic.pk)
        changes = []
        if pinned is not None and pinned != topic.is_pinned:
            topic.is_pinned = pinned
            changes.append("forum.pin_topic" if pinned else "forum.unpin_topic")
        if locked is not None and locked != topic.is_locked:
            topic.is_locked = locked
            changes.append("forum.lock_topic" if locked else "forum.unlock_topic")
        if changes:
            topic.save(update_fields=["is_pinned", "is_locked"])
            for action in changes:
                record_audit(actor=by, action=action, target=topic, target_user=topic.author)
            bump_page_cache(topic=topic)
    return topic


def move_topic(topic: Topic, *, board: Board, by) -> Topic:
    permissions.check_change_topic_state(by, topic)
    with transaction.atomic():
        topic = Topic.objects.select_for_update(of=("self",)).select_related("board").get(pk=topic.pk)
        old_board = topic.board
        if old_board.pk == board.pk:
            return topic
        topic.board = board
        topic.save(update_fields=["board"])
        record_audit(
            actor=by, action="forum.move_topic", target=topic, target_user=topic.author,
            before=old_board.name, after=board.name,
        )
        refresh_counters(board=old_board)
        refresh_counters(board=board)
    return topic


def split_topic(topic: Topic, *, post_ids: list[int], title: str, by) -> Topic:
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
            board=topic.board, author=first.author, title=title, slug=_slug_for(title),
            created_at=first.created_at, last_post_at=first.created_at,
            is_approved=first.is_approved, is_hidden=first.is_hidden,
        )
        for position, post in enumerate(posts):
            Post.objects.filter(pk=post.pk).update(topic=new_topic, position=position)
        record_audit(
            actor=by, action="forum.split_topic", target=new_topic, target_user=first.author,
            before=f"topic {topic.pk}", after=f"{len(posts)} posts",
        )
        refresh_counters(topic=topic)
        refresh_counters(topic=new_topic)
        for post in posts:
            if post.is_public and not post.is_removed:
                publish_on_commit(topic_group(topic.pk), "post.removed", {"topic_id": topic.pk, "post_id": post.pk})
    return new_topic


def refresh_counters(topic: Topic | None = None, board: Board | None = None) -> None:
    """Recompute counters and last posts from the posts: for one topic and its board, for all
    topics of a board and the board, or (no arguments) for everything."""
    with transaction.atomic():
        if topic is not None:
            topics = Topic.objects.filter(pk=topic.pk)
            boards = Board.objects.filter(pk=topic.board_id)
        elif board is not None:
            topics = Topic.objects.filter(board=board)
            boards = Board.objects.filter(pk=board.pk)
        else:
            topics, boards = Topic.objects.all(), Board.objects.all()
        # Lock the boards first: the recount below then sees every reply committed before it.
        list(boards.order_by("pk").select_for_update().values_list("pk", flat=True))
        live = Post.objects.filter(topic=OuterRef("pk"), is_approved=True, is_hidden=False, is_removed=False)
        newest = live.order_by("-position")
        topics.update(
            post_count=Coalesce(Subquery(live.values("topic").annotate(n=Count("pk")).values("n")[:1]), 0),
            last_post=Subquery(newest.values("pk")[:1]),
            last_post_at=Coalesce(Subquery(newest.values("created_at")[:1]), F("created_at")),
        )
        public = Topic.objects.filter(board=OuterRef("pk"), is_approved=True, is_hidden=False, is_removed=False)
        boards.update(
            topic_count=Coalesce(Subquery(public.values("board").annotate(n=Count("pk")).values("n")[:1]), 0),
            post_count=Coalesce(Subquery(public.values("board").annotate(n=Sum("post_count")).values("n")[:1]), 0),
            last_post=Subquery(
                public.filter(last_post__isnull=False).order_by("-last_post_at", "-id").values("last_post")[:1]
            ),
        )
    if topic is not None:
        topic.refresh_from_db(fields=["post_count", "last_post", "last_post_at"])


_UNKNOWN = object()


def mark_topic_read(user, *, topic: Topic, position: int, known_position=_UNKNOWN) -> None:
    """Remember that user has read topic up to position (never moves backwards).

    known_position: the member's stored position if the caller has just read it (None when
    there is no row yet), which saves a query on every topic page view.
    """
    if not getattr(user, "is_authenticated", False):
        return
    if known_position is not _UNKNOWN and known_position is not None and known_position >= position:
        return
    now = timezone.now()
    if known_position is _UNKNOWN or known_position is not None:
        updated = TopicRead.objects.filter(user=user, topic=topic, last_read_position__lt=position).update(
            last_read_position=position, updated_at=now
        )
        if updated or known_position is not _UNKNOWN:
            return
    # No row yet (or unknown): insert, and let a concurrent insert by another tab win quietly.
    TopicRead.objects.bulk_create(
        [TopicRead(user=user, topic=topic, last_read_position=position, updated_at=now)], ignore_conflicts=True
    )


def record_topic_view(topic: Topic) -> None:
    Topic.objects.filter(pk=topic.pk).update(view_count=F("view_count") + 1)
