"""Writing topics and posts: start a topic, reply, edit, remove.

Counters (see docs/forum.md and forum/services/counters.py): new public posts bump counters with
F() updates under a row lock on the topic (select_for_update), which also serialises position
numbers; removals and visibility changes recompute from the posts (refresh_counters). Lock order
is always topic, then board. Visibility changes after creation: forum/services/visibility.py;
topic tools (pin, lock, move, split): forum/services/topics.py.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Max, Q
from django.utils import timezone
from django.utils.text import slugify

from accounts.services import record_audit
from forum import permissions
from forum.cache import bump as bump_page_cache
from forum.models import Board, Post, PostRevision, PostSubmission, Topic
from forum.notes import clean_notes
from forum.sanitize import (
    MAX_MENTIONS,
    check_visible,
    clean_text,
    has_forbidden_characters,
    mentioned_names,
    render_markdown,
)
from forum.selectors.content import public_posts_q
from forum.services.care import apply_content_notes, clean_note_other, note_advice_if_any
from forum.services.counters import refresh_counters
from forum.services.drafts import close_draft
from forum.services.visibility import announce_created, apply_visibility
from live.events import publish_on_commit, topic_group
from reviewable import registry

__all__ = [
    "TITLE_MAX",
    "BODY_MAX",
    "render_post_source",
    "create_topic",
    "create_post",
    "edit_post",
    "remove_post",
]

TITLE_MAX = 150
BODY_MAX = 30_000
FORBIDDEN_MESSAGE = "This contains invisible control characters. Please remove them or retype the text."
# Candidate names looked up per post (a name may be offered twice: "@river." and "@river").
_MENTION_LOOKUPS = 2 * MAX_MENTIONS
# Identical text posted twice within this many seconds is one post (a double submit or a retry).
DUPLICATE_SECONDS = 60


def validate_title(title: str) -> str:
    if has_forbidden_characters(title):
        raise ValidationError({"title": FORBIDDEN_MESSAGE})
    title = " ".join(clean_text(title).split())  # one line: titles become e-mail subjects and headings
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
    try:
        check_visible(render_markdown(body, profile="post"))
    except ValidationError as error:
        raise ValidationError({"body": error.messages}) from error
    return body


def render_post_source(source: str) -> str:
    """Sanitised HTML for a post, with @mentions of existing members linked to their profiles
    (the first MAX_MENTIONS members named; notifications go to exactly the members linked)."""
    names = mentioned_names(source)[:_MENTION_LOOKUPS]
    mentions: dict[str, str] = {}
    if names:
        query = Q()
        for name in names:
            query |= Q(username__iexact=name)
        found = get_user_model().objects.filter(query, is_active=True).values_list("username", flat=True)
        by_name = {username.lower(): username for username in found}
        for name in names:  # in the order they were written
            if len(mentions) < MAX_MENTIONS and name.lower() in by_name:
                mentions[name.lower()] = by_name[name.lower()]
    return render_markdown(source, profile="post", mentions=mentions)


def slug_for(title: str) -> str:
    return slugify(title)[:160].strip("-") or "topic"


def _submitted(author, token: str, *, body: str = "", topic: Topic | None = None, title: str = "") -> Post | None:
    """The post this submission repeats: the same form token, or (with body) the same text by the
    same author within DUPLICATE_SECONDS (in the same topic; for a topic, the same title and text)."""
    found = token and PostSubmission.objects.filter(author=author, token=token).select_related("post__topic").first()
    if found or not body:
        return found.post if found else None
    since = timezone.now() - timedelta(seconds=DUPLICATE_SECONDS)
    recent = Post.objects.filter(author=author, source=body, is_removed=False, created_at__gte=since)
    recent = recent.filter(topic=topic) if topic is not None else recent.filter(position=0, topic__title=title)
    return recent.select_related("topic").order_by("-created_at").first()


def create_topic(
    author, *, board: Board, title: str, body: str, token: str = "", merge_repeats: bool = False,
    notes=(), note_other: str = "",
) -> Topic:
    """Start a topic with its opening post. The policy's Decision is on topic.policy_decision.

    notes, note_other: content notes (forum/notes.py) on the opening post, copied to the topic.

    With a form token, a repeated submission returns the first topic (topic.duplicate is True);
    with merge_repeats (the pages), so does the same title and text within DUPLICATE_SECONDS.
    """
    permissions.check_create_topic(author, board)
    title, body = validate_title(title), validate_body(body)
    try:
        with transaction.atomic():
            previous = _submitted(author, token, body=body if merge_repeats else "", title=title)
            if previous is not None:
                previous.topic.duplicate = True
                previous.topic.policy_decision = None
                return previous.topic
            now = timezone.now()
            notes, note_other = clean_notes(notes), clean_note_other(note_other)
            topic = Topic.objects.create(
                board=board, author=author, title=title, slug=slug_for(title), created_at=now, last_post_at=now,
                content_notes=notes, content_note_other=note_other,
            )
            post = Post.objects.create(
                topic=topic, author=author, position=0, source=body, html=render_post_source(body), created_at=now,
                content_notes=notes, content_note_other=note_other,
            )
            if token:
                PostSubmission.objects.create(author=author, token=token, post=post)
            # The policy sees the opening post (position 0); the topic follows it.
            decision = registry.content_policy().on_created(post, author=author)
            note_advice_if_any(post, author=author, body=body)
            close_draft(author, composer="topic", target_id=board.pk)
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
                announce_created(post)
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


def create_post(
    author, *, topic: Topic, body: str, token: str = "", merge_repeats: bool = False, notes=(), note_other: str = ""
) -> Post:
    """Reply to a topic, with optional content notes. The policy's Decision is on post.policy_decision.

    With a form token, a repeated submission returns the first post (post.duplicate is True);
    with merge_repeats (the pages), so does the same text within DUPLICATE_SECONDS.
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
            previous = _submitted(author, "", body=body, topic=topic) if merge_repeats else None
            if previous is not None:
                previous.duplicate, previous.policy_decision = True, None
                return previous
            position = (Post.objects.filter(topic=topic).aggregate(last=Max("position"))["last"] or 0) + 1
            post = Post.objects.create(
                topic=topic, author=author, position=position, source=body, html=render_post_source(body),
                content_notes=clean_notes(notes), content_note_other=clean_note_other(note_other),
            )
            if token:
                PostSubmission.objects.create(author=author, token=token, post=post)
            decision = registry.content_policy().on_created(post, author=author)
            note_advice_if_any(post, author=author, body=body)
            close_draft(author, composer="reply", target_id=topic.pk)
            if decision.held_for_review or not post.is_approved:
                post.is_approved = False
                post.save(update_fields=["is_approved"])
            else:
                Topic.objects.filter(pk=topic.pk).update(
                    post_count=F("post_count") + 1, last_post=post, last_post_at=post.created_at
                )
                if topic.is_public:
                    Board.objects.filter(pk=topic.board_id).update(post_count=F("post_count") + 1, last_post=post)
                announce_created(post)
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


