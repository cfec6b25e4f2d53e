from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from journal.models import SYMPTOMS
from journal.selectors import journal_link_for
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


@register.simple_tag
def entry_doses(entry) -> str:
    """"Alprazolam 1 mg (approximately 10–20 mg diazepam; equivalents vary); Gabapentin 300 mg"."""
    link = reverse("journal:equivalence")
    parts = []
    for dose in entry.doses.all():
        found = diazepam_range(dose)
        if found:
            parts.append(format_html(
                '{} <span class="meta">(approximately {} diazepam; <a href="{}">equivalents vary</a>)</span>',
                dose_text(dose), found, link,
            ))
        else:
            parts.append(format_html("{}", dose_text(dose)))
    return format_html_join("; ", "{}", ((part,) for part in parts))


@register.simple_tag
def entry_ratings(entry) -> str:
    found = ratings(entry)
    if not found:
        return ""
    items = format_html_join(
        "", '<div><dt>{}</dt><dd>{}<span class="visually-hidden"> out of 10</span></dd></div>', found
    )
    return format_html('<dl class="entry-ratings">{}</dl>', items)


@register.simple_tag(takes_context=True)
def journal_link(context, member) -> str:
    """On a profile: a link to the member's taper journal when the viewer may see it, else nothing
    at all (no link, no hint that a journal exists)."""
    viewer = context["request"].user
    url = journal_link_for(viewer=viewer, member=member)
    if not url:
        return ""
    text = "Your taper journal" if viewer.is_authenticated and viewer.pk == member.pk else "Taper journal"
    return format_html('<p class="profile-journal"><a href="{}">{}</a></p>', url, text)
