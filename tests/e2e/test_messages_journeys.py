"""Private messages in a real browser: a live conversation between two members in two browser
contexts, and a new member refused a cold message with a clear reason."""

import uuid

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import log_in

pytestmark = pytest.mark.browser


def test_two_members_hold_a_live_conversation(new_context, live_server_e2e):
    server = live_server_e2e
    first = new_context().new_page()
    second = new_context().new_page()
    log_in(first, server, server.user("pm_a"))
    log_in(second, server, server.user("pm_b"))
    opening = f"Hello from the other side of week six {uuid.uuid4().hex[:6]}"

    first.goto(server.url + f"/u/{server.user('pm_b')['username']}/")
    first.get_by_role("link", name="Message privately").click()
    first.get_by_role("textbox", name="Message").fill(opening)
    first.get_by_role("button", name="Send").click()
    expect(first.get_by_role("heading", level=1)).to_contain_text("Conversation with")
    expect(first.locator(".pm-messages")).to_contain_text(opening)

    second.goto(server.url + "/messages/")
    expect(second.locator('[data-live="messages-count"]')).to_contain_text("1")
    second.get_by_role("link", name=server.user("pm_a")["username"]).click()
    expect(second.locator(".pm-messages")).to_contain_text(opening)

    # Both pages are open: replies arrive live, without reloading.
    first.wait_for_function("() => window.HavenLive && HavenLive.state() === 'connected'")
    second.wait_for_function("() => window.HavenLive && HavenLive.state() === 'connected'")
    reply = f"So glad you wrote {uuid.uuid4().hex[:6]}"
    second.get_by_role("textbox", name="Message").fill(reply)
    second.get_by_role("button", name="Send").click()
    expect(second.locator("[data-pm-status]")).to_have_text("Sent.")
    expect(first.locator(".pm-messages")).to_contain_text(reply, timeout=10_000)
    answer = f"Me too {uuid.uuid4().hex[:6]}"
    first.get_by_role("textbox", name="Message").fill(answer)
    first.get_by_role("button", name="Send").click()
    expect(second.locator(".pm-messages")).to_contain_text(answer, timeout=10_000)
    assert first.locator(".pm-messages").get_by_text(answer).count() == 1  # sent once, shown once


def test_a_new_member_is_refused_a_cold_message_with_a_clear_reason(new_context, live_server_e2e):
    server = live_server_e2e
    page = new_context().new_page()
    log_in(page, server, server.user("newbie"))
    page.goto(server.url + f"/u/{server.user('pm_a')['username']}/")
    page.get_by_role("link", name="Message privately").click()
    note = page.locator("#new-member-note")
    expect(note).to_contain_text("new members can start private conversations once they have")
    expect(note).to_contain_text("approved posts")
    expect(note.get_by_role("link", name="Message the team")).to_be_visible()


def test_a_message_being_written_survives_closing_the_page(new_context, live_server_e2e):
    server = live_server_e2e
    context = new_context()
    page = context.new_page()
    log_in(page, server, server.user("pm_a"))
    page.goto(server.page_url("new_conversation") + f"?to={server.user('pm_b')['username']}")
    words = f"Half written, for later {uuid.uuid4().hex[:6]}"
    page.get_by_role("textbox", name="Message").fill(words)
    page.wait_for_timeout(3000)  # the composer keeps the draft a moment after typing stops
    page.close()
    again = context.new_page()
    again.goto(server.page_url("new_conversation"))
    expect(again.get_by_role("textbox", name="Message")).to_have_value(words)
