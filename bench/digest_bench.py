#!/usr/bin/env python3
"""Digest build benchmark: N members' digests built in one scheduled run (issue 14: 10,000 in < 5 min).

A dedicated generator (smaller than gen_dataset's forum, which has only 1,000 members): one public
board, --topics topics with one post each (HTML like a real post), --members verified members
(stages spread over every stage and "none") each following --items topics with a waiting digest
item and a digest due now, and 12 newly reviewed guides pinned to the stage boards and the help
desk (so every digest also lists its stage's guidance). Then:

- baseline: reading every waiting item with its post and topic (the least any builder must do);
- run: `mailing.services.build_digests(now=...)`, exactly what the scheduler's task calls
  (delivery is a separate task per message and is not timed here).

Usage (own PostgreSQL database; never the default names):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/haven_email .venv/bin/python bench/digest_bench.py
    .venv/bin/python bench/digest_bench.py --members 1000       # SQLite in bench/out/, quick look
Re-running resets the items and digests and measures again (the data is generated once).
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
if not os.environ.get("DATABASE_URL"):
    (ROOT / "bench" / "out").mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("HAVEN_SQLITE_PATH", str(ROOT / "bench" / "out" / "digest.sqlite3"))

import django  # noqa: E402

django.setup()

import datetime  # noqa: E402
import random  # noqa: E402

from allauth.account.models import EmailAddress  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from forum.models import Board, Post, Topic  # noqa: E402
from mailing.models import EmailItem, MailPreference, OutgoingEmail  # noqa: E402
from mailing.services import build_digests  # noqa: E402
from resources.models import Resource  # noqa: E402

UNUSABLE = "!"  # an unusable password hash: these accounts cannot sign in
BODY = ("<p>Day {n} of my hold. Sleep was <strong>a little better</strong> last night and the "
        "tinnitus quieter. Thank you all for the kind words yesterday &amp; the tips about walking.</p>")


def generate(members: int, topics: int, items: int) -> None:
    if User.objects.filter(username__startswith="dbench").count() >= members:
        return
    rng = random.Random(14)
    board = Board.objects.create(name="Digest bench", slug="digest-bench", is_public=True)
    author = User.objects.create(username="dbench-author", email="dbench-author@example.org")
    made = Topic.objects.bulk_create(
        [Topic(board=board, author=author, title=f"Bench topic {i}") for i in range(topics)]
    )
    posts = Post.objects.bulk_create([
        Post(topic=t, author=author, position=1, source="x", html=BODY.format(n=i)) for i, t in enumerate(made)
    ], batch_size=2000)
    stages = [key for key, _label in User.STAGES] + [""]
    users = User.objects.bulk_create([
        User(username=f"dbench{i}", email=f"dbench{i}@example.org", password=UNUSABLE, stage=stages[i % len(stages)])
        for i in range(members)
    ], batch_size=2000)
    EmailAddress.objects.bulk_create([
        EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users
    ], batch_size=2000)
    MailPreference.objects.bulk_create([
        MailPreference(user=u, quiet_hours=False, next_digest_at=timezone.now()) for u in users
    ], batch_size=2000)
    rows = []
    for u in users:
        for post in rng.sample(posts, items):
            rows.append(EmailItem(user=u, kind="reply_followed", digest=True, post=post, topic_id=post.topic_id,
                                  text="New reply in a topic you follow", url=f"/p/{post.pk}/",
                                  due_at=timezone.now()))
    EmailItem.objects.bulk_create(rows, batch_size=5000)
    guidance()


def guidance() -> None:
    """12 published guides, one pinned to each of 12 stage or help-desk boards, reviewed now."""
    boards = list(Board.objects.filter(group__slug__isnull=False).exclude(slug="digest-bench").order_by("pk")[:12])
    for i, board in enumerate(boards):
        resource = Resource.objects.create(slug=f"dbench-guide-{i}", title=f"Bench guide {i} for {board.name}",
                                           summary="Why slow and supervised matters.", status=Resource.PUBLISHED,
                                           reviewed_at=timezone.now())
        resource.boards.set([board])


def reset(now) -> None:
    users = User.objects.filter(username__startswith="dbench", mail_preference__isnull=False)
    OutgoingEmail.objects.filter(user__in=users).delete()
    EmailItem.objects.filter(user__in=users).update(message=None, skipped="")
    MailPreference.objects.filter(user__in=users).update(next_digest_at=now - datetime.timedelta(minutes=1),
                                                         last_digest_at=None)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--topics", type=int, default=2_000)
    parser.add_argument("--items", type=int, default=6, help="waiting digest items per member")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()}")
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    generate(args.members, args.topics, args.items)
    print(f"data ready in {time.perf_counter() - started:.1f}s ({connection.vendor})")
    now = timezone.now()
    reset(now)

    started = time.perf_counter()
    waiting = list(
        EmailItem.objects.filter(digest=True, message=None, skipped="", user__username__startswith="dbench")
        .select_related("post", "topic__board", "user")
    )
    baseline = time.perf_counter() - started
    print(f"baseline: read {len(waiting)} items with posts and topics in {baseline:.2f}s")

    started = time.perf_counter()
    built = build_digests(now=now)
    took = time.perf_counter() - started
    ours = [m for m in built if m.user.username.startswith("dbench")]
    print(f"build_digests: {len(ours)} digests for {args.members} members in {took:.1f}s "
          f"({len(ours) / took:.0f} digests/s; {took / baseline:.1f}x the baseline read; limit 300s)")
    guides = [m.body_text.count("Guidance: ") for m in ours]
    print(f"guidance per digest: min {min(guides, default=0)}, max {max(guides, default=0)} (by stage)")
    print(f"load average at end: {os.getloadavg()}")
    if len(ours) != args.members:
        sys.exit(f"expected {args.members} digests, built {len(ours)}")


if __name__ == "__main__":
    main()
