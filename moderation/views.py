"""Review queue, item pages and actions, flags, the audit log and the help page. Thin views."""

from __future__ import annotations

import csv

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from accounts.models import Sanction
from accounts.permissions import role_required
from moderation import forms, reviewables, selectors, services
from moderation.crisis import crisis_lines_for
from moderation.models import Flag, QueueItem
from moderation.permissions import (
    can_export_audit,
    can_resolve_item,
    can_sanction_member,
    check_export_audit,
    check_flag,
    check_review_item,
)

User = get_user_model()
PAGE_SIZE = 50


def _page(request, qs, size=PAGE_SIZE):
    return Paginator(qs, size).get_page(request.GET.get("page"))


# --- queue ---------------------------------------------------------------------------------


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
    page = _page(request, items)
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


# --- one item ------------------------------------------------------------------------------


def _load_item(request, item_id: int) -> QueueItem:
    try:
        item = selectors.item_detail(item_id)
    except QueueItem.DoesNotExist:
        raise Http404("No such item.")
    check_review_item(request.user, item)
    return item


def _action_forms(item, obj, bound: dict | None = None) -> dict:
    from forum.models import Post, Topic

    bound = bound or {}
    topic = obj.topic if isinstance(obj, Post) else obj if isinstance(obj, Topic) else None
    post = obj if isinstance(obj, Post) else None
    if isinstance(obj, Topic):
        from moderation.builtin_kinds import opening_post

        post = opening_post(obj)
    result = {
        "approve": forms.OptionalReasonForm(prefix="approve"),
        "dismiss": forms.OptionalReasonForm(prefix="dismiss"),
        "reject": forms.ReasonForm(prefix="reject"),
        "hide": forms.ReasonForm(prefix="hide"),
        "delete": forms.ReasonForm(prefix="delete"),
        "edit": forms.EditForm(prefix="edit", initial={"body": post.source if post else ""}) if post else None,
        "warn": forms.ReasonForm(prefix="warn"),
        "mute": forms.SanctionForm(prefix="mute"),
        "suspend": forms.SanctionForm(prefix="suspend"),
        "ban": forms.ReasonForm(prefix="ban"),
        "note": forms.NoteForm(prefix="note"),
        "lock": forms.LockForm(prefix="lock", initial={"locked": "0" if topic and topic.is_locked else "1"})
        if topic
        else None,
        "move": forms.MoveForm(prefix="move", initial={"board": topic.board_id}) if topic else None,
        "split": forms.SplitForm(prefix="split", post_choices=_split_choices(topic)) if topic else None,
    }
    result.update(bound)
    return result


def _split_choices(topic):
    from forum.models import Post

    if topic is None:
        return ()
    rows = Post.objects.filter(topic=topic, position__gt=0).order_by("position").values_list("pk", "position")[:200]
    return [(pk, f"Post #{position}") for pk, position in rows]


def _render_item(request, item, bound: dict | None = None, status: int = 200):
    obj = selectors.item_content(item)
    author = item.author
    spec = reviewables.get_kind(item.kind)
    context = {
        "item": item,
        "obj": obj,
        "spec_label": spec.label if spec else item.kind,
        "can_hide": spec is not None and spec.hide is not None,
        "can_delete": spec is not None and spec.delete is not None,
        "content_html": spec.html_of(obj) if obj is not None and spec is not None else "",
        "diff": selectors.pending_diff(item, obj),
        "thread": selectors.item_context(item, obj),
        "history": selectors.member_history(author),
        "audit": selectors.item_history(item, obj),
        "flags": list(item.flags.all()),
        "can_resolve": can_resolve_item(request.user, item),
        "can_sanction": can_sanction_member(request.user, author),
        "forms": _action_forms(item, obj, bound),
    }
    return render(request, "moderation/item.html", context, status=status)


@role_required("moderator", "clinician")
@require_GET
def item(request, item_id: int):
    return _render_item(request, _load_item(request, item_id))


def _content_topic(obj):
    from forum.models import Post, Topic

    if isinstance(obj, Post):
        return obj.topic
    if isinstance(obj, Topic):
        return obj
    raise Http404("This item is not in a topic.")


# action name -> (form class, form kwargs builder, service call)
def _act_approve(request, item, obj, data):
    return services.approve_item(item, by=request.user, reason=data.get("reason", ""))


def _act_dismiss(request, item, obj, data):
    return services.dismiss_flags(item, by=request.user, reason=data.get("reason", ""))


def _act_reject(request, item, obj, data):
    return services.reject_item(item, by=request.user, reason=data["reason"])


def _act_hide(request, item, obj, data):
    return services.hide_content(item, by=request.user, reason=data["reason"])


def _act_delete(request, item, obj, data):
    return services.delete_content(item, by=request.user, reason=data["reason"])


def _act_edit(request, item, obj, data):
    return services.edit_content(item, by=request.user, body=data["body"], reason=data["reason"])


