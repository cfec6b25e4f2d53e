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
