"""Where a pattern's match can begin: a cheap way to try a large pattern only where it may start.

`first_words(pattern)` reads where a match can begin: at the start of a word that is one of a few
words or starts with one of a few prefixes ("kill(?:ing)? myself" -> a word starting "kill";
"(?:a |only a )?few" -> "a", "only" or a word starting "few"). In normalised text (words of
letters and digits between single spaces) `pattern.match()` tried at those words only, left to
right and after the previous match's end, finds exactly what `finditer()` finds (combine.py).

`FirstWords(patterns).at(word)` gives the patterns a match of may begin at a word, each narrowed
to those of its top-level alternatives that may (combine.py's concept search).
"""

from __future__ import annotations

import re
from functools import cache

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Python
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_ZERO_WIDTH = (_c.ASSERT, _c.ASSERT_NOT)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_GROUPS = (_c.SUBPATTERN, _c.BRANCH, _c.MAX_REPEAT, _c.MIN_REPEAT)


def _checks_word_start(op, av, char: str) -> bool:
    """The look-behind (?<!\\wi) right after an "i": that "i" starts a word (concepts.SELF's form)."""
    return op is _c.ASSERT_NOT and av[0] == -1 and list(av[1]) == [
        (_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)]), (_c.LITERAL, ord(char))
    ]


def _firsts(ops, word_start: bool, run: str = "", pairs: bool = False) -> set[tuple] | None:
    """(word, whole, seconds) one of which begins every match of ops: whole, the first word is
    `word`; otherwise it starts with `word` ("#": with a digit). None: not known (a match may begin
    anywhere). word_start: a \\b was passed, so a word character next begins a word. run: the
    letters read so far from the match's start. seconds (read only if pairs, for a whole word):
    what the next word is or starts with (_after_word); None: not known."""
    ops = list(ops)
    for index, (op, av) in enumerate(ops):
        rest = ops[index + 1 :]
        if op is _c.LITERAL and chr(av) in _WORD_CHARS:
            if not run and not word_start:
                if not (rest and _checks_word_start(*rest[0], chr(av))):
                    return None  # a word character not known to begin a word
                word_start = True
            run += chr(av)
            continue
        if run:
            if op is _c.LITERAL and chr(av) == " " or op is _c.AT and av is _c.AT_BOUNDARY:
                return {(run, True, _after_word(ops[index:]) if pairs else None)}  # the first word ends here
            if len(run) == 1 and _checks_word_start(op, av, run):
                continue
            if len(run) < 4 and op is _c.IN and _letters(av):  # "m[gl]": "mg" or "ml"
                return _union(_firsts(rest, word_start, run + char, pairs) for char in _letters(av))
            if len(run) >= 4 or op not in _GROUPS:
                return {(run, False, None)}
        elif op is _c.AT:  # zero width: nothing read yet
            word_start = word_start or av is _c.AT_BOUNDARY
            continue
        elif op in _ZERO_WIDTH:
            continue
        if op is _c.SUBPATTERN:
            return _firsts(list(av[-1]) + rest, word_start, run, pairs)
        if op is _c.BRANCH:
            return _union(_firsts(list(alternative) + rest, word_start, run, pairs) for alternative in av[1])
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):  # the first copy of the item (or, if optional, what follows)
            item = _firsts(_first_copy(av, rest), word_start, run, pairs)
            return item if av[0] > 0 else _union([item, _firsts(rest, word_start, run, pairs)])
        if op is _c.IN and word_start and not run and av == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]:
            return {("#", False, None)}
        if op is _c.IN and word_start and not run and _letters(av):
            return {(char, False, None) for char in _letters(av)}
        return None
    return {(run, False, None)} if run else None


