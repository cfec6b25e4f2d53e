"""Search over public posts and topic titles, for a viewer.

PostgreSQL: each post's words are kept in a stored ``tsvector`` column (``forum_post.search_vector``,
a generated column from migration 0006, so every writer — services, the importer's bulk inserts,
the admin — keeps it current) behind a GIN index. A search runs three bounded queries: matching topic
titles; the newest SEARCH_CANDIDATES matching posts by id, ranked from their stored vectors (no
re-parsing); and snippets for the one page shown. Other databases: every word must
appear (case-insensitive), newest first.
"""

import html
import re
import secrets
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector, SearchVectorField
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When
from django.db.models.expressions import Expression
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from forum.models import Board, Post, Topic
from forum.sanitize import plain_text
from forum.selectors.care import is_collapsed_for
from forum.selectors.content import public_posts_q, public_topics_q, visible_boards

__all__ = ["SEARCH_RESULTS_PER_PAGE", "SEARCH_CANDIDATES", "search", "search_words", "highlight", "SearchHit"]

SEARCH_RESULTS_PER_PAGE = 20
SEARCH_CONFIG = "english"
# PostgreSQL ranks at most this many of the newest matches.
SEARCH_CANDIDATES = 300
# How many matching topic titles feed the post query (their opening posts are added to it).
_TITLE_MATCH_LIMIT = 500
_SNIPPET_CHARS = 260


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

    PostgreSQL uses websearch syntax ("exact phrase", -word, or). Held, hidden and removed
    content and boards the viewer may not see never appear, for moderators too.
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
    return posts


class StoredSearchVector(Expression):
    """forum_post.search_vector (migration 0006), under whatever alias the post table has in the
    query being compiled, so it also works inside subqueries (a RawSQL naming the table would
    silently correlate with the outer query instead)."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        alias = compiler.query.get_initial_alias()
        return f"{compiler.quote_name_unless_alias(alias)}.search_vector", []


def _stored_vector() -> StoredSearchVector:
    return StoredSearchVector()


def _search_postgres(base: QuerySet[Post], viewer, q: str, *, board: Board | None, page) -> Page:
    query = SearchQuery(q, config=SEARCH_CONFIG, search_type="websearch")
    ranked = _ranked_ids(_candidates(base, viewer, query, board=board), query)
    paginator = Paginator(ranked, SEARCH_RESULTS_PER_PAGE)
    result = paginator.get_page(page)
    result.capped = len(ranked) >= SEARCH_CANDIDATES
    result.object_list = _hits_with_snippets(list(result.object_list), query)
    return result


def _candidates(base: QuerySet[Post], viewer, query: SearchQuery, *, board: Board | None) -> QuerySet:
    """The ids of the newest SEARCH_CANDIDATES matching posts (a subquery for _ranked_ids)."""
    # Topics whose title matches, found through their own index; their opening posts join the
    # results. A list of ids (not a subquery) lets the planner OR the two index scans.
    titles = Topic.objects.alias(v=SearchVector("title", config=SEARCH_CONFIG)).filter(v=query)
    titles = titles.filter(public_topics_q(), board__in=visible_boards(viewer).values("pk"))
    if board is not None:
        titles = titles.filter(board=board)
    title_ids = list(titles.order_by("-last_post_at").values_list("pk", flat=True)[:_TITLE_MATCH_LIMIT])
    match = Q(v=query)
    if title_ids:
        match |= Q(position=0, topic_id__in=title_ids)
    # Newest by id. With the stored column's statistics PostgreSQL walks the primary key
    # backwards for common words (stopping after SEARCH_CANDIDATES matches) and takes a GIN
    # bitmap scan for rare ones; ordering by created_at forced the bitmap scan, which read
    # every match of a common word (64,000 rows for "know" at 100,000 posts).
    matches = base.alias(v=_stored_vector()).filter(match).order_by("-pk")
    return matches.values_list("pk", flat=True)[:SEARCH_CANDIDATES]


def _ranked_ids(candidates: QuerySet, query: SearchQuery) -> list[int]:
    """Candidates best first, in one query: rank from the stored vectors, title matches twice."""
    title_rank = SearchRank(SearchVector("topic__title", config=SEARCH_CONFIG), query) * 2
    rows = (
        Post.objects.filter(pk__in=candidates)
        .annotate(
            rank=SearchRank(_stored_vector(), query)
            + Case(When(position=0, then=title_rank), default=Value(0.0), output_field=FloatField())
        )
        .order_by("-rank", "-created_at", "-id")
        .values_list("pk", flat=True)
    )
    return list(rows)


def _hits_with_snippets(page_ids: list[int], query: SearchQuery) -> list[SearchHit]:
    """Load the shown page's posts and highlight them (ts_headline runs for these rows only)."""
    start, stop = _markers()
    posts = (
        Post.objects.filter(pk__in=page_ids)
        .select_related("topic", "topic__board", "author")
        .prefetch_related("author__groups")
        .annotate(
            snippet=SearchHeadline(
                "source", query, config=SEARCH_CONFIG, start_sel=start, stop_sel=stop, max_words=35, min_words=15
            ),
            title_snippet=SearchHeadline(
                F("topic__title"), query, config=SEARCH_CONFIG, start_sel=start, stop_sel=stop, highlight_all=True
            ),
        )
    )
    by_id = {post.pk: post for post in posts}
    return [
        SearchHit(
            post=post,
            title_html=_from_markers(post.title_snippet, start, stop),
            snippet_html=_from_markers(post.snippet, start, stop),
            is_topic_start=post.position == 0,
        )
        for post in (by_id[pk] for pk in page_ids if pk in by_id)
    ]


def _search_fallback(base: QuerySet[Post], q: str, *, page) -> Page:
    words = search_words(q)
    posts = base.select_related("topic", "topic__board", "author").prefetch_related("author__groups")
    for word in words:
        posts = posts.filter(Q(source__icontains=word) | Q(position=0, topic__title__icontains=word))
    result = Paginator(posts.order_by("-created_at", "-id"), SEARCH_RESULTS_PER_PAGE).get_page(page)
    result.capped = False
    result.object_list = [
        SearchHit(
            post=post,
            title_html=highlight(post.topic.title, words),
            snippet_html=highlight(shorten_text(post_plain_text(post), around=words), words),
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


def post_plain_text(post: Post) -> str:
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


def shorten_text(text: str, *, around: list[str] | None = None) -> str:
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
