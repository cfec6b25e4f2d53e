"""CSV export and import of a journal: one row per entry, up to two doses per row.

Import reads every row before writing anything and stops at the first bad row, naming its line.
"""

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from journal.equivalence import BY_SLUG, OTHER
from journal.forms import DOSE_SLOTS, validate_date, validate_dose
from journal.models import ENTRY_VISIBILITY, INHERIT, SYMPTOM_FIELDS, Entry

DOSE_COLUMNS = ["medication", "other_name", "amount", "unit", "strength_mg_per_ml"]
HEADER = (
    ["date", "marker"]
    + [f"{column}_{slot}" for slot in range(1, DOSE_SLOTS + 1) for column in DOSE_COLUMNS]
    + SYMPTOM_FIELDS + ["visibility", "note"]
)
MAX_ROWS = 10_000
FORMULA_START = ("=", "+", "-", "@")
_NAMES = {row.name.lower(): row.slug for row in BY_SLUG.values()}


class ImportError_(ValueError):
    """A bad row: `line` is the line number in the file (the header is line 1)."""

    def __init__(self, line: int, message: str):
        super().__init__(f"Line {line}: {message}")
        self.line = line


@dataclass
class ParsedEntry:
    date: date
    marker: str
    ratings: dict
    note: str
    visibility: str
    doses: list


def _safe_cell(text: str) -> str:
    """Stop spreadsheets treating a typed note as a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _unsafe_cell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def export_rows(entries) -> io.StringIO:
    """Write entries (with prefetched doses) as CSV text."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for entry in entries:
        doses = list(entry.doses.all())[:DOSE_SLOTS]
        cells = [entry.date.isoformat(), entry.marker]
        for slot in range(DOSE_SLOTS):
            if slot < len(doses):
                d = doses[slot]
                strength = f"{d.strength_mg_per_ml.normalize():f}" if d.strength_mg_per_ml else ""
                cells += [d.medication, _safe_cell(d.other_name), f"{d.amount.normalize():f}", d.unit, strength]
            else:
                cells += [""] * len(DOSE_COLUMNS)
        cells += ["" if getattr(entry, n) is None else getattr(entry, n) for n in SYMPTOM_FIELDS]
        writer.writerow(cells + [entry.visibility, _safe_cell(entry.note_source)])
    out.seek(0)
    return out


def _decimal(text: str, what: str, line: int) -> Decimal | None:
    if not text.strip():
        return None
    try:
        return Decimal(text.strip())
    except InvalidOperation:
        raise ImportError_(line, f"{what} \u201c{text}\u201d is not a number.") from None


def _dose(row: dict, slot: int, line: int) -> dict | None:
    medication = row.get(f"medication_{slot}", "").strip().lower()
    amount = _decimal(row.get(f"amount_{slot}", ""), "The dose", line)
    if not medication:
        if amount is not None:
            raise ImportError_(line, f"medication_{slot} is empty but a dose is given.")
        return None
    medication = _NAMES.get(medication, medication)
    if medication not in BY_SLUG and medication != OTHER:
        raise ImportError_(
            line, f"\u201c{medication}\u201d is not in the medication list (use \u201cother\u201d and a name)."
        )
    dose = {
        "medication": medication,
        "other_name": _unsafe_cell(row.get(f"other_name_{slot}", "").strip()) if medication == OTHER else "",
        "amount": amount,
        "unit": row.get(f"unit_{slot}", "").strip().lower() or "mg",
        "strength_mg_per_ml": _decimal(row.get(f"strength_mg_per_ml_{slot}", ""), "The strength", line),
    }
    errors = validate_dose(medication=medication, other_name=dose["other_name"], amount=amount,
                           unit=dose["unit"], strength=dose["strength_mg_per_ml"])
    if errors:
        raise ImportError_(line, next(iter(errors.values())))
    if dose["unit"] != "ml":
        dose["strength_mg_per_ml"] = None
    return dose


def _rating(text: str, name: str, line: int) -> int | None:
    if not text.strip():
        return None
    if not text.strip().isdigit() or int(text) > 10:
        raise ImportError_(line, f"{name} must be a whole number from 0 to 10, not \u201c{text}\u201d.")
    return int(text)


def _entry(row: dict, line: int) -> ParsedEntry:
    try:
        day = date.fromisoformat(row.get("date", "").strip())
    except ValueError:
        raise ImportError_(line, f"\u201c{row.get('date', '')}\u201d is not a date like 2025-03-01.") from None
    if message := validate_date(day):
        raise ImportError_(line, message)
    marker = row.get("marker", "").strip().lower()
    if marker not in dict(Entry.MARKERS):
        raise ImportError_(line, f"marker must be cut, hold, updose or empty, not \u201c{marker}\u201d.")
    visibility = row.get("visibility", "").strip().lower() or INHERIT
    if visibility not in dict(ENTRY_VISIBILITY):
        raise ImportError_(
            line, f"visibility must be journal, private, members or public, not \u201c{visibility}\u201d."
        )
    doses = [d for slot in range(1, DOSE_SLOTS + 1) if (d := _dose(row, slot, line))]
    ratings = {name: _rating(row.get(name, ""), name, line) for name in SYMPTOM_FIELDS}
    note = _unsafe_cell(row.get("note", ""))
    if len(note) > 5000:
        raise ImportError_(line, "the note is longer than 5,000 characters.")
    return ParsedEntry(day, marker, ratings, note, visibility, doses)


def parse(text: str) -> list[ParsedEntry]:
    """Every row of the file, or ImportError_ for the first bad one (nothing is written here)."""
    if "\x00" in text:  # PostgreSQL can't store it (a 500); the forms refuse it the same way
        raise ImportError_(text[: text.index("\x00")].count("\n") + 1, "this line holds a NUL character.")
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "date" not in [f.strip() for f in reader.fieldnames]:
        raise ImportError_(1, "the first line must be the column names, starting with \u201cdate\u201d.")
    parsed = []
    for row in reader:
        line = reader.line_num
        if len(parsed) >= MAX_ROWS:
            raise ImportError_(line, f"a file can hold at most {MAX_ROWS:,} entries.")
        row = {(k or "").strip(): (v or "") for k, v in row.items() if k is not None}
        parsed.append(_entry(row, line))
    if not parsed:
        raise ImportError_(2, "the file has no entries.")
    return parsed
