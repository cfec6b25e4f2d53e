"""One queue item: the content, a diff for held edits, its context, the author's history, the
flags, and the action forms; and the POST handler for the actions on it."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from accounts.permissions import can_moderate, role_required
from moderation import selectors, services
from moderation.crisis import crisis_lines_for, prepared_reply
from moderation.forms import CrisisMessageForm
from moderation.models import QueueItem
from moderation.permissions import can_resolve_item, can_sanction_member, check_review_item
from moderation.views import actions
from reviewable import registry


def load_item(request, item_id: int) -> QueueItem:
    try:
        item = selectors.item_detail(item_id)
    except QueueItem.DoesNotExist:
        raise Http404("No such item.")
    check_review_item(request.user, item)
    return item


def _private_context(viewer, item, obj, author) -> dict:
    """Moderators see the thread, the author's history and notes, the record and who flagged it.
    A clinician reviewing guidance sees the content and the flag reasons with their counts only."""
    if not can_moderate(viewer):
        return {"full_view": False, "flag_summary": selectors.flag_reason_counts(item),
                "thread": None, "history": None, "audit": [], "flags": []}
    return {
        "full_view": True,
        "thread": selectors.item_context(item, obj),
        "history": selectors.member_history(author),
        "audit": selectors.item_history(item, obj),
        "flags": list(item.flags.all()),
    }


def render_item(request, item, bound: dict | None = None, status: int = 200, crisis_form=None):
    obj = selectors.item_content(item)
    author = item.author
    spec = registry.get_kind(item.kind)
    topic = selectors.content_topic(obj)
    forms = actions.unbound_forms(
        [name for name in actions.ACTIONS if name != "claim"],
        topic=topic,
        post=selectors.content_post(obj),
        split_choices=selectors.split_choices(topic),
    )
    forms.update(bound or {})
    context = {
        "item": item,
        "obj": obj,
        "spec_label": spec.label if spec else item.kind,
        "can_hide": spec is not None and spec.hide is not None,
        "can_delete": spec is not None and spec.delete is not None,
        "content_html": spec.html_of(obj) if obj is not None and spec is not None else "",
        "diff": selectors.pending_diff(item, obj),
        **_private_context(request.user, item, obj, author),
        "can_resolve": can_resolve_item(request.user, item),
        "can_sanction": can_sanction_member(request.user, author),
        "forms": forms,
        "crisis": _crisis_guidance(request.user, item, crisis_form),
    }
    return render(request, "moderation/item.html", context, status=status)


def _crisis_guidance(moderator, item, form=None) -> dict | None:
    """What to do next on a crisis item: the member's crisis lines and a prepared kind reply, in a
    form that sends it (edited) as a private message."""
    if not item.is_crisis:
        return None
    member = item.author
    reply = prepared_reply(member, moderator=moderator)
    return {
        "lines": crisis_lines_for(getattr(member, "country", ""))[:3],
        "reply": reply,
        "form": form or CrisisMessageForm(prefix="crisis_message", initial={"text": reply}),
        "can_message": member is not None and can_moderate(moderator),
    }


@role_required("moderator")
@require_POST
def crisis_message(request, item_id: int):
    """Send the (edited) prepared reply to the item's author as a private message; the outcome is
    recorded in the audit log. A refusal is shown beside the message, which is kept."""
    item = load_item(request, item_id)
    if not item.is_crisis:
        messages.error(request, "This item is not a crisis item.")
        return redirect("moderation:item", item_id=item_id)
    form = CrisisMessageForm(request.POST, prefix="crisis_message")
    if form.is_valid():
        try:
            services.send_crisis_message(item, by=request.user, text=form.cleaned_data["text"])
        except services.ModerationError as error:
            form.add_error("text", error.message)
        except ValidationError as error:
            form.add_error("text", " ".join(error.messages))
        else:
            messages.success(request, "Sent as a private message, and recorded in the audit log as reached out.")
            return redirect("moderation:item", item_id=item_id)
    messages.error(request, "The message was not sent; please see below.")
    return render_item(request, item, status=400, crisis_form=form)


@role_required("moderator", "clinician")
@require_GET
def item(request, item_id: int):
    return render_item(request, load_item(request, item_id))


def _item_target(action: actions.Action, item, obj):
    if action.target == actions.MEMBER:
        if item.author is None:
            raise Http404("That member no longer exists.")
        return item.author
    if action.target == actions.TOPIC:
        topic = selectors.content_topic(obj)
        if topic is None:
            raise Http404("This item is not in a topic." if obj is not None else "The content no longer exists.")
        return topic
    return item


@role_required("moderator", "clinician")
def item_action(request, item_id: int, action: str):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if action not in actions.ACTIONS:
        raise Http404("No such action.")
    spec = actions.ACTIONS[action]
    item = load_item(request, item_id)
    obj = selectors.item_content(item) if spec.form is not None else None
    data = {}
    if spec.form is not None:
        kwargs = {"prefix": action}
        if action == "split":
            kwargs["post_choices"] = selectors.split_choices(selectors.content_topic(obj))
        form = spec.form(request.POST, **kwargs)
        if not form.is_valid():
            messages.error(request, "Please check the form below.")
            return render_item(request, item, bound={action: form}, status=400)
        data = actions.action_data(form)
    if action == "edit" and obj is None:
        raise Http404("The content no longer exists.")
    target = _item_target(spec, item, obj)
    try:
        result = spec.run(request.user, target, data)
    except services.ModerationError as error:
        messages.error(request, error.message)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, actions.done_message(spec, result))
    return redirect("moderation:item", item_id=item_id)


