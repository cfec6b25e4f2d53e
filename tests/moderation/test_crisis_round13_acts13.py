"""Round thirteen (acts13, docs/moderation.md): methods, plans, intent, preparations and attempts said in ways the
rules did not read, with their look-alikes from taper talk. The tuner's own wording both ways (not corpus
statements); each probe written and run before its fix. Crisis probes are caught by the RULES (not only the
weighted words), with their category; quiet ones raise nothing from the rules (the backstop is not this work)."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import caught_by_rules, quiet_for_the_rules


# Piece 1: an attempt told by the act begun on a recent day and what the writer did next (took it off, put them
# back, stopped, threw up), by part of a supply swallowed, or by wrists cut "and i meant it".
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("on friday night i had the belt round my neck and took it off at the last minute", "attempt"),
        (
            "two nights ago i held the whole strip of tablets in my hand. then put them back. i am still trembling",
            "attempt",
        ),
        ("i swallowed most of the packet on tuesday, then threw up and rang 999 myself", "attempt"),
        ("i slashed my wrist on monday, it wasnt self harm, i meant it. eight stitches", "attempt"),
        ("last night i pressed the knife to my wrist meaning to finish it and then i stopped", "attempt"),
        ("saturday i had the scarf tied round my throat and stopped myself just before", "attempt"),
        ("i went out into the traffic on purpose this morning. a van swerved round me", "attempt"),
    ],
)
def test_an_attempt_begun_and_stopped_by_the_writer_is_an_attempt(text, category):
    assert caught_by_rules(text, category).level == "high"


@pytest.mark.parametrize(
    "text",
    [
        "had my evening tablets in my hand last night and realised id already taken them, so i put them back",
        "had the tablets in my hand this morning and put them back, cant face the cut yet. still shaking from the last",
        "i stepped out into the road without looking on thursday, the car stopped in time, so shaken",
        "i cut my finger on sunday night chopping onions and needed stitches",
        "called 111 on wednesday because the withdrawal palpitations scared me",
        "swallowed half the bottle of cough syrup on tuesday for this cold, then threw up",
        "on friday i had the belt round my waist and took it off at the last minute, too tight",
        "my son stepped out into the road on purpose yesterday to scare me, im still shaking",
        "i slit my wrist open on broken glass on sunday, stitches, not self harm, i meant it when i said im clumsy",
    ],
)
def test_a_dose_put_back_an_accident_or_a_remedy_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 2: a means no taper doses (a rope, a gun, a belt, helium), kept somewhere and thought about, in a post that
# opens with a taper step: the step in another sentence no longer weakens it.
@pytest.mark.parametrize(
    "text",
    [
        "down to 1.5mg this week. my dads rifle is in the loft and i cant stop thinking about it",
        "holding at 10mg. theres a length of rope in the shed and i keep thinking about it",
        "cut again yesterday, 5 percent. i keep thinking about the helium canister in the garage",
    ],
)
def test_a_means_kept_and_thought_about_after_a_taper_step_is_a_method(text):
    assert caught_by_rules(text, "method").level == "high"


@pytest.mark.parametrize(
    "text",
    [
        "holding at 10mg. bought a rope for the washing line today and it keeps snapping",
        "holding this week. thinking about getting a new belt, the old one is too big now",
        "cut to 2mg. my husband keeps his shotgun locked in the gun cabinet, thinking about asking him to sell it",
        "down to 3mg. cant stop thinking about the rope course at the kids party, so much fun",
        "holding steady. the dog chewed through his cord again and i keep thinking about buying a chain lead",
    ],
)
def test_a_means_bought_named_in_passing_or_someone_elses_plan_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 3: a plan told as a walk out to the coast's high edges (headland, clifftop, harbour wall) on a day, with no
# coming back; a walk there with the dog, a picnic, a sunrise and "not coming back till dark" stay quiet.
@pytest.mark.parametrize(
    "text",
    [
        "saturday at dawn im going out to the headland. im not coming back",
        "sunday ill walk out along the harbour wall and not come back. nobody will know till monday",
        "ive been planning it. bus to the coast on friday, up to the clifftop, and not come home",
    ],
)
def test_a_coast_edge_with_a_day_and_no_return_is_a_plan(text):
    assert caught_by_rules(text, "plan").level == "high"


@pytest.mark.parametrize(
    "text",
    [
        "walking out to the headland on saturday with the dog, not coming back till dark",
        "we drove up to the clifftop on sunday for a picnic, the wind was wild",
        "up onto the headland tomorrow for the sunrise, then home for a nap. day 40 of the hold",
        "the sea wall walk on friday was lovely, first outing since the cut",
    ],
)
def test_a_walk_a_picnic_or_a_sunrise_at_the_coast_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 4: the last messages sent ("sent my last texts", "finished the last letters") beside the writer nearly ready,
# with nothing they are ready for; the last emails to clients before a leave, a detox and a rota stay quiet.
@pytest.mark.parametrize(
    "text",
    [
        "cleared my browser history and sent my last messages tonight. almost ready",
        "shredded my old diaries and finished the last letters today. im nearly ready",
        "gave the cat to my sister and sent my last texts. nearly ready now",
    ],
)
def test_the_last_messages_sent_and_nearly_ready_is_a_preparation(text):
    assert caught_by_rules(text, "preparation").level == "high"


@pytest.mark.parametrize(
    "text",
    [
        "sent the last emails to clients today before my leave. nearly ready for the holiday",
        "deleted my photos off facebook for a detox and wrote the last emails for work",
        "finished my last messages to the taper group admins about the rota, nearly ready for the handover",
    ],
)
def test_last_messages_for_work_a_leave_or_a_rota_stay_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())
