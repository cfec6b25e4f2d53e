"""Round eight's quiet talk (docs/moderation.md, kinds8d): words denied, someone else's, a past
episode told as over, idioms, a support reply; each pinned so that a guard lost in a merge shows."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import quiet_for_the_rules


@pytest.mark.parametrize(
    "text",
    [
        # negation
        "i have zero intention of ending my life, i just want this wave over",
        "theres nothing in me that wants to die, im just worn out",
        "overdosing has never been an option for me, not even at my worst",
        "suicide? no. sleep? desperately",
        # someone else's words or acts
        'flag: this member wrote "ive got the pills counted for sunday", could a mod reach out',
        'Quoting my brother: "I want to go to sleep and never wake up." How do I answer that',
        "Mum keeps saying she'd rather be dead than go into a home",
        "my dog has a death wish, chased a lorry again",
        # a past episode told as over
        "i was suicidal for most of year one. havent had a thought like that in over two years",
        "in my drinking days i overdosed twice. twelve years sober now",
        "i used to think about hanging myself every night in month four",
        "sat on the bridge railing for hours that winter. that was nine years ago, i run a support group now",
        "overdosed at 17 after a cold turkey. im 40 now and doing well",
        "my old diary is full of 'i want to die', it reads like someone else wrote it",
        # idioms and replies
        "if one more person tells me to do yoga ill kill myself 😂",
        "this paperwork is going to be the end of me, forty pages",
        "If your partner tells you they are thinking about suicide, ask them about a plan and call 988 together. "
        "We are here for you.",
        "the chapter on suicidal thoughts in withdrawal was hard reading",
    ],
)
def test_stays_quiet(text):
    assert quiet_for_the_rules(text), text  # the backstop's known false alarms aside


@pytest.mark.parametrize(
    "text",
    [
        "no part of me wants to stay, i want to kill myself tonight",
        "suicidal? yes. every night",
        "self harm has never been this bad, cut my arms three times today",
        "my brother said im overreacting but i want to kill myself",
        "i used to cope but now i think about killing myself every night",
        "tried to hang myself at 19. im 24 now and last night i tied the rope again",
        "tonight will be the end of me, the tablets are counted out",
        "ill kill myself tonight, not joking",
    ],
)
def test_counts(text):
    assert assess(text).is_crisis, text
