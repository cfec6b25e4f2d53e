"""Messaging settings, blocking and following (pages and buttons)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from conversations import selectors, services
from conversations.forms import MessagingSettingsForm

User = get_user_model()


def _back(request, fallback: str):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(fallback)


def _member(username: str):
    return get_object_or_404(User, username__iexact=username, is_active=True, deleted_at__isnull=True)


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
