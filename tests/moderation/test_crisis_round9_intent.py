"""Round nine (kinds9b, docs/moderation.md): intent and plans written without a method word or the
word suicide. The act is "it", "done" or "that's it"; the frame carries the meaning: a decision that
refuses to be argued with, an end waited for for someone's sake, second-language intent, a journey
with no return, a window when someone else is away. The tuner's own wording both ways (not corpus
statements)."""

import pytest

from moderation.detector import CATEGORY_LABELS, HIGH, assess
from tests.moderation.crisis_checks import quiet_for_the_rules

INTENT, PLAN = CATEGORY_LABELS["intent"], CATEGORY_LABELS["plan"]

CRISIS = [
    # piece 1: the frame around a bare act
    ("doesnt matter what my family thinks, no one can talk me round. im going through with it", INTENT),
    ("i will go through with it no matter what. no point pretending otherwise", INTENT),
    ("im going to do it anyway. doesnt matter anymore", INTENT),
    ("im going to do something i cant take back and this time im not going to stop myself", INTENT),
    ("i go to kill me, i am sorry", INTENT),
    ("I will finish myself this week, nobody can stop", INTENT),
    ("dont care what anyone says, im ending it", INTENT),
    ("if day 90 feels like this im done, ive promised myself", INTENT),
    ("easter then done. ill get through the family lunch for my dad and then thats it.", INTENT),
    # piece 2: journeys, the place itself, windows, deadlines passed
    ("heading out to the moors saturday and i wont be coming home", PLAN),
    ("gonna walk into the hills tmrw and not come back down", PLAN),
    ("thursday. while shes at work. thats my chance", PLAN),
    ("two more weeks of this and im heading to the viaduct.", INTENT),
    ("after tonights shift. going up to the roof", INTENT),
    ("i said id give it until spring and its spring. im going through with it", INTENT),
    ("when the house is empty on saturday ill finally be free", PLAN),
    # piece 3: a plan said and listed
    ("its all planned out. tuesday, the spare room, all my tablets", PLAN),
    ("ive got it all planned. sunday night, the garage, the car running", PLAN),
    ("only writing this so someone knows where. the woods by the golf course, saturday", PLAN),
    ("itll be in the garage. wednesday. when hes on his night shift", PLAN),
    ("new years day. nobody will realise im gone until the afternoon", PLAN),
    (
        "if the consultant tomorrow says six more months im going to the bridge straight after the appointment",
        INTENT,
    ),
    # piece 4: the end after the last farewell, a denied taper date, the last week anywhere
    ("been rehoming the fish one tank at a time. one left. then im free to go", CATEGORY_LABELS["preparation"]),
    ("ive picked a date for the end. and no its not a taper date", PLAN),
    ("decided. last week on here and last week anywhere", INTENT),
    # piece 5: "i mean that", someone else's day waited for
    ("if she goes through with the divorce im not going to be around for it. i mean that", INTENT),
    ("only need to get through my brothers wedding. after that im free to go", PLAN),
    # piece 6: "it" pinned to life, not to a thing
    ("im doing it tonight. my life i mean", INTENT),
    ("im ending it on friday. the pain i mean, forever", INTENT),
]

QUIET = [
    # piece 1
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
    # piece 2
    "heading out to the moors saturday and wont be coming home till sunday night",
    "thursday while shes at work, thats when i do the big shop",
    "tonight after everyones asleep, finally some quiet to read my book",
    "two more weeks of this and im going to the doctor about it",
    "im going to the bridge on saturday to take photos of the sunset",
    "going up to the roof garden after my shift",
    "ive picked the spot by the reservoir for our picnic on saturday morning before anyones up",
    "the date is circled on my calendar, my last cut is on the 14th",
    "my brother said hes going to drive to the coast and not come back, hes moving to cornwall",
    # piece 3
    "the plan. tomorrow, the rope swing at the river with the kids",
    "itll be in the hall. saturday, when everyones out. a surprise party for mum",
    "i have it all planned out. friday night, the pills organiser filled, an early night",
    "the plan. wait till shes asleep, then wrap her presents. tonight",
    "its all planned out. tuesday, a hotel room, a spa day. room is booked",
    "only writing this so someone knows where the spare key is. under the mat, back on sunday",
    # piece 4
    "ive set a date for the end of the taper, its not a rush though",
    "rehoming the kittens one by one. two left. then im free to go on holiday",
    "last week anywhere near a screen, doctor says rest my eyes",
    "said goodbye to the neighbours and handed in the keys. then im free to go, new flat on monday",
    # piece 5
    "only need to get through my brothers wedding. after that im free to go on holiday",
    "if it rains im not going to be around for the bbq, i mean it, im staying in",
    # piece 6
    "the plan. friday, the top floor of the museum, then lunch",
    "itll be at the garage. thursday. when hes at work i can drop the car",
    "christmas then done with the in laws. ill get through it for mum and then thats it.",
    "ive timed it for when the kids are at school, a long bath on tuesday",
    "im going through with it, the house sale i mean. completion on friday",
    "doing it on monday, the op i mean. nervous",
]


@pytest.mark.parametrize(("text", "category"), CRISIS)
def test_intent_and_plans_said_without_a_method_are_high(text, category):
    assessment = assess(text)
    assert assessment.level == HIGH, text
    assert category in assessment.summary(), text


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_about_something_else_stay_quiet(text):
    assert quiet_for_the_rules(text), text  # the backstop's known false alarms aside
