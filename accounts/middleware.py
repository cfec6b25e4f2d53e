from channels.db import database_sync_to_async
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


class TwoStepScopeMiddleware:
    """The same mark for websockets: inside channels' AuthMiddlewareStack, marks scope["user"]
    from scope["session"] once per connection, so consumers' staff checks obey two-step."""

    def __init__(self, inner):
        self.inner = inner

    async def __call__(self, scope, receive, send):
        user, session = scope.get("user"), scope.get("session")
        if user is not None and session is not None:
            await database_sync_to_async(mark_two_step)(user, session)
        return await self.inner(scope, receive, send)
