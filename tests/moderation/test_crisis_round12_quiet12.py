"""Round twelve (quiet12): false alarms on sets AB and AC, fixed by kind with general guards
(docs/moderation.md, "Round twelve"). Each probe is the tuner's own wording, pinned both ways."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import quiet_for_the_rules


# Piece 1: a past episode dated or told over in words the guards did not know, and the writer's own
# past verb governing the words; the past that is back, still here or tonight counts.
@pytest.mark.parametrize("text", [
    "ages ago i hoarded my diazepam in a sock drawer. gave it all back to the chemist and never looked back",
    "when i was 23 i took an overdose after a breakup. im 51 now with grandkids",
    "this time last year i was writing goodbye letters to my boys. today i took the dog to the beach",
    "a long time ago i cut my legs most nights, its part of my story now",
    "a few years back i overdosed on my clonazepam. alive and well now, and my daughter visits every sunday",
    "last year i was cutting every night. now im 8 months clean and working again",
    "in my first year off i planned to jump from the quarry. these days im in a really good place",
    "when i first joined i was asking how much zopiclone would be fatal. thankful for everyone who talked me down",
    "my teens were rough, i was googling ways to hang myself. im doing so much better now",
])
def test_past_told_over_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


def test_a_wish_a_past_verb_governs_is_over_for_the_rules():
    assert quiet_for_the_rules(
        "i spent most of my twenties wishing i could just not exist. now i love my life and my garden"
    )


@pytest.mark.parametrize("text, level", [
    ("ages ago i stopped cutting but i did it again last night, deeper than before", "medium"),
    ("when i was 19 i tried to hang myself and tonight i feel exactly like that again", "high"),
    ("this time last year i was fine. now ive got the pills lined up for friday", "high"),
    ("not a long time ago i took every pill in the house, it was three days ago", "high"),
    ("im not in a good place. ive got the pills counted out for tonight", "high"),
    ("i used to be in a good place. last night i burned my arm again", "medium"),
    ("last year i was fine. now im cutting again every night", "medium"),
    ("still kicking, barely. ive written my note and picked saturday", "high"),
    ("i was asking how many pills it would take and i still want to know tonight", "high"),
    ("i spent all night wishing i wouldnt wake up", "medium"),
])
def test_past_that_is_back_or_now_counts(text, level):
    assert assess(text).level == level, (text, assess(text).summary())


# Piece 2: a topic named by a warning, a survey, a questionnaire or guidance, or a hazard named as "the risk
# of"; "at risk of", "a risk of me" and a topic the writer then owns count.
@pytest.mark.parametrize("text", [
    "our group is running a poll, one question asks about self harm during the taper, totally anonymous",
    "the paper found a raised risk of suicide attempts in the first month after a fast cut",
    "the regulator put out a warning on benzos and the risk of overdose when mixed with opioids",
    "saw the leaflet, it says theres an increased risk of suicidal thoughts when you stop suddenly",
])
def test_a_topic_named_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize("text, level", [
    ("the survey asked about suicidal thoughts and honestly i have them every day", "medium"),
    ("theres a real risk of me overdosing tonight, ive got them all out", "high"),
    ("the leaflet warns about overdose. ive counted out 40 of them for tonight", "high"),
])
def test_a_topic_the_writer_owns_counts(text, level):
    assert assess(text).level == level, (text, assess(text).summary())


# Piece 3: a question about getting rid of leftover tablets beside where they are kept is disposal.
@pytest.mark.parametrize("text", [
    "how do you guys get rid of old pills? theres a bottle hidden at the back of my wardrobe",
    "how do i get rid of leftover pills safely. found half a bottle hidden in the bathroom cupboard",
])
def test_a_disposal_question_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize("text", [
    "ive got a bottle hidden at the back of my wardrobe and im not getting rid of it, its for saturday",
    "how do you get rid of the guilt. ive got the pills saved in a tin under the sink for when im ready",
])
def test_means_kept_beside_no_disposal_counts(text):
    assert assess(text).level == "high", (text, assess(text).summary())
