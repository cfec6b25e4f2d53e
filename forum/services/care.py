"""Care around writing and reading: content notes, reading preferences, and posts sent anyway
after the "experience, not instructions" reminder (docs/care.md)."""

from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from accounts.permissions import is_staff_role
from accounts.services import record_audit, set_member_stage
from forum import permissions
from forum.cache import bump as bump_page_cache
from forum.models import Notification, Post, ReadingPreference, Topic
from forum.notes import NOTE_OTHER_MAX, clean_notes
from forum.nudge import AdviceCheck, check_advice
from forum.sanitize import clean_text
from forum.selectors.care import preference_cache_key
from forum.selectors.content import public_posts_q
from forum.services.engagement import notify
from live.events import publish_on_commit, topic_group
from reviewable import registry

__all__ = [
    "note_advice_if_any", "apply_content_notes", "set_content_notes", "set_reading_preference", "finish_welcome",
    "notify_welcomers",
]
WELCOMERS_MAX = 50


def note_advice_if_any(obj, *, author, body: str, previous: str = "") -> AdviceCheck:
    """Tell the content policy (a low-priority queue item) when body reads as medication
    instructions to someone else and previous (the text before an edit) did not. Never blocks."""
    check = check_advice(body)
    if check.is_instruction and not (previous and check_advice(previous).is_instruction):
        hook = getattr(registry.content_policy(), "on_advice_posted", None)
        if hook is not None:
            hook(obj, author=author, evidence=check.evidence)
    return check


def clean_note_other(text: str) -> str:
    return " ".join(clean_text(text or "").split())[:NOTE_OTHER_MAX]


def apply_content_notes(post: Post, topic: Topic, *, by, notes: Iterable[str], other: str, reason: str = "") -> bool:
    """Set post's notes (the caller holds the topic row lock); the topic copies its opening
    post's. A change by someone other than the author is audited. Returns whether anything changed."""
    notes, other = clean_notes(notes), clean_note_other(other)
    if notes == list(post.content_notes or []) and other == post.content_note_other:
        return False
    before = ", ".join([*post.content_notes, post.content_note_other]).strip(", ")
    post.content_notes, post.content_note_other = notes, other
    post.save(update_fields=["content_notes", "content_note_other"])
    if post.position == 0:
        topic.content_notes, topic.content_note_other = notes, other
        topic.save(update_fields=["content_notes", "content_note_other"])
    if by is not None and by.pk != post.author_id:
        record_audit(
            actor=by, action="forum.content_notes", target=post, target_user=post.author, reason=reason,
            before=before, after=", ".join([*notes, other]).strip(", "),
        )
    return True


def set_content_notes(post: Post, *, by, notes: Iterable[str], other: str = "", reason: str = "") -> Post:
    """Change the content notes on a post (its author, or a moderator on anyone's post)."""
    permissions.check_change_content_notes(by, post)
    with transaction.atomic():
        topic = Topic.objects.select_for_update(of=("self",)).select_related("board").get(pk=post.topic_id)
        post = Post.objects.select_for_update(of=("self",)).select_related("author").get(pk=post.pk)
        post.topic = topic
        if apply_content_notes(post, topic, by=by, notes=notes, other=other, reason=reason):
            bump_page_cache(topic=topic)
            if post.is_public and not post.is_removed:
                publish_on_commit(topic_group(topic.pk), "post.edited", {"topic_id": topic.pk, "post_id": post.pk})
    return post


def set_reading_preference(user, *, collapsed_notes: Iterable[str] | None = None,
                           is_welcomer: bool | None = None) -> ReadingPreference:
    """Save which notes the member collapses and whether they welcome newcomers."""
    with transaction.atomic():
        preference, _ = ReadingPreference.objects.select_for_update().get_or_create(user=user)
        if collapsed_notes is not None:
            preference.collapsed_notes = clean_notes(collapsed_notes)
        if is_welcomer is not None:
            preference.is_welcomer = is_welcomer
        preference.save()
        transaction.on_commit(lambda: cache.delete(preference_cache_key(user.pk)))
    cache.delete(preference_cache_key(user.pk))
    user.__dict__.pop("_haven_reading_preference", None)
    return preference


def finish_welcome(user, *, stage: str | None = None, collapsed_notes: Iterable[str] | None = None):
    """The first-week welcome, finished or skipped (None leaves a choice as it is)."""
    with transaction.atomic():
        if stage is not None and stage != user.stage:
            set_member_stage(user, stage=stage)
        preference = set_reading_preference(user, collapsed_notes=collapsed_notes)
        if preference.welcome_finished_at is None:
            preference.welcome_finished_at = timezone.now()
            preference.save(update_fields=["welcome_finished_at"])
    return preference


def notify_welcomers(post: Post) -> int:
    """Tell members who opted in as welcomers about a new member's first public post (precondition:
    post just became public; the author's posts are still held for review). Returns how many were told."""
    author = post.author
    holds = getattr(registry.content_policy(), "holds_new_posts_of", None)
    # Only a newcomer's first post, which a moderator has just approved, calls for a welcome.
    if is_staff_role(author) or holds is None or not holds(author) or Post.objects.filter(
        public_posts_q(), author=author, is_removed=False
    ).exclude(pk=post.pk).exists():
        return 0
    welcomers = (
        ReadingPreference.objects.filter(is_welcomer=True, user__is_active=True)
        .exclude(user=author).select_related("user")[:WELCOMERS_MAX]
    )
    text = (
        f"{author.username} has just made their first post, in \u201c{post.topic.title}\u201d. "
        "Would you like to welcome them?"
    )
    told = 0
    for preference in welcomers:
        if permissions.can_view_board(preference.user, post.topic.board):
            notify(preference.user, kind=Notification.SYSTEM, text=text, url=post.get_absolute_url(), actor=author,
                   post=post)
            told += 1
    return told
