"""The detector's combination layer: crisis wording it has never seen as a phrase (issue 10).

Concepts meeting in a sentence (moderation/detector/combine.py) rather than listed sentences;
each assertion is about what a moderator would see: caught or not, the level and the words.
"""

from pathlib import Path

import pytest

from moderation.detector import assess
from moderation.detector import concepts as c
from moderation.detector.combine import ANCHORS, NEEDS, _search, _sentence
from moderation.detector.lexicon import normalise
from moderation.detector.reading import read


@pytest.mark.parametrize(
    ("text", "level", "words"),
    [
        ("looked at train times for the line by my house", "high", ("train", "by my house")),
        ("i know exactly how many of my lorazepam i need", "high", ("lorazepam", "exactly")),
        ("im not going to be here tomorrow", "high", ("not going to be here", "tomorrow")),
        ("overdosed years ago and its happening again", "high", ("overdosed",)),
        ("the rope is in the boot of my car for sunday", "high", ("rope", "in the boot")),
        ("sorted out who gets the dog and wrote everyone a card", "high", ("who gets the dog",)),
        ("they will all be lighter without me dragging them down", "medium", ("without me",)),
        ("started cutting again. not the taper kind, my arms", "medium", ("cutting",)),
    ],
)
def test_new_wording_is_caught_by_what_meets_in_the_sentence(text, level, words):
    found = assess(text)
    assert found.level == level, found
    for word in words:
        assert any(word in evidence for evidence in found.evidence), found.evidence


@pytest.mark.parametrize(
    "text",
    [
        "take care everyone",
        "im not going to be here tomorrow, im at my mums",
        "i looked up train times to visit my mum",
        "how many diazepam do i need to equal 1mg klonopin",
        "i counted my pills to make sure the pharmacy got it right",
        "saved up all my leftover tablets to return to the pharmacy",
        "i feel like im going to die tonight, the jolts are awful",
        "my phone will die soon",
        "this taper will be the death of me",
        "im going to do it this time, jump to zero on friday",
        "goodbye for now, back next week",
        "i bought a rope swing for the kids",
        "its not that i want to be dead, i just want a month of sleep",
        "the thoughts of killing myself i had in withdrawal are gone now",
        "if youre thinking of ending it please call the samaritans",
        "charity report out today: funding cut again in my area",
    ],
)
def test_everyday_talk_that_shares_the_concepts_stays_quiet(text):
    assert not assess(text).is_crisis, assess(text).summary()


def test_a_taper_cut_alone_is_not_self_harm_but_counts_beside_another_signal():
    """"cut" is ambiguous on a taper forum: "cut again" alone stays quiet, with despair it does not."""
    assert not assess("i cut again this morning").is_crisis
    assert not assess("going to cut again on monday").is_crisis
    beside = assess("i cut again this morning. i cant do this anymore")
    assert beside.is_crisis and "self_harm" in beside.categories


def test_a_wish_before_the_ending_is_a_wish_not_a_plan():
    assert assess("i hope i dont wake up tomorrow").level == "medium"
    assert assess("i wont wake up tomorrow, ive made sure of it").level == "high"


def test_a_possessive_names_whose_means_they_were_not_who_acts():
    assert assess("i have my dads old gun in the closet and its all i can think about").level == "high"
    assert not assess("my dad keeps his old gun in the closet for hunting").is_crisis


def test_the_key_word_gate_never_drops_a_concept_found_without_it():
    """Each concept runs only in sentences holding one of its key words (and only at the words a
    match may begin at); that must lose nothing of what finditer() finds."""
    data = Path(__file__).parent / "data"
    lines = [line.split("\t")[-1] for name in sorted(data.glob("*.tsv")) for line in data.joinpath(name).open()]
    names = ANCHORS | NEEDS
    for line in lines[:2000]:
        text = normalise(line)
        spans, _index, sentences = read(text)
        for span, shared in zip(spans, sentences, strict=True):
            possible, firsts = _sentence(text, span)
            assert shared == (possible, firsts)  # the post's one word pass reads each sentence alike
            gated = _search(names & possible, text, span, firsts)
            plain = {name: [(m.start(), m.end(), m.group(0)) for m in c.COMPILED[name].finditer(text, *span)]
                     for name in names}
            assert gated == {name: hits for name, hits in plain.items() if hits}, (line, span)
    assert c.COMPILED  # the vocabularies compiled