def _act_warn(request, item, obj, data):
    return services.warn_member(item.author, by=request.user, reason=data["reason"])


def _act_mute(request, item, obj, data):
    return services.mute_member(item.author, by=request.user, reason=data["reason"], duration=data["_duration"])


def _act_suspend(request, item, obj, data):
    return services.suspend_member(item.author, by=request.user, reason=data["reason"], duration=data["_duration"])


def _act_ban(request, item, obj, data):
    return services.ban_member(item.author, by=request.user, reason=data["reason"])


def _act_note(request, item, obj, data):
    return services.add_moderator_note(item.author, by=request.user, text=data["text"])


def _act_lock(request, item, obj, data):
    return services.lock_topic(_content_topic(obj), by=request.user, locked=data["locked"], reason=data["reason"])


def _act_move(request, item, obj, data):
    return services.move_topic(_content_topic(obj), by=request.user, board=data["board"], reason=data["reason"])


def _act_split(request, item, obj, data):
    return services.split_topic(
        _content_topic(obj), by=request.user, post_ids=data["post_ids"], title=data["title"], reason=data["reason"]
    )


ACTIONS = {
    "approve": (forms.OptionalReasonForm, _act_approve, "Approved."),
    "dismiss": (forms.OptionalReasonForm, _act_dismiss, "Flags dismissed; the content stays as it is."),
    "reject": (forms.ReasonForm, _act_reject, "Rejected. The author has been told why."),
    "hide": (forms.ReasonForm, _act_hide, "Hidden. The author has been told why."),
    "delete": (forms.ReasonForm, _act_delete, "Removed. The author has been told why."),
    "edit": (forms.EditForm, _act_edit, "Edited. The author has been told."),
    "warn": (forms.ReasonForm, _act_warn, "Warning sent."),
    "mute": (forms.SanctionForm, _act_mute, "Member muted."),
    "suspend": (forms.SanctionForm, _act_suspend, "Member suspended."),
    "ban": (forms.ReasonForm, _act_ban, "Member banned."),
    "note": (forms.NoteForm, _act_note, "Note saved."),
    "lock": (forms.LockForm, _act_lock, "Topic updated."),
    "move": (forms.MoveForm, _act_move, "Topic moved."),
    "split": (forms.SplitForm, _act_split, "Topic split."),
}
# Actions about the item's author rather than the content.
MEMBER_ACTIONS = {"warn", "mute", "suspend", "ban", "note"}


@role_required("moderator", "clinician")
def item_action(request, item_id: int, action: str):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if action == "claim":
        item = _load_item(request, item_id)
        try:
            item = services.claim_item(item, by=request.user)
        except services.ModerationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, "Claimed." if item.claimed_by_id else "Claim released.")
        return redirect("moderation:item", item_id=item_id)
    if action not in ACTIONS:
        raise Http404("No such action.")
    item = _load_item(request, item_id)
    form_class, call, done = ACTIONS[action]
    obj = selectors.item_content(item)
    kwargs = {"prefix": action}
    if action == "split":
        kwargs["post_choices"] = _split_choices(_content_topic(obj) if obj is not None else None)
    form = form_class(request.POST, **kwargs)
    if not form.is_valid():
        messages.error(request, "Please check the form below.")
        return _render_item(request, item, bound={action: form}, status=400)
    data = dict(form.cleaned_data)
    if isinstance(form, forms.SanctionForm):
        data["_duration"] = form.duration_value()
    if action in MEMBER_ACTIONS and item.author is None:
        raise Http404("That member no longer exists.")
    if action in {"edit", "lock", "move", "split"} and obj is None:
        raise Http404("The content no longer exists.")
    try:
        call(request, item, obj, data)
    except services.ModerationError as error:
        messages.error(request, error.message)
        return redirect("moderation:item", item_id=item_id)
    messages.success(request, done)
    return redirect("moderation:item", item_id=item_id)


# --- members -------------------------------------------------------------------------------


@role_required("moderator")
@require_GET
def member(request, username: str):
    person = get_object_or_404(User, username__iexact=username)
    items = QueueItem.objects.filter(author=person).order_by("-created_at")[:20]
    return render(
        request,
        "moderation/member.html",
        {
            "history": selectors.member_history(person),
            "items": list(items),
            "can_sanction": can_sanction_member(request.user, person),
            "forms": {
                "warn": forms.ReasonForm(prefix="warn"),
                "mute": forms.SanctionForm(prefix="mute"),
                "suspend": forms.SanctionForm(prefix="suspend"),
                "ban": forms.ReasonForm(prefix="ban"),
                "note": forms.NoteForm(prefix="note"),
            },
        },
    )


