#!/usr/bin/env python3
"""Search speed at scale: server time of /search/ for a signed-in member, on PostgreSQL.

    DATABASE_URL=postgres://…/haven_perf .venv/bin/python bench/search_bench.py [--rounds 3]

Needs a database loaded with `manage.py seed_demo --scale 1` (100,000 posts) and migrated.
Picks 50 queries of different frequency from the data itself (ts_stat over every tenth post):
25 one-word queries spread from the most common lexeme to rare ones, and 25
two-word queries pairing a common and a mid-frequency lexeme. Each query is requested through
Django's test client (the whole view: session, user, search, template) `--rounds` times after
one warm-up; prints p50/p95/p99 of the server time and, separately, of `forum.selectors.search`
alone, plus the number of matches per frequency band. Bounded: 50 queries × rounds requests.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def pick_queries(seed: int = 7) -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word, ndoc FROM ts_stat("
            "'SELECT to_tsvector(''english'', source) FROM forum_post WHERE id % 10 = 0') "
            "WHERE length(word) >= 4 AND word ~ '^[a-z]+$' ORDER BY ndoc DESC"
        )
        rows = cursor.fetchall()
    rng = random.Random(seed)
    n = len(rows)
    # 25 single words spread over the frequency ranks (log-spaced: common words dominate cost).
    ranks = sorted({min(n - 1, int(round((n - 1) ** (i / 24)))) for i in range(25)})
    while len(ranks) < 25:
        ranks.append(rng.randrange(n))
    singles = [rows[r][0] for r in ranks[:25]]
    common = [w for w, _ in rows[: max(10, n // 50)]]
    middle = [w for w, _ in rows[n // 50 : n // 5]] or common
    pairs = [f"{rng.choice(common)} {rng.choice(middle)}" for _ in range(25)]
    return singles + pairs


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100 * (len(values) - 1)))))
    return values[k]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from accounts.models import User
    from forum import selectors

    if connection.vendor != "postgresql":
        sys.exit("[search bench] DATABASE_URL must point at a PostgreSQL database loaded with seed_demo")
    settings.ALLOWED_HOSTS = ["*"]
    member = User.objects.filter(is_active=True, is_staff=False).order_by("pk").first()
    client = Client()
    client.force_login(member)
    queries = pick_queries()
    url = reverse("forum:search")
    view_ms, selector_ms, counts = [], [], {}
    for q in queries:
        client.get(url, {"q": q})  # warm-up
        for _ in range(args.rounds):
            started = time.perf_counter()
            response = client.get(url, {"q": q})
            view_ms.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (q, response.status_code)
            started = time.perf_counter()
            page = selectors.search(member, q)
            selector_ms.append((time.perf_counter() - started) * 1000)
        counts[q] = page.paginator.count
    load = os.getloadavg()[0]
    print(f"search bench: {len(queries)} queries × {args.rounds} rounds, posts={_posts()}, load at end {load:.2f}")
    for name, values in (("view (server time)", view_ms), ("selectors.search", selector_ms)):
        print(
            f"  {name}: p50 {percentile(values, 50):.1f} ms, p95 {percentile(values, 95):.1f} ms, "
            f"p99 {percentile(values, 99):.1f} ms, max {max(values):.1f} ms, mean {statistics.mean(values):.1f} ms"
        )
    capped = sum(1 for c in counts.values() if c >= selectors.SEARCH_CANDIDATES)
    print(f"  matches: {capped} of {len(counts)} queries reached the {selectors.SEARCH_CANDIDATES}-candidate cap; "
          f"fewest {min(counts.values())}, queries: {', '.join(queries[:6])} …")


def _posts() -> int:
    from forum.models import Post

    return Post.objects.count()


if __name__ == "__main__":
    main()
