"""Whole-page cache for signed-out readers of the home, board and topic pages.

Signed-out readers are most of a forum's traffic and all see the same page, so the rendered
HTML is kept in the shared cache (Redis in production) and served without running the view.
What is never cached: anything for a request carrying a cookie other than the CSRF and
display-preference cookies (so signed-in members, anyone with a session or pending messages),
members-only boards and their topics, non-200 responses, responses that set other cookies,
and query strings other than `?page=N`.

Why a cached page is never stale where it matters. The cache key is built, on every request,
from three things:
1. a *fingerprint* read in one cheap indexed query from the rows the page summarises: for a
   topic its post count, last post, title, slug, lock/pin state and visibility; for a board its
   topic/post counts and last post; for home every board's counts and last post (visitors see
   members-only boards' counts too).
   Every new post, removal, hide, approval, move or split changes a counter or last post
   (forum.services keep them), so the key changes in the same transaction as the data —
   no invalidation call can be forgotten for these;
2. a *generation* number per topic, per board and for the whole site, kept in the cache and
   raised by `bump(topic=..., board=...)`, which forum.services call for changes that leave the
   counters alone (edits, pin/lock). A missing generation is recreated from the clock, never
   reset to an old value, so an evicted generation cannot bring back an old page;
3. the request: path, `?page=N`, theme and text-size cookies.
Entries also expire after HAVEN_PAGE_CACHE_SECONDS (default 60 s): the ceiling for what no
forum service sees (reaction counts, a member renaming themselves, a role badge, an admin
renaming a board). The CSRF token in a cached page is replaced by a fresh one for each reader.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_cache_control, patch_vary_headers

from forum.models import Board, Topic
from forum.selectors.content import public_topics_q

__all__ = ["bump", "cache_for_visitors", "PAGE_CACHE_HEADER"]

PAGE_CACHE_HEADER = "X-Haven-Cache"
PREFERENCE_COOKIES = ("haven_theme", "haven_text")
_PAGE_QUERY = re.compile(r"^(?:page=[0-9]{1,6})?\Z")
_CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
_CSRF_PLACEHOLDER = b"\x00csrf\x00"


def _ttl() -> int:
    return int(getattr(settings, "HAVEN_PAGE_CACHE_SECONDS", 60))


def _generation_keys(*, topic: int | None = None, board: int | None = None) -> list[str]:
    keys = ["haven:gen:site"]
    if board is not None:
        keys.append(f"haven:gen:board:{board}")
    if topic is not None:
        keys.append(f"haven:gen:topic:{topic}")
    return keys


def bump(*, topic=None, board=None) -> None:
    """Make cached pages of this topic, its board and the home page out of date.

    forum.services call it for changes that leave the counters alone (edits, pin/lock).
    Inside a transaction it waits for the commit: bumping earlier would let a reader cache
    the old rows under the new generation.
    """
    topic_id = getattr(topic, "pk", topic)
    board_id = getattr(board, "pk", board)
    if board_id is None and hasattr(topic, "board_id"):
        board_id = topic.board_id
    keys = _generation_keys(topic=topic_id, board=board_id)
    transaction.on_commit(lambda: _raise_generations(keys))


def _raise_generations(keys: list[str]) -> None:
    for key in keys:
        try:
            cache.incr(key)
        except ValueError:  # never set or evicted: start from the clock, never from an old value
            cache.set(key, time.time_ns(), None)


def _generations(keys: list[str]) -> list[int]:
    found = cache.get_many(keys)
    values = []
    for key in keys:
        if key not in found:
            cache.add(key, time.time_ns(), None)
            found[key] = cache.get(key)
        values.append(found[key])
    return values


# --- what each page depends on: (fingerprint, generation keys) or None = do not cache --------


def _home_state(request: HttpRequest, **kwargs):
    # Every board: visitors see members-only boards' names and counts too (not their titles).
    rows = list(
        Board.objects.order_by("pk")
        .values_list("pk", "group_id", "position", "topic_count", "post_count", "last_post_id")
    )
    return rows, _generation_keys()


def _board_state(request: HttpRequest, slug: str = "", **kwargs):
    row = (
        Board.objects.filter(slug=slug, is_public=True)
        .values_list("pk", "topic_count", "post_count", "last_post_id")
        .first()
    )
    if row is None:
        return None
    return row, _generation_keys(board=row[0])


def _topic_state(request: HttpRequest, topic_id: int = 0, slug: str | None = None, **kwargs):
    row = (
        Topic.objects.filter(
            public_topics_q(), pk=topic_id, board__is_public=True
        )
        .values_list("pk", "board_id", "slug", "title", "post_count", "last_post_id", "is_locked", "is_pinned")
        .first()
    )
    if row is None or row[2] != slug:  # members-only, not public, or a redirect to the right slug
        return None
    return row, _generation_keys(topic=row[0], board=row[1])


PAGES: dict[str, Callable] = {
    "home": _home_state,
    "board": _board_state,
    "topic": _topic_state,
}


def _cacheable_request(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    allowed = {settings.CSRF_COOKIE_NAME, *PREFERENCE_COOKIES}
    if any(name not in allowed for name in request.COOKIES):
        return False  # a session (signed in, messages, crisis panel) or anything unexpected
    return bool(_PAGE_QUERY.match(request.META.get("QUERY_STRING", "")))


def _cacheable_response(response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.has_header("Content-Disposition"):
        return False
    if any(name != settings.CSRF_COOKIE_NAME for name in response.cookies):
        return False
    control = response.get("Cache-Control", "")
    return "private" not in control and "no-store" not in control


def _page_key(kind: str, request: HttpRequest, fingerprint, generations: list[int]) -> str:
    parts = (
        kind,
        request.path,
        request.META.get("QUERY_STRING", ""),
        request.COOKIES.get("haven_theme", ""),
        request.COOKIES.get("haven_text", ""),
        repr(fingerprint),
        repr(generations),
    )
    return "haven:page:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _with_fresh_csrf(request: HttpRequest, body: bytes) -> bytes:
    if _CSRF_PLACEHOLDER not in body:
        return body
    return body.replace(_CSRF_PLACEHOLDER, get_token(request).encode())


def cache_for_visitors(kind: str, *, on_hit: Callable | None = None):
    """View decorator: serve signed-out readers of a public page from the shared cache.

    on_hit(request, **view_kwargs) runs when a cached page is served (the topic page counts a
    view there). The view module passes it, so this module never imports forum.services
    (which imports `bump` from here).
    """
    state_of = PAGES[kind]

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if _ttl() <= 0 or not _cacheable_request(request):
                response = view(request, *args, **kwargs)
                if request.user.is_authenticated:
                    patch_cache_control(response, private=True)  # never in a shared cache
                return response
            state = state_of(request, **kwargs)
            if state is None:
                return view(request, *args, **kwargs)
            fingerprint, generation_keys = state
            key = _page_key(kind, request, fingerprint, _generations(generation_keys))
            cached = cache.get(key)
            if cached is not None:
                content_type, body = cached
                if on_hit is not None:
                    on_hit(request, **kwargs)
                response = HttpResponse(_with_fresh_csrf(request, body), content_type=content_type)
                response[PAGE_CACHE_HEADER] = "hit"
                patch_vary_headers(response, ["Cookie"])
                return response
            response = view(request, *args, **kwargs)
            if _cacheable_response(response):
                body = _CSRF_INPUT.sub(rb"\1" + _CSRF_PLACEHOLDER + rb"\2", response.content)
                cache.set(key, (response["Content-Type"], body), _ttl())
                response[PAGE_CACHE_HEADER] = "miss"
            return response

        return wrapped

    return decorator
