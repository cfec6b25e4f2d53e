"""Helpers for the browser tests: the live server handle, logging in, TOTP codes, axe-core."""

import email
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

AXE_PATH = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@dataclass
class LiveServer:
    url: str
    data: dict
    mail_dir: Path
    log_path: Path
    totp_used: dict = field(default_factory=dict)
    sessions: dict = field(default_factory=dict)

    def __call__(self, path: str) -> str:
        return self.url + path

    def user(self, key: str) -> dict:
        try:
            return self.data["users"][key]
        except KeyError:
            pytest.fail(f"the seed could not create user {key!r}: {self.data['problems']}", pytrace=False)

    def page_url(self, key: str) -> str:
        path = self.data["urls"].get(key)
        if not path:
            problems = "; ".join(self.data["problems"]) or "URL name not found"
            pytest.fail(f"page {key!r} is not available on the server ({problems})", pytrace=False)
        return self.url + path

    def obj(self, key: str) -> dict:
        value = self.data["objects"].get(key)
        if value is None:
            pytest.fail(f"the seed could not create {key!r}: {self.data['problems']}", pytrace=False)
        return value

    def messages(self) -> list[email.message.Message]:
        found = []
        for path in sorted(self.mail_dir.glob("*")):
            for chunk in re.split(r"\n-{79}\n", path.read_text()):
                if chunk.strip():
                    found.append(email.message_from_string(chunk.lstrip("\n")))
        return found

    def mail_to(self, address: str, *, timeout: float = 10) -> list[str]:
        """Plain-text bodies of the messages sent to address (waits for at least one)."""
        deadline = time.monotonic() + timeout
        while True:
            bodies = []
            for message in self.messages():
                if address in (message.get("To") or ""):
                    for part in message.walk():
                        if part.get_content_type() == "text/plain":
                            bodies.append(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8"))
            if bodies or time.monotonic() > deadline:
                return bodies
            time.sleep(0.2)

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text().splitlines()[-lines:])
        except OSError:
            return ""


def totp_code(server: LiveServer, user: dict) -> str:
    """The current code from the user's authenticator, computed with allauth's own HOTP code.

    allauth refuses a code twice, so when this session already used the current time step
    for this user, wait for the next one (at most 30 s, once per sign-in)."""
    from allauth.mfa import app_settings
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    period = app_settings.TOTP_PERIOD
    while True:
        counter = int(time.time()) // period
        if server.totp_used.get(user["username"], -1) < counter:
            server.totp_used[user["username"]] = counter
            return format_hotp_value(hotp_value(user["totp_secret"], counter))
        time.sleep(period - time.time() % period + 0.2)


def log_in(page, server: LiveServer, user: dict) -> None:
    """Log in through the real form (and the two-step code when the account has one)."""
    page.goto(server.page_url("login"))
    page.get_by_label("Display name or email").fill(user["username"])
    page.get_by_label("Password", exact=True).fill(user["password"])
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state()
    if "/2fa/" in page.url or "/mfa/" in page.url:
        page.get_by_label("Code").fill(totp_code(server, user))
        page.get_by_role("button", name="Log in").click()
        page.wait_for_load_state()
    assert "/account/login" not in page.url and "/2fa/" not in page.url, (
        f"log in as {user['username']} failed at {page.url}: {page.locator('main').inner_text()[:500]}"
    )


def signed_in_state(browser, server: LiveServer, key: str) -> dict:
    """Cookies of a signed-in session for user `key`, made once per test session."""
    if key not in server.sessions:
        context = browser.new_context(base_url=server.url, locale="en-GB")
        page = context.new_page()
        log_in(page, server, server.user(key))
        server.sessions[key] = context.storage_state()
        context.close()
    return server.sessions[key]


def format_violations(violations: list[dict], where: str) -> str:
    lines = []
    for violation in violations:
        targets = [", ".join(str(t) for t in node["target"]) for node in violation["nodes"]]
        lines.append(
            f"{where}: [{violation['id']}] impact={violation.get('impact')} — {violation['help']}\n"
            f"    targets: {' | '.join(targets[:8])}{' …' if len(targets) > 8 else ''}\n"
            f"    first: {violation['nodes'][0].get('failureSummary', '').strip()[:300]}\n"
            f"    more: {violation['helpUrl']}"
        )
    return "\n".join(lines)


def axe_violations(page) -> list[dict]:
    """Run the vendored axe-core on the page for the WCAG 2.0/2.1/2.2 A and AA rules.

    The scan waits for the page's load event first: an assertion on text can pass while the
    stylesheet is still on its way, and axe would then measure unstyled links (CI once failed
    target-size on every header link of a page scanned that early, on a loaded machine).
    """
    page.wait_for_load_state("load")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_PATH))
    return page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return result.violations;
        }""",
        WCAG_TAGS,
    )