def _settle_title(topic: Topic, *, editor, previous_title: str) -> None:
    """A renamed topic goes through the content policy like the text: a held title edit keeps the
    approved title public (the policy puts it back and queues the new one); otherwise the slug follows."""
    decision = registry.content_policy().on_edited(topic, editor=editor, previous_source=previous_title)
    if not (getattr(decision, "edit_held", False) or decision.held_for_review):
        topic.slug = slug_for(topic.title)
        topic.save(update_fields=["slug"])
    else:
        topic.refresh_from_db(fields=["title", "slug"])


def edit_post(
    post: Post, *, editor, body: str, note: str = "", title: str | None = None, audit: bool = True,
    notes=None, note_other: str = "",
) -> Post:
    """Change a post's text, keeping the old text as a PostRevision. title renames the topic (opening post).

    notes (not None): the post's content notes and free note change too (forum.services.care).

    An edit by someone other than the author is audited (forum.edit_post) unless audit=False:
    the review queue passes that, because its own decision (moderation.edit) is the one entry.
    """
    permissions.check_edit_post(editor, post)
    body = validate_body(body)
    if title is not None:
        title = validate_title(title)
    with transaction.atomic():
        topic = Topic.objects.select_for_update(of=("self",)).select_related("board").get(pk=post.topic_id)
        post = Post.objects.select_for_update(of=("self",)).select_related("author").get(pk=post.pk)
        post.topic = topic
        title_changed = title is not None and post.position == 0 and title != topic.title
        notes_changed = notes is not None and apply_content_notes(
            post, topic, by=editor, notes=notes, other=note_other
        )
        if body == post.source and not title_changed:
            close_draft(editor, composer="edit", target_id=post.pk)
            post.policy_decision = None
            if notes_changed:
                bump_page_cache(topic=topic)
            return post
        previous_source = post.source
        PostRevision.objects.create(
            post=post, editor=editor, source=previous_source, html=post.html, note=clean_text(note)[:200]
        )
        post.source, post.html = body, render_post_source(body)
        post.edited_at, post.edit_count = timezone.now(), post.edit_count + 1
        post.save(update_fields=["source", "html", "edited_at", "edit_count"])
        if title_changed:  # the slug follows once the new title is public (see _settle_title)
            previous_title, topic.title = topic.title, title
            topic.save(update_fields=["title"])
        if audit and editor.pk != post.author_id:
            record_audit(
                actor=editor, action="forum.edit_post", target=post, target_user=post.author,
                reason=note, before=previous_source[:2000], after=body[:2000],
            )
        was_public = post.is_public
        decision = registry.content_policy().on_edited(post, editor=editor, previous_source=previous_source)
        note_advice_if_any(post, author=editor, body=body, previous=previous_source)
        close_draft(editor, composer="edit", target_id=post.pk)
        if title_changed:
            _settle_title(topic, editor=editor, previous_title=previous_title)
        if decision.held_for_review or not post.is_approved:
            post.is_approved = False
            post.save(update_fields=["is_approved"])
            apply_visibility(post, topic, was_public=was_public, was_approved=True)
        elif post.is_public and not post.is_removed:
            publish_on_commit(topic_group(topic.pk), "post.edited", {"topic_id": topic.pk, "post_id": post.pk})
        bump_page_cache(topic=topic)  # edits leave the counters alone: signed-out pages re-render after commit
    post.policy_decision = decision
    return post


