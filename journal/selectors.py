"""Reads for journals, always for a viewer, in a fixed number of queries whatever the size."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse

from journal.models import INHERIT, MEMBERS, PRIVATE, PUBLIC, SYMPTOM_FIELDS, Dose, Entry, Journal
from journal.permissions import (
    can_manage_journal,
    can_view_journal,
    check_manage_journal,
    check_view_journal,
    is_shared,
    visible_entry_levels,
)
from journal.timeline import DoseRow, Row

ENTRIES_PER_PAGE = 30


def journal_of(owner) -> Journal:
    """The member's own journal, created empty the first time (only they can see it)."""
    journal, _ = Journal.objects.get_or_create(owner=owner)
    journal.owner = owner
    return journal


def journal_for_viewer(*, viewer, username: str) -> Journal:
    journal = get_object_or_404(Journal.objects.select_related("owner"), owner__username__iexact=username)
    check_view_journal(viewer, journal)
    return journal


def journal_link_for(*, viewer, member) -> str:
    """The address of member's journal if this viewer may see it, else "" (one query).

    The member's own profile links to their journal page; others get `/u/<name>/journal/` only
    when the journal's visibility lets them in (members, or public for visitors).
    """
    journal = Journal.objects.filter(owner_id=member.pk).only("id", "owner_id", "visibility").first()
    if journal is None:
        return ""
    journal.owner = member
    if can_manage_journal(viewer, journal):
        return reverse("journal:home")
    if can_view_journal(viewer, journal):
        return reverse("journal:member", args=[member.username])
    return ""


def entry_for_owner(*, viewer, entry_id: int) -> Entry:
    entry = get_object_or_404(Entry.objects.select_related("journal").prefetch_related("doses"), pk=entry_id)
    check_manage_journal(viewer, entry.journal)
    return entry


def _visible(journal, viewer):
    return Entry.objects.filter(journal=journal, visibility__in=visible_entry_levels(viewer, journal))


def entries_page(journal, *, viewer, page) -> "Paginator.page":
    entries = _visible(journal, viewer).prefetch_related(Prefetch("doses", queryset=Dose.objects.order_by("id")))
    return Paginator(entries, ENTRIES_PER_PAGE).get_page(page)


def journal_rows(journal, *, viewer, with_notes: bool = False) -> list[Row]:
    """Every visible entry, oldest first, as light rows for the chart and report (two queries)."""
    fields = ["id", "date", "marker", *SYMPTOM_FIELDS] + (["note_html"] if with_notes else [])
    entries = _visible(journal, viewer).order_by("date", "id").values_list(*fields)
    rows = {}
    for values in entries:
        rows[values[0]] = Row(values[0], values[1], values[2], values[3:9], [], values[9] if with_notes else "")
    doses = Dose.objects.filter(entry__journal=journal).order_by("id").values_list(
        "entry_id", "medication", "other_name", "amount", "unit", "strength_mg_per_ml"
    )
    for entry_id, *dose in doses:
        row = rows.get(entry_id)
        if row is not None:
            row.doses.append(DoseRow(*dose))
    return list(rows.values())


def entries_for_export(journal, *, viewer):
    return _visible(journal, viewer).order_by("date", "id").prefetch_related("doses")


def newly_shared_notes(journal, *, before: str) -> list[Entry]:
    """Entries with a note that only the owner could read under the journal's visibility
    `before` and that others may read now (their notes are checked as they become shared)."""
    values = [INHERIT, PRIVATE, MEMBERS, PUBLIC]
    widened = [v for v in values if not is_shared(before, v) and is_shared(journal.visibility, v)]
    if not widened:
        return []
    entries = list(Entry.objects.filter(journal=journal, visibility__in=widened).exclude(note_source=""))
    for entry in entries:
        entry.journal = journal
    return entries
