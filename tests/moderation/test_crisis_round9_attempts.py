"""Round nine (kinds9a, docs/moderation.md): attempts under way, just made or recent, and means in
hand now. The tuner's own wording of the kind and the lead's near misses, both ways (not corpus
statements)."""

import pytest

from moderation.detector import assess


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
