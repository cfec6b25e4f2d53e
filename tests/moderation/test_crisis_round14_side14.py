"""Round fourteen (side14, docs/moderation.md): death said sideways, by euphemism, metaphor and faith language
(concepts_sideways.py), the night chat's fragments, and the quiet look-alikes that share their words. The tuner's
own probes of each kind, both ways (not corpus statements); each crisis probe is caught by the rules (not only the
weighted words), with its category."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import caught_by_rules, quiet_for_the_rules


# Piece 1: a death named by a euphemism, or going home said to a god.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i keep hoping the long sleep finds me soon", "passive"),
        ("thinking about the long sleep more than i think about anything else", "active"),
        ("tonight i let the sea have me", "intent"),
        ("ive decided to switch myself off. no more", "intent"),
        ("dear god im ready to come home now, whenever you are", "passive"),
        ("all i want is to give my notice on life", "passive"),
        ("i keep thinking about putting myself out of my misery", "active"),
        ("going to put myself to sleep permanently on friday", "plan"),
        ("praying i wont open my eyes in the morning", "passive"),
        ("whoever is up there, please collect me. im tired", "passive"),
    ],
)
def test_a_death_named_by_a_euphemism_or_a_homecoming_asked_of_god_is_read(text, category):
    caught_by_rules(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "finally had a long sleep last night, seven hours",
        "hoping for a long sleep tonight after the zaps",
        "lord i just want to go home, this ward is so noisy",
        "the river walk tonight was lovely, let the dog have a swim",
        "switching myself off from the news for good, too much",
        "handed in my notice at work today, decided to focus on healing",
        "the vet put our old dog out of his misery on friday",
        "praying to god my mum gets home from hospital soon",
        "i keep thinking the long sleep of winter is good for the garden",
        "my eyes wont open in the morning without two coffees",
    ],
)
def test_sleep_home_notice_and_misery_in_their_everyday_senses_stay_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 2: the thought told and the act disowned in the same sentence; an ending called "not the answer".
@pytest.mark.parametrize(
    "text",
    [
        "some days i wonder about ending it, but i would never act on it, my dog needs me",
        "the long sleep crosses my mind sometimes but id never act on it, my kids need me",
        "hey, ending it isnt the answer, the calm windows do come",
        "the long sleep is not the answer, please ring someone tonight",
    ],
)
def test_a_thought_disowned_as_an_act_or_an_ending_called_no_answer_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i said id never act on it but tonight im thinking about ending it", "intent"),
        ("thinking about ending it, but i wont do it tonight, maybe tomorrow", "active"),
        ("i know ending it isnt the answer but its the only way out i can see", "active"),
        ("ending it isnt the answer, everyone says, but i keep thinking about it", "active"),
        ("ending it is the answer, ive decided", "intent"),
    ],
)
def test_a_disowning_taken_back_or_put_off_only_till_tomorrow_still_counts(text, category):
    caught_by_rules(text, category)


# Piece 3: preparations said sideways.
@pytest.mark.parametrize(
    "text",
    [
        "picked the hymns for my own funeral today, felt oddly calm",
        "made a playlist for my send off. its good actually",
        "rang my brother to say bye without saying bye",
        "hugged my nan goodbye today without her knowing it was the last time",
        "tying up loose ends this week. nearly done",
        "my loose ends are all tied up now",
        "drafted some messages to go out on a timer next week",
        "letters written, just for the people who matter",
        "gave the dog to my mate today. told him its only for a while",
    ],
)
def test_an_own_service_a_secret_goodbye_loose_ends_and_messages_on_a_timer_are_preparations(text):
    caught_by_rules(text, "preparation")


@pytest.mark.parametrize(
    "text",
    [
        "me and my husband joked about the songs for my funeral one day, he wants abba",
        "picked the hymns for my grans funeral, it was a lovely service",
        "my funeral playlist is a running joke with my sister, all eighties power ballads",
        "tying up loose ends at work before my leave starts",
        "tying up loose ends with mums estate, solicitors are slow",
        "the newsletter goes out on a timer every friday",
        "my sister is having the cat while im in hospital, told her its only for a week",
        "left without saying bye, the party was too loud",
    ],
)
def test_a_funeral_one_day_or_someone_elses_work_loose_ends_and_a_pet_minded_stay_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 4: a plan said as a deadline and what comes after it.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("one more week on this dose then im taking all my tablets", "plan"),
        ("three more weeks on this hold. then the pills", "plan"),
        ("one more month of this. if nothing changes then the stash in my wardrobe finally gets used", "plan"),
        ("after christmas then the rope", "plan"),
        ("waiting till my wife is at her mums this weekend. then its done", "plan"),
        ("waiting for my old cat to go, she hasnt long. then its my turn", "plan"),
    ],
)
def test_a_deadline_then_the_means_or_the_end_once_alone_is_a_plan(text, category):
    caught_by_rules(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "one more week on this dose then i drop to 0.5",
        "two more weeks of antibiotics then the pills are done thank god",
        "one more month of the trial then the tablets get switched to the new brand",
        "kids are at their dads this weekend so im painting the hall, then its done",
        "waiting for the oven to heat up, then its my turn to cook",
        "last cut next week then the pills are gone for good, so proud",
        "tomorrow is the bank, then the post office, then the pills",
        "one more week at this dose, then the pills get cut in half",
    ],
)
def test_a_taper_step_a_course_an_errand_or_a_chore_then_done_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())
