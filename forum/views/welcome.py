"""The first week: the welcome after e-mail confirmation and unanswered introductions (docs/care.md)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from accounts.permissions import role_required
from forum import selectors, services
from forum.forms import WelcomeForm


def _introductions_board():
    return selectors.board_by_slug(getattr(settings, "HAVEN_INTRODUCTIONS_BOARD", "introductions"))


@login_required
def welcome(request):
    """Short and skippable: a stage, notes to fold away, three rules, then an introduction."""
    user = request.user
    preference = selectors.reading_preference(user)
    form = WelcomeForm(
        request.POST if request.method == "POST" else None, stages=get_user_model().STAGES,
        initial={"stage": user.stage, "collapsed_notes": preference.collapsed_notes},
    )
    board = _introductions_board()
    introduce_url = reverse("forum:new_topic", args=[board.slug]) + "?template=introduction" if board else ""
    if request.method == "POST" and "skip" in request.POST:
        services.finish_welcome(user)
        return redirect("forum:home")
    if request.method == "POST" and form.is_valid():
        services.finish_welcome(
            user, stage=form.cleaned_data["stage"], collapsed_notes=form.cleaned_data["collapsed_notes"]
        )
        messages.success(request, "Thank you, your choices are saved. You can change them in Settings.")
        return redirect(introduce_url or "forum:home")
    return render(request, "forum/care/welcome.html", {"form": form, "introduce_url": introduce_url})


@require_GET
@role_required("moderator")
def unanswered_introductions(request):
    return render(
        request, "forum/care/unanswered_introductions.html",
        {"topics": selectors.unanswered_introductions(), "board": _introductions_board()},
    )
