"""Journal pages: check permission, validate a form, call one service, render or redirect."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from accounts.services import set_member_stage
from journal import chart, csvio, selectors, services, timeline
from journal.equivalence import SOURCES, TABLE, WARNING
from journal.forms import ChartOptionsForm, EntryForm, ImportForm, StageForm, VisibilityForm, initial_for
from journal.models import SYMPTOMS
from journal.permissions import check_manage_journal, is_indexable

MAX_IMPORT_BYTES = 2 * 1024 * 1024
CRISIS_KEY = "journal_crisis"


def _remember_crisis(request, crisis) -> None:
    """Show the calm panel on the next journal page when a note matched the crisis detector."""
    if crisis is not None:
        request.session[CRISIS_KEY] = {"shared": crisis.shared, "lines": [list(line) for line in crisis.lines]}


def _chart_context(journal, *, viewer, request, with_notes=False) -> dict:
    options = ChartOptionsForm(request.GET or None)
    equivalent = options.is_valid() and options.cleaned_data["equivalent"]
    rows = selectors.journal_rows(journal, viewer=viewer, with_notes=with_notes)
    return {
        "rows": rows,
        "chart": chart.build_chart(rows, equivalent=equivalent),
        "equivalent": equivalent,
        "chart_options": options if options.is_bound else ChartOptionsForm(),
        "summary": timeline.summary(rows),
        "trends": timeline.monthly_trends(rows),
        "symptoms": SYMPTOMS,
    }


def _entry_values(form) -> dict:
    data = form.cleaned_data
    return {"date": data["date"], "marker": data["marker"], "ratings": form.ratings(), "doses": form.doses(),
            "note": data["note"], "visibility": data["visibility"]}


@require_GET
@login_required
def journal_home(request):
    journal = selectors.journal_of(request.user)
    page = selectors.entries_page(journal, viewer=request.user, page=request.GET.get("page"))
    latest = page.object_list[0] if page.number == 1 and page.object_list else None
    context = {
        "journal": journal,
        "page": page,
        "form": EntryForm(initial=initial_for(previous=latest)),
        "stage_form": StageForm(initial={"stage": request.user.stage}),
        "visibility_form": VisibilityForm(initial={"visibility": journal.visibility}),
        "journal_crisis": request.session.pop(CRISIS_KEY, None),
        **_chart_context(journal, viewer=request.user, request=request),
    }
    return render(request, "journal/journal.html", context)


@login_required
def entry_create(request):
    form = EntryForm(request.POST or None, initial=initial_for())
    if request.method == "POST" and form.is_valid():
        entry = services.create_entry(request.user, **_entry_values(form))
        _remember_crisis(request, entry.crisis)
        messages.success(request, f"Saved your entry for {entry.date:%-d %B %Y}.")
        return redirect("journal:home")
    return render(request, "journal/entry_form.html", {"form": form, "editing": None})


@login_required
def entry_edit(request, entry_id: int):
    entry = selectors.entry_for_owner(viewer=request.user, entry_id=entry_id)
    form = EntryForm(request.POST or None, initial=initial_for(entry))
    if request.method == "POST" and form.is_valid():
        _remember_crisis(request, services.update_entry(entry, **_entry_values(form)).crisis)
        messages.success(request, f"Updated your entry for {entry.date:%-d %B %Y}.")
        return redirect("journal:home")
    return render(request, "journal/entry_form.html", {"form": form, "editing": entry})


@login_required
def entry_delete(request, entry_id: int):
    entry = selectors.entry_for_owner(viewer=request.user, entry_id=entry_id)
    if request.method == "POST":
        services.delete_entry(entry)
        messages.success(request, f"Deleted your entry for {entry.date:%-d %B %Y}.")
        return redirect("journal:home")
    return render(request, "journal/entry_delete.html", {"entry": entry})


@login_required
@require_POST
def visibility(request):
    form = VisibilityForm(request.POST)
    if form.is_valid():
        journal = services.set_journal_visibility(request.user, visibility=form.cleaned_data["visibility"])
        _remember_crisis(request, journal.crisis)
        messages.success(request, f"Your journal is now visible to: {journal.get_visibility_display()}.")
    else:
        messages.error(request, "Please choose who can see your journal.")
    return redirect("journal:home")


@login_required
@require_POST
def stage(request):
    form = StageForm(request.POST)
    if form.is_valid():
        set_member_stage(request.user, stage=form.cleaned_data["stage"])
        messages.success(request, "Your stage is saved.")
    else:
        messages.error(request, "Please choose a stage from the list.")
    return redirect("journal:home")


@require_GET
@login_required
def report(request):
    journal = selectors.journal_of(request.user)
    check_manage_journal(request.user, journal)
    with_notes = request.GET.get("notes") == "1"
    context = _chart_context(journal, viewer=request.user, request=request, with_notes=with_notes)
    notes = [row for row in context["rows"] if row.note_html] if with_notes else []
    context.update(journal=journal, steps=timeline.steps(context["rows"]), with_notes=with_notes, notes=notes,
                   today=timezone.localdate())
    return render(request, "journal/report.html", context)


@require_GET
@login_required
def export(request):
    journal = selectors.journal_of(request.user)
    entries = selectors.entries_for_export(journal, viewer=request.user)
    response = HttpResponse(csvio.export_rows(entries).getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="haven-journal-{timezone.localdate():%Y-%m-%d}.csv"'
    return response


@login_required
def import_csv(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > MAX_IMPORT_BYTES:
                raise csvio.ImportError_(1, "the file is larger than 2 MB.")
            text = upload.read().decode("utf-8-sig")
            imported = services.import_entries(request.user, text=text)
        except UnicodeDecodeError:
            form.add_error("file", "This file is not UTF-8 text. Nothing was imported.")
        except csvio.ImportError_ as error:
            form.add_error("file", f"{error} Nothing was imported; fix that line and try again.")
        else:
            _remember_crisis(request, imported.crisis)
            messages.success(request, f"Imported {len(imported.entries)} entries.")
            return redirect("journal:home")
    return render(request, "journal/import.html", {"form": form, "columns": csvio.HEADER})


@require_GET
def member_journal(request, username: str):
    """Another member's journal, showing only what its owner chose to share with this viewer."""
    journal = selectors.journal_for_viewer(viewer=request.user, username=username)
    if request.user.is_authenticated and request.user.pk == journal.owner_id:
        return redirect("journal:home")
    page = selectors.entries_page(journal, viewer=request.user, page=request.GET.get("page"))
    context = {"journal": journal, "page": page, "indexable": is_indexable(journal),
               **_chart_context(journal, viewer=request.user, request=request)}
    return render(request, "journal/member_journal.html", context)


@require_GET
def equivalence(request):
    return render(request, "journal/equivalence.html", {"table": TABLE, "sources": SOURCES, "warning": WARNING})
