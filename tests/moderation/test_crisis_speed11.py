"""Session 9's speed work (speed11): each fast path finds what the slower one it stands for finds,
on corpus texts (structural, not timed)."""

from pathlib import Path

from moderation.detector import windows
from moderation.detector.episodes import RESOLVED
from moderation.detector.lexicon import normalise
from moderation.detector.reading import read
from moderation.detector.resolved import first_resolved

_DATA = Path(__file__).parent / "data"


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(_DATA.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                texts.append(normalise(line.split("\t")[-1]))
    return texts + [normalise(" . ".join(texts[i : i + 5])) for i in range(0, len(texts), 5)]


def _made(text: str) -> list:
    spans, _index, sentences = read(text)
    return list(windows.combinations(text, spans, sentences=sentences))


def test_the_recipes_a_window_feeds_are_all_that_cook_can_make(monkeypatch):
    """windows._fed keeps only the recipes with a hit of every need group in the window, and (speed14)
    a window none of whose recipes' needs its sentences may hold is not searched at all: the
    combinations are the same as with every recipe of the anchors cooked."""
    texts = _corpus_texts()
    fast = [_made(text) for text in texts]
    monkeypatch.setattr(windows, "_fed", lambda _present, recipes, _window: recipes)
    slow = [_made(text) for text in texts]
    assert fast == slow
    assert sum(map(len, fast)) > 1000  # the corpus makes many combinations


def test_the_first_resolved_match_is_the_one_the_whole_search_finds():
    """resolved.first_resolved tries RESOLVED only at the words it may begin at (and with the next
    word): the same first match as RESOLVED.search on every corpus text, its mixes, and the mixes
    read backwards (a match later in the post)."""
    texts = _corpus_texts()
    texts += [" . ".join(reversed(text.split(" . "))) for text in texts if " . " in text]
    found = 0
    for text in texts:
        expected = RESOLVED.search(text)
        got = first_resolved(text)
        assert (got and (got.span(), got.group(0))) == (expected and (expected.span(), expected.group(0))), text
        found += expected is not None
    assert found > 500  # the corpus says it is over often enough to check the matches themselves
