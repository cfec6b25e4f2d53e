from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse

from accounts.permissions import describe_sanction, login_blocking_sanction


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
