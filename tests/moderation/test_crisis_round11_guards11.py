"""Round eleven (guards11): guards for false alarms and for crisis lines a guard dropped
(docs/moderation.md, "Round eleven"). Each probe pinned both ways."""

import pytest

from moderation.detector import assess


# Piece 1: a past episode told from a better place ("it ended", "it was temporary", "im 24 and happy",
# "loving life", "a different person now", "therapy helped"): over, unless the post says it is back or now.
@pytest.mark.parametrize("text", [
    'freshman year i swallowed a bottle of my roommates pills. senior year now and i made deans list',
    'overdosed at 19, spent a week in the icu. im 24 and honestly happy, it gets better',
    'i really wanted to be dead during the first months off lorazepam. that ended. it genuinely ended',
    'the urge to cut was constant in my taper. it was temporary, like everything in withdrawal',
    'i planned my own funeral in my head through most of month 5. these days i plan holidays instead lol',
    'my suicidal phase on the taper felt endless but it wasnt. two years off valium and loving life',
    'i once had the rope in my wardrobe. counselling and time helped a lot and i threw it out ages ago',
    'honestly i didnt want to wake up most mornings back then. i do now and its wild',
])
def test_past_told_from_a_better_place_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize("text", [
    'i was suicidal for most of my taper and it hasnt ended. tonight is the worst its been',
    'the urge to cut was gone for a year. its back and i did it again last night',
    'everyone says it ends but i still want to be dead every single day',
    'overdosed at 19 and again last week. im 24 and i dont see the point',
    'i got through month 5 but now i have the pills counted out for friday',
    'i thought the dark thoughts were temporary. its month 14 and i still wish i wasnt alive',
])
def test_past_that_is_back_or_still_here_counts(text):
    assert assess(text).is_crisis, text
