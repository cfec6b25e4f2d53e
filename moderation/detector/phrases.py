"""Admins' extra crisis phrases: whole words, any letter case or spacing, apostrophes optional.

"dont" matches "don't", a space matches a hyphen ("self harm" matches "self-harm"), and
"skilled" never matches "kill".
"""

from __future__ import annotations

import re
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def plain(text: str) -> str:
    return " ".join((text or "").translate(_APOSTROPHES).lower().split())


@lru_cache(maxsize=32)
def compile_phrases(phrases: tuple[str, ...]) -> re.Pattern | None:
    parts = []
    for phrase in phrases:
        words = plain(phrase).replace("-", " ").split()
        if not words:
            continue
        escaped = [re.escape(word).replace("'", "'?") for word in words]
        parts.append(r"[\s\-]+".join(escaped))
    if not parts:
        return None
    # Longest first so the reported phrase is the most specific one.
    parts.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])")


def find_phrase(text: str, phrases: tuple[str, ...]) -> str | None:
    """The first of phrases found in text (as written), or None."""
    pattern = compile_phrases(tuple(phrases))
    if pattern is None:
        return None
    found = pattern.search(plain(text))
    return found.group(0) if found else None
