"""End-to-end journeys in a real browser, one test each, acting only through the pages.

Selectors are what a person sees: labels, button and link text, headings. The live server,
seed data and helpers are in conftest.py / helpers.py / seed.py.
"""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import log_in, signed_in_state

pytestmark = pytest.mark.browser


def _unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:6]}"


# --- Joining ------------------------------------------------------------------------------------


def test_visitor_joins_confirms_email_and_introduces_themselves(new_context, live_server_e2e):
    server = live_server_e2e
    name = "e2e_" + uuid.uuid4().hex[:8]
    address = f"{name}@example.com"
    page = new_context().new_page()

    page.goto(server.url + "/")
    page.get_by_role("navigation", name="Your account").get_by_role("link", name="Join").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Join"))
    page.get_by_label("Email address").fill(address)
    page.get_by_label("Display name").fill(name)
    page.get_by_label("Password", exact=True).fill("a calm long password 42")
    page.get_by_label("Password again").fill("a calm long password 42")
    page.get_by_label("I have read the community guidelines").check()
    page.get_by_label("I am 18 or older").check()
    page.get_by_role("button", name="Join Haven").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")

    bodies = server.mail_to(address)
    assert bodies, f"no email reached {address}"
    links = re.findall(r"https?://\S+/account/confirm-email/\S+", bodies[-1])
    assert links, f"no confirmation link in the email:\n{bodies[-1]}"
    page.goto(links[0].rstrip(".>)"))
    page.get_by_role("button", name="Confirm my email").click()
    # Confirming logs the new member in.
    expect(page.get_by_role("navigation", name="Your account")).to_contain_text(name)

    intro = server.obj("boards")["introductions"]
    page.goto(server.url + "/")
    page.get_by_role("link", name=intro["name"], exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(intro["name"])
    page.get_by_role("link", name="Start a topic").click()
    title = _unique("Hello, I am new here")
    page.get_by_label("Title").fill(title)
    page.get_by_label("Your message").fill("Eight months off and still foggy some days. Glad to have found you.")
    page.get_by_role("button", name="Start topic").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    # A new member's first posts wait for a moderator; they are told so, and see their post.
    expect(page.locator("main")).to_contain_text("Eight months off and still foggy some days.")
    if server.data["settings"]["premoderation_threshold"] > 0:
        expect(page.locator("main")).to_contain_text("waiting for a moderator")


# --- Pre-moderation -----------------------------------------------------------------------------


def test_new_members_held_post_appears_after_a_moderator_approves_it(new_context, browser, live_server_e2e):
    server = live_server_e2e
    board = server.obj("boards")["members_only"]
    title = _unique("My first week tapering")
    body = "Hello everyone, this is my first post. The nights are hard."

    newbie = new_context().new_page()
    log_in(newbie, server, server.user("newbie"))
    newbie.goto(server.url + board["url"])
    newbie.get_by_role("link", name="Start a topic").click()
    newbie.get_by_label("Title").fill(title)
    newbie.get_by_label("Your message").fill(body)
    newbie.get_by_role("button", name="Start topic").click()
    expect(newbie.locator("main")).to_contain_text("waiting for a moderator")

    other = new_context(storage_state=signed_in_state(browser, server, "member")).new_page()
    other.goto(server.url + board["url"])
    expect(other.get_by_role("link", name=title)).to_have_count(0)

    moderator = new_context(storage_state=signed_in_state(browser, server, "moderator")).new_page()
    moderator.goto(server.url + "/")
    moderator.get_by_role("link", name=re.compile("Review queue")).click()
    expect(moderator.get_by_role("heading", level=1)).to_have_text("Review queue")
    moderator.get_by_role("link", name=re.compile(re.escape(title))).first.click()
    moderator.get_by_role("button", name="Approve", exact=True).click()
    expect(moderator.locator("main")).to_contain_text(re.compile("approved", re.I))

    other.goto(server.url + board["url"])
    other.get_by_role("link", name=title).click()
    expect(other.locator("main")).to_contain_text(body)


# --- Flags --------------------------------------------------------------------------------------


def test_three_flags_hide_a_post_and_flaggers_see_the_moderators_decision(new_context, browser, live_server_e2e):
    server = live_server_e2e
    target = server.obj("flag_topic")
    post_selector = f"#post-{target['post_id']}"

    flaggers, landing_problems = [], []
    for key in ("flagger1", "flagger2", "flagger3"):
        page = new_context().new_page()
        log_in(page, server, server.user(key))
        page.goto(server.url + target["url"])
        page.locator(post_selector).get_by_role("link", name=re.compile("^Flag")).click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Tell a moderator")
        page.get_by_label("Unkind or harassing").check()
        with page.expect_navigation() as landed:
            page.get_by_role("button", name="Send to a moderator").click()
        if landed.value is None or landed.value.status >= 400:
            # Checked at the end, so the rest of the journey still runs and is reported.
            landing_problems.append(
                f"{key}: after 'Send to a moderator' the browser landed on {page.url} "
                f"({landed.value.status if landed.value else 'no response'}) instead of a page with the thank-you"
            )
        else:
            expect(page.locator("main")).to_contain_text(re.compile("thank", re.I))
        flaggers.append(page)

    # Hidden from everyone else while it waits for a moderator.
    reader = new_context(storage_state=signed_in_state(browser, server, "member")).new_page()
    reader.goto(server.url + target["url"])
    expect(reader.locator("main")).not_to_contain_text(target["post_text"])

    moderator = new_context(storage_state=signed_in_state(browser, server, "moderator")).new_page()
    moderator.goto(server.url + "/")
    moderator.get_by_role("link", name=re.compile("Review queue")).click()
    moderator.get_by_role("link", name=re.compile(re.escape("A post three members will flag"))).first.click()
    expect(moderator.locator("main")).to_contain_text("3 flags")
    hide_form = moderator.locator("form.action-hide")
    hide_form.get_by_label(re.compile("Reason")).fill("Unkind to another member. Please be gentle here.")
    hide_form.get_by_role("button", name="Hide").click()
    expect(moderator.locator("main")).to_contain_text(re.compile("hidden", re.I))

    for page in flaggers:
        page.goto(server.page_url("my_flags"))
        expect(page.get_by_role("row", name=re.compile("A post three members will flag"))).to_contain_text(
            "Reviewed, action taken"
        )
    assert not landing_problems, "\n".join(landing_problems)


# --- Chat ---------------------------------------------------------------------------------------


def test_two_members_see_each_others_chat_messages_live(new_context, live_server_e2e):
    server = live_server_e2e
    room = server.page_url("chat_room")
    first = new_context().new_page()
    log_in(first, server, server.user("chat1"))
    second = new_context().new_page()
    log_in(second, server, server.user("chat2"))
    for page in (first, second):
        page.goto(room)
        expect(page.get_by_label("Your message")).to_be_visible()

    hello = _unique("Hello from the first member")
    first.get_by_label("Your message").fill(hello)
    first.get_by_role("button", name="Send").click()
    expect(second.locator("#chat-messages")).to_contain_text(hello)

    reply = _unique("Hi, good to see you here")
    second.get_by_label("Your message").fill(reply)
    second.get_by_label("Your message").press("Enter")
    expect(first.locator("#chat-messages")).to_contain_text(reply)
    expect(second.locator("#chat-messages")).to_contain_text(reply)
    # Neither page was reloaded: the first message is still the one from before.
    expect(first.locator("#chat-messages")).to_contain_text(hello)


# --- Clinician-reviewed guidance ----------------------------------------------------------------


def test_resource_signed_off_by_a_second_clinician_is_pinned_on_its_board(new_context, browser, live_server_e2e):
    server = live_server_e2e
    title = _unique("Sleep during a slow taper")
    board_name = "Exercise, sleep and wellbeing"

    writer = new_context().new_page()
    log_in(writer, server, server.user("clinician1"))
    writer.goto(server.page_url("resource_new"))
    writer.get_by_label("Title").fill(title)
    writer.get_by_label("Summary").fill("What members report about sleep, and what may help.")
    writer.get_by_label("Text", exact=True).fill(
        "Many people report poor sleep while tapering (Ritvo et al., 2023). "
        "Talk to your own prescriber before changing any medication."
    )
    writer.get_by_label(board_name).check()
    writer.get_by_role("button", name="Save draft").click()
    writer.get_by_role("button", name="Send for review").click()
    expect(writer.locator("main")).to_contain_text(re.compile("waiting for sign-off|sent for review", re.I))

    reviewer = new_context().new_page()
    log_in(reviewer, server, server.user("clinician2"))
    reviewer.goto(server.page_url("resource_review"))
    reviewer.get_by_role("link", name=title).click()
    reviewer.get_by_role("button", name="Sign off and publish").click()
    expect(reviewer.locator("main")).to_contain_text(re.compile("published", re.I))

    board_url = server.obj("board_urls")[board_name]
    member = new_context(storage_state=signed_in_state(browser, server, "member")).new_page()
    member.goto(server.url + board_url)
    pinned = member.get_by_role("link", name=title)
    expect(pinned).to_be_visible()
    pinned.click()
    expect(member.get_by_role("heading", level=1)).to_contain_text(title)
    expect(member.locator("main")).to_contain_text(server.user("clinician2")["username"])


# --- Appearance ---------------------------------------------------------------------------------

THEME_BACKGROUNDS = {"light": "rgb(251, 250, 247)", "dark": "rgb(21, 24, 28)", "calm": "rgb(236, 235, 230)"}


def _appearance(page) -> tuple[str, str, str, str]:
    html = page.locator("html")
    return (
        html.get_attribute("data-theme"),
        html.get_attribute("data-text"),
        page.evaluate("() => getComputedStyle(document.body).backgroundColor"),
        page.evaluate("() => getComputedStyle(document.documentElement).fontSize"),
    )


def test_theme_and_text_size_choices_persist_across_pages(new_context, live_server_e2e):
    server = live_server_e2e

    # A visitor's device prefers dark: "Follow my device" shows the dark colours.
    visitor_context = new_context(color_scheme="dark")
    visitor = visitor_context.new_page()
    visitor.goto(server.url + "/")
    assert _appearance(visitor)[0] == "system"
    assert _appearance(visitor)[2] == THEME_BACKGROUNDS["dark"]

    # The visitor picks the low-stimulus theme and the largest text in the footer.
    footer = visitor.locator("footer")
    footer.get_by_label("Theme").select_option(label="Low stimulus")
    footer.get_by_label("Text size").select_option(label="Larger")
    footer.get_by_role("button", name="Apply").click()
    expect(visitor.locator("html")).to_have_attribute("data-theme", "calm")
    for path in ("/guidelines/", server.data["urls"]["login"], "/"):
        visitor.goto(server.url + path)
        assert _appearance(visitor) == ("calm", "larger", THEME_BACKGROUNDS["calm"], "24px"), path
    # Rendered by the server into the HTML itself, so there is no flash of the wrong theme.
    raw = visitor_context.request.get(server.url + "/guidelines/").text()
    assert 'data-theme="calm"' in raw and 'data-text="larger"' in raw

    # A member chooses in settings; the choice follows them to another device.
    member = new_context().new_page()
    log_in(member, server, server.user("keyboard"))
    member.goto(server.page_url("settings"))
    form = member.locator("main form").first
    form.get_by_label("Theme").select_option("dark")
    form.get_by_label("Text size").select_option("large")
    form.get_by_role("button", name="Save settings").click()
    expect(member.locator("html")).to_have_attribute("data-theme", "dark")
    member.goto(server.url + "/guidelines/")
    assert _appearance(member) == ("dark", "large", THEME_BACKGROUNDS["dark"], "20px")

    other_device = new_context(color_scheme="light").new_page()
    log_in(other_device, server, server.user("keyboard"))
    other_device.goto(server.url + "/")
    assert _appearance(other_device) == ("dark", "large", THEME_BACKGROUNDS["dark"], "20px")
    # Back to normal for the other tests that use this member.
    other_device.goto(server.page_url("settings"))
    form = other_device.locator("main form").first
    form.get_by_label("Theme").select_option("system")
    form.get_by_label("Text size").select_option("normal")
    form.get_by_role("button", name="Save settings").click()
    expect(other_device.locator("html")).to_have_attribute("data-text", "normal")


# --- Keyboard only ------------------------------------------------------------------------------


def _tab_until(page, predicate_js: str, *, limit: int = 120, shift: bool = False) -> None:
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if shift else "Tab")
        if page.evaluate(predicate_js):
            return
    raise AssertionError(f"Tab never reached the element ({predicate_js}); focus is on "
                         + page.evaluate("() => document.activeElement.outerHTML.slice(0, 200)"))


def _focus_is_visible(page) -> bool:
    return page.evaluate(
        """() => { const s = getComputedStyle(document.activeElement);
                   return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; }"""
    )


def test_member_posts_a_reply_using_only_the_keyboard(new_context, live_server_e2e):
    server = live_server_e2e
    topic = server.obj("keyboard_topic")
    page = new_context().new_page()
    log_in(page, server, server.user("keyboard"))
    page.goto(server.url + topic["url"])

    # The first Tab reaches the skip link, shown on focus with a visible ring; Enter skips the menus.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent.trim()") == "Skip to content"
    assert _focus_is_visible(page)
    expect(page.get_by_role("link", name="Skip to content")).to_be_in_viewport()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"

    _tab_until(page, "() => document.activeElement.tagName === 'TEXTAREA'")
    assert _focus_is_visible(page)
    text = _unique("Typed with the keyboard only: a walk in the sun")
    page.keyboard.type(text)
    _tab_until(
        page,
        "() => document.activeElement.tagName === 'BUTTON'"
        " && document.activeElement.textContent.trim() === 'Post reply'",
    )
    assert _focus_is_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.locator("#post-list")).to_contain_text(text)
