"""Round ten (kinds10c, docs/moderation.md): wishes to be dead and thoughts of suicide in everyday
words, and the look-alikes that share their words. The tuner's own wording of each kind, both ways
(not corpus statements)."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import quiet_for_the_rules


@pytest.mark.parametrize(
    "text",
    [
        "if i was dead tomorrow id be fine with that",
        "honestly itd be a relief if i just stopped existing",
        "if the consultant says its inoperable i think id feel relief",
        "if something finished me off this winter i wouldnt mind one bit",
        "id be ok if a train hit me ngl",
    ],
)
def test_a_death_welcomed_if_it_came_is_a_wish_to_be_dead(text):
    found = assess(text)
    assert found.level == "medium", (text, found.summary())
    assert "wish to be dead" in found.summary(), found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "if i didnt wake up at 5am every morning id be fine",
        "if i was dead tired id still be fine to work",
        "if the results show nothing id be relieved",
        "if i died my dog would be fine, my brother has him",
        "if i didnt exist on instagram id be happier",
        "if they found a tumour id be glad they caught it early",
    ],
)
def test_the_same_if_about_sleep_a_test_or_someone_else_stays_quiet(text):
    assert not assess(text).is_crisis, assess(text).summary()


@pytest.mark.parametrize(
    "text",
    [
        "my mind keeps circling round to ending it all",
        "my head keeps coming back to ending things, i cant shake it",
        "killing myself is the only part of my life i feel i control",
        "the urge to just end everything is unbearable tonight",
        "the need to just end it all is so strong rn",
    ],
)
def test_thoughts_of_suicide_in_everyday_words_are_raised(text):
    found = assess(text)
    assert found.is_crisis, text
    assert "thoughts of suicide" in found.summary() or "intent" in found.summary(), found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "the urge to end my taper early is really strong tonight",
        "my mind keeps going back to the holiday, i cant wait",
        "the only thing i have control over right now is my breathing",
        "the temptation to end things with him is getting stronger every day",
        "the urge to end it all was so strong in 2019, im in a good place now",
        "the need to end things with my flatmate is getting stronger",
    ],
)
def test_urges_and_a_mind_on_other_things_stay_quiet(text):
    assert quiet_for_the_rules(text), text  # the backstop's known false alarms aside


@pytest.mark.parametrize(
    "text",
    [
        "my wife could finally have a proper life if i was gone",
        "my boyfriend would be so much happier if i was dead tbh",
        "my partner would be free if i didnt exist",
        "everyone would cope fine if i was dead, probably better",
        "my family would be better off without a son like me",
    ],
)
def test_others_better_off_if_the_writer_were_gone_is_a_wish_to_be_dead(text):
    found = assess(text)
    assert found.is_crisis, text
    assert "wish to be dead" in found.summary(), found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "my kids would be better off without a dad like him, hes never around",
        "my wife could have a proper lie in if i was gone for the weekend",
        "nobody would miss me at the party, so im skipping it",
        "nobody would notice if i was gone an hour, the shop is dead quiet",
        "my boyfriend would be so much happier if i was less anxious",
    ],
)
def test_others_better_off_for_a_weekend_or_a_habit_stay_quiet(text):
    assert not assess(text).is_crisis, assess(text).summary()


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to wake up at all anymore, whats the point",
        "id honestly rather just be gone than keep doing this",
        "id give anything to go to sleep and thats it",
        "i go to bed hoping its the last night i have to",
    ],
)
def test_not_waking_and_being_gone_in_everyday_words_are_a_wish_to_be_dead(text):
    found = assess(text)
    assert found.level == "medium", (text, found.summary())
    assert "wish to be dead" in found.summary(), found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "chest so tight tonight like im going to die, panic again",
        "woke at 4am shaking like i was about to die, the akathisia is back",
        "i dont want to wake up at all during the night again",
        "id rather just be gone for the weekend than sit at home",
        "going to bed hoping its the last time i have to take this pill",
        "id give anything to fall asleep and sleep through the night",
    ],
)
def test_symptoms_and_sleep_said_like_a_wish_stay_quiet(text):
    assert not assess(text).is_crisis, assess(text).summary()
