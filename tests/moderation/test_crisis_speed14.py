"""speed14's fast paths find exactly what the plain forms find (speed itself: bench/crisis_bench.py)."""

from pathlib import Path

from moderation.detector import combine, reading
from moderation.detector import concepts as c
from moderation.detector.lexicon import normalise

_DATA = Path(__file__).parent / "data"


def _statements(every: int) -> list[str]:
    texts = []
    for path in sorted(_DATA.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                texts.append(normalise(line.split("\t")[-1]))
    return texts[::every]


def test_a_concept_narrowed_at_a_word_and_its_next_word_matches_there_as_the_whole_pattern_does():
    """An optional first word is read with the word after it ("(?:the )?pain": "the" then "pain"), so
    more patterns are narrowed by the next word (firstwords._first_copy); at every word of a sample of
    the corpus, each concept matches exactly as its whole pattern does (or, left out, not at all)."""
    names = sorted(combine.ANCHORS | combine.NEEDS)
    tried = 0
    for text in _statements(every=12):
        for piece_start, piece in _pieces(text):
            words = piece.split(" ")
            at = piece_start
            for number, word in enumerate(words):
                following = words[number + 1] if number + 1 < len(words) else None
                narrowed = combine.read_pair(word, following) if following is not None else combine.read_word(word)[1]
                for name in names:
                    whole = c.COMPILED[name].match(text, at, piece_start + len(piece))
                    pattern = narrowed.get(name)
                    here = pattern.match(text, at, piece_start + len(piece)) if pattern else None
                    assert (here and here.span()) == (whole and whole.span()), (name, word, following, piece)
                    tried += 1
                at += len(word) + 1
    assert tried > 1_000_000


def _pieces(text: str):
    start = 0
    for piece in text.split(" . "):
        yield start, piece
        start += len(piece) + 3


def test_the_word_pass_bits_stand_for_the_concepts_they_were_made_from():
    names = sorted(combine.ANCHORS | combine.NEEDS)
    for size in (0, 1, 2, 7, len(names)):
        for offset in range(0, len(names), 13):
            chosen = frozenset(names[offset : offset + size])
            assert reading._NAMES[reading._bits(chosen)] == chosen
