"""Chat pages. Sending happens over the websocket (realtime/consumers.py); these pages render
the rooms and a readable room history that works without JavaScript."""

from datetime import timedelta

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from accounts.permissions import check_can_write
from realtime import selectors, services
from realtime.models import EDIT_WINDOW_SECONDS, ChatMessage
from realtime.permissions import can_post_in_room, can_view_message


def rooms(request):
    return render(request, "realtime/rooms.html", {"rooms": selectors.rooms_for(request.user)})


def room(request, slug):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    chat_room = selectors.room_for_viewer(viewer=request.user, slug=slug)
    before = request.GET.get("before", "")
    before_id = int(before) if before.isdigit() else None
    messages, has_more = selectors.room_messages(viewer=request.user, room=chat_room, before_id=before_id)
    if before_id is None:
        services.mark_room_read(request.user, room=chat_room)
    cannot_post_reason = ""
    can_post = can_post_in_room(request.user, chat_room)
    if not can_post:
        try:
            check_can_write(request.user)
        except PermissionDenied as exc:
            cannot_post_reason = str(exc)
    return render(
        request,
        "realtime/room.html",
        {
            "room": chat_room,
            "chat_messages": messages,
            "has_more": has_more,
            "is_older_page": before_id is not None,
            "present": selectors.present_members(chat_room),
            "can_post": can_post,
            "cannot_post_reason": cannot_post_reason,
            "edit_cutoff": timezone.now() - timedelta(seconds=EDIT_WINDOW_SECONDS),
            "edit_window_seconds": EDIT_WINDOW_SECONDS,
        },
    )


def message_permalink(request, message_id):
    """A link to one message (for moderators' queue and notifications): the room page that shows it."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    message = get_object_or_404(ChatMessage.objects.select_related("room"), pk=message_id)
    if not can_view_message(request.user, message):
        raise Http404("No such message.")
    newer = ChatMessage.objects.filter(room=message.room, id__gt=message.pk).count()
    url = message.room.get_absolute_url()
    if newer >= selectors.PAGE_SIZE:
        url += f"?before={message.pk + 1}"
    return redirect(f"{url}#msg-{message.pk}")
