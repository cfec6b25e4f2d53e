"""End-to-end set-up: a live daphne server (HTTP + websockets) and Debian's Chromium.

- Chromium: CHROMIUM_PATH or /usr/bin/chromium. Never downloaded. Without it the browser tests
  skip with the reason, unless REQUIRE_BROWSER=1 (CI), which makes them fail instead.
- Server: `daphne config.asgi:application` on a free port, as a subprocess, against its own
  database: a temporary SQLite file (HAVEN_SQLITE_PATH), or, when DATABASE_URL points at
  PostgreSQL, a separate database "<name>_e2e" created and dropped here. The test process never
  touches that database through Django: tests/e2e/seed.py (run once, in the server's
  environment) makes the users and content, and the tests act through the browser like members.
- Mail: the server writes it to files (HAVEN_EMAIL_FILE_PATH); `server.mail_to(address)` reads it.
- Browser tests run last (see pytest_collection_modifyitems): Playwright's sync API runs its own
  event loop, which must not overlap pytest-asyncio's.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

from tests.e2e.helpers import LiveServer

ROOT = Path(__file__).resolve().parents[2]
AXE_PATH = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def find_chromium() -> str | None:
    candidates = [os.environ.get("CHROMIUM_PATH", ""), "/usr/bin/chromium", shutil.which("chromium") or ""]
    for candidate in candidates:
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def pytest_collection_modifyitems(session, config, items):
    """Run browser tests after everything else (one browser and one server for all of them)."""
    items.sort(key=lambda item: 1 if item.get_closest_marker("browser") else 0)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path is None:
        reason = (
            "Chromium not found (set CHROMIUM_PATH or `apt-get install chromium`); "
            "browser tests skipped. Set REQUIRE_BROWSER=1 to make this a failure."
        )
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail("REQUIRE_BROWSER=1 but " + reason, pytrace=False)
        pytest.skip(reason)
    return path


# --- The live server ------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _postgres_admin(url: str, sql: str) -> None:
    import psycopg

    parts = urlparse(url)
    admin = urlunparse(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture(scope="session")
def live_server_e2e(chromium_path, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("e2e")
    mail_dir = workdir / "mail"
    mail_dir.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_DEBUG="1",
        HAVEN_EMAIL_FILE_PATH=str(mail_dir),
        PYTHONUNBUFFERED="1",
    )
    database_url = os.environ.get("DATABASE_URL", "")
    e2e_database_url = None
    if database_url.startswith(("postgres://", "postgresql://")):
        parts = urlparse(database_url)
        name = (parts.path.lstrip("/") or "haven") + "_e2e"
        e2e_database_url = urlunparse(parts._replace(path="/" + name))
        _postgres_admin(database_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _postgres_admin(database_url, f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = e2e_database_url
    else:
        env.pop("DATABASE_URL", None)
        env["HAVEN_SQLITE_PATH"] = str(workdir / "haven-e2e.sqlite3")

    def run(*args):
        done = subprocess.run(
            [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        if done.returncode != 0:
            pytest.fail(f"`{' '.join(args)}` failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}", pytrace=False)
        return done

    run("manage.py", "migrate", "--noinput", "-v", "0")
    seed_out = workdir / "seed.json"
    seeded = run("-m", "tests.e2e.seed", str(seed_out))
    data = json.loads(seed_out.read_text())
    if data["problems"]:
        sys.stderr.write("e2e seed problems:\n  " + "\n  ".join(data["problems"]) + "\n" + seeded.stderr[-4000:])

    port = _free_port()
    log_path = workdir / "daphne.log"
    log = open(log_path, "w")  # noqa: SIM115 - closed below
    daphne = str(Path(sys.executable).with_name("daphne"))
    proc = subprocess.Popen(
        [daphne, "-b", "127.0.0.1", "-p", str(port), "config.asgi:application"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    server = LiveServer(url=f"http://127.0.0.1:{port}", data=data, mail_dir=mail_dir, log_path=log_path)
    try:
        deadline = time.monotonic() + 40
        while True:
            try:
                with urllib.request.urlopen(server("/healthz"), timeout=2) as response:  # noqa: S310 - local
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the live server did not start:\n{server.log_tail()}", pytrace=False)
            time.sleep(0.25)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        if e2e_database_url:
            name = urlparse(e2e_database_url).path.lstrip("/")
            _postgres_admin(database_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- The browser ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    # launch() gives each run a fresh, temporary user data directory.
    chromium = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_FLAGS, headless=True)
    try:
        yield chromium
    finally:
        chromium.close()
        playwright.stop()


class CspWatcher:
    """Collects CSP violations, script errors and error pages (4xx/5xx documents) in Chromium.

    A CSP report from one of Django's debug error pages (DEBUG is on for the live server) is
    replaced by the error itself, which is the real problem."""

    def __init__(self):
        self.problems: list[str] = []
        self.error_pages: set[str] = set()

    def _add(self, problem: str) -> None:
        if problem not in self.problems:
            self.problems.append(problem)

    def attach(self, page):
        def console(message):
            if message.type == "error" and "Content Security Policy" in message.text:
                if page.url in self.error_pages:
                    return
                self._add(f"CSP violation on {page.url}: {message.text.split('. Either')[0]}")

        def response(resp):
            if resp.request.is_navigation_request() and resp.status >= 400 and resp.frame == page.main_frame:
                self.error_pages.add(resp.url)
                self._add(f"{resp.request.method} {resp.url} answered {resp.status}")

        page.on("console", console)
        page.on("response", response)
        page.on("pageerror", lambda error: self._add(f"JavaScript error on {page.url}: {error}"))


@pytest.fixture
def new_context(browser, live_server_e2e):
    """Factory for fresh browser contexts (a separate visitor each); closed after the test.

    Journey contexts keep the site's CSP and fail the test on any CSP violation or script error.
    """
    contexts, watchers = [], []

    def make(*, storage_state=None, viewport=None, watch=True, **options):
        context = browser.new_context(
            base_url=live_server_e2e.url,
            storage_state=storage_state,
            viewport=viewport or {"width": 1024, "height": 800},
            locale="en-GB",
            reduced_motion="reduce",
            **options,
        )
        context.set_default_timeout(10_000)
        if watch:
            watcher = CspWatcher()
            context.on("page", watcher.attach)
            watchers.append(watcher)
        contexts.append(context)
        return context

    yield make
    problems = [problem for watcher in watchers for problem in watcher.problems]
    for context in contexts:
        context.close()
    assert not problems, "The browser reported problems:\n" + "\n".join(problems)
