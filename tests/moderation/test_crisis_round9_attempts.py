"""Round nine (kinds9a, docs/moderation.md): attempts under way, just made or recent, and means in
hand now. The tuner's own wording of the kind and the lead's near misses, both ways (not corpus
statements)."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import quiet_for_the_rules


@pytest.mark.parametrize(
    "text",
    [
        "swallowed every one of them just now. its done",
        "took all my citalopram 20 mins ago. just wanted to say im sorry",
        "ive taken the tablets, so many, im scared now",
        "i did it. took them. sorry everyone",
        "survived an overdose on sunday, dont know what happens now",
        "attempted two weeks ago, still here, not sure why",
        "took a box of tablets then panicked and rang an ambulance. home today",
    ],
)
def test_an_attempt_just_made_or_recent_is_high(text):
    found = assess(text)
    assert found.level == "high", text
    assert "recent attempt" in found.summary(), found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "took all my meds today, feeling sleepy",
        "took my evening tablets",
        "survived the first month",
        "attempted a 5% cut",
        "my attempt at a lasagne",
        "an old attempt, years ago, I'm well now",
        "attempted the crossover on friday, still here haha",
        "i did it! took them to the pharmacy. sorry for the wait",
        "took too many tablets by mistake this morning, scared, rang 111",
    ],
)
def test_routine_doses_and_old_or_other_attempts_stay_quiet(text):
    assert not assess(text).is_crisis, text


@pytest.mark.parametrize(
    "text",
    [
        "holding the knife right now and i dont trust myself",
        "got my brothers rifle out of the gun cabinet tonight and just held it for an hour",
        "sitting here with the blade in my hand",
        "ive got the rope. i just need to stop being scared",
        "got a whole strip of the zopiclone in front of me and nothing to live for",
        "the hosepipe is in my hands, just wanted someone to know",
    ],
)
def test_a_means_in_hand_now_is_caught(text):
    found = assess(text)
    assert found.is_crisis, text
    assert "method" in found.summary() or "self-harm" in found.summary(), found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "razor for shaving my legs",
        "in the bath with a razor shaving my legs, bliss",
        "holding the pill in my hand and im scared to take the first dose",
        "holding my diazepam in my hand, so scared",
        "holding the kitchen knife, making dinner, scared of burning the onions lol",
        "my husband keeps his gun in the safe and im scared of guns",
        "got dads old rifle down from the loft to sell it, memories",
        "had the pills in my hand this morning and my cat knocked them everywhere",
    ],
)
def test_everyday_means_in_hand_stay_quiet(text):
    assert not assess(text).is_crisis, text


@pytest.mark.parametrize(
    "text",
    [
        "Downed the lot.",
        "just taken all my lorazepam. goodbye everyone",
        "od on my zopiclone friday, still in the ward",
        "in the bath with deep cuts on my arms, wanted to say goodbye",
        "ive got the noose. cant stop holding it",
    ],
)
def test_acts_and_means_said_in_few_words_are_high(text):
    assert assess(text).level == "high", text


@pytest.mark.parametrize(
    "text",
    [
        "took everything",
        "swallowed the lot, the cake was amazing",
        "just taken all my evening meds, night everyone",
        "cuts on my hands from gardening, sorry",
        "the chocolate in the cupboard keeps calling me",
        "on the roof fixing the gutter, not taking the ladder back down till its done",
    ],
)
def test_look_alikes_in_few_words_stay_quiet(text):
    assert not assess(text).is_crisis, text


@pytest.mark.parametrize(
    "text",
    [
        "the car park roof near work, i keep thinking about just stepping off",
        "walked to the quarry again. kept picturing climbing over and not climbing back",
        "theres weedkiller in the shed and i think about drinking it most nights",
        "the tracks are ten minutes away and theyve been calling me every night",
    ],
)
def test_a_place_or_a_poison_with_the_act_thought_about_is_high(text):
    assert assess(text).level == "high", text


@pytest.mark.parametrize(
    "text",
    [
        "the pool is so cold, thinking about jumping in anyway lol",
        "thinking about going over to liquid, the bridge dose is hard",
        "the mountains are calling me, hiking next week",
        "my son keeps picturing jumping off the high board at the pool",
    ],
)
def test_swims_tapers_and_trips_stay_quiet(text):
    assert not assess(text).is_crisis, text


@pytest.mark.parametrize(
    "text",
    [
        "ive swallowed all my tablets. goodbye everyone",
        "done it. all of my lorazepam. please nobody blame yourselves",
        "taken 30 pills. not long now",
        "holding his pistol, cant stop shaking",
    ],
)
def test_acts_under_way_in_other_words_are_high(text):
    assert assess(text).level == "high", text


@pytest.mark.parametrize(
    "text",
    [
        "took them all for the day, feeling sleepy, night all",
        "did it! all the old pills back to the pharmacy. goodbye benzos",
        "holding the rope at climbing, shaking so much lol",
    ],
)
def test_routine_and_everyday_look_alikes_stay_quiet(text):
    assert not assess(text).is_crisis, text


@pytest.mark.parametrize(
    "text",
    [
        "threw up half the tablets i took last night. it didnt work",
        "swallowed some antifreeze 20 minutes ago. feel sick",
        "loaded my dads shotgun. its next to me",
    ],
)
def test_attempts_told_by_what_followed_and_means_made_ready_are_high(text):
    assert assess(text).level == "high", text


@pytest.mark.parametrize(
    "text",
    [
        "took a load of paracetamol for my back on sunday, still sore",
        "walked into the lake yesterday for a quick dip, so cold",
        "loaded the washing machine, its next to me in this tiny flat",
    ],
)
def test_painkillers_swims_and_chores_stay_quiet(text):
    assert quiet_for_the_rules(text), text  # the backstop's known false alarms aside
