"""Pages for private messages: thin views (permission, form, one service, redirect or render)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.limits import RateLimited, check_rate_limit, with_retry_after
from accounts.permissions import can_moderate, role_required
from conversations import permissions, selectors, services
from conversations.forms import NewConversationForm, ReasonForm, ReplyForm, TeamMessageForm
from conversations.models import Conversation, Message

CLEAR_DRAFT_KEY = "conversations_clear_draft"
INBOX_PAGE_SIZE = 50
HELD = "Thank you. A moderator checks messages with links from new members before they are delivered."


def _after_send(request, message, *, draft_key: str) -> None:
    decision = getattr(message, "policy_decision", None)
    if decision is not None and decision.crisis:
        request.session["haven_crisis"] = True
    if decision is not None and decision.held_for_review:
        messages.info(request, HELD)
    request.session[CLEAR_DRAFT_KEY] = draft_key


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@login_required
@require_GET
def inbox(request):
    page = Paginator(selectors.inbox(request.user), INBOX_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    names = selectors.participant_names([row.conversation_id for row in rows])
    for row in rows:
        row.others = [name for name in names.get(row.conversation_id, []) if name != request.user.username]
    return render(request, "conversations/inbox.html", {
        "rows": rows,
        "page": page,
        "page_range": page.paginator.get_elided_page_range(page.number),
        "can_start": permissions.can_start_conversation(request.user),
        "start_reason": permissions.new_member_reason(request.user),
    })


def _attempt_send(form, send, *, refusal_field: str = "body", validation_field=None):
    """Run one send; a refusal becomes an error next to its field, keeping the text.

    Returns (message or None, status, RateLimited or None). validation_field picks the field for
    a ValidationError from its code (default: the message body)."""
    try:
        return send(), 200, None
    except services.MassMessaging as refused:
        form.add_error("body", str(refused))
        return None, 403, None
    except ValidationError as error:
        form.add_error(validation_field(error) if validation_field else "body", error)
        return None, 400, None
    except PermissionDenied as denied:
        form.add_error(refusal_field, str(denied))
        return None, 403, None
    except RateLimited as exc:
        form.add_error("body", exc.message)
        return None, 400, exc


@login_required
@require_http_methods(["GET", "POST"])
def new(request):
    initial = {"to": request.GET.get("to", "")}
    form = NewConversationForm(request.POST or None, initial=initial)
    status, limited = 200, None
    refusal = permissions.new_member_reason(request.user) if not can_moderate(request.user) else ""
    message = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data

        def start():
            permissions.check_start_conversation(request.user)
            check_rate_limit(request.user, "conversation")
            return services.start_conversation(
                request.user, recipients=data["to"], subject=data["subject"], body=data["body"],
                client_id=data["client_id"],
            )

        message, status, limited = _attempt_send(
            form, start, refusal_field="to",
            validation_field=lambda error: "body" if error.code in ("required", "too_long") else "to",
        )
        if message is not None:
            _after_send(request, message, draft_key=request.path)
            return redirect(message.conversation.get_absolute_url())
    if request.method == "POST" and status == 200:
        status = 400
    response = render(request, "conversations/new.html", {"form": form, "refusal": refusal}, status=status)
    return with_retry_after(response, limited)


@login_required
@require_http_methods(["GET", "POST"])
def team_new(request):
    form = TeamMessageForm(request.POST or None)
    status, limited = 200, None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data

        def start():
            permissions.check_write_to_team(request.user)
            check_rate_limit(request.user, "message")
            return services.start_team_conversation(
                request.user, subject=data["subject"], body=data["body"], client_id=data["client_id"]
            )

        message, status, limited = _attempt_send(form, start)
        if message is not None:
            _after_send(request, message, draft_key=request.path)
            messages.success(request, "Thank you. The Haven team will answer here.")
            return redirect(message.conversation.get_absolute_url())
    if request.method == "POST" and status == 200:
        status = 400
    response = render(request, "conversations/team_new.html", {"form": form}, status=status)
    return with_retry_after(response, limited)


@role_required("moderator")
@require_GET
def team_inbox(request):
    conversations = list(selectors.team_inbox()[:200])
    names = selectors.participant_names(conversations)
    for conversation in conversations:
        conversation.member_names = names.get(conversation.pk, [])
    return render(request, "conversations/team_inbox.html", {"conversations": conversations})


def _existing_conversation(conversation_id: int) -> Conversation:
    conversation = selectors.conversation_by_id(conversation_id)
    if conversation is None:
        raise Http404("No such conversation.")
    return conversation


def _conversation_for(request, conversation_id: int) -> Conversation:
    conversation = selectors.conversation_by_id(conversation_id)
    if conversation is None:
        if not request.user.is_authenticated:
            raise PermissionDenied("Private messages are for signed-in members. Please log in first.")
        raise Http404("No such conversation.")
    permissions.check_view_conversation(request.user, conversation)
    return conversation


def _render_conversation(request, conversation, form=None, status: int = 200):
    viewer = request.user
    row = permissions.participant_row(viewer, conversation)
    page = selectors.conversation_page(viewer, conversation, row, request.GET.get("page"))
    if page.number == page.paginator.num_pages and row is not None:
        services.mark_conversation_read(viewer, conversation=conversation)
    return render(request, "conversations/conversation.html", {
        "conversation": conversation,
        "row": row,
        "others": selectors.others_in(conversation, viewer),
        "page": page,
        "page_range": page.paginator.get_elided_page_range(page.number),
        "form": form or ReplyForm(),
        "can_reply": permissions.can_reply(viewer, conversation),
        "as_team": permissions.can_answer_as_team(viewer, conversation),
        "clear_draft": request.session.pop(CLEAR_DRAFT_KEY, ""),
    }, status=status)


@require_GET
def detail(request, conversation_id: int):
    return _render_conversation(request, _conversation_for(request, conversation_id))


@require_POST
def send(request, conversation_id: int):
    conversation = _conversation_for(request, conversation_id)
    form = ReplyForm(request.POST)
    status, limited = 400, None
    if form.is_valid():

        def reply():
            permissions.check_reply(request.user, conversation)
            check_rate_limit(request.user, "message")
            return services.send_message(
                request.user, conversation=conversation, body=form.cleaned_data["body"],
                client_id=form.cleaned_data["client_id"],
            )

        message, status, limited = _attempt_send(form, reply)
        if message is not None:
            if _wants_json(request):
                return JsonResponse({"message": selectors.message_payload(message), "state": _state(message)})
            _after_send(request, message, draft_key=reverse("conversations:send", args=[conversation.pk]))
            return redirect(f"{conversation.get_absolute_url()}#message-{message.pk}")
    if _wants_json(request):
        errors = {key: [str(error) for error in value] for key, value in form.errors.items()}
        payload = {"errors": errors, "advice": form.advice is not None}
        return with_retry_after(JsonResponse(payload, status=status), limited)
    return with_retry_after(_render_conversation(request, conversation, form=form, status=status), limited)


@require_POST
def read(request, conversation_id: int):
    """The page saw messages up to last_id (live messages on an open conversation)."""
    conversation = _conversation_for(request, conversation_id)
    try:
        last_id = int(request.POST.get("last_id", ""))
    except ValueError:
        return JsonResponse({"errors": {"last_id": ["A message id is needed."]}}, status=400)
    services.mark_conversation_read(request.user, conversation=conversation, last_id=last_id)
    return JsonResponse({"unread": selectors.unread_count(request.user)})


def _state(message: Message) -> str:
    return "held" if not message.is_approved else "sent"


@login_required
@require_GET
def message_link(request, message_id: int):
    """A message's permalink: its page for participants; for moderators, the report window
    (which opens only for reported messages and audits the look)."""
    message = selectors.message_by_id(message_id)
    if message is None:
        raise Http404("No such message.")
    if not permissions.can_view_conversation(request.user, message.conversation) and can_moderate(request.user):
        return redirect("moderation:message_report", message.pk)
    conversation = _conversation_for(request, message.conversation_id)
    row = permissions.participant_row(request.user, conversation)
    number = selectors.page_of_message(request.user, conversation, row, message.pk)
    return redirect(f"{conversation.get_absolute_url()}?page={number}#message-{message.pk}")


@login_required
@require_GET
def conversation_link(request, conversation_id: int):
    """A conversation's permalink as the review queue uses it (see message_link)."""
    conversation = _existing_conversation(conversation_id)
    if not permissions.can_view_conversation(request.user, conversation) and can_moderate(request.user):
        return redirect("moderation:conversation_report", conversation.pk)
    return redirect(_conversation_for(request, conversation_id).get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def leave(request, conversation_id: int):
    conversation = _conversation_for(request, conversation_id)
    if request.method == "POST":
        services.leave_conversation(request.user, conversation=conversation)
        messages.success(request, "You have left the conversation. The others still have their copies.")
        return redirect("conversations:inbox")
    return render(request, "conversations/confirm.html", {"conversation": conversation, "action": "leave"})


@login_required
@require_http_methods(["GET", "POST"])
def clear(request, conversation_id: int):
    conversation = _conversation_for(request, conversation_id)
    if request.method == "POST":
        services.clear_conversation(request.user, conversation=conversation)
        messages.success(request, "Deleted from your messages. The others still have their copies.")
        return redirect("conversations:inbox")
    return render(request, "conversations/confirm.html", {"conversation": conversation, "action": "delete"})


@role_required("admin")
@require_http_methods(["GET", "POST"])
def admin_open(request, conversation_id: int):
    conversation = _existing_conversation(conversation_id)
    permissions.check_open_whole_conversation(request.user, conversation)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.record_whole_conversation_view(request.user, conversation=conversation,
                                                reason=form.cleaned_data["reason"])
        return render(request, "conversations/admin_open.html", {
            "conversation": conversation, "form": None,
            "messages_list": selectors.whole_conversation(conversation),
            "participants": selectors.participant_names([conversation.pk]).get(conversation.pk, []),
        })
    status = 400 if request.method == "POST" else 200
    return render(request, "conversations/admin_open.html", {"conversation": conversation, "form": form},
                  status=status)
