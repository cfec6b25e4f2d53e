"""Messaging settings, blocking and following (pages and buttons)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render, resolve_url
from django.views.decorators.http import require_http_methods, require_POST

from accounts.redirects import safe_next_url
from conversations import selectors, services
from conversations.forms import MessagingSettingsForm


def _back(request, fallback: str):
    return redirect(safe_next_url(request, request.POST.get("next"), resolve_url(fallback)))


def _member(username: str):
    member = selectors.reachable_member(username)
    if member is None:
        raise Http404("No such member.")
    return member


@login_required
@require_http_methods(["GET", "POST"])
def settings_page(request):
    form = MessagingSettingsForm(request.POST or None, initial={"allow_from": selectors.allow_from(request.user)})
    if request.method == "POST" and form.is_valid():
        services.update_messaging_settings(request.user, allow_from=form.cleaned_data["allow_from"])
        messages.success(request, "Saved.")
        return redirect("conversations:settings")
    return render(request, "conversations/settings.html", {
        "form": form, "blocks": selectors.blocked_members(request.user),
    }, status=400 if request.method == "POST" else 200)


@login_required
@require_POST
def block(request, username: str):
    other = _member(username)
    try:
        services.block_member(request.user, other=other)
    except PermissionDenied as denied:
        messages.error(request, str(denied))
    else:
        messages.success(request, f"You have blocked {other.username}. They are not told. "
                                  "You won't see their messages or mentions.")
    return _back(request, "conversations:settings")


@login_required
@require_POST
def unblock(request, username: str):
    other = _member(username)
    services.unblock_member(request.user, other=other)
    messages.success(request, f"You have unblocked {other.username}.")
    return _back(request, "conversations:settings")


@login_required
@require_POST
def follow(request, username: str):
    other = _member(username)
    if other.pk != request.user.pk:
        services.follow_member(request.user, other=other)
        messages.success(request, f"You follow {other.username}.")
    return _back(request, "conversations:settings")


@login_required
@require_POST
def unfollow(request, username: str):
    other = _member(username)
    services.unfollow_member(request.user, other=other)
    messages.success(request, f"You no longer follow {other.username}.")
    return _back(request, "conversations:settings")
