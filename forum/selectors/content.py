"""Reads for boards, topics and posts, always for a viewer.

Every page-level selector runs a fixed number of queries whatever the data size: lists are
sliced in the database, author badges come from one prefetch ("author__groups"), and deep topic
pages slice by the (topic, position) unique index.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.paginator import Page, Paginator
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.shortcuts import get_object_or_404

from accounts.permissions import can_moderate
from forum import permissions
from forum.models import Board, BoardGroup, Post, PostRevision, Subscription, Topic, TopicRead

__all__ = [
    "TOPICS_PER_PAGE",
    "POSTS_PER_PAGE",
    "POSTS_AFTER_LIMIT",
    "public_posts_q",
    "public_topics_q",
    "visible_boards",
    "home_groups",
    "board_for_viewer",
    "visible_topics",
    "board_topics_page",
    "topic_for_viewer",
    "post_for_viewer",
    "visible_posts",
    "topic_posts_page",
    "page_number_for_post",
    "first_unread_post",
    "posts_after",
    "member_activity",
    "post_revisions",
    "last_read_position",
    "opening_post",
    "board_by_slug",
    "board_or_404",
    "topic_or_404",
    "post_or_404",
    "active_member_named",
]

TOPICS_PER_PAGE = 25
POSTS_PER_PAGE = 20
POSTS_AFTER_LIMIT = 50


def _is_member(viewer) -> bool:
    return bool(getattr(viewer, "is_authenticated", False)) and viewer.is_active


def public_posts_q(prefix: str = "") -> Q:
    """Posts anyone who can see the board may read (removed ones still show as a notice)."""
    return Q(**{f"{prefix}is_approved": True, f"{prefix}is_hidden": False})


def public_topics_q(prefix: str = "") -> Q:
    return Q(**{f"{prefix}is_approved": True, f"{prefix}is_hidden": False, f"{prefix}is_removed": False})


def _board_q(viewer, prefix: str = "") -> Q:
    return Q() if _is_member(viewer) else Q(**{f"{prefix}is_public": True})


def _topic_q(viewer, prefix: str = "") -> Q:
    """Topics the viewer may see, board visibility included."""
    board = _board_q(viewer, prefix + "board__")
    if can_moderate(viewer):
        return board
    if _is_member(viewer):
        return board & (public_topics_q(prefix) | Q(**{f"{prefix}author": viewer, f"{prefix}is_removed": False}))
    return board & public_topics_q(prefix)


def _post_q(viewer) -> Q:
    """Posts of an already visible topic that the viewer may see."""
    if can_moderate(viewer):
        return Q()
    if _is_member(viewer):
        return public_posts_q() | Q(author=viewer)
    return public_posts_q()


def visible_boards(viewer) -> QuerySet[Board]:
    return (
        Board.objects.filter(_board_q(viewer))
        .select_related("group", "last_post", "last_post__topic", "last_post__author")
        .prefetch_related("last_post__author__groups")
        .order_by("group__position", "group__id", "position", "id")
    )


@dataclass
class BoardGroupRow:
    group: BoardGroup | None
    boards: list[Board] = field(default_factory=list)


def home_groups(*, viewer) -> list[BoardGroupRow]:
    """Stage groups with the boards the viewer may see, in order (two queries)."""
    rows: list[BoardGroupRow] = []
    for board in visible_boards(viewer):
        if not rows or rows[-1].group != board.group:
            rows.append(BoardGroupRow(group=board.group))
        rows[-1].boards.append(board)
    return rows


def board_for_viewer(*, viewer, slug: str) -> Board:
    board = get_object_or_404(Board.objects.select_related("group"), slug=slug)
    permissions.check_view_board(viewer, board)
    return board


def visible_topics(*, viewer, board: Board | None = None) -> QuerySet[Topic]:
    topics = Topic.objects.filter(_topic_q(viewer))
    if board is not None:
        topics = topics.filter(board=board)
    return topics


def board_topics_page(*, viewer, board: Board, page: str | int | None) -> Page:
    """One page of a board's topics, pinned first then latest activity, with unread marks."""
    topics = (
        visible_topics(viewer=viewer, board=board)
        .select_related("author", "last_post", "last_post__author")
        .prefetch_related("author__groups", "last_post__author__groups")
        .order_by("-is_pinned", "-last_post_at", "-id")
    )
    result = Paginator(topics, TOPICS_PER_PAGE).get_page(page)
    _mark_unread(viewer, list(result.object_list))
    return result


def _mark_unread(viewer, topics: list[Topic]) -> None:
    """Set topic.unread ("new", "unread" or "") for a signed-in member, in one query."""
    for topic in topics:
        topic.unread = ""
    if not _is_member(viewer) or not topics:
        return
    reads = dict(
        TopicRead.objects.filter(user=viewer, topic__in=[t.pk for t in topics]).values_list(
            "topic_id", "last_read_position"
        )
    )
    for topic in topics:
        last_position = topic.last_post.position if topic.last_post is not None else 0
        if topic.pk not in reads:
            topic.unread = "new"
        elif last_position > reads[topic.pk]:
            topic.unread = "unread"


