"""Reads for reactions, subscriptions, notifications, bookmarks and search, for a viewer.

Each page-level read runs a fixed number of queries whatever the data size.
"""

import html
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Case, Count, F, FloatField, Q, QuerySet, Value, When
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from forum.models import Board, Bookmark, Notification, NotificationSettings, Post, Reaction, Subscription, Topic
from forum.sanitize import plain_text
from forum.selectors.care import is_collapsed_for
from forum.selectors.content import public_posts_q, public_topics_q, visible_boards

__all__ = [
    "NOTIFICATIONS_PER_PAGE",
    "BOOKMARKS_PER_PAGE",
    "SEARCH_RESULTS_PER_PAGE",
    "SEARCH_CANDIDATES",
    "post_engagement",
    "reaction_summary",
    "notifications_for",
    "unread_count",
    "notification_settings_for",
    "is_following",
    "bookmarks_for",
    "search",
    "search_words",
    "highlight",
    "SearchHit",
]

NOTIFICATIONS_PER_PAGE = 25
BOOKMARKS_PER_PAGE = 25
SEARCH_RESULTS_PER_PAGE = 20
SEARCH_CONFIG = "english"
# PostgreSQL ranks at most this many of the newest matches (see _search_postgres).
SEARCH_CANDIDATES = 300
# How many matching topic titles feed the post query (their opening posts are added to it).
_TITLE_MATCH_LIMIT = 500
_SNIPPET_CHARS = 260


def _is_member(viewer) -> bool:
    return bool(getattr(viewer, "is_authenticated", False)) and viewer.is_active


# --- Reactions and bookmarks on a page of posts ----------------------------------------------


def post_engagement(posts: Iterable[Post], *, viewer) -> dict[int, dict]:
    """{post_id: {"reactions": [{"kind", "label", "count", "mine"}...], "bookmarked": bool}}
    for a page of posts, in two queries (one for signed-out viewers)."""
    ids = [post.pk for post in posts]
    counts: dict[tuple[int, str], tuple[int, bool]] = {}
    bookmarked: set[int] = set()
    member = _is_member(viewer)
    if ids:
        rows = (
            Reaction.objects.filter(post_id__in=ids)
            .values_list("post_id", "kind")
            .annotate(n=Count("id"), mine=Count("id", filter=Q(user_id=viewer.pk)) if member else Value(0))
            .order_by()
        )
        counts = {(post_id, kind): (n, bool(mine)) for post_id, kind, n, mine in rows}
        if member:
            bookmarked = set(Bookmark.objects.filter(user=viewer, post_id__in=ids).values_list("post_id", flat=True))
    return {
        post_id: {
            "reactions": [
                {
                    "kind": kind,
                    "label": label,
                    "count": counts.get((post_id, kind), (0, False))[0],
                    "mine": counts.get((post_id, kind), (0, False))[1],
                }
                for kind, label in Reaction.KINDS
            ],
            "bookmarked": post_id in bookmarked,
        }
        for post_id in ids
    }


def reaction_summary(post: Post, *, viewer) -> dict:
    """The engagement entry of one post (after a toggle)."""
    return post_engagement([post], viewer=viewer)[post.pk]


# --- Notifications -------------------------------------------------------------------------


def notifications_for(viewer, *, page: str | int | None = None) -> Page:
    """The member's notifications, newest first, one numbered page (two queries)."""
    notifications = Notification.objects.filter(recipient=viewer).select_related("post").order_by("-created_at", "-id")
    return Paginator(notifications, NOTIFICATIONS_PER_PAGE).get_page(page)


def unread_count(viewer) -> int:
    if not _is_member(viewer):
        return 0
    return Notification.objects.filter(recipient=viewer, read_at__isnull=True).count()


def notification_settings_for(viewer) -> NotificationSettings:
    """The member's settings, or the defaults (everything on) when never saved."""
    return NotificationSettings.objects.filter(user=viewer).first() or NotificationSettings(user=viewer)


def is_following(viewer, *, topic: Topic | None = None, board: Board | None = None) -> bool:
    if not _is_member(viewer):
        return False
    return Subscription.objects.filter(user=viewer, topic=topic, board=board).exists()


# --- Bookmarks -----------------------------------------------------------------------------


