"""Helpers bench/http_bench.py runs inside Django: `python -m bench.probe pages|queries|public`.

pages    prints the benchmark URLs (home, busiest board, deepest topic's first and last page, search) as JSON
queries  prints, per URL, the SQL queries a signed-out request runs: with the page cache off
         (the view itself) and when the page is served from the cache
public   makes every board readable by signed-out visitors (benchmark database only)
session  signs in the benchmark member (the first active member who is not staff) and prints
         the Cookie header for wrk, so pages can be measured as a signed-in member sees them
"""

import json
import os
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
SEARCH_QUERY = "brain zaps"


def pages() -> dict[str, str]:
    from django.urls import reverse

    from forum.models import Board, Topic
    from forum.selectors import POSTS_PER_PAGE

    busiest = Board.objects.order_by("-topic_count", "pk").first()
    deep = Topic.objects.order_by("-post_count", "pk").first()
    topic_url = reverse("forum:topic", args=[deep.pk, deep.slug])
    last = (deep.post_count + POSTS_PER_PAGE - 1) // POSTS_PER_PAGE
    return {
        "home": reverse("forum:home"),
        "busiest board": reverse("forum:board", args=[busiest.slug]),
        f"topic ({deep.post_count} posts) page 1": topic_url,
        f"topic ({deep.post_count} posts) page {last}": f"{topic_url}?page={last}",
        "search": reverse("forum:search") + "?q=" + SEARCH_QUERY.replace(" ", "+"),
    }


class _Counter:
    """Counts every SQL statement (works with DEBUG off, unlike connection.queries)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def queries(cookie: str = "") -> dict[str, dict[str, int]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings

    host = (os.environ.get("DJANGO_ALLOWED_HOSTS") or "127.0.0.1").split(",")[0]
    result = {}
    for name, url in pages().items():
        client = Client(HTTP_HOST=host, HTTP_COOKIE=cookie)
        view, hit = _Counter(), _Counter()
        with override_settings(HAVEN_PAGE_CACHE_SECONDS=0), connection.execute_wrapper(view):
            started = time.perf_counter()
            status = client.get(url).status_code
            view_ms = (time.perf_counter() - started) * 1000
        client.get(url)  # fills the cache if needed
        with connection.execute_wrapper(hit):
            client.get(url)
        result[name] = {"status": status, "view": view.count, "cached": hit.count, "view_ms": round(view_ms, 1)}
    return result


def member_cookie() -> dict[str, str]:
    from django.conf import settings
    from django.test import Client

    from accounts.models import User

    member = User.objects.filter(is_active=True, is_staff=False).order_by("pk").first()
    client = Client()
    client.force_login(member)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    return {"cookie": f"{settings.SESSION_COOKIE_NAME}={session}", "member": member.username}


def make_public() -> int:
    from forum.models import Board

    return Board.objects.update(is_public=True)


def main() -> None:
    django.setup()
    command = sys.argv[1] if len(sys.argv) > 1 else "pages"
    if command == "pages":
        print(json.dumps(pages()))
    elif command == "queries":
        print(json.dumps(queries(os.environ.get("BENCH_COOKIE", ""))))
    elif command == "session":
        print(json.dumps(member_cookie()))
    elif command == "public":
        print(json.dumps({"boards_made_public": make_public()}))
    else:
        sys.exit(f"unknown command {command!r}: use pages, queries or public")


if __name__ == "__main__":
    main()
