"""A member's history and sanctions, the sanction and note actions, and lifting a sanction."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from accounts.permissions import role_required
from accounts.redirects import safe_next_url
from moderation import forms, selectors, services
from moderation.permissions import can_sanction_member
from moderation.views import actions


def _member_or_404(username: str):
    person = selectors.member_named(username)
    if person is None:
        raise Http404("No such member.")
    return person


@role_required("moderator")
@require_GET
def member(request, username: str):
    person = _member_or_404(username)
    return render(
        request,
        "moderation/member.html",
        {
            "history": selectors.member_history(person),
            "items": selectors.items_about(person),
            "can_sanction": can_sanction_member(request.user, person),
            "forms": actions.unbound_forms(actions.MEMBER_ACTIONS),
        },
    )


@role_required("moderator")
@require_POST
def member_action(request, username: str, action: str):
    person = _member_or_404(username)
    if action not in actions.MEMBER_ACTIONS:
        raise Http404("No such action.")
    spec = actions.ACTIONS[action]
    form = spec.form(request.POST, prefix=action)
    if not form.is_valid():
        for field, errors in form.errors.items():
            for error in errors:
                messages.error(request, f"{form.fields[field].label if field in form.fields else ''}: {error}")
        return redirect("moderation:member", username=person.username)
    try:
        result = spec.run(request.user, person, actions.action_data(form))
    except services.ModerationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, actions.done_message(spec, result))
    return redirect("moderation:member", username=person.username)


@role_required("moderator")
@require_POST
def lift(request, sanction_id: int):
    sanction = selectors.sanction_by_id(sanction_id)
    if sanction is None:
        raise Http404("No such sanction.")
    form = forms.OptionalReasonForm(request.POST)
    form.is_valid()
    try:
        services.lift_sanction(sanction, by=request.user, reason=form.cleaned_data.get("reason", ""))
    except services.ModerationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Lifted. The member has been told.")
    default = reverse("moderation:member", args=[sanction.user.username])
    return redirect(safe_next_url(request, request.POST.get("next"), default))
