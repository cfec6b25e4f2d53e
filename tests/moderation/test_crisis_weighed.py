"""The weighted-word backstop (moderation/detector/weighed.py): read only where the rules found nothing.

It grades medium at most, names its own category and shows the words that weighed most; everyday
idioms stay quiet; weights.json must have been trained on the corpus as it is.
"""

from dataclasses import replace
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
    "this taper is killing me",
    "i could sleep for a week",
    "im dying to see the new film",
    "that exam nearly killed me",
    "i would kill for a coffee",
    "my phone is dead again",
    "ugh i want to die of embarrassment lol",
    "i am so done with this weather",
    "just shoot me now, monday again",
    "i give up on this recipe",
    "my brother tried to quit smoking again",
    "the article on suicide rates was hard to read",
]


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
    assert len(trained.weights) <= 10000


TAPER_TALK = [
    "Week nine of my taper and the mornings are still the hardest part.",
    "My prescriber agreed to hold for two weeks before the next step.",
    "I walked to the park today and sat in the sun for twenty minutes.",
    "Does anyone else find that noise is harder to bear in the evenings?",
    "I have been keeping a symptom diary, which makes the windows easier to see.",
    "Tinnitus was loud last night, but I slept about four hours in total.",
    "My sister came round and we made soup, a small good day.",
    "Thank you all for the kind replies on my last thread, it helped a lot.",
]


def test_one_crisis_sentence_inside_a_long_post_is_read_with_its_own_words():
    # (backstop13: the window threshold is stricter with 10,000 weights; the other sentence now weighs 4.5 alone)
    said = "i keep thinking everyone would be fine if i just wasnt around anymore."
    post = " ".join([*TAPER_TALK[:4], said, *TAPER_TALK[4:]])
    weights = weighed.load()
    assert weights.window_threshold is not None and weights.window_threshold > weights.threshold
    assert weighed.weigh(normalise(post), replace(weights, window_threshold=None)).flagged is False
    found = assess(post)
    assert found.level == MEDIUM and found.categories == ("wording",)
    assert found.evidence and all(word.removeprefix("not ... ") in normalise(said) for word in found.evidence)


def test_a_long_quiet_post_with_everyday_idioms_stays_quiet():
    post = " ".join([*TAPER_TALK, *(f"{idiom}." for idiom in EVERYDAY[:6]), *TAPER_TALK])
    assert len(post) > 1000
    assert assess(post).level == NONE
