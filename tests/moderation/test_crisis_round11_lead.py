"""Round eleven (lead): the same farewell words said twice are one act, not two farewell acts.

A thank-you post that says "thank you all" at the start and again at the end was graded high
(preparations) by the recipe that reads two farewell acts together; two different farewell acts
still are."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import quiet_for_the_rules


@pytest.mark.parametrize(
    "text",
    [
        "thank you all for the replies on my last thread. it helped. thank you all again, this forum is a lifeline",
        "Thank you all for the kind replies on my last thread. Thank you all so much",
        "thank you all for everything on my last thread. thank you all",
    ],
)
def test_a_thank_you_said_twice_stays_quiet(text):
    assert quiet_for_the_rules(text), text  # the backstop's known false alarms aside


@pytest.mark.parametrize(
    "text",
    [
        "i wrote the letters. thank you all. i love you all",
        "thank you all. sorry for everything. goodbye",
    ],
)
def test_two_different_farewell_acts_are_still_preparations(text):
    found = assess(text)
    assert found.level == "high" and "preparations" in found.summary(), found.summary()