def _after_word(ops) -> frozenset[tuple[str, bool]] | None:
    """What every match goes on with after a whole first word (ops: what follows its letters):
    " " and a word that is `word` or starts with it, as (word, whole) pairs; None: not known, or
    the match may end there."""
    ops = list(ops)
    for index, (op, av) in enumerate(ops):
        rest = ops[index + 1 :]
        if op is _c.AT and av is _c.AT_BOUNDARY or op in _ZERO_WIDTH:
            continue  # zero width: it only narrows what follows
        if op is _c.LITERAL and chr(av) == " ":
            found = _firsts(rest, True)
            return frozenset((word, whole) for word, whole, _seconds in found) if found else None
        if op is _c.SUBPATTERN:
            return _after_word(list(av[-1]) + rest)
        if op is _c.BRANCH:
            return _union_seconds(_after_word(list(alternative) + rest) for alternative in av[1])
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):  # the first copy of the item, as _firsts reads it
            item = _after_word(_first_copy(av, rest))
            return item if av[0] > 0 else _union_seconds([item, _after_word(rest)])
        return None
    return None  # the match may end after the first word


def _first_copy(av, rest: list) -> list:
    """The first copy of a repeated item and what follows it: for an item that may come once at most
    ("(?:the )?pain"), the rest is known to follow it ("the" then "pain"); for one that may come again,
    another copy may, so the item is read alone (its last word may go on past it)."""
    return list(av[2]) + rest if av[1] == 1 else av[2]


def _union_seconds(parts) -> frozenset[tuple[str, bool]] | None:
    found: set[tuple[str, bool]] = set()
    for part in parts:
        if part is None:
            return None
        found |= part
    return frozenset(found)


def _letters(av) -> str:
    """The characters of a class made of word characters only ("[gl]"), or ""."""
    chars = "".join(chr(a) for o, a in av if o is _c.LITERAL)
    return chars if len(chars) == len(av) and set(chars) <= _WORD_CHARS else ""


def _union(parts) -> set[tuple[str, bool]] | None:
    found: set[tuple[str, bool]] = set()
    for part in parts:
        if part is None:
            return None
        found |= part
    return found


@cache
def first_words(pattern: re.Pattern) -> frozenset[tuple[str, bool]] | None:
    """(word, whole) pairs: every match begins a word that is `word` (whole) or starts with it."""
    found = _firsts(_p.parse(pattern.pattern, pattern.flags), False)
    return frozenset((word, whole) for word, whole, _seconds in found) if found else None


@cache
def first_pairs(pattern: re.Pattern) -> frozenset[tuple[str, bool, frozenset | None]] | None:
    """first_words with, for a whole first word, what the next word is or starts with (None: not known)."""
    found = _firsts(_p.parse(pattern.pattern, pattern.flags), False, pairs=True)
    return frozenset(found) if found else None


def _structure(source: str):
    """(index, char, depth) of each "(", ")" and "|" of a pattern's source outside classes and
    escapes; depth: the groups open before the char."""
    depth, index = 0, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 1
        elif char == "[":  # a class: a "]" right after "[" or "[^" is one of its characters
            index += 2 if source.startswith("^", index + 1) else 1
            index = source.index("]", index + 1 if source.startswith("]", index) else index)
        elif char in "()|":
            depth -= char == ")"
            yield index, char, depth
            depth += char == "("
        index += 1


def _split_bars(source: str) -> list[str]:
    """source cut at its top-level "|" (outside groups and classes)."""
    cuts = [index for index, char, depth in _structure(source) if char == "|" and depth == 0]
    return [source[start + 1 : end] for start, end in zip([-1, *cuts], [*cuts, len(source)], strict=True)]


def _top_alternatives(source: str) -> tuple[str, list[str], str] | None:
    """source as prefix + "(?:" + "|".join(alternatives) + ")" + suffix, around its one top-level
    group of alternatives (not repeated); None for any other shape."""
    groups, start = [], 0
    for index, char, depth in _structure(source):
        if depth == 0 and char == "|":
            return None
        if depth == 0 and char == "(":
            start = index
        elif depth == 0 and char == ")" and source.startswith("(?:", start):
            if len(_split_bars(source[start + 3 : index])) > 1:
                groups.append((start, index + 1))
    if len(groups) != 1 or source[groups[0][1] : groups[0][1] + 1] in ("?", "*", "+", "{"):
        return None
    start, end = groups[0]
    return source[:start], _split_bars(source[start + 3 : end - 1]), source[end:]


