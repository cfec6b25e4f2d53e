"""Round nine (kinds9b, docs/moderation.md): intent and plans written without a method word or the
word suicide. The act is "it", "done" or "that's it"; the frame carries the meaning: a decision that
refuses to be argued with, an end waited for for someone's sake, second-language intent. The tuner's
own wording both ways (not corpus statements)."""

import pytest

from moderation.detector import CATEGORY_LABELS, HIGH, assess

INTENT = CATEGORY_LABELS["intent"]


@pytest.mark.parametrize(
    "text",
    [
        "doesnt matter what my family thinks, no one can talk me round. im going through with it",
        "i will go through with it no matter what. no point pretending otherwise",
        "im going to do it anyway. doesnt matter anymore",
        "im going to do something i cant take back and this time im not going to stop myself",
        "i go to kill me, i am sorry",
        "I will finish myself this week, nobody can stop",
        "dont care what anyone says, im ending it",
        "if day 90 feels like this im done, ive promised myself",
        "easter then done. ill get through the family lunch for my dad and then thats it.",
    ],
)
def test_intent_said_without_a_method_is_high_intent(text):
    assessment = assess(text)
    assert assessment.level == HIGH, text
    assert INTENT in assessment.summary(), text


@pytest.mark.parametrize(
    "text",
    [
        "doesnt matter what my family thinks, im going through with the divorce",
        "im going to do something stupid tonight and eat a whole pizza",
        "exams end on friday then done. cant wait",
        "my mum said she would kill me if i missed her birthday",
        "i am going to finish myself a bottle of wine tonight haha",
        "sometimes my head says you cant do this. i know that voice is the withdrawal. im doing it anyway",
        "two more shifts this week and then thats it, holiday time",
        "if the tribunal says no again on thursday then thats it, im appealing",
        "nobody will notice til morning that i ate all the biscuits",
        "the flat is empty from friday so thats my window to repaint",
        "i promised myself id get to zero by christmas and i will",
    ],
)
def test_the_same_words_about_something_else_stay_quiet(text):
    assert not assess(text).is_crisis, text
