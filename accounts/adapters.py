"""All django-allauth policy for Haven lives here."""

from allauth.account.adapter import DefaultAccountAdapter
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
