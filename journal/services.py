"""Writes for journals. Every change to entries rewrites the member's stored signature (through
accounts.services) so posts show it without extra queries.

Notes go through the content policy (reviewable.registry.content_policy()) in the same
transaction: a note someone else may read is checked like a post (crisis detector: the writer
sees the calm panel, moderators get the crisis item); an "only me" note is checked with the
policy's `check_private`, which shows the writer the panel and tells no one. When an entry or
the whole journal is later shared, its notes are checked then. Each service leaves what the
policy found on the returned object as `crisis` (None, or a `Crisis`)."""

from dataclasses import dataclass, field

from django.db import transaction

from accounts.services import set_member_signature
from forum.sanitize import render_markdown
from journal import csvio, timeline
from journal.models import Dose, Entry, Journal
from journal.permissions import is_shared
from journal.selectors import journal_of, journal_rows, newly_shared_notes
from reviewable import registry

__all__ = [
    "create_entry", "update_entry", "delete_entry", "set_journal_visibility", "import_entries",
    "refresh_signature", "Crisis", "Imported",
]


def refresh_signature(journal: Journal) -> str:
    """Rewrite the owner's one-line signature from all their entries (owner's view)."""
    text = timeline.signature(journal_rows(journal, viewer=journal.owner))
    if text != journal.owner.signature:
        set_member_signature(journal.owner, text=text)
    return text


@dataclass
class Crisis:
    """The crisis detector matched a note: shared (moderators were told) or private (nobody was)."""

    shared: bool
    lines: list = field(default_factory=list)


def _check_note(entry: Entry, journal: Journal, *, previous: tuple[str, bool] | None = None) -> Crisis | None:
    """Run the content policy on entry's note. previous: (note, was shared) before an edit."""
    if not entry.note_source:
        return None
    policy = registry.content_policy()
    if is_shared(journal.visibility, entry.visibility):
        if previous is not None and previous[1]:
            decision = policy.on_edited(entry, editor=journal.owner, previous_source=previous[0])
        else:  # new, or private until now: checked in full as it becomes readable by others
            decision = policy.on_created(entry, author=journal.owner)
        return Crisis(shared=True, lines=decision.crisis_lines) if decision.crisis else None
    if previous is not None and previous[0] == entry.note_source:
        return None  # an unchanged private note was checked when it was written
    check = getattr(policy, "check_private", None)
    decision = check(entry.note_source, author=journal.owner) if check else None
    return Crisis(shared=False, lines=decision.crisis_lines) if decision is not None and decision.crisis else None


@dataclass
class Imported:
    entries: list[Entry]
    crisis: Crisis | None = None


def _first(found) -> Crisis | None:
    """Of several checks, the one to show: a shared match first (moderators were told)."""
    found = [crisis for crisis in found if crisis is not None]
    return next((crisis for crisis in found if crisis.shared), found[0] if found else None)


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
    entry.crisis = _check_note(entry, journal)
    return entry


@transaction.atomic
def update_entry(entry: Entry, *, date, marker: str, ratings: dict, doses: list[dict], note: str,
                 visibility: str) -> Entry:
    journal = entry.journal
    previous = (entry.note_source, is_shared(journal.visibility, entry.visibility))
    entry.date, entry.marker, entry.visibility = date, marker, visibility
    entry.note_source, entry.note_html = note, render_markdown(note) if note else ""
    for name, value in ratings.items():
        setattr(entry, name, value)
    entry.save()
    entry.doses.all().delete()
    _write_doses(entry, doses)
    refresh_signature(journal)
    entry.crisis = _check_note(entry, journal, previous=previous)
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
    before = journal.visibility
    journal.visibility = visibility
    journal.save(update_fields=["visibility"])
    journal.crisis = _first(_check_note(entry, journal) for entry in newly_shared_notes(journal, before=before))
    return journal


@transaction.atomic
def import_entries(owner, *, text: str) -> Imported:
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
    for entry in entries:
        entry.journal = journal
    return Imported(entries, crisis=_first(_check_note(entry, journal) for entry in entries))
