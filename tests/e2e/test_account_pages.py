"""The shared look without a browser: account (allauth) pages, error pages and the page frame.

Fast checks with Django's test client; the browser tests cover the same pages in Chromium.
"""

import re

import pytest
from django.contrib.auth import get_user_model

from tests.factories import DEFAULT_PASSWORD, MemberFactory

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", re.I)
INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.I)


def _label_for(html: str, field_id: str) -> str:
    match = re.search(r'<label for="' + re.escape(field_id) + r'">(.*?)</label>', html, re.S)
    assert match, f"no visible label for #{field_id}"
    return match.group(1).strip()


def test_sign_up_form_has_visible_plain_labels_in_a_sensible_order(client):
    html = client.get("/account/signup/").content.decode()
    assert _label_for(html, "id_email") == "Email address"
    assert _label_for(html, "id_username") == "Display name"
    assert _label_for(html, "id_password1") == "Password"
    assert _label_for(html, "id_password2") == "Password again"
    assert html.index('id="id_password2"') < html.index('id="id_accept_guidelines"')
    assert 'href="/guidelines/"' in html


def test_sign_up_errors_sit_next_to_their_fields_and_keep_what_was_typed(client):
    MemberFactory(username="taken_name", email="taken@example.com")
    response = client.post(
        "/account/signup/",
        {"email": "new.person@example.com", "username": "taken_name", "password1": "short", "password2": "short"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="new.person@example.com"' in html and 'value="taken_name"' in html
    # Each error is inside its field's block and the input points at it.
    username_block = html[html.index('<label for="id_username">') : html.index('id="id_username"') + 400]
    assert "id_username_error" in username_block and 'aria-invalid="true"' in username_block
    assert 'id="id_accept_guidelines_error"' in html
    assert "Please read and accept the community guidelines" in html


def test_log_in_with_a_wrong_password_says_so_and_keeps_the_name(client):
    MemberFactory(username="steady_steps")
    response = client.post("/account/login/", {"login": "steady_steps", "password": "not it"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html and 'value="steady_steps"' in html
    assert _label_for(html, "id_login") == "Display name or email"


def test_member_logs_in_with_the_plain_form(client):
    MemberFactory(username="steady_steps")
    response = client.post("/account/login/", {"login": "steady_steps", "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert client.get("/").context["user"].username == "steady_steps"


def test_two_step_page_asks_for_the_code_in_plain_words(client):
    moderator = get_user_model().objects.get(pk=MemberFactory(roles=["moderator"], mfa=True).pk)
    response = client.post("/account/login/", {"login": moderator.username, "password": DEFAULT_PASSWORD}, follow=True)
    html = response.content.decode()
    assert "<h1>Two-step sign-in</h1>" in html
    assert _label_for(html, "id_code") == "Code"
    assert 'autocomplete="one-time-code"' in html


@pytest.mark.parametrize(
    "path", ["/account/login/", "/account/signup/", "/account/password/reset/", "/guidelines/", "/no-such-page/"]
)
def test_every_page_has_the_calm_frame_and_no_inline_code(client, path):
    html = client.get(path).content.decode()
    assert '<html lang="en" data-theme="system" data-text="normal">' in html
    assert '<a class="skip-link" href="#main">Skip to content</a>' in html
    assert '<main id="main"' in html and html.count("<h1") == 1
    assert "Need help now?" in html
    assert not INLINE_SCRIPT.search(html), INLINE_SCRIPT.search(html).group(0)
    assert not INLINE_HANDLER.search(html), INLINE_HANDLER.search(html).group(0)
    assert not STYLE_ATTRIBUTE.search(html), STYLE_ATTRIBUTE.search(html).group(0)


def test_signed_in_pages_show_the_members_theme_and_text_size(client):
    member = MemberFactory(theme="calm", text_size="larger")
    client.force_login(member)
    html = client.get("/settings/").content.decode()
    assert '<html lang="en" data-theme="calm" data-text="larger">' in html
    assert 'aria-current="page">Settings</a>' in html


def test_manage_pages_offer_a_way_back_to_settings(client):
    client.force_login(MemberFactory())
    html = client.get("/account/email/").content.decode()
    assert 'aria-label="Sign-in and security"' in html and ">Back to settings</a>" in html
    assert 'aria-current="page">Email address</a>' in html


def test_unknown_page_is_a_calm_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


def test_server_error_page_stands_alone_with_the_help_link(rf):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Something went wrong on our side" in html and "Need help now?" in html
    assert not INLINE_SCRIPT.search(html) and not STYLE_ATTRIBUTE.search(html)
