"""Content notes: the fixed list writers choose from, and the phrases that suggest one.

A post (and, through its opening post, a topic) carries any of NOTES plus one free note.
Readers choose which of NOTES to collapse (forum.selectors.care.is_collapsed_for). The
suggestions are only suggestions: the writer decides. The same patterns go to the browser
(static/js/care-notes.js) through browser_note_rules(); they are written so Python's re and
JavaScript's RegExp (flag "i") read them alike.
"""

from __future__ import annotations

import re

__all__ = [
    "NOTES", "NOTE_LABELS", "NOTE_OTHER_MAX", "clean_notes", "labels_for", "suggest_notes", "browser_note_rules",
]

SUICIDAL = "suicidal"
SELF_HARM = "self_harm"
HOSPITAL = "hospital"
COLD_TURKEY = "cold_turkey"
SEVERE = "severe"
LOSS = "loss"
DOSES = "doses"

NOTES: tuple[tuple[str, str], ...] = (
    (SUICIDAL, "Suicidal thoughts"),
    (SELF_HARM, "Self-harm"),
    (HOSPITAL, "Hospital or emergency"),
    (COLD_TURKEY, "Cold turkey or rapid detox"),
    (SEVERE, "Severe or long-lasting symptoms"),
    (LOSS, "Loss or grief"),
    (DOSES, "Dose numbers"),
)
NOTE_LABELS = dict(NOTES)
NOTE_OTHER_MAX = 60

# A small phrase set per note. The crisis detector (moderation) also reports crisis text on
# submit; these cover what a writer sees while typing.
SUGGESTIONS: tuple[tuple[str, str], ...] = (
    (SUICIDAL, r"\b(?:suicid\w*|kill\s+myself|end\s+(?:my\s+life|it\s+all)|don'?t\s+want\s+to\s+(?:live|be\s+here)"
               r"|want\s+to\s+die|better\s+off\s+dead|no\s+reason\s+to\s+live)"),
    (SELF_HARM, r"\b(?:self[\s-]?harm\w*|hurt(?:ing)?\s+myself|cut(?:ting)?\s+myself|burn(?:ing|ed)?\s+myself)"),
    (HOSPITAL, r"\b(?:hospital\w*|emergency\s+room|a\s*&\s*e|\ber\b|ambulance|911|999|112|icu|admitted|"
               r"psych\s+ward|seizures?)"),
    (COLD_TURKEY, r"\b(?:cold\s+turkey|c/t|rapid\s+detox|fast\s+detox|detox\s+(?:centre|center|clinic)|"
                  r"stopped\s+(?:abruptly|overnight|all\s+at\s+once))"),
    (SEVERE, r"\b(?:protracted|akathisia|years?\s+of\s+symptoms|bedridden|bed\s*bound|unbearable|torture|"
             r"worst\s+(?:pain|symptoms|night|day)|can'?t\s+(?:eat|sleep|function))"),
    (LOSS, r"\b(?:passed\s+away|died|funeral|grie(?:f|ving)|bereave\w*|lost\s+my\s+(?:mum|mom|dad|father|mother|"
           r"husband|wife|partner|son|daughter|child|friend|brother|sister|job|home))"),
    (DOSES, r"\b\d+(?:[.,]\d+)?\s*(?:mg|milligrams?|mcg|ml)\b"),
)
_COMPILED = tuple((code, re.compile(pattern, re.IGNORECASE)) for code, pattern in SUGGESTIONS)


def clean_notes(codes) -> list[str]:
    """Known note codes only, once each, in the list's order."""
    chosen = set(codes or ())
    return [code for code, _ in NOTES if code in chosen]


def labels_for(codes, other: str = "") -> list[str]:
    """Readable notes: the fixed ones in the list's order, then the free note."""
    labels = [NOTE_LABELS[code] for code in clean_notes(codes)]
    return [*labels, other] if other else labels


def suggest_notes(text: str) -> list[str]:
    """Note codes whose phrases appear in text, in the list's order."""
    text = (text or "").replace("\u2019", "'")
    return [code for code, pattern in _COMPILED if pattern.search(text)]


def browser_note_rules() -> dict:
    return {
        "notes": [{"code": code, "label": label} for code, label in NOTES],
        "suggestions": [{"code": code, "pattern": pattern} for code, pattern in SUGGESTIONS],
    }
