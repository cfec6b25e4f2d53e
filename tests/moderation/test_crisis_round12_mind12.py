"""Round twelve (mind12, docs/moderation.md): wishes to be dead, thoughts of suicide and self-harm said in
ways the rules did not read, and the look-alikes that share their words. The tuner's own probes of each
kind, both ways (not corpus statements); each crisis probe is caught by the rules (not only the weighted
words), with its category."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import caught_by_rules


# Piece 1: a question to others answered as now or just done.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "does anybody else scratch their arms till they bleed when the panic peaks? did it twice this morning",
            "self_harm",
        ),
        ("has anyone else had thoughts of ending it lately? im there right now", "active"),
        ("does anyone else hit themselves when the akathisia gets bad? ive done it 3 times today", "self_harm"),
        ("does anybody else pray every night that they just dont wake up? i do, and did again last night", "passive"),
    ],
)
def test_a_question_answered_as_now_is_the_writers_own(text, category):
    found = caught_by_rules(text, category)
    assert found.level == "medium"


@pytest.mark.parametrize(
    "text",
    [
        "does anyone else get the 3am zaps? i did again last night, awful",
        "did anyone else think about dying a lot in acute? i did, two years ago, its gone now",
        "has anyone else had suicidal thoughts from zopiclone? i did at month 2 but never since",
        "does anyone else scratch their arms when the itching starts? did it twice this morning",
        "does anyone else pray for their family at night? did again tonight",
    ],
)
def test_an_answer_long_ago_or_about_a_symptom_stays_quiet(text):
    assert not assess(text).is_crisis, assess(text).summary()


# Piece 2: a wish to be dead said as a state, as relief, as a vehicle or an illness welcomed, or after a comma.
@pytest.mark.parametrize(
    "text",
    [
        "honestly im past coping and into not wanting to exist anymore",
        "weeks of not wanting to be alive, it isnt lifting",
        "praying a lorry wipes me out on the drive to work",
        "i hope a bus flattens me on the way home tbh",
        "i would be so glad never to wake up again",
        "if i got a tumour diagnosis id honestly be fine with that, at least then it would be over",
        "all i ask is this, what i want, to sleep forever and not wake again",
    ],
)
def test_a_wish_said_as_a_state_or_welcomed_is_a_wish_to_be_dead(text):
    found = caught_by_rules(text, "passive")
    assert found.level == "medium", found.summary()  # a wish, not a plan


@pytest.mark.parametrize(
    "text",
    [
        "my teenager not wanting to live with us anymore has gutted me",
        "stuck at a wedding not wanting to be here",
        "a lorry wiped me out on the roundabout last year, still sore",
        "id be so glad not to be here for my sisters hen do",
        "if i got a cancer diagnosis id be terrified, the health anxiety is awful",
        "honestly i want to sleep forever after this week at work lol",
    ],
)
def test_someone_elses_move_an_accident_or_fear_of_a_diagnosis_stays_quiet(text):
    assert not assess(text).is_crisis, assess(text).summary()


# Piece 3: dying as the answer that keeps coming up or starts to sound reasonable; a head on a loop of "kill yourself".
@pytest.mark.parametrize(
    "text",
    [
        "ending it keeps cropping up as the answer, and it scares me how calm i am about it",
        "honestly killing myself is starting to make sense to me",
        "week 9 and dying seems more and more reasonable",
        "my mind has been on repeat all night, kill yourself, kill yourself",
        "head looping 'go die' since the updose",
    ],
)
def test_dying_that_starts_to_sound_reasonable_or_a_head_on_a_loop_is_a_thought_of_suicide(text):
    found = caught_by_rules(text, "active")
    assert found.level == "medium", found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "ending it with my landlord sounds sensible, the flat is damp",
        "the documentary said suicide can seem reasonable to people in deep pain",
        "my brain is on a loop of the same advert jingle",
        "my nephew came home saying the kids at school chant kill yourself at each other",
        "dying sounds terrifying, the fear of it is the worst symptom",
        "had a panic attack and thought i was going to die",
    ],
)
def test_a_tenancy_a_report_a_jingle_or_a_fear_stays_quiet(text):
    assert not assess(text).is_crisis, assess(text).summary()


# Piece 4: a cigarette put out on the body, marks owned and kept up, "cutting" alone as what helps one cope.
@pytest.mark.parametrize(
    "text",
    [
        "put out my cigarette on my forearm tonight, wanted to feel something else",
        "stubbing out a ciggie on my hand when nobody is looking has become a thing again",
        "the bruises on my thighs were by me, not the falls. been doing it daily",
        "what helps me cope with the waves? cutting. i did it this afternoon",
        "people ask what got me through month 2. cutting, if im honest. still doing it",
    ],
)
def test_a_burn_owned_marks_or_cutting_as_what_helps_is_self_harm(text):
    found = caught_by_rules(text, "self_harm")
    assert found.level == "medium", found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "put out a cigarette on my balcony rail last night, neighbour was fuming",
        "the marks on my legs are from the compression socks, ive been wearing them all week",
        "what got you through the last step? honestly, cutting. slow, 5 percent a month",
        "what helps you get through the waves? cutting out sugar and caffeine",
        "burnt my hand with the lighter lighting candles, so clumsy",
    ],
)
def test_a_rail_socks_a_taper_step_or_a_candle_stays_quiet(text):
    assert not assess(text).is_crisis, assess(text).summary()
