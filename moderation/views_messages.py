"""Report windows for content moderators may see only in its surroundings (private messages and
conversations): the reported content, what its app shows around it (the kind's `report_window`
hook, which also audits the look) and who reported it. Only content that is (or was) in the
review queue can be opened. Nothing here knows the app that owns the content."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from accounts.permissions import role_required
from moderation import selectors
from moderation.permissions import check_review_item


def _report_page(request, kind: str, object_id: int):
    found = selectors.reported_content(kind, object_id)
    if found is None:
        raise Http404("No such content.")
    spec, obj = found
    items = selectors.items_on(obj)
    if not items:
        raise Http404("This has not been reported.")
    check_review_item(request.user, items[0])
    window_html = spec.report_window(obj, viewer=request.user, item_ref=f"queue item {items[0].pk}")
    return render(request, "moderation/message_report.html", {
        "kind": spec, "items": items, "flags": selectors.flags_on(obj), "reported": obj, "window_html": window_html,
    })


@role_required("moderator")
@require_GET
def message_report(request, message_id: int):
    return _report_page(request, "message", message_id)


@role_required("moderator")
@require_GET
def conversation_report(request, conversation_id: int):
    return _report_page(request, "conversation", conversation_id)