class FirstWords:
    """Named patterns, each tried at a word only with the alternatives that may begin a match there.

    `at(word)` -> {name: pattern}: the patterns a match of may begin at this word, each narrowed to
    those of its top-level alternatives (gate.first_words of each) that may; the others cannot
    match there, so at that word the narrowed pattern finds what the whole one finds, faster.
    `anywhere`: names with an alternative that may begin anywhere (search those the plain way)."""

    def __init__(self, patterns: dict[str, re.Pattern]):
        self._whole: dict[str, dict[str, set[int]]] = {}
        self._prefix: dict[str, dict[str, set[int]]] = {}
        self._shapes: dict[str, tuple[re.Pattern, tuple[str, list[str], str] | None]] = {}
        self._narrowed: dict[tuple[str, frozenset[int]], re.Pattern] = {}
        self._seconds: dict[tuple[str, str, int], frozenset[tuple[str, bool]] | None] = {}
        anywhere = set()
        for name, pattern in patterns.items():
            shape = _top_alternatives(pattern.pattern)
            self._shapes[name] = (pattern, shape)
            pieces = (
                [(number, re.compile(shape[0] + "(?:" + alternative + ")" + shape[2], pattern.flags))
                 for number, alternative in enumerate(shape[1])] if shape else [(-1, pattern)]
            )
            for number, piece in pieces:
                found = first_pairs(piece)
                if found is None:
                    anywhere.add(name)
                    break
                for word, whole, seconds in found:
                    table = self._whole if whole else self._prefix
                    table.setdefault(word, {}).setdefault(name, set()).add(number)
                    if whole:  # any reading of the next word that is not known admits every next word
                        known = self._seconds.get((word, name, number), frozenset())
                        unknown = known is None or seconds is None
                        self._seconds[word, name, number] = None if unknown else known | seconds
        self.anywhere = frozenset(anywhere)
        # whole first words after which some alternative needs a known next word (at() may narrow by it)
        self.paired = frozenset(word for (word, _name, _number), seconds in self._seconds.items() if seconds)

    def at(self, word: str, following: str | None = None) -> dict[str, re.Pattern]:
        """following: the next word in the sentence, if there is one (an alternative whose next
        word is known and is not this one cannot match here)."""
        chosen: dict[str, set[int]] = {}
        keys = [word, *("#" if word[:1].isdigit() else ()), *(word[:end] for end in range(1, len(word) + 1))]
        for number, key in enumerate(keys):
            for name, alternatives in (self._whole if number == 0 else self._prefix).get(key, {}).items():
                if number == 0 and following is not None:
                    alternatives = {a for a in alternatives if _admits(self._seconds[key, name, a], following)}
                chosen.setdefault(name, set()).update(alternatives)
        return {name: self._narrow(name, frozenset(numbers)) for name, numbers in chosen.items()
                if numbers and name not in self.anywhere}

    def _narrow(self, name: str, numbers: frozenset[int]) -> re.Pattern:
        if (name, numbers) not in self._narrowed:
            pattern, shape = self._shapes[name]
            if shape and len(numbers) < len(shape[1]):
                alternatives = "|".join(shape[1][number] for number in sorted(numbers))
                pattern = re.compile(shape[0] + "(?:" + alternatives + ")" + shape[2], pattern.flags)
            self._narrowed[name, numbers] = pattern
        return self._narrowed[name, numbers]


def _admits(seconds: frozenset[tuple[str, bool]] | None, word: str) -> bool:
    """The word is one of these next words, or starts with one ("#": with a digit); None admits all."""
    if seconds is None:
        return True
    for second, whole in seconds:
        if (word == second) if whole else (word.startswith(second) or (second == "#" and word[:1].isdigit())):
            return True
    return False


class Following(dict):
    """next word -> read(word, next word), worked out once per pair: the memory for one word whose
    patterns are narrowed by the word after it (reading._Words, resolved._Starts)."""

    def __init__(self, word: str, read):
        super().__init__()
        self.word = word
        self.read = read

    def __missing__(self, following: str):
        found = self[following] = self.read(self.word, following)
        return found
