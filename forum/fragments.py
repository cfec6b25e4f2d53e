"""The part of a post that every reader sees alike, rendered once and kept in the shared cache.

A topic page shows twenty posts; rendering each one's header (the hidden heading, the author
with role badges and stage, the time link) and body (the sanitised HTML and the author's
signature) through templates was half of a signed-in member's topic page (docs/scale.md). Here
those two pieces are rendered once per *version* and kept in the shared cache (Redis in
production); a page fetches all of its posts' pieces with one `cache.get_many`.

Why a cached piece is never stale. The key is a digest of everything the two templates show:
the post's id, position, time and stored HTML; the author's name, active flag, groups (badges),
clinician title, stage label and signature; the time zone; and the templates' own source. An
edit, an erased text, a rename, a new badge or a changed signature is a new key, so it shows at
once and nothing needs invalidating (old entries expire after HAVEN_POST_FRAGMENT_SECONDS).
What differs between readers stays out of the pieces and is rendered per request in
forum/partials/post.html: the visibility badges, content notes, "edited · see changes",
folding by reading settings, removal notices, reactions, bookmarks and the action links
(whose URLs `attach_links` fills in without a `reverse()` per post).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache as memoize
from urllib.parse import quote as url_quote

from django.conf import settings
from django.core.cache import cache
from django.template.loader import get_template, render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.safestring import mark_safe

from forum.models import Post

__all__ = ["attach_fragments", "attach_links", "fragment_key", "PostLinks"]

HEAD_TEMPLATE = "forum/partials/post_head.html"
BODY_TEMPLATE = "forum/partials/post_body.html"
# Templates the pieces are rendered from (the head includes the author tag's template).
_SOURCES = (HEAD_TEMPLATE, BODY_TEMPLATE, "partials/author.html")
_MARKER = 987654321987  # an id no post has: reversed once per page, then replaced per post


def _ttl() -> int:
    return int(getattr(settings, "HAVEN_POST_FRAGMENT_SECONDS", 86400))


@memoize
def _templates_digest() -> str:
    """The templates' source, so a deploy that changes them never serves an old piece."""
    sources = "\x00".join(get_template(name).template.source for name in _SOURCES)
    return hashlib.blake2b(sources.encode(), digest_size=8).hexdigest()


def fragment_key(post: Post) -> str:
    """The cache key of post's pieces: a digest of every value the two templates show.

    Expects post.author with its groups prefetched (as the topic selectors load them)."""
    author = post.author
    shown = (
        post.pk, post.position, post.created_at.isoformat(), post.html,
        author.pk, author.username, author.is_active, sorted(group.name for group in author.groups.all()),
        author.clinician_title, author.get_stage_display(), author.show_stage_on_posts,
        author.show_signature, author.signature,
        timezone.get_current_timezone_name(), _templates_digest(),
    )
    digest = hashlib.blake2b(repr(shown).encode(), digest_size=16).hexdigest()
    return f"forum:post-fragment:{post.pk}:{digest}"


def _render(post: Post) -> dict[str, str]:
    context = {"post": post}
    return {"head": render_to_string(HEAD_TEMPLATE, context), "body": render_to_string(BODY_TEMPLATE, context)}


def attach_fragments(posts: list[Post]) -> None:
    """Set post.fragment = {"head": html, "body": html} on each post: one cache read for the
    page, the missing ones rendered and stored in one write."""
    ttl = _ttl()
    keys = {post.pk: fragment_key(post) for post in posts} if ttl > 0 else {}
    found = cache.get_many(list(keys.values())) if keys else {}
    missing = {}
    for post in posts:
        pieces = found.get(keys.get(post.pk))
        if pieces is None:
            pieces = _render(post)
            if ttl > 0:
                missing[keys[post.pk]] = pieces
        # Rendered by our templates with autoescaping on; the post's HTML inside is the
        # sanitiser's output (forum/sanitize.py), exactly as `{{ post.html|safe }}` shows it.
        post.fragment = {name: mark_safe(html) for name, html in pieces.items()}  # noqa: S308
    if missing:
        cache.set_many(missing, ttl)


@dataclass(frozen=True)
class PostLinks:
    """The URLs a post's header and actions link to."""

    post: str
    history: str
    edit: str
    notes: str
    remove: str
    react: str
    bookmark: str
    quote: str
    flag: str
    message: str


def _filler(name: str, *leading) -> tuple[str, str] | None:
    """(before, after) the id in name's URL, from one reverse(); None if the route is absent."""
    try:
        url = reverse(name, args=[*leading, _MARKER])
    except NoReverseMatch:
        return None
    before, _, after = url.partition(str(_MARKER))
    return before, after


def attach_links(posts: list[Post]) -> None:
    """Set post.links (PostLinks) on each post: a handful of reverse() calls per page instead of
    ten per post. Flagging and private messages belong to other apps; without them the links
    are empty and the templates leave them out."""
    if not posts:
        return
    per_post = {
        field: _filler(name)
        for field, name in (
            ("post", "forum:post"), ("history", "forum:post_history"), ("edit", "forum:edit_post"),
            ("notes", "forum:post_notes"), ("remove", "forum:remove_post"), ("react", "forum:react"),
            ("bookmark", "forum:bookmark"),
        )
    }
    reply = _filler("forum:reply")
    flag = _filler("moderation:flag", "post")
    try:
        message = reverse("conversations:new")
    except NoReverseMatch:
        message = ""
    for post in posts:
        pk = str(post.pk)
        links = {field: f"{parts[0]}{pk}{parts[1]}" for field, parts in per_post.items()}
        post.links = PostLinks(
            **links,
            quote=f"{reply[0]}{post.topic_id}{reply[1]}?quote={pk}#id_body",
            flag=f"{flag[0]}{pk}{flag[1]}" if flag else "",
            message=f"{message}?to={url_quote(post.author.username)}" if message else "",
        )