MEMBER_SERVICES = {
    "warn": (forms.ReasonForm, lambda by, m, d: services.warn_member(m, by=by, reason=d["reason"])),
    "mute": (forms.SanctionForm, lambda by, m, d: services.mute_member(m, by=by, reason=d["reason"],
                                                                       duration=d["_duration"])),
    "suspend": (forms.SanctionForm, lambda by, m, d: services.suspend_member(m, by=by, reason=d["reason"],
                                                                             duration=d["_duration"])),
    "ban": (forms.ReasonForm, lambda by, m, d: services.ban_member(m, by=by, reason=d["reason"])),
    "note": (forms.NoteForm, lambda by, m, d: services.add_moderator_note(m, by=by, text=d["text"])),
}


@role_required("moderator")
@require_POST
def member_action(request, username: str, action: str):
    person = get_object_or_404(User, username__iexact=username)
    if action not in MEMBER_SERVICES:
        raise Http404("No such action.")
    form_class, call = MEMBER_SERVICES[action]
    form = form_class(request.POST, prefix=action)
    if not form.is_valid():
        for field, errors in form.errors.items():
            for error in errors:
                messages.error(request, f"{form.fields[field].label if field in form.fields else ''}: {error}")
        return redirect("moderation:member", username=person.username)
    data = dict(form.cleaned_data)
    if isinstance(form, forms.SanctionForm):
        data["_duration"] = form.duration_value()
    try:
        call(request.user, person, data)
    except services.ModerationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Done.")
    return redirect("moderation:member", username=person.username)


@role_required("moderator")
@require_POST
def lift(request, sanction_id: int):
    sanction = get_object_or_404(Sanction.objects.select_related("user"), pk=sanction_id)
    form = forms.OptionalReasonForm(request.POST)
    form.is_valid()
    try:
        services.lift_sanction(sanction, by=request.user, reason=form.cleaned_data.get("reason", ""))
    except services.ModerationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Lifted. The member has been told.")
    next_url = request.POST.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return redirect(next_url)
    return redirect("moderation:member", username=sanction.user.username)


# --- flags ---------------------------------------------------------------------------------


def _flag_target(kind: str, object_id: int, user):
    spec = reviewables.get_kind(kind)
    if spec is None:
        raise Http404("Nothing to flag here.")
    obj = spec.model._base_manager.filter(pk=object_id).first()
    if obj is None:
        raise Http404("Nothing to flag here.")
    if not spec.can_view(user, obj):
        raise Http404("Nothing to flag here.")
    return spec, obj


@login_required
def flag(request, kind: str, object_id: int):
    spec, obj = _flag_target(kind, object_id, request.user)
    check_flag(request.user, obj, author=spec.author_of(obj))
    already = Flag.objects.filter(
        flagger=request.user, content_type__app_label=obj._meta.app_label, content_type__model=obj._meta.model_name,
        object_id=obj.pk,
    ).first()
    form = forms.FlagForm(request.POST or None, reasons=spec.flag_reasons)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.file_flag(
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
    return render(request, "moderation/my_flags.html", {"page": _page(request, selectors.flags_by(request.user))})


# --- audit log -----------------------------------------------------------------------------


def _audit_queryset(request):
    form = forms.AuditFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    return form, selectors.audit_entries(
        action=data.get("action") or "",
        actor=data.get("actor") or "",
        member=data.get("member") or "",
        date_from=data.get("date_from"),
        date_to=data.get("date_to"),
    )


@role_required("moderator")
@require_GET
def audit(request):
    form, entries = _audit_queryset(request)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "moderation/audit.html",
        {
            "filters": form,
            "page": _page(request, entries),
            "query": query.urlencode(),
            "actions": selectors.audit_actions(),
            "can_export": can_export_audit(request.user),
        },
    )


class _Echo:
    def write(self, value):
        return value


def _csv_cell(value) -> str:
    """Neutralise spreadsheet formulas in exported text."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@role_required("admin")
@require_GET
def audit_csv(request):
    check_export_audit(request.user)
    _form, entries = _audit_queryset(request)
    writer = csv.writer(_Echo())

    def rows():
        header = ["when (UTC)", "actor", "action", "member", "target", "label", "reason", "before", "after"]
        yield writer.writerow(header)
        for entry in entries.iterator(chunk_size=500):
            yield writer.writerow(
                [
                    entry.created_at.isoformat(),
                    _csv_cell(entry.actor.username if entry.actor else "system"),
                    _csv_cell(entry.action),
                    _csv_cell(entry.target_user.username if entry.target_user else ""),
                    _csv_cell(entry.target_ref),
                    _csv_cell(entry.target_label),
                    _csv_cell(entry.reason),
                    _csv_cell(entry.before),
                    _csv_cell(entry.after),
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="haven-audit-log.csv"'
    return response


# --- help ----------------------------------------------------------------------------------


@require_GET
def help_now(request):
    country = request.user.country if request.user.is_authenticated else ""
    return render(request, "moderation/help_now.html", {"lines": crisis_lines_for(country), "country": country})

