"""axe-core (vendored, tests/e2e/vendor) on every main page, in every theme, for visitors,
members and moderators: zero violations of the WCAG 2.0/2.1/2.2 A and AA rules.

A failing rule fails the test and names the rule, its impact, the elements and how to fix it.
Pages are also checked at 360px wide for horizontal scrolling.
"""

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import AXE_PATH, axe_violations, format_violations, signed_in_state

pytestmark = pytest.mark.browser

ROLES = ["visitor", "member", "moderator"]
THEMES = ["light", "dark", "calm"]
SIGNED_IN = {"member", "moderator"}
# Page key (tests/e2e/seed.py) -> who can open it.
PAGES = {
    "home": {"visitor", "member", "moderator"},
    "board": {"visitor", "member", "moderator"},
    "members_board": {"member", "moderator"},
    "topic": {"visitor", "member", "moderator"},
    "composer": {"member", "moderator"},
    "profile": {"visitor", "member", "moderator"},
    "settings": {"member", "moderator"},
    "email_settings": {"member", "moderator"},
    "data_export": {"member", "moderator"},
    "delete_account": {"member"},
    "notifications": {"member", "moderator"},
    "search": {"visitor", "member", "moderator"},
    "rooms": {"member", "moderator"},
    "chat_room": {"member", "moderator"},
    "my_flags": {"member", "moderator"},
    "moderation_queue": {"moderator"},
    "crisis_item": {"moderator"},
    "audit_log": {"moderator"},
    "library": {"visitor", "member", "moderator"},
    "resource": {"visitor", "member", "moderator"},
    "help_now": {"visitor", "member", "moderator"},
    "journal": {"member", "moderator"},
    "journal_report": {"member", "moderator"},
    "journal_entry": {"member", "moderator"},
    "journal_import": {"member", "moderator"},
    "journal_public": {"visitor", "member", "moderator"},
    "equivalence": {"visitor", "member", "moderator"},
    # Posting with care (docs/care.md): the member has the noted post folded away on care_topic.
    "care_topic": {"member", "moderator"},
    "reading_settings": {"member", "moderator"},
    "drafts": {"member", "moderator"},
    "post_notes": {"moderator"},
    "welcome": {"member", "moderator"},
    "unanswered_introductions": {"moderator"},
    "signup": {"visitor"},
    "login": {"visitor"},
    "inbox": {"member", "moderator"},
    "conversation": {"member"},
    "new_conversation": {"member", "moderator"},
    "team_inbox": {"moderator"},
    "team_conversation": {"moderator"},
}
WIDEST_ELEMENTS_JS = """() => Array.from(document.querySelectorAll('body *'))
    .filter(e => e.getBoundingClientRect().right > 361).slice(0, 5)
    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
        + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/ +/).join('.') : ''))"""
CASES = [(role, page) for role in ROLES for page in PAGES if role in PAGES[page]]


@pytest.fixture(scope="session")
def scan_contexts(browser, live_server_e2e):
    """One browser context per role, shared by the scans (they only read pages).

    axe-core is added to every document from the vendored file before the page's own scripts
    (an init script, injected by the browser itself), so the site's strict CSP stays on.
    """
    contexts = {}

    def get(role: str):
        if role not in contexts:
            state = signed_in_state(browser, live_server_e2e, role) if role in SIGNED_IN else None
            context = browser.new_context(
                base_url=live_server_e2e.url, locale="en-GB", storage_state=state,
                viewport={"width": 1024, "height": 800},
            )
            context.set_default_timeout(15_000)
            context.add_init_script(path=str(AXE_PATH))
            page = context.new_page()
            # Start from the light theme and normal text, chosen the way a person does (footer form).
            page.goto(live_server_e2e.url + "/")
            footer = page.locator("footer")
            footer.get_by_label("Theme").select_option("light")
            footer.get_by_label("Text size").select_option("normal")
            footer.get_by_role("button", name="Apply").click()
            page.wait_for_load_state()
            assert page.locator("html").get_attribute("data-theme") == "light"
            contexts[role] = (context, page)
        return contexts[role]

    yield get
    for context, _page in contexts.values():
        context.close()


@pytest.mark.parametrize(("role", "page_key"), CASES, ids=[f"{r}-{p}" for r, p in CASES])
def test_page_has_no_wcag_violations_in_any_theme(scan_contexts, live_server_e2e, role, page_key):
    """Full WCAG A/AA scan in the light, dark and low-stimulus themes.

    The server renders the theme only as <html data-theme="...">, and the themes differ only in
    CSS custom properties, so after loading the page once the scan sets that attribute for the
    dark and calm passes (test_journeys checks the server renders and keeps the choice)."""
    url = live_server_e2e.page_url(page_key)
    _context, page = scan_contexts(role)
    response = page.goto(url)
    assert response is not None and response.status < 400, f"{url} answered {response and response.status}"
    if role in SIGNED_IN:
        assert "/account/login" not in page.url, f"{role} was sent to log in from {url}"
    assert page.locator("h1").count() == 1, f"{url} should have exactly one h1"
    if page_key == "chat_room":
        # Scan the room as members normally see it: connected, with the message box shown.
        expect(page.locator("#chat-status")).to_have_text("Connected", timeout=15_000)
    report = []
    for theme in THEMES:
        page.evaluate("(theme) => { document.documentElement.dataset.theme = theme; }", theme)
        violations = axe_violations(page)
        if violations:
            report.append(format_violations(violations, f"{role} · {theme} theme · {page.url}"))
    assert not report, "\n" + "\n".join(report)


@pytest.mark.parametrize("role", ROLES)
def test_pages_fit_a_360px_wide_phone(browser, live_server_e2e, role):
    """Every page is usable at 360px: nothing wider than the screen, so no sideways scrolling."""
    server = live_server_e2e

    state = signed_in_state(browser, server, role) if role in SIGNED_IN else None
    context = browser.new_context(
        base_url=server.url, locale="en-GB", storage_state=state,
        viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True,
    )
    page = context.new_page()
    too_wide = []
    try:
        for page_key, roles in PAGES.items():
            if role not in roles or not server.data["urls"].get(page_key):
                continue
            page.goto(server.page_url(page_key))
            width = page.evaluate("() => document.documentElement.scrollWidth")
            if width > 360:
                culprits = page.evaluate(WIDEST_ELEMENTS_JS)
                too_wide.append(f"{page.url}: {width}px wide; widest: {', '.join(culprits)}")
    finally:
        context.close()
    assert not too_wide, "Pages wider than a 360px phone:\n" + "\n".join(too_wide)
