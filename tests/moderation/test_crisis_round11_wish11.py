"""Round eleven (wish11, docs/moderation.md): wishes to be dead said indirectly, and the look-alikes
that share their words. The tuner's own probes of each kind, both ways (not corpus statements)."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import quiet_for_the_rules


@pytest.mark.parametrize(
    "text",
    [
        "honestly not waking up tomorrow is the nicest thought ive had all week",
        "every night i get into bed kind of hoping its my last",
        "i wouldnt be bothered if i didnt wake up in the morning",
        "please let tonight be the night i dont wake up",
        "the idea of never waking up is the only thing that calms me down",
        "lying here hoping this is the last time i close my eyes",
        "tbh i wouldnt care if i went to sleep and that was it",
        "not waking up sounds pretty good right now ngl",
        "hoping tonight is the last night i ever have to open my eyes in this flat",
        "wouldnt even be upset if i never woke up again",
    ],
)
def test_not_waking_up_welcomed_is_a_wish_to_be_dead(text):
    found = assess(text)
    assert found.is_crisis, (text, found.summary())


@pytest.mark.parametrize(
    "text",
    [
        "not waking up at 4am for once is the nicest thing this week",
        "hoping tonight is the last night of this awful insomnia",
        "i wouldnt care if i never woke up before ten again, mornings are evil",
        "please let tonight be the night i sleep right through",
        "hoping its the last time i have to do a step this big",
        "the idea of never waking up to an alarm again is why i want to retire",
        "my nan says every night she hopes she doesnt wake up, it breaks my heart",
        "back then i used to go to bed hoping i wouldnt wake up. thats over now, two years well",
        "going to bed hoping its the last time the neighbours party til 3",
        "lying here hoping this is the last time i close my eyes on a night shift",
    ],
)
def test_sleep_an_alarm_or_someone_elses_wish_stays_quiet(text):
    assert quiet_for_the_rules(text), assess(text).summary()  # the backstop's known false alarms aside


@pytest.mark.parametrize(
    "text",
    [
        "i just want to disappear and not be anything anymore",
        "some nights i want to vanish so badly, like stop being a person at all",
        "wish i could just evaporate. not go anywhere, just not be",
        "all i want is to not exist, not in a dramatic way, just quietly",
        "i want to stop being. thats the whole thought",
        "i keep wishing i could just fade out of existence",
        "i want to disappear completely, not like a holiday, like gone",
        "honestly just want to not be here anymore in any sense",
        "i would love to just vanish off the face of the earth and never come back",
        "not trying to be dramatic but i want to not exist rn",
    ],
)
def test_wanting_to_disappear_or_stop_being_is_a_wish_to_be_dead(text):
    found = assess(text)
    assert found.is_crisis, (text, found.summary())


@pytest.mark.parametrize(
    "text",
    [
        "i want to disappear under my duvet until spring",
        "wish i could vanish to a cabin in the woods for a month",
        "i want to disappear from social media for a while",
        "i just want to stop being so anxious all the time",
        "i want to not be tired anymore, is that too much to ask",
        "my son says he wants to disappear when hes embarrassed",
        "i wanted to vanish when i tripped on stage lol",
        "i want my symptoms to disappear, thats all",
        "wish this brain fog would just evaporate",
        "i want to disappear into a good book tonight",
        "so embarrassed i wish i could just vanish",
    ],
)
def test_a_break_a_symptom_or_embarrassment_stays_quiet(text):
    assert quiet_for_the_rules(text), assess(text).summary()  # the backstop's known false alarms aside


@pytest.mark.parametrize(
    "text",
    [
        "the thoughts about ending my life are back again and worse than ever",
        "those thoughts of killing myself have been nonstop all evening",
        "the urge to end it is louder every night this week",
        "thoughts of not being here are constant today and i cant drown them out",
        "the suicidal thoughts keep telling me to do it and part of me is starting to listen",
        "ive had suicidal thoughts on and off for months but tonight theyre winning",
        "the voice that says to kill myself is getting harder to argue with",
        "my thoughts about dying have gotten really loud since the dose change",
        "the thoughts of ending it came back last night and they havent left",
        "having suicidal thoughts again and honestly im starting to agree with them",
        "thoughts of ending things are creeping back in and i dont trust myself",
        "urges to die have been relentless since friday, not sleeping",
        "does anyone else get suicidal thoughts at night? mine are getting worse every week",
    ],
)
def test_thoughts_of_suicide_gaining_now_are_active_thoughts(text):
    found = assess(text)
    assert found.is_crisis, (text, found.summary())


@pytest.mark.parametrize(
    "text",
    [
        "the thoughts about ending my job are back, i hate mondays",
        "the intrusive thoughts about germs are louder every night this week",
        "my sister says her thoughts of suicide are back and im scared for her",
        "the suicidal thoughts were constant in 2019 but theyve gone now, five years clear",
        "the thoughts of ending it with my boyfriend keep coming back",
        "i used to have suicidal thoughts every night but they stopped after i came off the drug",
        "the thoughts are louder every night but theyre just anxiety about money",
        "suicidal thoughts are common in withdrawal according to the leaflet, worth knowing",
        "no suicidal thoughts, just the insomnia winning every night",
        "my thoughts about dying are mostly about my dad, he passed in june",
        "does anyone else get thoughts about dying during withdrawal? mine were bad in month 2 but faded",
    ],
)
def test_past_someone_elses_or_other_thoughts_stay_quiet(text):
    assert not assess(text).is_crisis, assess(text).summary()


@pytest.mark.parametrize(
    "text",
    [
        "is it normal to want to be dead most days or is it just me",
        "does everyone secretly wish they could just not wake up or is that only me",
        "anyone else spend every night hoping they dont wake up? because same",
        "is it weird that i think about not existing every single day",
        "does anyone else wish they were never born. i do. a lot",
        "serious question, is wanting to die every night a withdrawal thing or is it just me",
        "anyone else feel like they shouldnt exist? asking for me",
        "is it normal that you want to stop existing or is that only me",
    ],
)
def test_ones_own_wish_asked_of_others_is_a_wish_to_be_dead(text):
    found = assess(text)
    assert found.is_crisis, (text, found.summary())


@pytest.mark.parametrize(
    "text",
    [
        "is it normal to feel like youre dying during withdrawal or is it just me",
        "does anyone else wish they could just skip the taper and be done",
        "how do you support a friend who wishes they were dead",
        "is it normal for my teenager to say he wants to die when he loses at games",
        "anyone else dead tired every morning? asking for me",
        "does anyone else wish they never started benzos? i do, a lot",
        "is it just me or does this heat make you want to die lol",
        "my mum asked if its normal to want to be dead after a loss, she lost her sister",
        "does everyone get brain zaps at night or is that just me",
        "anyone else feel like theyre dying when the zaps hit? asking for me",
    ],
)
def test_the_same_question_about_a_symptom_or_someone_else_stays_quiet(text):
    assert not assess(text).is_crisis, assess(text).summary()
