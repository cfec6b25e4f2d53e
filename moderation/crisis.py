"""Crisis phrase matching and crisis lines (reads only).

Phrases match whole words, in any letter case, across any spacing, with apostrophes optional
("dont" matches "don't") and a space matching a hyphen ("self harm" matches "self-harm").
"skilled" never matches "kill", and "this taper is killing me" is not a crisis: the default set
(migration 0002) holds statements of intent only, and a human reviews every match.
"""

from __future__ import annotations

import re
from functools import lru_cache

from moderation.models import CrisisLine, CrisisPhrase

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def normalise(text: str) -> str:
    return " ".join((text or "").translate(_APOSTROPHES).lower().split())


@lru_cache(maxsize=32)
def _compile(phrases: tuple[str, ...]) -> re.Pattern | None:
    parts = []
    for phrase in phrases:
        words = normalise(phrase).replace("-", " ").split()
        if not words:
            continue
        escaped = [re.escape(word).replace("'", "'?") for word in words]
        parts.append(r"[\s\-]+".join(escaped))
    if not parts:
        return None
    # Longest first so the reported phrase is the most specific one.
    parts.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])")


def active_phrases() -> tuple[str, ...]:
    return tuple(CrisisPhrase.objects.filter(is_active=True).order_by("phrase").values_list("phrase", flat=True))


def match_crisis(text: str, phrases: tuple[str, ...] | None = None) -> str | None:
    """The first crisis phrase found in text (as written), or None."""
    pattern = _compile(active_phrases() if phrases is None else tuple(phrases))
    if pattern is None:
        return None
    found = pattern.search(normalise(text))
    return found.group(0) if found else None


def crisis_lines_for(country: str = "") -> list[tuple[str, str, str]]:
    """(label, how to reach, url) for the member's country first, then the rest, then "elsewhere"."""
    country = (country or "").upper()
    lines = list(CrisisLine.objects.all().order_by("position", "id"))

    def rank(line: CrisisLine) -> int:
        if country and line.country.upper() == country:
            return 0
        if line.country == CrisisLine.ELSEWHERE:
            return 2
        return 1

    lines.sort(key=rank)
    return [(line.label, line.how, line.url) for line in lines]
