"""Old words and old counts: what old writing holds, what the writer has long been free of, and a
withdrawal day long past (episodes.py reads them through these two functions; grading._discard asks).
"""

from __future__ import annotations

import re

# "found my old notebook . page after page of i want to die": words read in old writing, not said now.
_PAGES_OF = re.compile(
    r"\b(?:(?:page after page|pages and pages|line after line|lines and lines|entry after entry|full|filled"
    r"|pages|entries) (?:of|with)(?: ,)?|so (?:much|many)(?: ,)?)"
    r"(?: \w+){0,4} $"  # 'pages of "i want to die"': the quote read as a comma
)
_OLD_WRITING = re.compile(
    r"\b(?:old|older|earlier|first|previous) (?:\w+ )?(?:journals?|diar(?:y|ies)|notebooks?|notes|posts|messages|"
    r"entries|letters|pages)\b|"
    r"\b(?:journals?|diar(?:y|ies)|notebooks?|letters|posts|messages|entries) from "
    r"(?:the|my|when|back|last|(?:19|20)\d\d)\b"
)
# "1 year free of clonazepam", "five years free of selfharm": what the writer is free of.
# "4 years free of benzos and free of self harm too": a second thing the writer is free of (round twelve, long12).
_FREE_OF = re.compile(r"\b(?:years?|months?|yrs?) (?:(?:free|clean) (?:of|from)|off) (?:both |all )?(?:the |my )?"
                      r"(?:\w+ (?:\w+ )?(?:and|&) (?:free|clean) (?:of|from) (?:the |my )?)?$")
_STILL_AFTER = re.compile(r"\b(?:now|again|still|lately|today|tonight|but|last night|yesterday|at the moment|back|"
                          r"relapsed|slipped)\b")


def old_words(text: str, sentence: tuple[int, int], start: int) -> bool:
    """The words are what old writing holds ("page after page of"), the writing named old in this
    sentence or the one before; or what the writer has been free of for months or years (and nothing
    after says now: "3 years clean from self harm and tonight im holding the razor")."""
    sentence_start = sentence[0]
    if _FREE_OF.search(text, max(0, start - 50), start):
        return not _STILL_AFTER.search(text, start, sentence[1])
    if not _PAGES_OF.search(text, max(sentence_start, start - 60), start):  # ends four words before
        return False
    return bool(_OLD_WRITING.search(text, text.rfind(" . ", 0, max(0, sentence_start - 3)) + 1, start))


# "i wrote goodbye letters at day 90 . ... day 900 now": a count of days then and a larger one now.
_COUNT_THEN = re.compile(r"\b(?:at|on|around|by) (day|week|month) (\d+)\b")
_DAYS = {"day": 1, "week": 7, "month": 30}
_COUNT_NOW = re.compile(r"\b(day|week|month) (\d+) now\b|\bnow (?:at |on )?(day|week|month) (\d+)\b")


def counted_since(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence dates itself by a day, week or month of withdrawal that the post says is long past."""
    then = ("day " in text or "week " in text or "month " in text) and _COUNT_THEN.search(text, *sentence)
    if not then:
        return False
    for now in _COUNT_NOW.finditer(text):
        unit, number = (now.group(1), now.group(2)) if now.group(1) else (now.group(3), now.group(4))
        if unit == then.group(1) and (int(number) - int(then.group(2))) * _DAYS[unit] >= 90:
            return True  # a season or more since: "day 90 ... day 900 now", not "day 90 ... day 95 now"
    return False
