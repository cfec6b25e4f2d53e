"""One pass over a post's words, shared by the rules and the combination layer (speed).

    spans, index, sentences = read(text)

`text` is normalised (lexicon.normalise: words between single spaces, " . " between sentences).
`spans`: each sentence's (start, end). `index`: for each rule key word (rules.ALL_KEYS, or the
key of a word a rule matches by its shape, patterns.index_key) the sentences it occurs in, as the
bits of an int (bit n: sentence n; rule_candidates). `sentences`: for each sentence, the
concepts whose key words it holds and its words' offsets with the concept patterns a match may
begin at (combine._sentence, which this does for every sentence at once). Each distinct word is
looked up once and remembered.
"""

from __future__ import annotations

from moderation.detector import combine
from moderation.detector import patterns as p
from moderation.detector.rules import ALL_KEYS, RULES, Rule

_SHAPED_ENDS = frozenset({"pam", "lam"})
_SHAPED_STARTS = frozenset({"oxy", "sel"})
_REMEMBERED = 50_000  # distinct words kept before the memory is cleared


def _rule_key(word: str) -> str | None:
    if word in ALL_KEYS:
        return word
    if word[-3:] in _SHAPED_ENDS or word[:3] in _SHAPED_STARTS:
        return p.index_key(word)
    return None


class _Words(dict):
    """word -> (its rule key or None, the concepts it holds a key of, the concept patterns a match
    may begin at it)."""

    def __missing__(self, word: str):
        if len(self) >= _REMEMBERED:
            self.clear()
        keys, patterns = combine.read_word(word)
        facts = self[word] = (_rule_key(word), keys, patterns)
        return facts


_WORDS = _Words()


def read(text: str) -> tuple[list[tuple[int, int]], dict[str, int], list[combine.Sentence]]:
    spans: list[tuple[int, int]] = []
    index: dict[str, int] = {}
    sentences: list[combine.Sentence] = []
    start = 0
    for number, piece in enumerate(text.split(" . ")):
        possible, firsts = set(combine.ALWAYS), []
        at = start
        for word in piece.split(" "):
            key, keys, patterns = _WORDS[word]
            if key is not None:
                index[key] = index.get(key, 0) | 1 << number
            if keys:
                possible |= keys
            if patterns:
                firsts.append((at, patterns))
            at += len(word) + 1
        spans.append((start, start + len(piece)))
        sentences.append((frozenset(possible), firsts))
        start += len(piece) + 3
    return spans, index, sentences


def rule_candidates(rule: Rule, index: dict[str, int], present: set[str]) -> list[int]:
    """Sentences holding a word from every key group of the rule (index: key -> a bit per sentence)."""
    found = -1 if rule.keys else 0
    for group in rule.keys:
        holding = 0
        for key in group & present:
            holding |= index[key]
        found &= holding
        if not found:
            return []
    numbers = []
    while found:  # the set bits, lowest first
        lowest = found & -found
        numbers.append(lowest.bit_length() - 1)
        found ^= lowest
    return numbers


def _by_first_key() -> dict[str, frozenset[int]]:
    """key -> the positions in RULES of the rules whose first key group holds it (a rule without
    keys never runs: rule_candidates finds no sentence for it)."""
    by_key: dict[str, set[int]] = {}
    for number, rule in enumerate(RULES):
        for key in rule.keys[0] if rule.keys else ():
            by_key.setdefault(key, set()).add(number)
    return {key: frozenset(numbers) for key, numbers in by_key.items()}


RULES_BY_KEY = _by_first_key()
