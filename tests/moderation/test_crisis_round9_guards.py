"""Round nine (guards9): guards that dropped plain signals without clear evidence, and guards that
let quiet talk through (docs/moderation.md, "Round nine"). Each pinned both ways."""

import pytest

from moderation.detector import assess


@pytest.mark.parametrize(("text", "category"), [
    # a stage of withdrawal with a verb in the present is now, not the past
    ("suicidal thoughts getting stronger in month 6", "thoughts of suicide"),
    ("in month 9 and the urge to kill myself is constant", "thoughts of suicide"),
    # a weekday is the last few days, "im ok" after it does not make it over
    ("overdosed wednesday. im fine now i guess, dont tell anyone", "recent attempt"),
    ("i stepped in front of a car on monday. survived. dont know how i feel", "recent attempt"),
    # what someone said, compared or dismissed, is not a quote
    ("no matter what people say, im going to kill myself", "intent"),
    ("if the gp stops my script like she said im taking them all on friday", "plan or timing"),
    # a possessive names whose it is, not who acts
    ("put the dogs bowl and vet papers in an envelope for whoever has him after im gone", "preparations"),
])
def test_plain_signal_is_kept(text, category):
    result = assess(text)
    assert result.is_crisis, text
    assert category in result.summary(), (text, result.summary())


@pytest.mark.parametrize("text", [
    "suicidal thoughts are common in month 3, they pass",
    "in month 4 the thoughts of ending it were constant",
    "i tried to kill myself on a friday in 2015. ten years later im a nurse",
    "whatever she says, my sister doesnt really want to die",
    "like my mum said, he wanted to end his life but got help",
    "my friend, who is 40, wrote that she wants to kill herself",
    "anyone else get suicidal thoughts at month 2? mine passed by month 4",
    "a year ago today i was in the icu after an overdose. today i ran 5k",
])
def test_near_miss_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())
