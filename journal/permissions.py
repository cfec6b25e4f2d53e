"""Who may see a journal and its entries.

An entry's audience is the narrower of the journal's setting and the entry's own ("same as my
journal" by default): an entry can be hidden further, never shown wider than the journal.
"""

from django.http import Http404

from journal.models import INHERIT, MEMBERS, PRIVATE, PUBLIC

LEVELS = {PRIVATE: 0, MEMBERS: 1, PUBLIC: 2}


def _is_member(user) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and user.is_active


def viewer_level(viewer, journal) -> int:
    """The widest audience level this viewer belongs to for this journal."""
    if _is_member(viewer) and viewer.pk == journal.owner_id:
        return LEVELS[PRIVATE]
    return LEVELS[MEMBERS] if _is_member(viewer) else LEVELS[PUBLIC]


def effective_level(journal_visibility: str, entry_visibility: str) -> int:
    journal_level = LEVELS[journal_visibility]
    if entry_visibility == INHERIT:
        return journal_level
    return min(journal_level, LEVELS[entry_visibility])


def visible_entry_levels(viewer, journal) -> list[str]:
    """Entry visibility values this viewer may see (for filtering in the database)."""
    if can_manage_journal(viewer, journal):
        return [INHERIT, PRIVATE, MEMBERS, PUBLIC]
    needed = viewer_level(viewer, journal)
    return [value for value in (INHERIT, PRIVATE, MEMBERS, PUBLIC)
            if effective_level(journal.visibility, value) >= needed]


def can_view_journal(viewer, journal) -> bool:
    if can_manage_journal(viewer, journal):
        return True
    return journal.owner.is_active and LEVELS[journal.visibility] >= viewer_level(viewer, journal)


def check_view_journal(viewer, journal) -> None:
    """Raises 404 so a private journal's existence is not revealed."""
    if not can_view_journal(viewer, journal):
        raise Http404("No journal to show.")


def is_shared(journal_visibility: str, entry_visibility: str) -> bool:
    """Whether anyone but the owner may read an entry (members or the public)."""
    return effective_level(journal_visibility, entry_visibility) > LEVELS[PRIVATE]


def can_view_entry(viewer, entry) -> bool:
    """Whether viewer may read this entry: its journal is visible to them and the entry is too."""
    journal = entry.journal
    if not can_view_journal(viewer, journal):
        return False
    return can_manage_journal(viewer, journal) or \
        effective_level(journal.visibility, entry.visibility) >= viewer_level(viewer, journal)


def can_manage_journal(viewer, journal) -> bool:
    return _is_member(viewer) and viewer.pk == journal.owner_id


def check_manage_journal(viewer, journal) -> None:
    if not can_manage_journal(viewer, journal):
        raise Http404("No journal to show.")


def is_indexable(journal) -> bool:
    """Search engines may index only a journal its owner made public."""
    return journal.visibility == PUBLIC
