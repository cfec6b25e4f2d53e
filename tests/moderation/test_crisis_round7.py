"""Round seven's kinds (docs/moderation.md): a question answered for oneself, a place that is part of
the farewell, a past episode closed in the next sentence."""

import pytest

from moderation.detector import assess
from moderation.detector.questions import answered_for_self


@pytest.mark.parametrize("text", [
    "Anyone else seriously considering suicide? I am.",
    "does anyone else wish they wouldnt wake up? i do, every night",
    "is it normal to think about ending it? because i am",
    "who else is planning their exit. me",
    "letters written for my kids. i wont be here after friday. bury me at the beach",
    "letters written for my kids. cancelled my appointment, i wont be here after friday",
    "i was suicidal last week. it hasnt passed",
    "withdrawal made me suicidal. it passed but now its back",
])
def test_counts(text):
    assert assess(text).is_crisis, text


@pytest.mark.parametrize("text", [
    "anyone else get intrusive thoughts about dying? i do, they're a symptom and they pass",
    "has anyone had suicidal thoughts in acute? i did, two years ago, they went away",
    "anyone else exhausted? me too",
    "i wont be here next week, im at the coast with my sister",
    "wont be online much, at the hospital for tests",
    "wd made me suicidal for a while. it passed",
    "had dark thoughts in month 3. they lifted.",
    "my darkest time was month 7 when i wanted to die. it lifted slowly and didnt come back",
])
def test_stays_quiet(text):
    assert not assess(text).is_crisis, text


def test_question_put_in_the_first_person_only_when_answered():
    assert answered_for_self("who else is planning their exit . me") == "im planning my exit . me"
    assert answered_for_self("who else is planning their exit . not me") == "who else is planning their exit . not me"
