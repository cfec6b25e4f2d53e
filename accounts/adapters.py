"""All django-allauth policy for Haven lives here."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib import messages
from django.shortcuts import render

from accounts.permissions import describe_sanction, login_blocking_sanction


class HavenAccountAdapter(DefaultAccountAdapter):
    def pre_login(self, request, user, **kwargs):
        sanction = login_blocking_sanction(user)
        if sanction is not None:
            from allauth.account.internal.stagekit import clear_login

            clear_login(request)
            messages.error(request, describe_sanction(sanction))
            return render(request, "account/sanctioned.html", {"sanction": sanction}, status=403)
        return super().pre_login(request, user, **kwargs)

    def get_signup_redirect_url(self, request) -> str:
        """After signing up (with mandatory verification: once the address is confirmed, when the
        sign-up resumes), a new member goes to the first-week welcome (docs/care.md)."""
        return getattr(settings, "HAVEN_WELCOME_URL", "") or super().get_signup_redirect_url(request)

    def get_email_verification_redirect_url(self, email_address) -> str:
        """A member confirming their address for the first time goes to the first-week welcome
        (settings.HAVEN_WELCOME_URL, served by forum; docs/care.md)."""
        welcome = getattr(settings, "HAVEN_WELCOME_URL", "")
        if welcome and email_address.user.last_login is None:
            return welcome
        return super().get_email_verification_redirect_url(email_address)
