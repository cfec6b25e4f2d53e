"""What kept signals make of each other, and what they already settle (speed).

corroborate() keeps weak signals only beside another; add_context() makes a plan of a time and a
method of means near a signal (grading.assess runs both on the kept signals).

Settled: what the signals kept so far already settle, so that a later match need not be checked.
assess() reports the categories of the kept signals, the first six distinct evidence words in the
order the signals start, and keeps every signal once one strong signal is kept (corroborate).
A candidate that starts after six distinct words of kept signals, beside a kept strong signal,
whose categories (with the plan and the method add_context may add to them) are all kept
already, cannot change the assessment whether the guards keep it or drop it: they need not run.
On a crisis-dense post most matches are like that. Settled counts what add_context will add to the
kept signals (their plan, method and words: Context, the same searches add_context then reads), and
a candidate may become a plan only with a time in its sentence, a method only with means near it
(session 10: crisis-dense posts 0.82 of the time, output identical).
"""

from __future__ import annotations

import re
from functools import cache

from moderation.detector import patterns as p

# Signals that mean suicidal thinking (self-harm alone does not make a time or a pill a plan).
SUICIDAL = frozenset({p.INTENT, p.ACTIVE, p.PASSIVE, p.ATTEMPT, p.METHOD})
# Signals a time in their sentence makes a plan (add_context).
TIMED = frozenset({p.INTENT, p.ACTIVE, p.METHOD})
_SHOWN = 6  # evidence words an assessment keeps


@cache
def _may_become(categories: tuple[str, ...]) -> frozenset[str]:
    """The categories a signal may end with: its own, a plan (a time nearby), a method (means nearby)."""
    grown = set(categories)
    if grown & TIMED:
        grown.add(p.PLAN)
    if grown & SUICIDAL:
        grown.add(p.METHOD)
    return frozenset(grown)


class Context:
    """What add_context reads around a sentence, searched once per post and sentence (Settled asks it
    first, add_context reads the same answers): a time in it, means near it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._times: dict[tuple[int, int], re.Match | None] = {}
        self._means: dict[tuple[int, int], re.Match | None] = {}

    def time(self, sentence: tuple[int, int]) -> re.Match | None:
        if sentence not in self._times:
            self._times[sentence] = p.TIME.search(self.text[sentence[0] : sentence[1]])
        return self._times[sentence]

    def means(self, sentence: tuple[int, int]) -> re.Match | None:
        if sentence not in self._means:
            start, end = sentence
            self._means[sentence] = p.MEANS.search(self.text[max(0, start - 120) : end + 120])
        return self._means[sentence]

    def added(self, signal) -> tuple[set[str], list[str]]:
        """The categories and the words add_context gives this signal."""
        categories, words = set(), []
        if not signal.categories & SUICIDAL:
            return categories, words
        if signal.categories & TIMED:
            when = self.time(signal.sentence)
            if when:
                categories.add(p.PLAN)
                words.append(when.group(0))
        means = self.means(signal.sentence)
        if means and means.group(0) not in signal.evidence:
            categories.add(p.METHOD)
            words.append(means.group(0))
        return categories, words

    def may_become(self, categories: tuple[str, ...], sentence: tuple[int, int], kept: set[str]) -> frozenset[str]:
        """_may_become for a candidate in this sentence, narrowed by what is there: a plan only with
        a time in it, a method only with means near it (searched only if not kept already)."""
        grown = _may_become(categories)
        if p.PLAN in grown and p.PLAN not in kept and p.PLAN not in categories and not self.time(sentence):
            grown -= {p.PLAN}
        if p.METHOD in grown and p.METHOD not in kept and p.METHOD not in categories and not self.means(sentence):
            grown -= {p.METHOD}
        return grown


class Settled:
    """The kept signals so far (anything with .start, .categories, .weak, .evidence, .extra_evidence,
    .sentence), with what add_context will add to them (context: read once a strong signal is kept)."""

    def __init__(self, context: Context | None = None) -> None:
        self.context = context or Context("")
        self._categories: set[str] = set()
        self.strong = False  # a strong signal is kept: _corroborate keeps them all
        self._kept: list = []
        self._added: list = []  # add_context's categories and words of each kept signal, read when asked
        self._shown_by: int | None = None  # start of the signal that brings the sixth distinct word
        self._stale = False

    def keep(self, signal) -> None:
        self.strong = self.strong or not signal.weak
        self._kept.append(signal)
        self._stale = True

    def _refresh(self) -> None:
        """Read add_context's additions of the signals kept since (only once a strong one is kept:
        until then nothing is settled, and corroborate may yet drop them all)."""
        if not self.strong:
            return
        for signal in self._kept[len(self._added) :]:
            added = self.context.added(signal)
            self._added.append(added)
            self._categories |= signal.categories | added[0]
        self._shown_by, self._stale = self._sixth_word_at(), False

    def shown_before(self, start: int) -> bool:
        """A strong signal is kept and six distinct evidence words of kept signals start before start."""
        if not self.strong:
            return False
        if self._stale:
            self._refresh()
        return self._shown_by is not None and start > self._shown_by

    def settles(self, start: int, *kinds, sentence: tuple[int, int] | None = None) -> bool:
        """A candidate starting at start, whichever of these kinds (categories) it has, cannot change
        the assessment (sentence: the candidate's, if known: what add_context could add is read there)."""
        if not self.shown_before(start):
            return False
        if sentence is None:
            return all(_may_become(categories) <= self._categories for categories in kinds)
        return all(self.context.may_become(categories, sentence, self._categories) <= self._categories
                   for categories in kinds)

    def _sixth_word_at(self) -> int | None:
        words: set[str] = set()
        order = sorted(range(len(self._kept)), key=lambda n: self._kept[n].start)
        for number in order:
            signal = self._kept[number]
            words.update(word for word in (signal.evidence, *signal.extra_evidence, *self._added[number][1]) if word)
            if len(words) >= _SHOWN:
                return signal.start
        return None


def corroborate(signals: list) -> list:
    """Weak signals count only beside another signal (two different weak ones also do)."""
    strong = [s for s in signals if not s.weak]
    weak = sorted((s.start, s.end) for s in signals if s.weak)
    separate = sum(1 for i, (start, _end) in enumerate(weak) if i == 0 or start >= max(e for _s, e in weak[:i]))
    if strong or separate >= 2:
        return signals
    return []


def add_context(text: str, signals: list, context: Context | None = None) -> None:
    """A time in the same sentence as suicidal intent makes a plan; means nearby make a method.
    context: the post's Context, if Settled has read some of it already (signals in one sentence
    share its searches)."""
    context = context or Context(text)
    for signal in signals:
        categories, words = context.added(signal)
        signal.categories |= categories
        signal.extra_evidence.extend(words)
