"""Boards, topics and posts.

Visibility of a topic or post to the public is `is_approved and not is_hidden`:
- is_approved: False while held for review by pre-moderation (django-moderation's
  visibility column) or after a moderator rejected it.
- is_hidden: True when hidden by member flags or by a moderator.
- is_removed: soft-deleted; shown as "removed by author" or "removed by a moderator".
Authors always see their own held posts (marked "awaiting review"); moderators see all.
Counters on Board and Topic count public, non-removed content only and are kept by
forum.services.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from forum.notes import labels_for

__all__ = ["BoardGroup", "Board", "Topic", "Post", "PostRevision", "TopicRead", "PostSubmission"]


class BoardGroup(models.Model):
    """A withdrawal stage grouping boards on the home page (e.g. "After stopping")."""

    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=80, unique=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return self.name


class Board(models.Model):
    group = models.ForeignKey(BoardGroup, on_delete=models.PROTECT, related_name="boards", null=True, blank=True)
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    position = models.PositiveIntegerField(default=0)
    is_public = models.BooleanField(
        default=False, help_text="Public boards are readable by anyone and indexed; others are members-only."
    )
    topic_count = models.PositiveIntegerField(default=0)
    post_count = models.PositiveIntegerField(default=0)
    last_post = models.ForeignKey(
        "Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", db_constraint=False
    )
    legacy_id = models.BigIntegerField(null=True, blank=True, unique=True)

    class Meta:
        ordering = ["group__position", "position", "id"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("forum:board", args=[self.slug])


class Topic(models.Model):
    board = models.ForeignKey(Board, on_delete=models.PROTECT, related_name="topics")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="topics")
    title = models.CharField(max_length=150)
    slug = models.SlugField(max_length=160, allow_unicode=False)
    created_at = models.DateTimeField(default=timezone.now)
    last_post_at = models.DateTimeField(default=timezone.now)
    last_post = models.ForeignKey(
        "Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", db_constraint=False
    )
    # Public, non-removed posts including the opening post; replies = post_count - 1.
    post_count = models.PositiveIntegerField(default=0)
    view_count = models.PositiveIntegerField(default=0)
    is_pinned = models.BooleanField(default=False)
    is_locked = models.BooleanField(default=False)
    is_approved = models.BooleanField(default=True)
    is_hidden = models.BooleanField(default=False)
    is_removed = models.BooleanField(default=False)
    # The opening post's content notes (forum/notes.py), copied here for board lists.
    content_notes = models.JSONField(default=list, blank=True)
    content_note_other = models.CharField(max_length=60, blank=True)
    legacy_id = models.BigIntegerField(null=True, blank=True, unique=True)

    class Meta:
        indexes = [
            models.Index(fields=["board", "-is_pinned", "-last_post_at"], name="forum_topic_board_listing"),
            models.Index(fields=["author", "-created_at"], name="forum_topic_author_recent"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("forum:topic", args=[self.pk, self.slug])

    @property
    def reply_count(self) -> int:
        return max(self.post_count - 1, 0)

    @property
    def is_public(self) -> bool:
        return self.is_approved and not self.is_hidden and not self.is_removed

    @property
    def content_note_labels(self) -> list[str]:
        return labels_for(self.content_notes, self.content_note_other)


class Post(models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="posts")
    # Order within the topic (0 = opening post); assigned at creation, never reused.
    position = models.PositiveIntegerField()
    source = models.TextField(help_text="What the member typed (Markdown).")
    html = models.TextField(help_text="Sanitised HTML rendered from source by forum.sanitize.")
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    edit_count = models.PositiveIntegerField(default=0)
    is_approved = models.BooleanField(default=True)
    is_hidden = models.BooleanField(default=False)
    is_removed = models.BooleanField(default=False)
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Codes from forum.notes.NOTES chosen by the writer (or a moderator), plus one free note.
    content_notes = models.JSONField(default=list, blank=True)
    content_note_other = models.CharField(max_length=60, blank=True)
    legacy_id = models.BigIntegerField(null=True, blank=True, unique=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["topic", "position"], name="forum_post_unique_position"),
        ]
        indexes = [
            models.Index(fields=["author", "-created_at"], name="forum_post_author_recent"),
            # Topic pages count and slice the posts a viewer may see from this index alone (an
            # index-only scan on PostgreSQL; other databases ignore the included columns).
            models.Index(
                fields=["topic", "position"],
                include=["id", "is_approved", "is_hidden", "author"],
                name="forum_post_topic_page",
            ),
        ]

    def __str__(self):
        return f"Post {self.pk} in {self.topic_id}"

    def get_absolute_url(self):
        return reverse("forum:post", args=[self.pk])

    @property
    def is_public(self) -> bool:
        return self.is_approved and not self.is_hidden

    @property
    def content_note_labels(self) -> list[str]:
        return labels_for(self.content_notes, self.content_note_other)

    @property
    def removed_by_author(self) -> bool:
        return self.is_removed and self.removed_by_id == self.author_id


class PostRevision(models.Model):
    """The text of a post before one edit; viewable by the author and moderators."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    source = models.TextField()
    html = models.TextField()
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Revision of post {self.post_id} at {self.created_at:%Y-%m-%d %H:%M}"


class TopicRead(models.Model):
    """How far a member has read a topic (the highest post position they have seen)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="topic_reads")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="reads")
    last_read_position = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "topic"], name="forum_topicread_unique")]

    def __str__(self):
        return f"{self.user_id} read {self.topic_id} to {self.last_read_position}"


class PostSubmission(models.Model):
    """A composer's one-time token and the post it created, so a double submit posts once."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=64)
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["author", "token"], name="forum_submission_unique")]

    def __str__(self):
        return f"{self.author_id}:{self.token}"