def bookmarks_for(viewer, *, page: str | int | None = None) -> Page:
    """Saved posts the member can still see, newest saved first (three queries)."""
    visible = (public_posts_q("post__") & Q(post__is_removed=False) & public_topics_q("post__topic__")) | Q(
        post__author=viewer, post__is_removed=False
    )
    bookmarks = (
        Bookmark.objects.filter(user=viewer)
        .filter(visible, post__topic__board__in=visible_boards(viewer).values("pk"))
        .select_related("post", "post__topic", "post__topic__board", "post__author")
        .prefetch_related("post__author__groups")
        .order_by("-created_at", "-id")
    )
    result = Paginator(bookmarks, BOOKMARKS_PER_PAGE).get_page(page)
    for bookmark in result.object_list:
        bookmark.is_collapsed = is_collapsed_for(viewer, bookmark.post)
        bookmark.snippet = "" if bookmark.is_collapsed else _shorten(_text_of(bookmark.post))
    return result


# --- Search --------------------------------------------------------------------------------


@dataclass
class SearchHit:
    """One result: the post (with topic, board and author loaded) and highlighted HTML."""

    post: Post
    title_html: SafeString
    snippet_html: SafeString
    is_topic_start: bool
    # Folded away by the viewer's reading settings: the template shows notes, never the snippet.
    is_collapsed: bool = False


def search_words(q: str) -> list[str]:
    """The words of a query, as the SQLite fallback and the highlighter use them."""
    words = [w.strip("'-") for w in re.findall(r"[\w'-]+", q or "")]
    seen: list[str] = []
    for word in words:
        if len(word) >= 2 and word.lower() not in (s.lower() for s in seen):
            seen.append(word)
    return seen[:10]


def search(viewer, q: str, *, board: Board | None = None, author=None, page: str | int | None = None) -> Page:
    """Public posts and topic titles matching q, best first, as a page of SearchHit
    (page.capped is True when only the newest SEARCH_CANDIDATES matches were ranked).

    PostgreSQL: ranked full-text search (websearch syntax: "exact phrase", -word, or) using the
    GIN expression indexes from migration 0004. Other databases: every word must appear
    (case-insensitive), newest first. Held, hidden and removed content and boards the viewer
    may not see never appear, for moderators too.
    """
    q = (q or "").strip()
    if not q or not search_words(q) and connection.vendor != "postgresql":
        return Paginator(Post.objects.none(), SEARCH_RESULTS_PER_PAGE).get_page(1)
    base = _searchable_posts(viewer, board=board, author=author)
    if connection.vendor == "postgresql":
        result = _search_postgres(base, viewer, q, board=board, page=page)
    else:
        result = _search_fallback(base, q, page=page)
    for hit in result.object_list:
        if is_collapsed_for(viewer, hit.post):
            hit.is_collapsed, hit.snippet_html = True, mark_safe("")
    return result


def _searchable_posts(viewer, *, board: Board | None, author) -> QuerySet[Post]:
    posts = Post.objects.filter(
        public_posts_q(),
        public_topics_q("topic__"),
        is_removed=False,
        topic__board__in=visible_boards(viewer).values("pk"),
    )
    if board is not None:
        posts = posts.filter(topic__board=board)
    if author is not None:
        posts = posts.filter(author=author)
    return posts.select_related("topic", "topic__board", "author").prefetch_related("author__groups")


