"""The first match of episodes.RESOLVED in a post, tried only at the words it may begin at (speed).

    over = first_resolved(text)  # what RESOLVED.search(text) finds, for normalised text
    says_it_is_over(text)  # it says it is over, and not that it came back after

RESOLVED (a post that says it is over: "im doing better now", "it passed") is searched over the
whole post by the guards (says_it_is_over, for grading._over_and_done). Its alternatives may begin
at a few hundred words, and the regex engine tries them at every word of a post that has none:
~120-250 us a 2,000-character post. Here each word is looked up once (remembered) for the
alternatives that may begin a match at it and with the next word (firstwords.FirstWords), and only
those are tried, left to right: the first match is the one RESOLVED.search finds (45-75 us).
"""

from __future__ import annotations

import re
from functools import lru_cache

from moderation.detector.episodes import RESOLVED
from moderation.detector.firstwords import FirstWords, Following

_FIRST = FirstWords({"over": RESOLVED})
_REMEMBERED = 50_000  # distinct words kept before the memory is cleared


class _Starts(dict):
    """word -> None (no match begins at it), the pattern to try there, or (paired words) a dict
    next word -> the pattern to try there or None."""

    def __missing__(self, word: str):
        if len(self) >= _REMEMBERED:
            self.clear()
        pattern = _FIRST.at(word).get("over")
        facts = self[word] = Following(word, _over_after) if pattern is not None and word in _FIRST.paired else pattern
        return facts


def _over_after(word: str, following: str):
    """The RESOLVED pattern to try at word when following comes next, or None."""
    return _FIRST.at(word, following).get("over")


_STARTS = _Starts()


def first_resolved(text: str) -> re.Match | None:
    """RESOLVED.search(text) for normalised text (words between single spaces)."""
    if _FIRST.anywhere:  # pragma: no cover - an alternative that may begin anywhere: the plain way
        return RESOLVED.search(text)
    words = text.split(" ")
    last = len(words) - 1
    at = 0
    for number, word in enumerate(words):
        pattern = _STARTS[word]
        if pattern is not None:
            if type(pattern) is Following:
                pattern = pattern[words[number + 1]] if number < last else _FIRST.at(word).get("over")
            if pattern is not None:
                found = pattern.match(text, at)
                if found:
                    return found
        at += len(word) + 1
    return None


# "it passed but its back tonight": over, then not over.
_RETURNED = re.compile(
    r"\b(?<!didnt )(?<!not )(?<!never )(?<!hasnt )(?<!havent )(?<!wont )"
    r"(?:(?:its|it is|theyre|they are|theyve|it has|its come|theyve come|the thoughts are) back|back again|"
    r"came back|come back|coming back|creeping back|returned|started again)\b"
)


@lru_cache(maxsize=16)
def says_it_is_over(text: str) -> bool:
    """The post says it is over (its first RESOLVED match), and not that it came back after that."""
    over = first_resolved(text)
    return bool(over) and not _RETURNED.search(text, over.end())
