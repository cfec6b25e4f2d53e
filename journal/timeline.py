"""Plain arithmetic over what a member logged: doses in mg, steps between logged doses, monthly
symptom averages, the one-line signature and a one-sentence summary.

Only restates the member's own records; never suggests a schedule, a next cut or a dose.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from journal.equivalence import OTHER, diazepam_equivalent_range, medication_name
from journal.models import SYMPTOM_FIELDS, SYMPTOMS


class DoseRow:
    """One logged dose, with its mg, key and name worked out once (the chart reads them often)."""

    __slots__ = ("medication", "other_name", "amount", "unit", "strength", "key", "name", "mg")

    def __init__(self, medication: str, other_name: str, amount: Decimal, unit: str, strength: Decimal | None):
        self.medication, self.other_name, self.amount, self.unit, self.strength = (
            medication, other_name, amount, unit, strength
        )
        self.key = f"{OTHER}:{other_name.lower()}" if medication == OTHER else medication
        self.name = medication_name(medication, other_name)
        if unit == "mg":
            self.mg = float(amount)
        elif unit == "mcg":
            self.mg = float(amount) / 1000
        else:
            self.mg = float(amount * strength) if strength else None

    @property
    def text(self) -> str:
        amount = f"{self.amount.normalize():f}"
        if self.unit == "ml":
            return f"{self.name} {amount} ml of {self.strength.normalize():f} mg/ml"
        return f"{self.name} {amount} {self.unit}"

    @property
    def equivalent(self) -> tuple[float, float] | None:
        return diazepam_equivalent_range(self.medication, self.mg)


@dataclass(slots=True)
class Row:
    id: int
    date: date
    marker: str
    ratings: tuple  # one value or None per SYMPTOM_FIELDS, in that order
    doses: list = field(default_factory=list)
    note_html: str = ""


@dataclass
class Step:
    date: date
    marker: str
    medication: str
    dose_mg: float | None
    previous_mg: float | None

    @property
    def percent_change(self) -> float | None:
        if not self.previous_mg or self.dose_mg is None:
            return None
        return (self.dose_mg - self.previous_mg) / self.previous_mg * 100


def fmt_mg(value: float | None) -> str:
    if value is None:
        return "unknown"
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return f"{text} mg"


def main_medication(rows: list[Row]) -> str | None:
    """The medication of the latest entry that has a dose (the one the signature describes)."""
    for row in reversed(rows):
        if row.doses:
            return row.doses[0].key
    return None


def steps(rows: list[Row]) -> list[Step]:
    """Every marked entry and every change of a logged dose, with the percent change per step."""
    previous: dict[str, float | None] = {}
    found = []
    for row in rows:
        for dose in row.doses:
            before, now = previous.get(dose.key), dose.mg
            changed = dose.key in previous and now != before
            if row.marker or changed:
                found.append(Step(row.date, row.marker, dose.name, now, before))
            previous[dose.key] = now
        if row.marker and not row.doses:
            found.append(Step(row.date, row.marker, "", None, None))
    return found


def monthly_trends(rows: list[Row]) -> list[dict]:
    """Per calendar month: entries, the last logged main dose and the average of each rating."""
    key = main_medication(rows)
    months: dict[tuple[int, int], dict] = {}
    for row in rows:
        month = months.setdefault((row.date.year, row.date.month), {"entries": 0, "sums": defaultdict(list)})
        month["entries"] += 1
        for dose in row.doses:
            if dose.key == key:
                month["dose"] = dose.mg
        for name, value in zip(SYMPTOM_FIELDS, row.ratings, strict=True):
            if value is not None:
                month["sums"][name].append(value)
    return [
        {
            "month": date(year, month, 1),
            "entries": data["entries"],
            "dose": fmt_mg(data["dose"]) if "dose" in data else "",
            "ratings": [_average(data["sums"][name]) for name in SYMPTOM_FIELDS],
        }
        for (year, month), data in sorted(months.items())
    ]


def _average(values: list[int]) -> str:
    return f"{sum(values) / len(values):.1f}" if values else ""


def signature(rows: list[Row]) -> str:
    """"Diazepam 12 mg · from 40 mg · tapering since Mar 2025 · last cut 9 Nov 2026"."""
    key = main_medication(rows)
    if key is None:
        return ""
    doses = [(row, dose) for row in rows for dose in row.doses if dose.key == key]
    first, latest = doses[0][1], doses[-1][1]
    parts = [f"{latest.name} {fmt_mg(latest.mg)}"]
    if first.mg != latest.mg:
        parts.append(f"from {fmt_mg(first.mg)}")
    cuts = [row.date for row, _ in doses if row.marker == "cut"]
    marked = [row for row, _ in doses if row.marker]
    if marked and marked[-1].marker == "hold":
        parts.append(f"holding since {marked[-1].date:%-d %b %Y}")
    elif cuts:
        parts.append(f"tapering since {cuts[0]:%b %Y}")
    if cuts:
        parts.append(f"last cut {cuts[-1]:%-d %b %Y}")
    return " \u00b7 ".join(parts)


def summary(rows: list[Row]) -> str:
    """One sentence for screen readers describing the whole chart."""
    if not rows:
        return "There are no entries to show yet."
    first, last = rows[0].date, rows[-1].date
    text = f"{len(rows)} entries from {first:%-d %B %Y} to {last:%-d %B %Y}"
    key = main_medication(rows)
    if key is not None:
        doses = [dose for row in rows for dose in row.doses if dose.key == key]
        text += f"; {doses[0].name} went from {fmt_mg(doses[0].mg)} to {fmt_mg(doses[-1].mg)}"
    rated = [(label, [r.ratings[i] for r in rows if r.ratings[i] is not None]) for i, (_, label) in enumerate(SYMPTOMS)]
    rated = [(label, values) for label, values in rated if values]
    if rated:
        label, values = rated[0]
        text += f"; {label.lower()} rated {values[0]} out of 10 at the start and {values[-1]} at the latest entry"
    return text + "."
