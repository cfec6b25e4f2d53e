"""Which words a pattern cannot match without: a cheap test before running a large pattern.

`word_keys(pattern)` reads a compiled pattern's parsed form and returns, for its alternatives, the
letters each must start a word with ("kill(?:ing)? myself" -> "kill"), or None when some
alternative can start anywhere (then the pattern always runs). `index(patterns)` maps each key to
the patterns it gates: a sentence none of whose words starts with a key of a pattern cannot match
it ("1mg" counts as "mg"). `more_keys(pattern, given)` reads further groups of such letters, apart
from given ones (a rule's own key words: reading.py gates a rule by all of them). The reading
remembers each state it has read (a place in the pattern, what follows, the letters of the word so
far), so its cost is the pattern's states (`states(pattern)`: at most ~1,200 today), not the paths
through its optional parts (2 ** the optional parts in a row: round eight's DOING_NOW took 60 s).

`core(pattern)` is the pattern without its leading parts that may match nothing (a rule's subject
and filler): every match holds a match of the core, much cheaper to look for (reading.py).

Where a match can begin (first_words, FirstWords) is read in firstwords.py.
"""

from __future__ import annotations

import re
from functools import cache

try:  # Python 3.11+
    from re import _compiler
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Python
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_ZERO_WIDTH = (_c.ASSERT, _c.ASSERT_NOT)
_MIN_KEY = 2
_COMMON = frozenset(
    "the and for my at to in on of it is be me im ill will was this that with when not dont have all one only more "
    "long next last day days so just but a an as by or if its go get got can cant would should".split()
)


def _better(one: set[str] | None, other: set[str] | None) -> set[str] | None:
    """The more selective of two key sets: longer shortest key, then fewer keys."""
    if not one or not other:
        return one or other
    return max(one, other, key=lambda keys: (min(map(_weight, keys)), min(map(len, keys)), -len(keys)))


def _weight(key: str) -> int:
    """How selective a key is: its length, but a very common word counts as one letter."""
    return 1 if key in _COMMON else len(key)


def _either(one: set[str] | None, other: set[str] | None) -> set[str] | None:
    return one | other if one and other else None


class _TooBranchy(Exception):
    """A pattern with more than _BUDGET states to read: gate it by nothing (always run it)."""


_BUDGET = 20_000  # states (a place in the pattern, what follows it, the letters read) of one pattern


class _Reader:
    """Reads one parsed pattern for the word-start letters its matches cannot do without.

    A state is a place in the pattern (a sequence and an index in it), what follows when that
    sequence ends (`then`, a chain of such places), whether a word starts there and the letters
    of the current word read so far. Each state is read once (remembered), so a pattern with many
    optional parts in a row costs the states it has, not the paths through it (2 ** optional parts).
    excluded: keys that may not be chosen, nor any key one of them starts or that starts one of
    them (more_keys: a further key group independent of the ones known)."""

    def __init__(self, excluded: frozenset[str] = frozenset()):
        self.excluded = excluded
        self.states = 0
        self._sequences: dict[int, list] = {}
        self._known: dict[tuple, frozenset[str] | None] = {}

    def read(self, parsed, word_start: bool = True) -> frozenset[str] | None:
        """word_start: a match begins at a word's start (the concepts' \\b(?:...)); rules are not
        known to."""
        keys = self._keys(parsed.data, 0, None, word_start, "")
        return frozenset(keys) if keys else None

    def _key(self, run: str) -> bool:
        return len(run) >= _MIN_KEY and not any(run.startswith(e) or e.startswith(run) for e in self.excluded)

    def _keys(self, ops: list, at: int, then: tuple | None, word_start: bool, run: str):
        """The most selective set of word-start letters one of which every match of ops[at:]
        followed by `then` contains (None: not known). run: the letters of the current word read so
        far (from a word start)."""
        state = (id(ops), at, then, word_start, run)
        if state not in self._known:
            self.states += 1
            if self.states > _BUDGET:
                raise _TooBranchy
            self._sequences[id(ops)] = ops
            found = self._read(ops, at, then, word_start, run)
            self._known[state] = frozenset(found) if found is not None else None
        return self._known[state]

    def _read(self, ops: list, at: int, then: tuple | None, word_start: bool, run: str):
        best: set[str] | None = None
        while True:
            if at == len(ops):
                if then is None:
                    return _better(best, {run}) if self._key(run) else best
                ops_id, at, then = then
                ops = self._sequences[ops_id]
                continue
            op, av = ops[at]
            at += 1
            if op is _c.LITERAL:
                char = chr(av)
                if char == " ":
                    best = _better(best, {run}) if self._key(run) else best
                    run, word_start = "", True
                elif word_start or run:
                    run += char
                    word_start = False
                continue
            if _is_digits(op, av) and (word_start or run == ""):  # "1mg", "14th": indexed as "#mg", "#th"
                after = self._keys(ops, at, then, False, "#")
                if av[0] == 0:  # or no digits at all
                    after = _either(after, self._keys(ops, at, then, word_start, run))
                return _better(best, after)
            if op in _ZERO_WIDTH or _zero_width_group(op, av):
                continue
            if self._key(run):
                best = _better(best, {run})  # "kill(?:ing)?": the letters so far start the word
            if op is _c.AT:
                run, word_start = "", True
                continue
            rest = (id(ops), at, then)
            self._sequences[id(ops)] = ops
            if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0:  # optional: with it or without it
                with_it = self._keys(av[2].data, 0, rest, word_start, run)
                return _better(best, _either(with_it, self._keys(ops, at, then, word_start, run)))
            if op is _c.SUBPATTERN:
                return _better(best, self._keys(av[-1].data, 0, rest, word_start, run))
            if op is _c.BRANCH:
                found: set[str] | None = set()
                for alternative in av[1]:
                    found = _either(found or {""}, self._keys(alternative.data, 0, rest, word_start, run))
                    if found is None:
                        break
                return _better(best, found - {""} if found else None)
            if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
                return _better(best, self._keys(av[2].data, 0, rest, word_start, run))
            run, word_start = "", False


