"""What kept signals make of each other, and what they already settle (speed).

corroborate() keeps weak signals only beside another; add_context() makes a plan of a time and a
method of means near a signal (grading.assess runs both on the kept signals).

Settled: what the signals kept so far already settle, so that a later match need not be checked.
assess() reports the categories of the kept signals, the first six distinct evidence words in the
order the signals start, and keeps every signal once one strong signal is kept (corroborate).
A candidate that starts after six distinct words of kept signals, beside a kept strong signal,
whose categories (with the plan and the method add_context may add to them) are all kept
already, cannot change the assessment whether the guards keep it or drop it: they need not run.
On a crisis-dense post most matches are like that.
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


class Settled:
    """The kept signals so far (anything with .start, .categories, .weak, .evidence, .extra_evidence)."""

    def __init__(self) -> None:
        self.categories: set[str] = set()
        self.strong = False  # a strong signal is kept: _corroborate keeps them all
        self._kept: list = []
        self._shown_by: int | None = None  # start of the signal that brings the sixth distinct word
        self._stale = False

    def keep(self, signal) -> None:
        self.categories |= signal.categories
        self.strong = self.strong or not signal.weak
        self._kept.append(signal)
        self._stale = True

    def shown_before(self, start: int) -> bool:
        """A strong signal is kept and six distinct evidence words of kept signals start before start."""
        if not self.strong:
            return False
        if self._stale:
            self._shown_by, self._stale = self._sixth_word_at(), False
        return self._shown_by is not None and start > self._shown_by

    def settles(self, start: int, *kinds) -> bool:
        """A candidate starting at start, whichever of these kinds (categories) it has, cannot change
        the assessment."""
        return self.shown_before(start) and all(_may_become(categories) <= self.categories for categories in kinds)

    def _sixth_word_at(self) -> int | None:
        words: set[str] = set()
        for signal in sorted(self._kept, key=lambda s: s.start):
            words.update(word for word in (signal.evidence, *signal.extra_evidence) if word)
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


def add_context(text: str, signals: list) -> None:
    """A time in the same sentence as suicidal intent makes a plan; means nearby make a method."""
    times: dict[tuple[int, int], re.Match | None] = {}  # signals in one sentence share its searches
    means_near: dict[tuple[int, int], re.Match | None] = {}
    for signal in signals:
        if not signal.categories & SUICIDAL:
            continue
        start, end = signal.sentence
        if signal.categories & TIMED:
            if signal.sentence not in times:
                times[signal.sentence] = p.TIME.search(text[start:end])
            when = times[signal.sentence]
            if when:
                signal.categories.add(p.PLAN)
                signal.extra_evidence.append(when.group(0))
        if signal.sentence not in means_near:
            means_near[signal.sentence] = p.MEANS.search(text[max(0, start - 120) : end + 120])
        means = means_near[signal.sentence]
        if means and means.group(0) not in signal.evidence:
            signal.categories.add(p.METHOD)
            signal.extra_evidence.append(means.group(0))
