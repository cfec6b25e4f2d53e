"""Finding 7 (headers and redirects): django-csp everywhere including /admin/, connect-src to this
host only, a Permissions-Policy, Secure preference cookies in production, one safe-redirect check."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from accounts.redirects import safe_next_url
from tests.factories import BoardFactory, MemberFactory, sign_in
from tests.forum.content_helpers import start_topic

pytestmark = pytest.mark.django_db


def _directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.strip() for part in policy.split(";") if part.strip()}


def test_websockets_may_connect_to_this_site_only(client):
    directives = _directives(client.get("/guidelines/"))
    assert directives["connect-src"] == "connect-src 'self'"
    assert directives["script-src"] == "script-src 'self'"
    assert directives["frame-ancestors"] == "frame-ancestors 'none'"


def test_admin_pages_get_the_same_content_security_policy(client):
    response = client.get("/admin/login/")
    assert "Content-Security-Policy" in response
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_pages_deny_camera_microphone_and_geolocation(client):
    policy = client.get("/guidelines/")["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


@pytest.mark.parametrize("secure", [False, True])
def test_theme_cookies_are_secure_when_the_session_cookie_is(client, settings, secure):
    settings.SESSION_COOKIE_SECURE = secure
    response = client.post(reverse("accounts:appearance"), {"theme": "dark", "text_size": "large", "next": "/"})
    assert bool(response.cookies["haven_theme"]["secure"]) is secure
    assert bool(response.cookies["haven_text"]["secure"]) is secure


OFF_SITE = ["/\\evil.example/", "//evil.example/", "https://evil.example/", "javascript:alert(1)"]


@pytest.mark.parametrize("target", OFF_SITE)
def test_the_appearance_form_does_not_redirect_off_site(client, target):
    response = client.post(reverse("accounts:appearance"), {"theme": "dark", "text_size": "large", "next": target})
    assert response["Location"] == "/"


@pytest.mark.parametrize("target", ["/\\evil.example/", "//evil.example/", "https://evil.example/x"])
def test_reaction_and_bookmark_forms_do_not_redirect_off_site(client, target):

    member = MemberFactory()
    post = start_topic(member, board=BoardFactory()).opening_post
    sign_in(client, member)
    response = client.post(reverse("forum:bookmark", args=[post.pk]), {"next": target})
    assert "evil.example" not in response["Location"]


def test_the_safe_redirect_helper_keeps_same_site_paths():
    request = RequestFactory().get("/")
    assert safe_next_url(request, "/t/1/?page=2#post-3", "/") == "/t/1/?page=2#post-3"
    assert safe_next_url(request, "http://testserver/b/x/", "/") == "http://testserver/b/x/"
    assert safe_next_url(request, "/\\evil.example", "/fallback/") == "/fallback/"
    assert safe_next_url(request, "", "/fallback/") == "/fallback/"


@pytest.mark.parametrize("target", ["-1", "home", "NaN", "[]"])
def test_a_next_that_is_not_a_path_goes_to_the_default_instead_of_failing(client, target):
    member = MemberFactory()
    post = start_topic(member, board=BoardFactory()).opening_post
    sign_in(client, member)
    response = client.post(reverse("forum:bookmark", args=[post.pk]), {"next": target})
    assert response.status_code == 302 and response["Location"].startswith("/")
    response = client.post(reverse("accounts:appearance"), {"theme": "dark", "next": target})
    assert response.status_code == 302 and response["Location"].startswith("/")


@pytest.mark.parametrize("target", ["-1", "//evil.example/", "/messages/"])
def test_block_and_follow_buttons_go_back_through_the_one_safe_redirect_helper(client, target):
    member, other = MemberFactory(), MemberFactory()
    sign_in(client, member)
    for route in ("conversations:follow", "conversations:unfollow", "conversations:block", "conversations:unblock"):
        response = client.post(reverse(route, args=[other.username]), {"next": target})
        assert response.status_code == 302
        assert response["Location"] == (target if target == "/messages/" else reverse("conversations:settings"))
