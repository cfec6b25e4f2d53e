"""The review queue: the prioritised list with its filters, and bulk actions."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from accounts.permissions import role_required
from moderation import forms, selectors, services
from moderation.models import QueueItem
from moderation.views.paging import page_of


@role_required("moderator")
@require_GET
def queue(request):
    filters = forms.QueueFilterForm(request.GET or None)
    data = filters.cleaned_data if filters.is_valid() else {}
    items = selectors.queue_items(
        viewer=request.user,
        reason=data.get("reason") or "",
        board=data.get("board"),
        kind=data.get("kind") or "",
        status=data.get("status") or QueueItem.PENDING,
        claimed_by_me=bool(data.get("mine")),
    )
    page = page_of(request, items)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "moderation/queue.html",
        {
            "filters": filters,
            "page": page,
            "query": query.urlencode(),
            "bulk_form": forms.BulkForm(),
            "showing_resolved": data.get("status") == QueueItem.RESOLVED,
        },
    )


@role_required("moderator")
@require_POST
def bulk(request):
    form = forms.BulkForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("moderation:queue")
    done, problems = services.bulk_resolve(
        form.cleaned_data["items"],
        by=request.user,
        action=form.cleaned_data["action"],
        reason=form.cleaned_data["reason"],
    )
    messages.success(request, f"Done: {done} item{'s' if done != 1 else ''}.")
    for problem in problems[:10]:
        messages.warning(request, problem)
    query = request.POST.get("query", "")
    return redirect(reverse("moderation:queue") + (f"?{query}" if query else ""))
