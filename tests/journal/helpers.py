from datetime import date, timedelta
from decimal import Decimal

from journal import services
from journal.models import Dose, Entry
from journal.selectors import journal_of

QUICK = {
    "date": "", "marker": "", "medication_1": "diazepam", "amount_1": "12", "unit_1": "mg", "other_name_1": "",
    "strength_1": "", "medication_2": "", "amount_2": "", "unit_2": "mg", "other_name_2": "", "strength_2": "",
    "sleep": "6", "anxiety": "5", "pain": "", "fog": "7", "sensitivity": "", "mood": "4", "note": "",
    "visibility": "journal",
}


def entry_data(**changes) -> dict:
    data = {**QUICK, "date": date.today().isoformat()}
    data.update({k: str(v) for k, v in changes.items()})
    return data


def add_entry(owner, *, day=None, mg="10", marker="", medication="diazepam", visibility="journal", note="", **ratings):
    return services.create_entry(
        owner, date=day or date.today(), marker=marker, note=note, visibility=visibility,
        ratings={"sleep": None, "anxiety": None, "pain": None, "fog": None, "sensitivity": None, "mood": None,
                 **ratings},
        doses=[{"medication": medication, "other_name": "", "amount": Decimal(mg), "unit": "mg",
                "strength_mg_per_ml": None}],
    )


def bulk_journal(owner, count: int, *, start_mg: int = 40):
    """A long journal written straight to the database (no signature rewrite per entry)."""
    journal = journal_of(owner)
    first = date.today() - timedelta(days=count - 1)
    entries = Entry.objects.bulk_create([
        Entry(journal=journal, date=first + timedelta(days=i), marker="cut" if i % 30 == 0 and i else "",
              sleep=i % 11, anxiety=(i * 3) % 11, pain=(i * 7) % 11, fog=5, sensitivity=4, mood=(i * 5) % 11,
              note_html="<p>note</p>" if i % 10 == 0 else "")
        for i in range(count)
    ])
    Dose.objects.bulk_create([
        Dose(entry=entry, medication="diazepam", amount=Decimal(max(start_mg - i // 30, 1)), unit="mg")
        for i, entry in enumerate(entries)
    ])
    services.refresh_signature(journal)
    return journal
