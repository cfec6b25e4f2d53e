from django import template

from journal.models import SYMPTOMS
from journal.timeline import DoseRow, fmt_mg

register = template.Library()


def _row(dose) -> DoseRow:
    return DoseRow(dose.medication, dose.other_name, dose.amount, dose.unit, dose.strength_mg_per_ml)


@register.filter
def dose_text(dose) -> str:
    return _row(dose).text


@register.filter
def diazepam_range(dose) -> str:
    """"8–10 mg" for a logged dose of a drug in the equivalence table (not diazepam itself)."""
    if dose.medication == "diazepam":
        return ""
    found = _row(dose).equivalent
    if found is None:
        return ""
    low, high = (fmt_mg(value).removesuffix(" mg") for value in (round(found[0], 2), round(found[1], 2)))
    return f"{low} mg" if low == high else f"{low}\u2013{high} mg"


@register.filter
def ratings(entry) -> list[tuple[str, int]]:
    return [(label, getattr(entry, name)) for name, label in SYMPTOMS if getattr(entry, name) is not None]
