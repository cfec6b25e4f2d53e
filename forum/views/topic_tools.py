"""Moderators' topic tools on the topic page: pin, lock, move. (The review queue's item page
offers the same tools through the same services: forum/services/topics.py.)"""

from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from accounts.permissions import role_required
from forum import permissions, selectors, services
from forum.forms import MoveTopicForm

_STATE_ACTIONS = {
    "pin": ({"pinned": True}, "Topic pinned."),
    "unpin": ({"pinned": False}, "Topic unpinned."),
    "lock": ({"locked": True}, "Topic locked. Members can read it but not reply."),
    "unlock": ({"locked": False}, "Topic unlocked. Members can reply again."),
}


@require_POST
@role_required("moderator")  # team actions need two-step sign-in, like every team page
def topic_state(request, topic_id):
    topic = selectors.topic_for_viewer(viewer=request.user, topic_id=topic_id)
    action = _STATE_ACTIONS.get(request.POST.get("action", ""))
    if action is None:
        return HttpResponseBadRequest("Unknown action.")
    changes, message = action
    services.set_topic_state(topic, by=request.user, **changes)
    messages.success(request, message)
    return redirect(topic.get_absolute_url())


@require_POST
@role_required("moderator")
def move_topic(request, topic_id):
    topic = selectors.topic_for_viewer(viewer=request.user, topic_id=topic_id)
    permissions.check_change_topic_state(request.user, topic)
    form = MoveTopicForm(request.POST, boards=selectors.visible_boards(request.user))
    if not form.is_valid():
        messages.error(request, "Please choose a board from the list.")
        return redirect(topic.get_absolute_url())
    services.move_topic(topic, board=form.cleaned_data["board"], by=request.user)
    messages.success(request, f"Topic moved to {form.cleaned_data['board'].name}.")
    return redirect(topic.get_absolute_url())
