"""Round thirteen (surf13, docs/moderation.md): plans, means, places and attempts said the way a title, a status,
a bio, a journal line or an edit says them (concepts_surface.py), and the look-alikes from the same surfaces.
The tuner's own probes of each kind, both ways (not corpus statements); each crisis probe is caught by the rules
(not only the weighted words), with its category."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import caught_by_rules, quiet_for_the_rules


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
    found = caught_by_rules(text, "method")
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
    assert quiet_for_the_rules(text), (text, assess(text).summary())


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
    caught_by_rules(text, category)


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
    assert quiet_for_the_rules(text), (text, assess(text).summary())


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
    found = caught_by_rules(text, "plan")
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
    assert quiet_for_the_rules(text), (text, assess(text).summary())


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
    caught_by_rules(text, "attempt")


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
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 5: going, bare, when an awaited event comes.
@pytest.mark.parametrize(
    "text",
    [
        "when the last of my savings runs out im going",
        "once the divorce goes through and the kids are settled, then i can go",
        "ill go when my old cat passes. not before",
        "after the house is sold and mum has her share ill do it",
    ],
)
def test_going_when_an_awaited_event_comes_is_a_plan(text):
    found = caught_by_rules(text, "plan")
    assert "intent" in found.categories


@pytest.mark.parametrize(
    "text",
    [
        "when the last of my savings runs out im going back to work",
        "once the divorce goes through and the kids are settled, then i can go travelling",
        "ill go to the rescue for a new kitten when my old cat passes",
        "once the sale goes through ill do it. the 10% cut i keep putting off",
        "when my husband gets home then i can go. pharmacy closes at 6",
    ],
)
def test_going_somewhere_named_or_a_cut_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 6: a decision with nothing named, beside thanks or sorry to everyone.
@pytest.mark.parametrize(
    "text",
    [
        "made my decision. thank you all for everything",
        "ive decided. please dont blame yourselves",
        "decision made. love you all",
        "mind made up now. sorry everyone.",
    ],
)
def test_a_bare_decision_with_a_farewell_is_intent(text):
    caught_by_rules(text, "intent")


@pytest.mark.parametrize(
    "text",
    [
        "ive decided. thank you all for the advice, going with the liquid taper",
        "made my decision, sorry everyone, im taking a break from the forum",
        "decision made: sticking with the 5% cuts. thank you all",
        "mind made up, im switching to valium. love you all for the support",
    ],
)
def test_a_decision_about_the_taper_or_a_break_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 7: a farewell said as a status or a bio.
@pytest.mark.parametrize(
    "text",
    [
        "saying goodbye to all of you here",
        "last status update. sorry to whoever finds it",
        "this is my final profile edit. thank you for putting up with me",
    ],
)
def test_a_farewell_as_a_status_is_a_preparation(text):
    caught_by_rules(text, "preparation")


@pytest.mark.parametrize(
    "text",
    [
        "my final post on the tapering thread. jumped to zero and feeling great",
        "last status update for a while, going offline for my exams",
        "saying goodbye to everyone here, im benzo free and moving on with my life",
    ],
)
def test_a_farewell_with_a_life_ahead_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 8: flag notes and journals holding words that are not the writer's now.
@pytest.mark.parametrize(
    "text",
    [
        "flagging a comment from a new member that said i was better off dead, its bullying",
        "reading my diary from the first winter. pages of i want to be dead. i made it out of that",
        "found my old journals in the loft. pages of wanting to die. so glad thats not me now",
        "is a thread on the black box warning ok? it mentions suicidal thoughts and overdose risk",
        "i swear the 3am wake ups will be the end of me, back to bed",
    ],
)
def test_a_message_reported_old_writing_a_topic_or_an_hour_in_an_idiom_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my journal tonight is pages of i want to be dead", "passive"),
        ("a dm from a stranger said id be better off dead and honestly i agree, i want to be dead", "passive"),
        ("flagging a comment that said i should kill myself. and tbh i want to kill myself tonight", "active"),
        (
            "the forum says it gets better. it wont. the 3am wake ups are nothing now, tonight will be the end of me",
            "intent",
        ),
    ],
)
def test_the_writers_own_words_beside_them_stay_caught(text, category):
    caught_by_rules(text, category)


# Piece 9: "wished" and "prayed" wake the rule of a plane wished down.
@pytest.mark.parametrize(
    "text",
    [
        "wished my plane would go down on the way back yesterday",
        "prayed the flight would go down the whole way home last night",
    ],
)
def test_a_plane_wished_down_today_is_a_wish_to_be_dead(text):
    caught_by_rules(text, "passive")


@pytest.mark.parametrize(
    "text",
    [
        "i wished the plane would go down when i was 19 and terrified of flying, now i love it",
        "my nan prayed the plane wouldnt go down, she hates flying",
    ],
)
def test_a_wish_outgrown_or_a_prayer_for_safety_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())