def topic_for_viewer(*, viewer, topic_id: int, reader_state: bool = False) -> Topic:
    """The topic, if viewer may see it. reader_state (the topic page): for a member the same
    query also brings where they stopped reading (topic.reader_position, None before their
    first visit) and whether they follow it (topic.reader_follows)."""
    topics = Topic.objects.select_related("board", "board__group", "last_post").defer(
        "last_post__source", "last_post__html"
    )
    if reader_state and _is_member(viewer):
        reads = TopicRead.objects.filter(user=viewer, topic=OuterRef("pk")).values("last_read_position")[:1]
        topics = topics.annotate(
            reader_position=Subquery(reads),
            reader_follows=Exists(Subscription.objects.filter(user=viewer, topic=OuterRef("pk"))),
        )
    topic = get_object_or_404(topics, pk=topic_id)
    permissions.check_view_topic(viewer, topic)
    return topic


def post_for_viewer(*, viewer, post_id: int) -> Post:
    post = get_object_or_404(
        Post.objects.select_related("topic", "topic__board", "author", "removed_by").prefetch_related("author__groups"),
        pk=post_id,
    )
    permissions.check_view_post(viewer, post)
    return post


def visible_posts(*, viewer, topic: Topic) -> QuerySet[Post]:
    """The topic's posts the viewer may see, oldest first (the topic itself is already checked)."""
    return Post.objects.filter(topic=topic).filter(_post_q(viewer)).order_by("position")


def _with_authors(posts: QuerySet[Post]) -> QuerySet[Post]:
    """Posts to show, with their authors and badges. Pages show the stored HTML, never the
    Markdown source (quoting and editing read the post again), so the source stays behind; who
    removed a post is only compared by id (Post.removed_by_author)."""
    return posts.select_related("author").defer("source").prefetch_related(Prefetch("author__groups"))


def _attach_topic(posts, topic: Topic) -> list[Post]:
    posts = list(posts)
    for post in posts:
        post.topic = topic
    return posts


def topic_posts_page(*, viewer, topic: Topic, page: str | int | None) -> Page:
    """One page of posts (20): the page's ids are sliced from the covering (topic, position)
    index, then only those rows are read in full. Slicing full rows made PostgreSQL read and sort
    every post of the topic with its text before skipping to the page (0.5 s on the last page of a
    2,400-post topic)."""
    result = Paginator(visible_posts(viewer=viewer, topic=topic).values("pk"), POSTS_PER_PAGE).get_page(page)
    rows = _with_authors(Post.objects.filter(pk__in=result.object_list)).order_by("position")
    result.object_list = _attach_topic(rows, topic)
    return result


def page_number_for_post(*, viewer, post: Post) -> int:
    before = visible_posts(viewer=viewer, topic=post.topic).filter(position__lt=post.position).count()
    return before // POSTS_PER_PAGE + 1


def last_read_position(*, viewer, topic: Topic) -> int | None:
    if not _is_member(viewer):
        return None
    return (
        TopicRead.objects.filter(user=viewer, topic=topic).values_list("last_read_position", flat=True).first()
    )


def first_unread_post(*, viewer, topic: Topic) -> Post | None:
    """The first post after where the member stopped reading; the last post when all are read."""
    posts = visible_posts(viewer=viewer, topic=topic)
    position = last_read_position(viewer=viewer, topic=topic)
    if position is None:
        return posts.first()
    return posts.filter(position__gt=position).first() or posts.last()


def posts_after(*, viewer, topic: Topic, after: int, limit: int = POSTS_AFTER_LIMIT) -> list[Post]:
    posts = _with_authors(visible_posts(viewer=viewer, topic=topic).filter(position__gt=after))[:limit]
    return _attach_topic(posts, topic)


@dataclass
class MemberActivity:
    topics: list[Topic]
    posts: list[Post]


def member_activity(*, viewer, member, limit: int = 10) -> MemberActivity:
    """A member's recent topics and replies that the viewer may see (not removed)."""
    topics = (
        Topic.objects.filter(_topic_q(viewer), author=member, is_removed=False)
        .select_related("board")
        .order_by("-created_at", "-id")[:limit]
    )
    post_q = _topic_q(viewer, "topic__")
    if not (can_moderate(viewer) or (_is_member(viewer) and viewer.pk == member.pk)):
        post_q &= public_posts_q()
    posts = (
        Post.objects.filter(post_q, author=member, is_removed=False, position__gt=0)
        .select_related("topic")
        .order_by("-created_at", "-id")[:limit]
    )
    return MemberActivity(topics=list(topics), posts=list(posts))


def post_revisions(post: Post) -> QuerySet[PostRevision]:
    return post.revisions.select_related("editor").order_by("-created_at", "-id")


def opening_post(topic: Topic) -> Post | None:
    """The topic's first post (whatever its visibility): the one a new topic is reviewed by."""
    return Post.objects.filter(topic=topic).order_by("position").first()


# --- Plain look-ups (the caller checks what the viewer may do with them) ----------------------


def board_by_slug(slug: str) -> Board | None:
    return Board.objects.filter(slug=slug).first()


def board_or_404(slug: str) -> Board:
    return get_object_or_404(Board, slug=slug)


def topic_or_404(topic_id: int) -> Topic:
    return get_object_or_404(Topic.objects.select_related("board"), pk=topic_id)


def post_or_404(post_id: int) -> Post:
    return get_object_or_404(Post.objects.select_related("topic", "topic__board", "author"), pk=post_id)


def active_member_named(name: str):
    """The active member with this display name (any letter case), or None."""
    return get_user_model().objects.filter(username__iexact=name, is_active=True).first()
