"""One pass over a post's words, shared by the rules and the combination layer (speed).

    spans, index, sentences = read(text)

`text` is normalised (lexicon.normalise: words between single spaces, " . " between sentences).
`spans`: each sentence's (start, end). `index`: for each rule key word (rules.ALL_KEYS, or the
key of a word a rule matches by its shape, patterns.index_key) the sentences it occurs in, as the
bits of an int (bit n: sentence n), and for each sentence the further key groups of the rules its
words hold (index.more). rule_candidates: the sentences a rule may match, those holding a word of
each of its key groups and a match of its core (gate.core); only those are scanned with the
rule's whole pattern (in near-miss posts 130 scans a post became 29). `sentences`: for each sentence, the
concepts whose key words it holds and a match of may begin at one of its words (round thirteen: half
the concepts the combination layer looked for had no such word), and its words' offsets with the
concept patterns a match may begin at (combine._sentence, which this does for every sentence at
once; gathered word by word as the bits of an int, one a concept). Each distinct word is looked up
once and remembered.
"""

from __future__ import annotations

from moderation.detector import combine
from moderation.detector import patterns as p
from moderation.detector.firstwords import Following
from moderation.detector.gate import core, more_keys
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


def _more_groups() -> tuple[dict[str, int], dict[str, int]]:
    """Further key groups of each rule read from its pattern (gate.more_keys), apart from its own
    key words: rule name -> the bits of its groups, and word start -> the bits of the groups it is
    in. A sentence the rule can match holds a word starting with a key of each of its groups."""
    numbers: dict[frozenset[str], int] = {}
    by_rule: dict[str, int] = {}
    by_start: dict[str, int] = {}
    for rule in RULES:
        for group in more_keys(rule.pattern, frozenset().union(*rule.keys)):
            bit = 1 << numbers.setdefault(group, len(numbers))
            by_rule[rule.name] = by_rule.get(rule.name, 0) | bit
            for key in group:
                by_start[key] = by_start.get(key, 0) | bit
    return by_rule, by_start


_MORE_BY_RULE, _MORE_BY_START = _more_groups()
_CORES = {rule.name: core(rule.pattern) for rule in RULES if core(rule.pattern) is not None}


def _more_held(word: str) -> int:
    """The bits of the further key groups this word holds a key of (starts with; "1mg" as "#mg")."""
    keyed = "#" + word.lstrip("0123456789") if word[:1].isdigit() else word
    held = 0
    for end in range(2, len(keyed) + 1):
        held |= _MORE_BY_START.get(keyed[:end], 0)
    return held


# The concepts a sentence may hold, and those a match of may begin in it, are gathered word by word
# as the bits of an int (one bit a concept): an OR a word instead of a set union (speed14).
_BITS = {name: 1 << number for number, name in enumerate(sorted(combine.ANCHORS | combine.NEEDS))}


def _bits(names) -> int:
    found = 0
    for name in names:
        found |= _BITS[name]
    return found


class _Names(dict):
    """bits -> the concepts they stand for (a frozenset), worked out once per set of bits."""

    def __missing__(self, bits: int) -> frozenset[str]:
        if len(self) >= _REMEMBERED:
            self.clear()
        names = self[bits] = frozenset(name for name, bit in _BITS.items() if bits & bit)
        return names


def _read_pair(word: str, following: str) -> tuple[dict, int]:
    patterns = combine.read_pair(word, following)
    return patterns, _bits(patterns)


class _Words(dict):
    """word -> (its rule key or None, the bits of the rules' further key groups it holds a key of,
    the bits of the concepts it holds a key of, the concept patterns a match may begin at it and
    their bits, and for a word of combine.PAIRED those narrowed by the next word: next word ->
    (patterns, bits))."""

    def __missing__(self, word: str):
        if len(self) >= _REMEMBERED:
            self.clear()
        keys, patterns = combine.read_word(word)
        after = Following(word, _read_pair) if patterns and word in combine.PAIRED else None
        facts = self[word] = (_rule_key(word), _more_held(word), _bits(keys), patterns, _bits(patterns), after)
        return facts


class Index(dict):
    """rule key -> the sentences it occurs in (bit n: sentence n); `more`: for each sentence, the
    bits of the rules' further key groups its words hold (_more_groups); the text and its sentences'
    spans (rule_candidates looks for a rule's core in them)."""

    more: list[int]
    text: str
    spans: list[tuple[int, int]]


_WORDS = _Words()
_NAMES = _Names()
_ALWAYS, _ANYWHERE = _bits(combine.ALWAYS), _bits(combine.ANYWHERE)


def read(text: str) -> tuple[list[tuple[int, int]], Index, list[combine.Sentence]]:
    spans: list[tuple[int, int]] = []
    index = Index()
    index.more, index.text, index.spans = [], text, spans
    sentences: list[combine.Sentence] = []
    start = 0
    for number, piece in enumerate(text.split(" . ")):
        possible, firsts, starts = _ALWAYS, [], _ANYWHERE  # bits of concepts (_BITS)
        at, more = start, 0
        words = piece.split(" ")
        for word, following in zip(words, [*words[1:], None], strict=True):
            key, held, keys, patterns, begin, after = _WORDS[word]
            if key is not None:
                index[key] = index.get(key, 0) | 1 << number
            more |= held
            possible |= keys
            if patterns:
                if after is not None and following is not None:  # narrowed by the next word
                    patterns, begin = after[following]
                if patterns:
                    firsts.append((at, patterns))
                    starts |= begin
            at += len(word) + 1
        spans.append((start, start + len(piece)))
        index.more.append(more)
        sentences.append((_NAMES[starts & possible], firsts))
        start += len(piece) + 3
    return spans, index, sentences


def rule_candidates(rule: Rule, index: Index, present: set[str]) -> list[int]:
    """Sentences holding a word from every key group of the rule, its own and its further ones, and
    a match of its core (gate.core)."""
    found = -1 if rule.keys else 0
    for group in rule.keys:
        holding = 0
        for key in group & present:
            holding |= index[key]
        found &= holding
        if not found:
            return []
    numbers = []
    more, its_core = _MORE_BY_RULE.get(rule.name, 0), _CORES.get(rule.name)
    while found:  # the set bits, lowest first
        lowest = found & -found
        number = lowest.bit_length() - 1
        if index.more[number] & more == more and (
            its_core is None or its_core.search(index.text, *index.spans[number])
        ):
            numbers.append(number)
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
