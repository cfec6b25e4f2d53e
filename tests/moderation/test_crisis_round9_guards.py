"""Round nine (guards9): guards that dropped plain signals without clear evidence, and guards that
let quiet talk through (docs/moderation.md, "Round nine"). Each pinned both ways."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import quiet_for_the_rules


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


@pytest.mark.parametrize("text", [
    # a past told as over by a well present
    "went from wanting to die to loving my life in 30 months",
    "i tried to overdose at month 5. now at month 40 and thriving",
    "i wrote a suicide note at day 60. at day 700 now, life is good",
    "the urges to cut stopped at month 7, they eased and never came back",
    "suicidal every night at month 2. they faded by month 6 and stayed gone",
    "two years free of cutting and proud of it",
    # old writing, one's own old post
    "used to write page after page of wanting to die in my old journals, now i write gardening notes",
    "remember my old thread where i wrote i wanted to die? 3 years on and im well",
    # someone else's words, note or question
    "his last text said he was going to end it, i called the police and hes safe now",
    "their goodbye note was found by the police, it was an awful week for the family",
    "brother keeps telling everyone im suicidal, im not, im just tired",
    # a wish whose object is a symptom; a denial; a thought of a person; an idiom
    "i dont want to kill myself, i want the anxiety to die",
    "never had any real dark thoughts about suicide, just anxiety",
    "i wasnt thinking about the pills at all, only the sleep",
    "i think about him every day, he was on klonopin when he took his life",
    "this commute is going to be the end of me before the taper is",
])
def test_quiet_talk_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())  # the backstop's known false alarms aside


@pytest.mark.parametrize(("text", "category"), [
    ("read my old diary and now i want to die again", "wish to be dead"),
    ("at day 90 i wrote goodbye letters. day 95 now and i still have them in the drawer", "preparations"),
    ("i wanted to die every day last year. now im working again but the thoughts are back every night",
     "wish to be dead"),
    ("went from coping to wanting to die to be honest", "wish to be dead"),
    ("asking for my wife. shes worried because i want to die", "wish to be dead"),
    ("im in the worst of it and i want to die", "wish to be dead"),
    ("her last words to me were goodbye and now i want to die too", "wish to be dead"),
])
def test_look_alike_crisis_is_kept(text, category):
    result = assess(text)
    assert result.is_crisis, text
    assert category in result.summary(), (text, result.summary())


def test_a_comparison_with_what_someone_said_is_no_quote():
    result = assess("as my dad always said, finish what you start. im ending it tonight")
    assert result.level == "high", result.summary()
    assert "intent" in result.summary()
    assert not assess("my brother said, 'i want to die', when his dose was cut").is_crisis


def test_denial_and_over_read_in_new_wording():
    assert not assess("i want the tinnitus to finally die, its driving me mad").is_crisis
    assert "thoughts of suicide" in assess(
        "never once had a day this month without thinking about ending my life"
    ).summary()
