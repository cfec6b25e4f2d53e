"""Session 9's speed work (speed11): each fast path finds what the slower one it stands for finds,
on corpus texts (structural, not timed)."""

from pathlib import Path

from moderation.detector import windows
from moderation.detector.lexicon import normalise
from moderation.detector.reading import read

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
    """windows._fed keeps only the recipes with a hit of every need group in the window: the
    combinations are the same as with every recipe of the anchors cooked."""
    texts = _corpus_texts()
    fast = [_made(text) for text in texts]
    monkeypatch.setattr(windows, "_fed", lambda _present, recipes, _window: recipes)
    slow = [_made(text) for text in texts]
    assert fast == slow
    assert sum(map(len, fast)) > 1000  # the corpus makes many combinations
