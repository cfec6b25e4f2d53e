"""E-mail in a browser: the settings page by keyboard and label, and an e-mail captured to a file
(Django's file backend, as an operator's test setup would) rendered readable in every theme's palette."""

import email
import email.policy

import pytest
from django.core.mail import get_connection

from accounts.models import User
from mailing.models import OutgoingEmail
from mailing.render import Line, render
from mailing.services.delivery import _build
from tests.e2e.helpers import axe_violations, format_violations, signed_in_state

pytestmark = pytest.mark.browser
THEMES = ["light", "dark", "calm", "system"]


def _captured_email(tmp_path, theme: str) -> email.message.EmailMessage:
    reader = User(pk=4242, username="reader", theme=theme, email="reader@example.org")
    lines = [
        Line(heading="“Slow and steady”", text="3 new posts", url="http://127.0.0.1:8000/p/1/",
             excerpt="Thinking of you today. Day twelve was hard but I held on & rested."),
        Line(heading="A moderator sent you a notice.", text="", url="http://127.0.0.1:8000/notifications/"),
    ]
    text, html = render(user=reader, kind="reply_followed", subject="3 new posts in “Slow and steady”",
                        intro="", lines=lines)
    message = OutgoingEmail(user=reader, kind="reply_followed", key=f"e2e:{theme}", subject="3 new posts",
                            body_text=text, body_html=html)
    folder = tmp_path / theme
    connection = get_connection("django.core.mail.backends.filebased.EmailBackend", file_path=str(folder))
    connection.send_messages([_build(message, reader.email)])
    [path] = list(folder.iterdir())
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


@pytest.mark.parametrize("theme", THEMES)
def test_a_captured_email_is_readable_in_each_theme_palette(browser, tmp_path, theme):
    captured = _captured_email(tmp_path, theme)
    assert captured["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = captured.get_body(preferencelist=("html",)).get_content()
    assert "<img" not in html
    context = browser.new_context(color_scheme="dark" if theme == "dark" else "light")
    page = context.new_page()
    try:
        page.set_content(html)
        assert page.get_by_role("heading", level=1).inner_text() == "3 new posts in “Slow and steady”"
        assert page.get_by_role("link", name="Stop replies and new topics in what I follow e-mails").count() == 1
        violations = axe_violations(page)
        assert not violations, format_violations(violations, f"e-mail in the {theme} palette")
        if theme == "system":  # "follow my device": the dark block applies when the device asks
            page.emulate_media(color_scheme="dark")
            violations = axe_violations(page)
            assert not violations, format_violations(violations, "e-mail, follow my device, dark device")
    finally:
        context.close()


def test_email_settings_are_saved_with_the_keyboard_and_labels(browser, live_server_e2e):
    server = live_server_e2e
    context = browser.new_context(base_url=server.url, locale="en-GB",
                                  storage_state=signed_in_state(browser, server, "member"))
    page = context.new_page()
    try:
        page.goto(server.page_url("settings"))
        page.get_by_role("link", name="Choose what we e-mail you, digests and quiet hours").click()
        assert page.get_by_role("heading", level=1).inner_text() == "E-mail settings"
        page.get_by_role("group", name="Someone quotes my post").get_by_label("Straight away").check()
        page.get_by_label("Your time zone").select_option("Europe/Berlin")
        page.get_by_label("Quiet from").select_option("21:30")
        page.get_by_role("button", name="Save e-mail settings").press("Enter")
        page.wait_for_load_state()
        assert "Your e-mail settings are saved." in page.locator("body").inner_text()
        assert page.get_by_label("Your time zone").input_value() == "Europe/Berlin"
        assert page.get_by_label("Quiet from").input_value() == "21:30"
        assert page.get_by_role("group", name="Someone quotes my post").get_by_label("Straight away").is_checked()
    finally:
        context.close()
