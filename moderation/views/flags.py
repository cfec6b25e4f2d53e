"""Members flag content and see what happened to their flags; anyone finds crisis lines."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from moderation import forms, selectors, services
from moderation.crisis import crisis_lines_for
from moderation.permissions import check_flag
from moderation.views.paging import page_of


def _flag_target(kind: str, object_id: int, user):
    found = selectors.flaggable(kind, object_id, viewer=user)
    if found is None:
        raise Http404("Nothing to flag here.")
    return found


@login_required
def flag(request, kind: str, object_id: int):
    spec, obj = _flag_target(kind, object_id, request.user)
    check_flag(request.user, obj, author=spec.author_of(obj))
    already = selectors.existing_flag(request.user, obj)
    form = forms.FlagForm(request.POST or None, reasons=spec.flag_reasons)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                filed = services.file_flag(
                    obj, flagger=request.user, reason=form.cleaned_data["reason"], note=form.cleaned_data["note"]
                )
            except services.AlreadyFlagged as error:
                form.add_error(None, error.message)
            except services.TooManyFlags as error:
                form.add_error(None, error.message)
                status = 429
            except services.ModerationError as error:
                form.add_error(None, error.message)
            else:
                if getattr(filed.policy_decision, "crisis", False):
                    request.session["haven_crisis"] = True
                messages.success(
                    request, "Thank you. A moderator will look at it. You can see what happened under “Your flags”."
                )
                # The flag may have hidden the item from this member: then show their flags instead.
                obj.refresh_from_db()
                back = spec.url_of(obj) if spec.can_view(request.user, obj) else None
                return redirect(back or reverse("moderation:my_flags"))
        if status == 200:
            status = 400
    elif request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    return render(
        request,
        "moderation/flag.html",
        {
            "form": form,
            "spec": spec,
            "obj": obj,
            "title": spec.title_of(obj),
            "url": spec.url_of(obj),
            "reason_help": form.reason_help(),
            "already": already,
        },
        status=status,
    )


@login_required
@require_GET
def my_flags(request):
    return render(request, "moderation/my_flags.html", {"page": page_of(request, selectors.flags_by(request.user))})


@require_GET
def help_now(request):
    country = request.user.country if request.user.is_authenticated else ""
    return render(request, "moderation/help_now.html", {"lines": crisis_lines_for(country), "country": country})
