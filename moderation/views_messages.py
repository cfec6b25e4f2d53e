"""Report windows for private messages: the reported message, the messages around it and who
reported it. Only content that is (or was) in the review queue can be opened, and every look is
audited (conversations.services.record_report_view)."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from accounts.permissions import can_administer, role_required
from conversations import selectors as conversation_selectors
from conversations import services as conversation_services
from conversations.models import Conversation, Message
from moderation.models import Flag, QueueItem
from moderation.permissions import check_review_item


def _items_for(obj) -> list[QueueItem]:
    ct = ContentType.objects.get_for_model(type(obj))
    items = list(QueueItem.objects.filter(content_type=ct, object_id=obj.pk).order_by("-created_at"))
    if not items:
        raise Http404("This has not been reported.")
    return items


def _render(request, obj, *, window):
    items = _items_for(obj)
    check_review_item(request.user, items[0])
    ct = ContentType.objects.get_for_model(type(obj))
    flags = list(Flag.objects.filter(content_type=ct, object_id=obj.pk).select_related("flagger", "item"))
    conversation_services.record_report_view(request.user, window=window, item_ref=f"queue item {items[0].pk}")
    return render(request, "moderation/message_report.html", {
        "window": window, "items": items, "flags": flags, "reported": obj,
        "window_size": conversation_selectors.report_window_size(),
        "can_open_whole": can_administer(request.user),
    })


@role_required("moderator")
@require_GET
def message_report(request, message_id: int):
    message = get_object_or_404(Message.objects.select_related("conversation", "author"), pk=message_id)
    window = conversation_selectors.report_window(conversation=message.conversation, focus=message)
    return _render(request, message, window=window)


@role_required("moderator")
@require_GET
def conversation_report(request, conversation_id: int):
    conversation = get_object_or_404(Conversation, pk=conversation_id)
    window = conversation_selectors.report_window(conversation=conversation)
    return _render(request, conversation, window=window)