def remove_post(post: Post, *, by, reason: str = "", audit: bool = True) -> Post:
    """Soft-delete a post: it stays in place as "removed by author" or "removed by a moderator".

    Removal by someone other than the author is audited (forum.remove_post) unless audit=False
    (the review queue's decision writes the one entry for its action).
    """
    permissions.check_remove_post(by, post)
    with transaction.atomic():
        topic = Topic.objects.select_for_update(of=("self",)).select_related("board").get(pk=post.topic_id)
        post = Post.objects.select_for_update(of=("self",)).select_related("author").get(pk=post.pk)
        post.topic = topic
        post.is_removed, post.removed_at, post.removed_by = True, timezone.now(), by
        post.save(update_fields=["is_removed", "removed_at", "removed_by"])
        if audit and by.pk != post.author_id:
            record_audit(actor=by, action="forum.remove_post", target=post, target_user=post.author, reason=reason)
        if post.position == 0 and not Post.objects.filter(public_posts_q(), topic=topic, is_removed=False).exists():
            topic.is_removed = True
            topic.save(update_fields=["is_removed"])
        refresh_counters(topic=topic)
        if post.is_public:
            publish_on_commit(topic_group(topic.pk), "post.removed", {"topic_id": topic.pk, "post_id": post.pk})
    return post


