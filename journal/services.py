"""Writes for journals. Every change to entries rewrites the member's stored signature (through
accounts.services) so posts show it without extra queries."""

from django.db import transaction

from accounts.services import set_member_signature
from forum.sanitize import render_markdown
from journal import csvio, timeline
from journal.models import Dose, Entry, Journal
from journal.selectors import journal_of, journal_rows

__all__ = [
    "create_entry", "update_entry", "delete_entry", "set_journal_visibility", "import_entries",
    "refresh_signature",
]


def refresh_signature(journal: Journal) -> str:
    """Rewrite the owner's one-line signature from all their entries (owner's view)."""
    text = timeline.signature(journal_rows(journal, viewer=journal.owner))
    if text != journal.owner.signature:
        set_member_signature(journal.owner, text=text)
    return text


def _write_doses(entry: Entry, doses: list[dict]) -> None:
    Dose.objects.bulk_create([Dose(entry=entry, **dose) for dose in doses])


@transaction.atomic
def create_entry(owner, *, date, marker: str, ratings: dict, doses: list[dict], note: str, visibility: str) -> Entry:
    journal = journal_of(owner)
    entry = Entry.objects.create(
        journal=journal, date=date, marker=marker, note_source=note, note_html=render_markdown(note) if note else "",
        visibility=visibility, **ratings,
    )
    _write_doses(entry, doses)
    refresh_signature(journal)
    return entry


@transaction.atomic
def update_entry(entry: Entry, *, date, marker: str, ratings: dict, doses: list[dict], note: str,
                 visibility: str) -> Entry:
    entry.date, entry.marker, entry.visibility = date, marker, visibility
    entry.note_source, entry.note_html = note, render_markdown(note) if note else ""
    for name, value in ratings.items():
        setattr(entry, name, value)
    entry.save()
    entry.doses.all().delete()
    _write_doses(entry, doses)
    refresh_signature(entry.journal)
    return entry


@transaction.atomic
def delete_entry(entry: Entry) -> Journal:
    journal = entry.journal
    entry.delete()
    refresh_signature(journal)
    return journal


@transaction.atomic
def set_journal_visibility(owner, *, visibility: str) -> Journal:
    journal = journal_of(owner)
    journal.visibility = visibility
    journal.save(update_fields=["visibility"])
    return journal


@transaction.atomic
def import_entries(owner, *, text: str) -> list[Entry]:
    """Add every row of a CSV file, or nothing: raises csvio.ImportError_ at the first bad row."""
    parsed = csvio.parse(text)
    journal = journal_of(owner)
    entries = Entry.objects.bulk_create([
        Entry(journal=journal, date=p.date, marker=p.marker, note_source=p.note,
              note_html=render_markdown(p.note) if p.note else "", visibility=p.visibility, **p.ratings)
        for p in parsed
    ])
    Dose.objects.bulk_create([Dose(entry=entry, **dose) for entry, p in zip(entries, parsed, strict=True)
                              for dose in p.doses])
    refresh_signature(journal)
    return entries
