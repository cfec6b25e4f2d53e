"""The audit log for moderators, with filters, and its CSV export for admins."""

from __future__ import annotations

import csv

from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from accounts.permissions import role_required
from moderation import forms, selectors
from moderation.permissions import can_export_audit, check_export_audit
from moderation.views.paging import page_of


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
            "page": page_of(request, entries),
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
