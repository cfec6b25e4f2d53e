"""Round fourteen (quiet14, docs/moderation.md): false alarms on older members' long, formal posts and young
members' slang, by kind. The tuner's own probes both ways (tuning.tsv, not corpus statements): each crisis
probe is caught by the rules (not only the weighted words) with its category, each look-alike stays quiet."""

from pathlib import Path

import pytest

from tests.moderation.crisis_checks import caught_by_rules, quiet_for_the_rules

_HEADER = "# Round fourteen (quiet14)"


def _block() -> list[tuple[str, str, str, str]]:
    """The (piece, label, category, text) rows of this tuner's pieces in tuning.tsv."""
    rows, inside, piece = [], False, ""
    path = Path(__file__).parent / "data" / "tuning.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            inside = line.startswith(_HEADER)
            piece = line.split(":")[0] if inside else ""
            continue
        if inside and line.strip():
            label, category, text = line.split("\t")
            rows.append((piece, label, category, text))
    return rows


ROWS = _block()
QUIET = [(piece, text) for piece, label, _category, text in ROWS if label == "quiet"]
CRISIS = [(piece, category, text) for piece, label, category, text in ROWS if label == "crisis"]


def test_each_piece_is_probed_both_ways():
    pieces = {piece for piece, *_rest in ROWS}
    assert pieces
    for piece in pieces:
        assert sum(1 for p, _t in QUIET if p == piece) >= 3, piece
        assert sum(1 for p, _c, _t in CRISIS if p == piece) >= 3, piece


@pytest.mark.parametrize(("piece", "text"), QUIET)
def test_the_look_alike_stays_quiet(piece, text):
    assert quiet_for_the_rules(text), (piece, text)


@pytest.mark.parametrize(("piece", "category", "text"), CRISIS)
def test_the_crisis_beside_it_is_caught_by_the_rules(piece, category, text):
    caught_by_rules(text, category)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # each guard reads its own sentence: the writer's crisis in the next one is still caught
        ("the gp asked if i had thoughts of overdose . i said no . ive counted out all my pills for tonight", "plan"),
        ("the risk of overdose goes up in withdrawal . ive counted out all my pills for tonight", "preparation"),
        ("overdose is very common in withdrawal . ive counted out all my pills for tonight", "preparation"),
        (
            "the questionnaire asked about suicide and i ticked no . i lied , im going to hang myself this weekend",
            "plan",
        ),
        ("intrusive thoughts about the train again . i know its benzo brain , but i have the rope ready", "method"),
        (
            "every time my boss emails i want to die lol . seriously though ive written my note , its tonight",
            "preparation",
        ),
    ],
)
def test_a_crisis_beside_a_quiet_sentence_is_still_caught(text, category):
    caught_by_rules(text, category)
