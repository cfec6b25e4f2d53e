#!/usr/bin/env python3
"""Server time of the journal page and the report for a 2,000-entry journal (issue 11).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/haven_journal .venv/bin/python bench/journal_bench.py

Runs in one process through Django's test client (the whole request: middleware, session,
queries, template, SVG), DEBUG off, against the database in DATABASE_URL (created and migrated
if missing; SQLite in a temporary file when unset). Prints the median and 90th percentile of
N requests per page in wall-clock time, the median CPU time of this process (what the request
costs in Python whatever else the machine is doing) and, as a baseline measured in the same
run, the settings page (a small signed-in page with a form). Query counts are asserted in
tests/journal/test_chart_and_report.py. Load average is printed first: the machine
is shared, so compare with the baseline rather than across runs.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _setup(database_url: str | None) -> None:
    if database_url:
        from urllib.parse import urlparse, urlunparse

        import psycopg

        parts = urlparse(database_url)
        admin = urlunparse(parts._replace(path="/postgres"))
        with psycopg.connect(admin, autocommit=True) as conn:
            name = parts.path.lstrip("/")
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
    else:
        os.environ["HAVEN_SQLITE_PATH"] = str(Path(tempfile.mkdtemp()) / "journal-bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-" + "x" * 50)
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _member(entries: int):
    from django.contrib.auth import get_user_model

    from journal.models import Entry
    from tests.journal.helpers import bulk_journal

    user, _ = get_user_model().objects.get_or_create(username="bench_journal", defaults={"email": "bj@example.com"})
    if Entry.objects.filter(journal__owner=user).count() != entries:
        Entry.objects.filter(journal__owner=user).delete()
        bulk_journal(user, entries)
    return user


def _time(client, url: str, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and this process's CPU milliseconds per request (CPU time is what a quiet
    machine would need in Python; the database's own work is in the wall time only)."""
    assert client.get(url, secure=True).status_code == 200, url
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url, secure=True)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    _setup(os.environ.get("DATABASE_URL"))
    from django.conf import settings
    from django.test import Client
    from django.test.utils import override_settings

    # No collectstatic here: plain static storage (the manifest lookup is not what we measure).
    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    storages = {**settings.STORAGES, "staticfiles": plain}
    override_settings(STORAGES=storages).enable()

    client = Client()
    client.force_login(_member(args.entries))
    pages = {
        "baseline: settings page": "/settings/",
        "journal page (chart + diazepam band)": "/journal/?equivalent=on",
        "report (chart, steps, trends, notes)": "/journal/report/?notes=1&equivalent=on",
    }
    results = {name: _time(client, url, args.runs) for name, url in pages.items()}
    base = statistics.median(results["baseline: settings page"][0])
    base_cpu = statistics.median(results["baseline: settings page"][1])
    print(f"{args.entries} entries, {args.runs} requests per page, database {settings.DATABASES['default']['ENGINE']}")
    print("| page | wall median ms | wall p90 ms | × baseline (wall) | CPU median ms | × baseline (CPU) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (wall, cpu) in results.items():
        median, cpu_median = statistics.median(wall), statistics.median(cpu)
        p90 = statistics.quantiles(wall, n=10)[-1]
        cells = [f"{median:.1f}", f"{p90:.1f}", f"{median / base:.2f}"]
        cells += [f"{cpu_median:.1f}", f"{cpu_median / base_cpu:.2f}"]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
