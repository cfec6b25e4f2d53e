"""Server-side drafts: the composer's small JSON endpoint and the "My drafts" page."""

from datetime import UTC, datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from forum import selectors, services
from forum.forms import DraftForm
from forum.models import Draft

EARLIEST = datetime.min.replace(tzinfo=UTC)


@login_required
@require_http_methods(["GET", "POST"])
def draft_api(request):
    """GET ?composer=&target=: the member's draft there ({} if none) and `since`, the server's
    time, which the composer sends back with each save. POST composer, target, title, body,
    since (and CSRF): keep it; discard=1 or empty text removes it. A save from before the
    composer was posted or discarded is refused with 409 (forum.services.DraftClosed)."""
    form = DraftForm(request.POST if request.method == "POST" else request.GET)
    if not form.is_valid():
        return JsonResponse({"error": "Please send a composer and a target."}, status=400)
    where = {"composer": form.cleaned_data["composer"], "target_id": form.cleaned_data["target"]}
    try:
        server_time = {"since": timezone.now().isoformat()}
        if request.method == "GET":
            draft = selectors.draft_for(request.user, **where)
            if draft is None:
                return JsonResponse(server_time)
            return JsonResponse({"title": draft.title, "body": draft.body,
                                 "updated_at": draft.updated_at.isoformat(), **server_time})
        if form.cleaned_data["discard"]:
            services.discard_draft(request.user, **where)
            return JsonResponse({"saved": None, **server_time})
        data = form.cleaned_data
        # A save that does not say when its page asked for the draft counts as older than any post.
        opened = data["since"] or EARLIEST
        draft = services.save_draft(request.user, title=data["title"], body=data["body"], since=opened, **where)
    except services.DraftClosed:
        return JsonResponse({"error": "This was already posted or discarded.", "closed": True}, status=409)
    except (Http404, PermissionDenied):
        return JsonResponse({"error": "You can't keep a draft there."}, status=404)
    except ValidationError as error:
        return JsonResponse({"error": error.messages[0]}, status=400)
    return JsonResponse({"saved": draft.updated_at.isoformat() if draft else None})


@login_required
def my_drafts(request):
    return render(request, "forum/care/drafts.html", {"drafts": selectors.drafts_for(request.user)})


@login_required
@require_POST
def discard_draft(request, draft_id):
    draft = get_object_or_404(Draft, pk=draft_id, user=request.user)
    services.discard_draft(request.user, composer=draft.composer, target_id=draft.target_id)
    messages.success(request, "The draft is discarded.")
    return redirect("forum:drafts")
