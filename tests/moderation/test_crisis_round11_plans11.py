"""Round eleven (plans11, docs/moderation.md): plans said as settled with the act left unnamed, and their
look-alikes (a shared outing, a treat, a named occasion). The tuner's own wording both ways (not corpus
statements); the probe written before each fix."""

import pytest

from moderation.detector import CATEGORY_LABELS, assess

PLAN = CATEGORY_LABELS["plan"]

# Piece 1: a plan said as settled (where and when known, facets listed, planned for a time when nobody is home).
CRISIS = [
    ("worked out the when and the where. just the waiting left", PLAN),
    ("i have it planned for tuesday night when nobodys home", PLAN),
    ("everything is planned. the time, the place, all of it", PLAN),
    ("picked the day and the place. thursday works best", PLAN),
    ("i know how and i know when. that is enough for me", PLAN),
    ("got it planned for when shes at her mums next week", PLAN),
]
# Still missed (docs): "its all planned for saturday while my parents are at the caravan" (a window the
# concepts do not read), "i know where and when now. it wont be long".

QUIET = [
    "got it all planned for saturday while the kids are at their grans, a proper date night with my husband",
    "i know where and when the match is, ill meet you there",
    "the wedding is all planned. the time, the place, the flowers, everything",
    "picked the day and the place for our picnic, thursday at the lake",
    "i know how and when to take my tablets now, the pharmacist explained",
    "got it planned for when hes at work, a surprise cake for his birthday",
    "the move is planned for tuesday when the house is empty",
    "i know when and where the appointment is, the letter came today",
]


@pytest.mark.parametrize(("text", "category"), CRISIS)
def test_settled_plans_are_caught(text, category):
    assessment = assess(text)
    assert assessment.is_crisis, text
    assert category in assessment.summary(), text


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_ordinary_plans_stay_quiet(text):
    assert not assess(text).is_crisis, text