def _search_postgres(base: QuerySet[Post], viewer, q: str, *, board: Board | None, page) -> Page:
    from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector

    query = SearchQuery(q, config=SEARCH_CONFIG, search_type="websearch")
    # Topics whose title matches, found through their own index; their opening posts join the
    # results. A list of ids (not a subquery) lets the planner OR the two index scans.
    titles = Topic.objects.alias(v=SearchVector("title", config=SEARCH_CONFIG)).filter(v=query)
    titles = titles.filter(public_topics_q(), board__in=visible_boards(viewer).values("pk"))
    if board is not None:
        titles = titles.filter(board=board)
    title_ids = list(titles.order_by("-last_post_at").values_list("pk", flat=True)[:_TITLE_MATCH_LIMIT])

    post_vector = SearchVector("source", config=SEARCH_CONFIG)
    match = Q(v=query)
    if title_ids:
        match |= Q(position=0, topic_id__in=title_ids)
    # Ranking re-reads each candidate's text (the index holds no positions to rank by), so only
    # the newest SEARCH_CANDIDATES matches are ranked. Ordering by created_at (not indexed on
    # its own) keeps the planner on the GIN bitmap scan instead of walking an index and
    # computing to_tsvector for every post until enough match.
    candidate_ids = list(
        base.alias(v=post_vector).filter(match).order_by("-created_at").values_list("pk", flat=True)[:SEARCH_CANDIDATES]
    )
    start, stop = _markers()
    posts = (
        base.filter(pk__in=candidate_ids)
        .annotate(
            rank=SearchRank(post_vector, query)
            + Case(
                When(position=0, then=SearchRank(SearchVector("topic__title", config=SEARCH_CONFIG), query) * 2),
                default=Value(0.0),
                output_field=FloatField(),
            ),
            snippet=SearchHeadline(
                "source",
                query,
                config=SEARCH_CONFIG,
                start_sel=start,
                stop_sel=stop,
                max_words=35,
                min_words=15,
            ),
            title_snippet=SearchHeadline(
                F("topic__title"), query, config=SEARCH_CONFIG, start_sel=start, stop_sel=stop, highlight_all=True
            ),
        )
        .order_by("-rank", "-created_at", "-id")
    )
    paginator = Paginator(posts, SEARCH_RESULTS_PER_PAGE)
    paginator.count = len(candidate_ids)  # known already: saves a second scan
    result = paginator.get_page(page)
    result.capped = len(candidate_ids) >= SEARCH_CANDIDATES
    result.object_list = [
        SearchHit(
            post=post,
            title_html=_from_markers(post.title_snippet, start, stop),
            snippet_html=_from_markers(post.snippet, start, stop),
            is_topic_start=post.position == 0,
        )
        for post in result.object_list
    ]
    return result


def _search_fallback(base: QuerySet[Post], q: str, *, page) -> Page:
    words = search_words(q)
    posts = base
    for word in words:
        posts = posts.filter(Q(source__icontains=word) | Q(position=0, topic__title__icontains=word))
    result = Paginator(posts.order_by("-created_at", "-id"), SEARCH_RESULTS_PER_PAGE).get_page(page)
    result.capped = False
    result.object_list = [
        SearchHit(
            post=post,
            title_html=highlight(post.topic.title, words),
            snippet_html=highlight(_shorten(_text_of(post), around=words), words),
            is_topic_start=post.position == 0,
        )
        for post in result.object_list
    ]
    return result


def highlight(text: str, words: list[str]) -> SafeString:
    """Escape text and wrap each occurrence of words in <mark>. Only our own tags are added:
    every piece of the member's text is escaped before it is joined."""
    if not words:
        return conditional_escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    pieces, last = [], 0
    for m in pattern.finditer(text):
        pieces.append(conditional_escape(text[last : m.start()]))
        pieces.append("<mark>" + conditional_escape(m.group(0)) + "</mark>")
        last = m.end()
    pieces.append(conditional_escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every user piece above is escaped


def _text_of(post: Post) -> str:
    """The post's words as plain (unescaped) text; plain_text() returns HTML-escaped text."""
    return html.unescape(plain_text(post.html))


def _markers() -> tuple[str, str]:
    """Start/stop markers for ts_headline that a member can't type in advance."""
    nonce = secrets.token_hex(8)
    return f"hvnS{nonce}", f"hvnE{nonce}"


def _from_markers(text: str, start: str, stop: str) -> SafeString:
    """Escape ts_headline output (the member's raw text) and turn our markers into <mark>."""
    out, rest = [], text or ""
    while True:
        i = rest.find(start)
        j = rest.find(stop, i + len(start)) if i >= 0 else -1
        if i < 0 or j < 0:
            out.append(conditional_escape(rest.replace(start, "").replace(stop, "")))
            break
        out.append(conditional_escape(rest[:i]))
        out.append("<mark>" + conditional_escape(rest[i + len(start) : j]) + "</mark>")
        rest = rest[j + len(stop) :]
    return mark_safe("".join(out))  # noqa: S308 - every user piece above is escaped


def _shorten(text: str, *, around: list[str] | None = None) -> str:
    """About _SNIPPET_CHARS of text, centred on the first matching word when given."""
    text = " ".join(text.split())
    if len(text) <= _SNIPPET_CHARS:
        return text
    start = 0
    if around:
        lowered = text.lower()
        hits = [i for i in (lowered.find(w.lower()) for w in around) if i >= 0]
        if hits:
            start = max(min(hits) - _SNIPPET_CHARS // 3, 0)
            space = text.rfind(" ", 0, start) if start else -1
            start = space + 1 if space > 0 else start
    snippet = text[start : start + _SNIPPET_CHARS]
    return ("… " if start else "") + snippet + ("…" if start + _SNIPPET_CHARS < len(text) else "")
