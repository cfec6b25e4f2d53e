"""Round nine (kinds9d, docs/moderation.md): thoughts of suicide held off, a place kept in mind,
and self-harm in everyday words. The tuner's own wording of the kind and the lead's near
misses, both ways (not corpus statements)."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import quiet_for_the_rules


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("suicidal thoughts are getting really loud again, trying so hard not to act on them", "thoughts of suicide"),
        ("the suicidal thoughts have been full on all week. scared ill act on them", "thoughts of suicide"),
        ("suicidal thoughts are really bad tonight", "thoughts of suicide"),
        ("the quarry is ten minutes from here. i keep picturing just stepping off the edge", "method"),
        ("theres a pond at the end of our lane. im thinking to go inside it", "method"),
        ("i sit on the railing of the balcony most nights thinking about leaning forward", "method"),
    ],
)
def test_thoughts_held_off_and_a_place_or_means_kept_in_mind_are_raised(text, category):
    found = assess(text)
    assert found.is_crisis, text
    assert category in found.summary(), found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "suicidal thoughts are a known withdrawal symptom",
        "the suicidal thoughts were bad in month 2, gone now",
        "the urges to drink are bad tonight, struggling not to act on them",
        "my son has suicidal thoughts and im scared hell act on them",
        "walked to the pond and fed the ducks",
        "the urge to text my ex is so strong tonight, scared ill act on it",
        "stood on the bridge watching the fireworks",
        "the balcony is my favourite place to read",
        "watched the divers jumping off the cliffs, imagine doing that",
        "im letting go of the anger at my ex, thinking about it a lot less",
    ],
)
def test_the_same_words_in_everyday_talk_stay_quiet(text):
    assert not assess(text).is_crisis, text


@pytest.mark.parametrize(
    "text",
    [
        "dug my nails into my arms hard enough to break the skin again last night",
        "smashed a mug and dragged a shard across my wrist. still shaking",
        "bashed my fists into the wall till i think i broke a knuckle. felt good",
        "the razor helps. i know its not good",
        "i cut tonight. its deep, might need stitches",
        "my husband saw the burns and i told him it was the oven",
        "took more than my dose on purpose, just to hurt myself",
        "ive been cutting where nobody can see, on my hips",
        "used a craft knife blade on my thigh last night",
    ],
)
def test_self_harm_in_everyday_words_is_raised_as_self_harm(text):
    found = assess(text)
    assert found.is_crisis, text
    assert "self-harm" in found.summary(), found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "cut my dose again",
        "a paper cut",
        "the razor for my legs",
        "the razor helps with my legs",
        "the razor helps. shaving every day makes me feel human again",
        "my nails dig into my palms when the akathisia hits",
        "found the cuts from the surgery healing well",
        "my hair is coming out in clumps from the withdrawal",
        "the ivy on the fence, im pulling it out in clumps",
        "cut my dose again today, 10 percent, dont tell me to stop i know its fast",
        "the kids found the marks on the wall and i said it was the cat",
        "i spilled scalding water on my hands making tea, twice today, so clumsy",
        "slipped on the ice twice today, trying not to hurt myself",
        "ive been cutting my hair where nobody can see the bald patch",
    ],
)
def test_cuts_razors_and_nails_in_everyday_talk_stay_quiet(text):
    assert quiet_for_the_rules(text), text  # the backstop's known false alarms aside
