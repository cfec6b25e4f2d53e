#!/usr/bin/env python3
"""Server time of the private-message pages at size (issue 13): an inbox of 200 conversations,
a 3,000-message conversation (last page, first page) and a 30-message one.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/haven_messages .venv/bin/python bench/messages_bench.py

Same method as bench/journal_bench.py: one process, Django's test client (the whole request),
DEBUG off, the database in DATABASE_URL (SQLite in a temporary file when unset). Prints median
and p90 wall time, median CPU time of this process, and ratios to the settings page measured in
the same run. Query counts are asserted in tests/conversations/test_views.py.
"""

import argparse
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.journal_bench import _setup, _time  # noqa: E402 - after sys.path


def _people(conversations: int):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    reader, _ = User.objects.get_or_create(username="bench_reader", defaults={"email": "br@example.com"})
    others = []
    for n in range(conversations):
        user, _ = User.objects.get_or_create(username=f"bench_pen_{n}", defaults={"email": f"bp{n}@example.com"})
        others.append(user)
    return reader, others


def _conversation(reader, other, messages: int, tag: str):
    """A conversation of `messages` messages, bulk-inserted (the services are measured by tests)."""
    from django.utils import timezone

    from conversations.models import Conversation, Message, Participant
    from forum.sanitize import render_markdown

    conversation = Conversation.objects.create(kind=Conversation.DIRECT, started_by=other)
    html = render_markdown("Another **quiet** night, thinking of you all.", profile="chat")
    Message.objects.bulk_create(
        [Message(conversation=conversation, author=reader if n % 2 else other, client_id=f"{tag}-{n}",
                 source="Another **quiet** night, thinking of you all.", html=html) for n in range(messages)],
        batch_size=1000,
    )
    last = conversation.messages.order_by("-id").values_list("id", flat=True).first() or 0
    now = timezone.now()
    Participant.objects.bulk_create([
        Participant(conversation=conversation, user=user, latest_id=last, latest_at=now, last_read_id=last)
        for user in (reader, other)
    ])
    return conversation


def _world(conversations: int, long_messages: int):
    from conversations.models import Conversation

    reader, others = _people(conversations)
    if Conversation.objects.filter(participants__user=reader).count() != conversations:
        Conversation.objects.filter(participants__user=reader).delete()
        long = _conversation(reader, others[0], long_messages, "long")
        short = _conversation(reader, others[1], 30, "short")
        for n, other in enumerate(others[2:]):
            _conversation(reader, other, 3, f"c{n}")
    long = Conversation.objects.filter(participants__user=reader).order_by("id").first()
    short = Conversation.objects.filter(participants__user=reader).order_by("id")[1]
    return reader, long, short


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    _setup(os.environ.get("DATABASE_URL"))
    from django.conf import settings
    from django.test import Client
    from django.test.utils import override_settings

    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    override_settings(STORAGES={**settings.STORAGES, "staticfiles": plain}).enable()
    reader, long, short = _world(args.conversations, args.messages)
    client = Client()
    client.force_login(reader)
    pages = {
        "baseline: settings page": "/settings/",
        f"inbox ({args.conversations} conversations)": "/messages/",
        "30-message conversation": short.get_absolute_url(),
        f"{args.messages}-message conversation, last page": long.get_absolute_url(),
        f"{args.messages}-message conversation, page 1": long.get_absolute_url() + "?page=1",
    }
    results = {name: _time(client, url, args.runs) for name, url in pages.items()}
    base = statistics.median(results["baseline: settings page"][0])
    base_cpu = statistics.median(results["baseline: settings page"][1])
    print(f"{args.runs} requests per page, database {settings.DATABASES['default']['ENGINE']}")
    print("| page | wall median ms | wall p90 ms | × baseline (wall) | CPU median ms | × baseline (CPU) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (wall, cpu) in results.items():
        median, cpu_median = statistics.median(wall), statistics.median(cpu)
        p90 = statistics.quantiles(wall, n=10)[-1]
        print(f"| {name} | {median:.1f} | {p90:.1f} | {median / base:.2f} | {cpu_median:.1f} | "
              f"{cpu_median / base_cpu:.2f} |")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
