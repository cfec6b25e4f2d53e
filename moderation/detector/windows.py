"""Which sentences the combination layer cooks, and the window of neighbours each one reads.

    for made, span in combinations(text, spans, skip=done, sentences=sentences, settled=settled): ...

A sentence's anchors are searched for (combine.ANCHORS it may hold), and around a sentence that
holds one, only the concepts its recipes read, in it and its neighbours (the window); each
concept is searched once per sentence. The recipes themselves and how a window is cooked into a
Combination are in combine.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from moderation.detector import concepts as c
from moderation.detector.combine import (
    ANCHORS,
    NEEDS,
    RECIPES,
    Combination,
    Hits,
    Recipe,
    Sentence,
    Span,
    _cook,
    _merge,
    _search,
    _sentence,
)
from moderation.detector.settled import Settled


def _wanted(anchors: frozenset[str]) -> tuple[frozenset[str], tuple[Recipe, ...]]:
    """The other concepts the recipes of these anchors read (only those are searched around them),
    and those recipes in their order."""
    recipes = tuple(recipe for recipe in RECIPES if recipe.anchor in anchors)
    return frozenset(
        name for recipe in recipes
        for name in (*[n for group in recipe.needs for n in group], *recipe.unless, *recipe.weak_with,
                     *recipe.not_after, *([c.SELF] if recipe.self_needed else []))
    ) & NEEDS, recipes


_WANTED: dict[frozenset[str], tuple[frozenset[str], tuple[Recipe, ...]]] = {}
_FRAGMENT = 2  # words: "parents away." between two sentences does not keep them apart


def _fragment(text: str, span: Span) -> bool:
    """A few words, or a short denial ("not the forum", "not from the forum"), between two sentences."""
    spaces = text.count(" ", *span)
    return spaces < _FRAGMENT or (spaces <= _FRAGMENT + 1 and text.startswith("not ", span[0]))


def _near(text: str, spans: list[Span], number: int) -> range:
    """The sentence and its neighbours, one further past a neighbour that is a fragment of a few words."""
    low, high = max(0, number - 1), min(len(spans), number + 2)
    if low and low < number and _fragment(text, spans[low]):
        low -= 1
    if high < len(spans) and high - 1 > number and _fragment(text, spans[high - 1]):
        high += 1
    return range(low, high)


def _kinds(anchors: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The categories of the recipes these anchors may make."""
    if anchors not in _KINDS:
        _KINDS[anchors] = tuple({recipe.categories for recipe in RECIPES if recipe.anchor in anchors})
    return _KINDS[anchors]


_KINDS: dict[frozenset[str], tuple[tuple[str, ...], ...]] = {}


def _fed(present: frozenset[str], recipes: tuple[Recipe, ...], window: Hits) -> tuple[Recipe, ...]:
    """The recipes (those of the anchors present) with a hit of every need group in the window, in
    their order: _cook stops at once for any other (speed: about 5 in 6 of them in near-miss posts).
    Read once per set of anchors and set of concepts in the window, and remembered."""
    key = (present, frozenset(window))
    fed = _FED.get(key)
    if fed is None:
        if len(_FED) >= _REMEMBERED:
            _FED.clear()
        names = key[1]
        fed = _FED[key] = tuple(
            recipe for recipe in recipes if not any(names.isdisjoint(group) for group in recipe.needs)
        )
    return fed


_FED: dict[tuple[frozenset[str], frozenset[str]], tuple[Recipe, ...]] = {}
_REMEMBERED = 20_000  # sets of anchors and window concepts kept before the memory is cleared


def combinations(
    text: str, spans: list[tuple[int, int]], skip=frozenset(), sentences: list[Sentence] | None = None,
    settled: Settled | None = None,
) -> Iterator[tuple[Combination, Span]]:
    """Every recipe whose anchor is in a sentence (not in skip) and whose needs are in it or a
    neighbouring sentence. sentences: _sentence() of each span, if the caller has them (reading.read).
    settled: what the caller has kept so far; a sentence where no combination could change the
    assessment is not cooked (its anchors are looked for only if a neighbour needs them)."""
    if sentences is None:
        sentences = [_sentence(text, span) for span in spans]
    anchors: dict[int, Hits] = {}

    def anchors_in(number: int) -> Hits:
        if number not in anchors:
            possible, firsts = sentences[number]
            anchors[number] = {} if spans[number] in skip else _search(ANCHORS & possible, text, spans[number], firsts)
        return anchors[number]

    needs: dict[int, Hits] = {}
    searched: dict[int, set[str]] = {}
    for number, span in enumerate(spans):
        if span in skip:
            continue
        near = None
        if settled is not None and settled.strong:
            near = _near(text, spans, number)
            # a combination starts at a hit in the window: no earlier than its first sentence
            if settled.shown_before(spans[near[0]][0]) and settled.settles(
                spans[near[0]][0], *_kinds(ANCHORS & sentences[number][0]), sentence=span
            ):
                continue
        own = anchors[number] if number in anchors else anchors_in(number)
        if not own:
            continue
        near = near or _near(text, spans, number)
        present = frozenset(own)
        if present not in _WANTED:
            _WANTED[present] = _wanted(present)
        wanted, recipes = _WANTED[present]
        if not _fed(present, recipes, frozenset().union(*(sentences[other][0] for other in near))):
            continue  # no recipe's needs may be found in the window (the concepts its sentences may hold)
        for other in near:
            done = searched.setdefault(other, set())
            missing = wanted - done
            if missing:
                done |= missing
                needs.setdefault(other, {}).update(_search(missing & sentences[other][0], text, spans[other],
                                                           sentences[other][1]))
        window = _merge([anchors[other] if other in anchors else anchors_in(other) for other in near]
                        + [needs.get(other, {}) for other in near])
        recipes = _fed(present, recipes, window)
        if not recipes:
            continue
        # "going to the coast tomorrow. one way trip": a neighbour that starts with its verb is the writer's.
        own_voice = any(c.SUBJECTLESS.match(text, spans[other][0]) for other in near)
        for recipe in recipes:
            made = _cook(recipe, window, own, text, span, own_voice)
            if made:
                yield made, span
