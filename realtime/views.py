"""Chat pages. Sending happens over the websocket (realtime/consumers.py); these pages render
the rooms and a readable room history that works without JavaScript."""

from datetime import timedelta

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.utils import timezone

from realtime import selectors, services
from realtime.models import EDIT_WINDOW_SECONDS
from realtime.permissions import can_post_in_room, post_refusal_reason


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
    can_post = can_post_in_room(request.user, chat_room)
    cannot_post_reason = "" if can_post else post_refusal_reason(request.user, chat_room)
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
    return redirect(selectors.message_permalink_url(viewer=request.user, message_id=message_id))
