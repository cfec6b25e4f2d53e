"""The journal's part of a member's data export (accounts/export.py) and of account deletion
(accounts/erasure.py); registered in JournalConfig.ready().

A journal is personal health data, not community words: it is deleted with the account whether
or not the member chose to remove their posts' text (PRODUCT.md's privacy rules)."""

from accounts.erasure import register_personal_data_eraser
from accounts.export import register_export_section
from journal.models import SYMPTOM_FIELDS, Entry, Journal


def _journal(user) -> list[dict]:
    journal = Journal.objects.filter(owner=user).first()
    if journal is None:
        return []
    entries = Entry.objects.filter(journal=journal).prefetch_related("doses").order_by("date", "id")
    return [
        {
            "date": entry.date, "marker": entry.marker, "note": entry.note_source, "visibility": entry.visibility,
            "doses": [
                {"medication": d.medication, "other_name": d.other_name, "amount": f"{d.amount.normalize():f}",
                 "unit": d.unit,
                 "strength_mg_per_ml": f"{d.strength_mg_per_ml.normalize():f}" if d.strength_mg_per_ml else None}
                for d in entry.doses.all()
            ],
            **{name: getattr(entry, name) for name in SYMPTOM_FIELDS},
        }
        for entry in entries
    ]


def _settings(user) -> dict | None:
    journal = Journal.objects.filter(owner=user).first()
    return {"visibility": journal.visibility, "signature": user.signature, "show_signature": user.show_signature} \
        if journal else None


def _erase(user) -> int:
    """A deleted member's journal is their own health record: remove it entirely."""
    count, _ = Entry.objects.filter(journal__owner=user).delete()
    Journal.objects.filter(owner=user).delete()
    return count


def register() -> None:
    register_export_section("journal", "Taper journal entries", _journal)
    register_export_section("journal_settings", "Taper journal settings", _settings)
    register_personal_data_eraser(
        "journal", "Your taper journal: every entry with its doses, ratings and notes, and its settings", _erase
    )
