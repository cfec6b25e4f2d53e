"""The detector's speed-ups must find exactly what the plain forms find (speed itself: bench/)."""

import re

import pytest

from moderation.detector import concepts as c

_SENTENCES = [
    "i think im done , ive had it , id rather not , ill go",
    "me and my cat , myself , mine , i",
    "imagine him , idle minds , mimic the ill , illness , times , time , item , mine , immy",
    "my_self myself1 i2 im. me, . my",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_the_fast_self_pattern_finds_the_same_words_as_the_plain_one(sentence):
    plain = re.compile(r"\b(?:" + c.VOCAB[c.SELF] + r")\b")
    fast = c.COMPILED[c.SELF]
    for start in range(0, len(sentence), 3):
        expected = [(m.span(), m.group(0)) for m in plain.finditer(sentence, start)]
        assert [(m.span(), m.group(0)) for m in fast.finditer(sentence, start)] == expected


def test_the_fast_self_pattern_still_finds_the_writer():
    words = [m.group(0) for m in c.COMPILED[c.SELF].finditer("im sure my tin is mine , ill see , me too")]
    assert words == ["im", "my", "mine", "ill", "me"]
