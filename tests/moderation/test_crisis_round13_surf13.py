"""Round thirteen (surf13, docs/moderation.md): plans, means, places and attempts said the way a title, a status,
a bio, a journal line or an edit says them (concepts_surface.py), and the look-alikes from the same surfaces.
The tuner's own probes of each kind, both ways (not corpus statements); each crisis probe is caught by the rules
(not only the weighted words), with its category."""

import pytest

from moderation.detector import assess
from moderation.detector.patterns import WORDING


def _caught_by_rules(text, category):
    found = assess(text)
    assert found.is_crisis and WORDING not in found.categories, (text, found.summary())
    assert category in found.categories, (text, found.summary())
    return found


def _quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


# Piece 1: a place that pulls.
@pytest.mark.parametrize(
    "text",
    [
        "the viaduct on my way to work keeps pulling me",
        "multi storey opposite my flat. thinking about the top floor a lot",
        "the railway line across the road, cant stop thinking about it",
        "the quarry at the end of my street keeps calling me",
        "i keep picturing going up to the roof alone",
        "the old footbridge by the station. i keep picturing walking back there on my own",
    ],
)
def test_a_place_that_pulls_is_a_method_thought_of(text):
    found = _caught_by_rules(text, "method")
    assert "active" in found.categories


@pytest.mark.parametrize(
    "text",
    [
        "the river on my walk home is so pretty in the mornings",
        "the railway line across the road keeps me awake, trains all night",
        "the pier keeps calling me, summer cant come soon enough",
        "i keep picturing going back to the lake with my kids when im well",
        "the bridge on my way to work is closed again, detour added 20 mins",
        "the canal keeps calling me, need to get back to my morning walks",
    ],
)
def test_a_place_for_a_day_out_or_a_commute_stays_quiet(text):
    _quiet(text)


# Piece 2: a supply watched.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("still got a strip of clonazepam from before my taper started. i keep counting them", "method"),
        (
            "theres a box of old temazepam left over from before the taper in my wardrobe. i look at it every night",
            "method",
        ),
        (
            "kept the leftover zopiclone from before i started tapering, 20 of them. counted them again tonight",
            "preparation",
        ),
    ],
)
def test_a_supply_counted_or_looked_at_over_and_over_is_a_means_kept(text, category):
    _caught_by_rules(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "still got a strip of clonazepam from before my taper started. taking it back to the pharmacy tomorrow",
        "i keep counting my tablets to check the taper is on track",
        "kept the leftover zopiclone from before i started tapering for my doctor to see, 20 of them",
        "theres a box of old temazepam left over from before the taper in my wardrobe, should i dispose of it",
    ],
)
def test_a_supply_handed_back_checked_or_kept_for_the_doctor_stays_quiet(text):
    _quiet(text)


# Piece 3: a time given as the plan, nothing named to do in it.
@pytest.mark.parametrize(
    "text",
    [
        "plan for tonight once my flatmate is asleep",
        "first week of january. thats the plan.",
        "ive timed it for after my daughters wedding",
        "decided on the date. just needed to tell someone",
        "my plan is saturday night when the kids are at their dads",
    ],
)
def test_a_time_given_as_the_plan_is_a_plan(text):
    found = _caught_by_rules(text, "plan")
    assert found.level == "high"


@pytest.mark.parametrize(
    "text",
    [
        "the plan is the friday after payday for the next cut",
        "plan for tonight: bath and bed once my flatmate is asleep",
        "first week of january, back to work. thats the plan.",
        "ive timed my cut for after my daughters wedding",
        "decided on the date for my last dose. just needed to tell someone",
        "we decided on a date. the wedding is going to be in june",
    ],
)
def test_a_plan_for_a_cut_a_heading_or_a_wedding_stays_quiet(text):
    _quiet(text)


# Piece 4: an attempt told in a few words.
@pytest.mark.parametrize(
    "text",
    [
        "a failed attempt last week and now everything hurts more",
        "survived what i wasnt meant to survive on friday. home now",
        "swallowed most of the packet then panicked and rang 111",
        "i tried and came round hours later on the bathroom floor",
    ],
)
def test_an_attempt_told_in_a_few_words_is_an_attempt(text):
    _caught_by_rules(text, "attempt")


@pytest.mark.parametrize(
    "text",
    [
        "a failed attempt at a cut last week, went back up",
        "tried and failed to get an appointment",
        "survived christmas, which i wasnt sure i would",
        "swallowed half the tablet then realised it was the wrong one",
        "tried and woke up at 3am again, so annoying",
    ],
)
def test_a_cut_an_appointment_or_christmas_survived_stays_quiet(text):
    _quiet(text)
