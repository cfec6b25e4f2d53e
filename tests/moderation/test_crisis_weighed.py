"""The weighted-word backstop (moderation/detector/weighed.py): read only where the rules found nothing.

It grades medium at most, names its own category and shows the words that weighed most; everyday
idioms stay quiet; weights.json must have been trained on the corpus as it is.
"""

from pathlib import Path

import pytest

from moderation.detector import CATEGORY_LABELS, HIGH, MEDIUM, NONE, assess, weighed
from moderation.detector.lexicon import normalise

DATA = Path(__file__).parent / "data"
RETRAIN = ".venv/bin/python bench/train_crisis_weights.py"

# Said in words no rule reads (if a rule learns one of these, the rules' verdict wins: pick another).
RULES_MISS = [
    "i keep thinking everyone would be fine if i just wasnt around",
    "nobody would even notice if i stopped turning up to things for good",
]
EVERYDAY = [
    "this taper is killing me", "i could sleep for a week", "im dying to see the new film",
    "that exam nearly killed me", "i would kill for a coffee", "my phone is dead again",
    "ugh i want to die of embarrassment lol", "i am so done with this weather", "just shoot me now, monday again",
    "i give up on this recipe", "my brother tried to quit smoking again",
    "the article on suicide rates was hard to read",
]
# Look-alikes other tests keep quiet for the rules that the weighted words still flag (medium, "wording"):
# the backstop's known false alarms, listed one by one so each new one is seen and counted (docs/moderation.md).
KNOWN_FALSE_ALARMS = frozenset({
    "if a bus came now i wouldnt mind, its freezing at this stop",
    "i am going to finish myself a bottle of wine tonight haha",
    "im going to the bridge on saturday to take photos of the sunset",
    "ive picked the spot by the reservoir for our picnic on saturday morning before anyones up",
    "the police drove me home after my car broke down on the motorway at 2am",
    "ive decided im not doing dry january anymore. not another day",
})


def quiet_for_the_rules(text: str) -> bool:
    """No rule flags text; the weighted words may, at medium, only for a listed known false alarm."""
    found = assess(text)
    return not found.is_crisis or (text in KNOWN_FALSE_ALARMS and found.level == MEDIUM
                                   and found.categories == ("wording",))


@pytest.mark.parametrize("text", RULES_MISS)
def test_wording_the_rules_miss_is_medium_with_the_words_that_weighed_most(text):
    found = assess(text)
    assert found.level == MEDIUM and found.categories == ("wording",)
    assert 2 <= len(found.evidence) <= 4
    words = normalise(text)
    assert all(word.removeprefix("not ... ") in words for word in found.evidence)
    assert found.summary().startswith(CATEGORY_LABELS["wording"] + ": ")


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_idioms_stay_quiet(text):
    assert assess(text).level == NONE


def test_the_rules_verdict_wins_and_the_backstop_never_grades_high():
    ruled = assess("if this doesnt stop by friday im going to end it")
    assert ruled.level == HIGH and "wording" not in ruled.categories
    weights = weighed.load()
    for text in RULES_MISS:
        assert weighed.weigh(normalise(text), weights).score >= weights.threshold


def test_admins_phrases_still_come_first():
    found = assess("nobody would even notice if i stopped turning up to things for good", extra_phrases=("for good",))
    assert found.categories == ("phrase",)


def test_the_weights_were_trained_on_the_corpus_as_it_is():
    trained = weighed.load()
    assert trained.corpus_digest == weighed.corpus_digest(sorted(DATA.glob("*.tsv"))), (
        f"tests/moderation/data changed since moderation/detector/weights.json was trained: run `{RETRAIN}`"
    )
    assert len(trained.weights) <= 5000
