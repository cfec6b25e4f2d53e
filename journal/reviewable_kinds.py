"""Shared journal entries as a reviewable kind (reviewable/registry.py), registered in
JournalConfig.ready().

Only notes someone else may read reach the content policy through this kind (journal.services
calls `on_created` / `on_edited` for shared entries only); an "only me" note is checked with
`check_private`, which tells no one. The queue shows a note only while it is still shared: if
the member has since made it private, moderators see that it is private and not its words.
The queue does not hide or delete journal entries (the member decides what their record holds).
"""

from django.urls import reverse

from journal.models import Entry
from journal.permissions import can_view_entry, is_shared
from reviewable import registry

PRIVATE_NOW = "<p>The member has since made this entry private, so its note is not shown.</p>"


def _shared(entry: Entry) -> bool:
    return is_shared(entry.journal.visibility, entry.visibility)


def _url(entry: Entry) -> str:
    return reverse("journal:member", args=[entry.journal.owner.username]) + f"#entry-{entry.pk}"


def register() -> None:
    registry.register_kind(
        "journal_entry",
        Entry,
        label="Journal entry",
        author_of=lambda e: e.journal.owner,
        title_of=lambda e: f"Journal entry for {e.date:%-d %B %Y}",
        url_of=_url,
        html_of=lambda e: e.note_html if _shared(e) else PRIVATE_NOW,
        source_of=lambda e: e.note_source if _shared(e) else "",
        is_hidden=lambda e: False,
        hide=None,
        can_view=can_view_entry,
        related=("journal__owner",),
    )