def _is_digits(op, av) -> bool:
    """"\\d*" or "\\d+" before a unit or an ordinal: "1mg" is indexed as "#mg"."""
    if op not in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        return False
    item = list(av[2])
    return len(item) == 1 and item[0][0] is _c.IN and (_c.CATEGORY, _c.CATEGORY_DIGIT) in item[0][1]


def _zero_width_group(op, av) -> bool:
    """A group of look-behinds or look-aheads only, such as (?:(?<=to )|(?<=ill ))."""
    if op is _c.SUBPATTERN:
        return all(_zero_width_group(o, a) or o in _ZERO_WIDTH for o, a in av[-1])
    if op is _c.BRANCH:
        return all(all(o in _ZERO_WIDTH or _zero_width_group(o, a) for o, a in alt) for alt in av[1])
    return False


@cache
def word_keys(pattern: re.Pattern) -> frozenset[str] | None:
    """Letters some word must start with for pattern to match, or None (always run it)."""
    try:
        return _Reader().read(_p.parse(pattern.pattern, pattern.flags))
    except _TooBranchy:
        return None  # too many states to work out: the pattern runs on every sentence (same matches)


def states(pattern: re.Pattern) -> int:
    """The states word_keys reads for a pattern (its import-time cost; tests bound it)."""
    reader = _Reader()
    try:
        reader.read(_p.parse(pattern.pattern, pattern.flags))
    except _TooBranchy:
        pass
    return reader.states


@cache
def more_keys(pattern: re.Pattern, given: frozenset[str], most: int = 2) -> tuple[frozenset[str], ...]:
    """Up to `most` further groups of word-start letters a match cannot do without, each apart from
    the given keys and from the groups before it (a rule's own key words: reading.py gates a rule
    by all of them). A match is not assumed to begin at a word's start."""
    groups: list[frozenset[str]] = []
    parsed = _p.parse(pattern.pattern, pattern.flags)
    for _ in range(most):
        try:
            keys = _Reader(given.union(*groups)).read(parsed, word_start=False)
        except _TooBranchy:
            break
        if not keys:
            break
        groups.append(keys)
    return tuple(groups)


_BACKREFS = (_c.GROUPREF, _c.GROUPREF_EXISTS)


def _refers_back(ops) -> bool:
    """A back-reference anywhere in ops (a core without the group it names would not compile)."""
    for op, av in ops:
        if op in _BACKREFS:
            return True
        for part in av if isinstance(av, tuple | list) else (av,):
            parts = part if isinstance(part, list) else [part]
            if any(isinstance(one, _p.SubPattern) and _refers_back(one) for one in parts):
                return True
    return False


@cache
def core(pattern: re.Pattern) -> re.Pattern | None:
    """The pattern without its leading parts that may match nothing ("{S}" and the filler of a
    rule: "(?:^|\\bi )(?:\\w+ ){0,4}?want to die" -> "want to die"), when what is left starts
    with letters the regex engine can skip to; otherwise None. Every match of the pattern holds a
    match of its core, which is much cheaper to look for (no filler tried at each word): where the
    core is not found the pattern cannot match. (A core that starts with a part of many readings,
    tried at every character, can cost more than the pattern it stands for: those are not used.)"""
    parsed = _p.parse(pattern.pattern, pattern.flags)
    ops = list(parsed)
    skip = 0
    while skip < len(ops) and _p.SubPattern(parsed.state, [ops[skip]]).getwidth()[0] == 0:
        skip += 1
    rest = _p.SubPattern(parsed.state, ops[skip:])
    if skip == 0 or skip == len(ops) or _refers_back(ops) or not _skips_to_letters(rest):
        return None
    return _compiler.compile(rest, pattern.flags)


def _skips_to_letters(ops) -> bool:
    """The regex engine finds where ops may match by their first letters: a literal prefix, or a
    few literal first characters (re._compiler's info block), not a class such as [a-z]."""
    if _compiler._get_literal_prefix(ops, 0)[0]:
        return True
    firsts = _compiler._get_charset_prefix(ops, 0)
    return bool(firsts) and all(op is _c.LITERAL for op, _av in firsts)


def index(patterns: dict[str, re.Pattern]) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """key -> the names whose pattern it gates, and the names that always run."""
    by_key: dict[str, set[str]] = {}
    always = set()
    for name, pattern in patterns.items():
        keys = word_keys(pattern)
        if keys is None:
            always.add(name)
            continue
        for key in keys:
            by_key.setdefault(key, set()).add(name)
    return {key: frozenset(names) for key, names in by_key.items()}, frozenset(always)
