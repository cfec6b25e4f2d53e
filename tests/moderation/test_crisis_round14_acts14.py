"""Round fourteen (acts14, docs/moderation.md): plans, preparations, methods and attempts said in few words or by
carers, and the look-alikes from taper talk. The tuner's own wording both ways (not corpus statements); each probe
written and run before its fix. Crisis probes are caught by the RULES (not only the weighted words), with their
category; quiet ones raise nothing from the rules (the backstop is not this work)."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import caught_by_rules, quiet_for_the_rules


# Piece 1: tablets counted to check the supply or keep it apart, and doses all taken at the right times.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("counted my tablets again tonight. 64 of them. thats enough", "method"),
        ("counted my pills twice, i have 40 saved now. enough to not wake up", "method"),
        ("took them all at once an hour ago, feeling strange", "attempt"),
        ("took them all at the same time last night because i didnt want to wake up", "attempt"),
    ],
)
def test_a_supply_counted_as_enough_or_all_taken_at_once_still_counts(text, category):
    caught_by_rules(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "counted my tablets when i got home, two short. someone miscounted",
        "counting out my tablets so i dont mix them up with my husbands",
        "counted my pills, one short again. annoying",
        "been counting my pills so i dont get them mixed up with mums",
        "took them all at the right times today, the tracker helps",
        "took them all at the usual times yesterday and still felt rough",
    ],
)
def test_a_count_checked_or_doses_taken_on_time_stay_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())
