from channels.auth import AuthMiddleware, get_user
from channels.db import database_sync_to_async
from channels.sessions import CookieMiddleware, SessionMiddleware
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse

from accounts.permissions import describe_sanction, login_blocking_sanction, mark_two_step


class TwoStepMiddleware:
    """Marks request.user with whether this session passed two-step sign-in (after
    AuthenticationMiddleware). Every staff power reads the mark (accounts.permissions)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            mark_two_step(user, request.session)
        return self.get_response(request)


class SanctionMiddleware:
    """Signs out a member whose account was suspended or banned while they were signed in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            sanction = login_blocking_sanction(user)
            if sanction is not None:
                logout(request)
                messages.error(request, describe_sanction(sanction))
                return redirect(reverse("account_login"))
        return self.get_response(request)


def _session_user_marked(scope):
    """Channels' session-to-user look-up, plus the two-step mark, in one trip to a thread."""
    user = get_user.func(scope)
    mark_two_step(user, scope["session"])
    return user


class PooledAuthMiddleware(AuthMiddleware):
    """Channels' AuthMiddleware (scope["user"] from the session), with the look-up on the thread
    pool instead of Channels' one thread-sensitive thread, and the two-step mark in the same trip.
    With the one thread, a burst of connections (a room of members reconnecting) queued every
    handshake's session and user queries behind each other (docs/scale.md)."""

    async def resolve_scope(self, scope):
        # Tests run socket work on the test's own thread, inside its transaction (the same
        # switch as realtime.handlers.db).
        on_test_thread = getattr(settings, "HAVEN_CHAT_DB_THREAD_SENSITIVE", False)
        lookup = database_sync_to_async(_session_user_marked, thread_sensitive=on_test_thread)
        scope["user"]._wrapped = await lookup(scope)


def websocket_auth_stack(inner):
    """Cookies, session, user (marked for two-step) for the websocket router (config/asgi.py)."""
    return CookieMiddleware(SessionMiddleware(PooledAuthMiddleware(inner)))
