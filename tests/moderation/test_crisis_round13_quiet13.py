"""Round thirteen (quiet13, docs/moderation.md): false alarms on the quiet lines of AL-AQ, by kind. The tuner's own
probes both ways (not corpus statements): each quiet look-alike stays quiet (rules and backstop), and each crisis
statement beside it is still caught by the rules (not only the weighted words)."""

from pathlib import Path

import pytest

from moderation.detector import assess
from moderation.detector.patterns import WORDING

_HEADER = "# Round thirteen (quiet13)"


def _block() -> list[tuple[str, str, str]]:
    """The (label, category, text) rows of this tuner's pieces in tuning.tsv, with their piece."""
    rows, inside, piece = [], False, ""
    path = Path(__file__).parent / "data" / "tuning.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            inside = line.startswith(_HEADER)
            piece = line.split(":")[0] if inside else ""
            continue
        if inside and line.strip():
            label, _category, text = line.split("\t")
            rows.append((piece, label, text))
    return rows


ROWS = _block()
QUIET = [(piece, text) for piece, label, text in ROWS if label == "quiet"]
CRISIS = [(piece, text) for piece, label, text in ROWS if label == "crisis"]


def test_the_block_has_six_pieces_both_ways():
    pieces = {piece for piece, _label, _text in ROWS}
    assert len(pieces) == 6
    for piece in pieces:
        assert sum(1 for p, _t in QUIET if p == piece) >= 3, piece
        assert sum(1 for p, _t in CRISIS if p == piece) >= 3, piece


@pytest.mark.parametrize(("piece", "text"), QUIET)
def test_the_look_alike_stays_quiet(piece, text):
    found = assess(text)
    assert not found.is_crisis, (piece, text, found.summary())


@pytest.mark.parametrize(("piece", "text"), CRISIS)
def test_the_crisis_beside_it_is_caught_by_the_rules(piece, text):
    found = assess(text)
    assert found.is_crisis and WORDING not in found.categories, (piece, text, found.summary())


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a past over in one sentence, a crisis now in the next: the guard is scoped to its sentence
        ("I self harmed for a while in year one, it stopped. Tonight I cut my arm again.", "medium"),
        ("klonopin 9 years, off 4 months. i have the pills saved for sunday", "high"),
        ("Suicidal, no. But I have the rope in the shed and I know which beam.", "high"),
    ],
)
def test_a_crisis_beside_a_quiet_sentence_is_still_caught(text, level):
    found = assess(text)
    assert found.level == level and WORDING not in found.categories, (text, found.summary())
