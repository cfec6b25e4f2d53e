"""Posting with care in a real browser (docs/care.md): drafts that follow the member across
devices and leave nothing behind after logout, the rule 2 reminder while typing, note
suggestions, and a folded post opened with "Show this post"."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import log_in

pytestmark = pytest.mark.browser

DRAFT_KEYS_JS = "() => Object.keys(localStorage).filter(k => k.startsWith('haven-draft:'))"


def _device(new_context, server, key: str):
    page = new_context().new_page()
    log_in(page, server, server.user(key))
    return page


def test_a_draft_started_on_one_device_is_finished_on_another(new_context, live_server_e2e):
    server = live_server_e2e
    topic = server.obj("keyboard_topic")
    text = f"Started on my phone {uuid.uuid4().hex[:6]}, finishing on the laptop."
    phone = _device(new_context, server, "carer")
    phone.goto(server.url + f"/t/{topic['id']}/reply/")
    with phone.expect_response(lambda r: "/drafts/keep/" in r.url and r.request.method == "POST"):
        phone.get_by_label("Your message").fill(text)

    laptop = _device(new_context, server, "carer")
    laptop.goto(server.url + f"/t/{topic['id']}/reply/")
    expect(laptop.get_by_text("Draft restored — discard?")).to_be_visible()
    expect(laptop.get_by_label("Your message")).to_have_value(text)
    laptop.goto(server.url + "/drafts/")
    expect(laptop.get_by_role("link", name=re.compile("^Reply to"))).to_be_visible()
    expect(laptop.get_by_role("button", name=re.compile("^Discard"))).to_be_visible()
    laptop.goto(server.url + f"/t/{topic['id']}/reply/")
    expect(laptop.get_by_label("Your message")).to_have_value(text)
    laptop.get_by_role("button", name="Post reply").click()
    expect(laptop.locator(".post-body").filter(has_text="finishing on the laptop")).to_be_visible()

    laptop.goto(server.url + "/drafts/")
    expect(laptop.get_by_text("No drafts right now.")).to_be_visible()


def test_an_offline_copy_stays_in_the_browser_only_until_logout(new_context, live_server_e2e):
    server = live_server_e2e
    topic = server.obj("keyboard_topic")
    page = _device(new_context, server, "carer")
    page.goto(server.url + f"/t/{topic['id']}/reply/")
    page.context.set_offline(True)
    page.get_by_label("Your message").fill("Typed on the train with no signal.")
    page.wait_for_function("() => Object.keys(localStorage).some(k => k.startsWith('haven-draft:'))",
                           timeout=10_000)
    page.context.set_offline(False)
    page.get_by_role("navigation", name="Your account").get_by_role("button", name="Log out").click()
    page.wait_for_load_state()
    assert page.evaluate(DRAFT_KEYS_JS) == []


def test_the_reminder_appears_while_typing_and_the_post_goes_through(new_context, live_server_e2e):
    server = live_server_e2e
    topic = server.obj("keyboard_topic")
    page = _device(new_context, server, "carer")
    page.goto(server.url + f"/t/{topic['id']}/reply/")
    box = page.get_by_label("Your message")
    box.fill("I'm on 12 mg and what worked for me was holding for a while.")
    page.wait_for_timeout(1200)
    expect(page.get_by_text("A gentle reminder of rule 2")).to_be_hidden()
    body = f"Honestly, you should cut 10% now. ({uuid.uuid4().hex[:6]})"
    box.fill(body)
    reminder = page.locator("[data-nudge]")
    expect(reminder).to_contain_text("A gentle reminder of rule 2")
    expect(reminder).to_contain_text("you should cut")
    page.get_by_role("button", name="Post reply").click()
    # Seen once in the browser, so the server posts it as it is (a moderator sees it later).
    expect(page.locator(".post-body").filter(has_text=body)).to_be_visible()


def test_the_server_shows_the_reminder_when_scripts_are_off(browser, live_server_e2e):
    server = live_server_e2e
    context = browser.new_context(base_url=server.url, java_script_enabled=False, locale="en-GB")
    try:
        page = context.new_page()
        log_in(page, server, server.user("fragile"))
        page.goto(server.url + f"/t/{server.obj('keyboard_topic')['id']}/reply/")
        page.get_by_label("Your message").fill("Just jump off, it's only 0.25 mg.")
        page.get_by_role("button", name="Post reply").click()
        expect(page.get_by_text("A gentle reminder of rule 2")).to_be_visible()
        expect(page.get_by_label("Your message")).to_have_value("Just jump off, it's only 0.25 mg.")
        page.get_by_role("button", name="Post as it is").click()
        expect(page.locator(".post-body").filter(has_text="Just jump off")).to_be_visible()
    finally:
        context.close()


def test_notes_are_suggested_while_writing(new_context, live_server_e2e):
    server = live_server_e2e
    page = _device(new_context, server, "carer")
    page.goto(server.page_url("composer"))
    page.get_by_label("Your message").fill("I was on 2 mg when I ended up in hospital.")
    hint = page.locator("[data-note-suggestion]")
    expect(hint).to_contain_text("Hospital or emergency")
    expect(hint).to_contain_text("Dose numbers")
    page.get_by_label("Dose numbers").check()
    expect(hint).not_to_contain_text("Dose numbers")


def test_a_folded_post_opens_with_show_this_post(new_context, live_server_e2e):
    server = live_server_e2e
    care = server.obj("care_topic")
    page = _device(new_context, server, "fragile")
    page.goto(server.url + care["url"])
    folded = page.locator(f"#post-{care['noted_post_id']}")
    expect(folded).to_contain_text("Content notes: Self-harm")
    expect(folded).not_to_contain_text("hurt myself")
    folded.get_by_role("link", name=re.compile("Show this post")).click()
    expect(page.locator(f"#post-{care['noted_post_id']}")).to_contain_text("hurt myself")


def test_a_new_member_is_welcomed_after_confirming_and_introduces_themselves(new_context, live_server_e2e):
    server = live_server_e2e
    name = "e2e_" + uuid.uuid4().hex[:8]
    page = new_context().new_page()
    page.goto(server.url + "/account/signup/")
    page.get_by_label("Email address").fill(f"{name}@example.com")
    page.get_by_label("Display name").fill(name)
    page.get_by_label("Password", exact=True).fill("a calm long password 42")
    page.get_by_label("Password again").fill("a calm long password 42")
    page.get_by_label("I have read the community guidelines").check()
    page.get_by_label("I am 18 or older").check()
    page.get_by_role("button", name="Join Haven").click()
    links = re.findall(r"https?://\S+/account/confirm-email/\S+", server.mail_to(f"{name}@example.com")[-1])
    page.goto(links[0].rstrip(".>)"))
    page.get_by_role("button", name="Confirm my email").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(f"Welcome to Haven, {name}")
    page.get_by_label("Where are you at the moment?").select_option("holding")
    page.get_by_label("Suicidal thoughts").check()
    page.get_by_role("button", name="Save and introduce myself").click()
    expect(page.get_by_label("Your message")).to_have_value(re.compile("Hello everyone, I'm new here."))
    expect(page.get_by_text("Your first few posts are read by a moderator")).to_be_visible()
    page.get_by_label("Title").fill(f"Hello from {name}")
    page.get_by_role("button", name="Start topic").click()
    expect(page.get_by_text("Awaiting review").first).to_be_visible()

    page.goto(server.url + "/settings/reading/")
    expect(page.get_by_label("Suicidal thoughts")).to_be_checked()


def test_moderators_see_an_introduction_nobody_answered_for_a_day(new_context, live_server_e2e):
    server = live_server_e2e
    page = _device(new_context, server, "moderator")
    page.goto(server.page_url("moderation_queue"))
    page.get_by_role("link", name="Introductions with no reply after a day").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Introductions with no reply")
    expect(page.get_by_role("link", name="Hello from the seaside")).to_be_visible()


def _chat(new_context, server, key: str):
    page = _device(new_context, server, key)
    page.goto(server.page_url("chat_room"))
    expect(page.locator("#chat-status")).to_have_text("Connected", timeout=15_000)
    return page


def test_the_chat_reminder_appears_while_typing_and_send_sends_it_as_it_is(new_context, live_server_e2e):
    server = live_server_e2e
    page = _chat(new_context, server, "chat1")
    box = page.get_by_label("Your message")
    reminder = page.locator("#chat-form [data-nudge]")
    own = f"I'm on 12 mg and what worked for me was holding a while ({uuid.uuid4().hex[:6]})."
    box.fill(own)
    page.wait_for_timeout(1200)
    expect(reminder).to_be_hidden()
    box.press("Enter")
    expect(page.locator("#chat-messages li[data-message-id]").filter(has_text=own)).to_be_visible()
    text = f"You should cut 10% tonight ({uuid.uuid4().hex[:6]})."
    box.fill(text)
    expect(reminder).to_contain_text("A gentle reminder of rule 2")
    page.get_by_role("button", name="Send").click()
    expect(page.locator("#chat-messages li[data-message-id]").filter(has_text=text)).to_be_visible()
    expect(reminder).to_be_hidden()
    expect(box).to_have_value("")


def test_the_server_reminds_in_chat_and_keeps_the_text_in_the_box(new_context, live_server_e2e):
    server = live_server_e2e
    page = _device(new_context, server, "chat2")
    # Without the browser's own check (rules not loaded), the server's answer brings the reminder.
    page.route("**/nudge-rules.json", lambda route: route.abort())
    page.goto(server.page_url("chat_room"))
    expect(page.locator("#chat-status")).to_have_text("Connected", timeout=15_000)
    box = page.get_by_label("Your message")
    text = f"Just jump off now, it is only a crumb ({uuid.uuid4().hex[:6]})."
    box.fill(text)
    box.press("Enter")
    reminder = page.locator("#chat-form [data-nudge]")
    expect(reminder).to_contain_text("A gentle reminder of rule 2")
    expect(reminder).to_contain_text("press Send again")
    expect(box).to_have_value(text)
    messages = page.locator("#chat-messages li").filter(has_text=text)
    expect(messages).to_have_count(0)
    page.get_by_role("button", name="Send").click()
    expect(page.locator("#chat-messages li[data-message-id]").filter(has_text=text)).to_be_visible()
    expect(box).to_have_value("")


def test_the_crisis_detector_suggests_a_note_while_writing(new_context, live_server_e2e):
    server = live_server_e2e
    page = _device(new_context, server, "carer")
    page.goto(server.page_url("composer"))
    # No phrase in the browser's small set matches this; the server's crisis detector does.
    page.get_by_label("Your message").fill("I dont want to wake up tomorrow, everyone would be better without me.")
    hint = page.locator("[data-note-suggestion]")
    expect(hint).to_contain_text("Suicidal thoughts")
    page.get_by_label("Suicidal thoughts").check()
    expect(hint).not_to_contain_text("Suicidal thoughts")


def test_a_writer_adds_a_note_and_a_moderator_changes_it(new_context, live_server_e2e):
    server = live_server_e2e
    topic = server.obj("keyboard_topic")
    text = f"The night I went to A&E was the worst ({uuid.uuid4().hex[:6]})."
    writer = _device(new_context, server, "carer")
    writer.goto(server.url + f"/t/{topic['id']}/reply/")
    writer.get_by_label("Your message").fill(text)
    writer.get_by_label("Hospital or emergency").check()
    writer.get_by_role("button", name="Post reply").click()
    post = writer.locator("article, li").filter(has_text=text).last
    expect(post).to_contain_text("Content notes: Hospital or emergency")

    moderator = _device(new_context, server, "moderator")
    moderator.goto(server.url + f"/t/{topic['id']}/?page=last")
    noted = moderator.locator("article, li").filter(has_text=text).last
    noted.get_by_role("link", name="Content notes of this post").click()
    moderator.get_by_label("Severe or long-lasting symptoms").check()
    moderator.get_by_label("Reason (optional, for the audit log)").fill("Describes a long, hard night.")
    moderator.get_by_role("button", name="Save notes").click()
    writer.reload()
    expect(writer.locator("article, li").filter(has_text=text).last).to_contain_text(
        "Content notes: Hospital or emergency, Severe or long-lasting symptoms")
