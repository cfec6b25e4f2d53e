"""Round ten (kinds10b, docs/moderation.md): intent, plans and timing, preparations, and look-alikes
where a plan, a date, a farewell or giving things away is ordinary life. The tuner's own wording both
ways (not corpus statements)."""

import pytest

from moderation.detector import CATEGORY_LABELS, HIGH, assess
from tests.moderation.crisis_checks import quiet_for_the_rules

INTENT, PLAN, PREPARATION = CATEGORY_LABELS["intent"], CATEGORY_LABELS["plan"], CATEGORY_LABELS["preparation"]

CRISIS = [
    # piece 1: a plan timed around the others in the house, being found, nobody to stop it
    ("friday after my husband goes to bed. everything is ready", PLAN),
    ("tonight once my flatmate leaves for work im swallowing the lot", PLAN),
    ("picked a hostel for thursday so nobody i care about is the one who finds me", PREPARATION),
    ("so my daughter isnt the first one who finds me, im going away on monday", PREPARATION),
    ("its sunday. nobody will be around to stop me", PLAN),
    # piece 2: timed or made to spare others the trouble
    ("ill do it after the quarter closes so i dont leave my boss in the lurch", PLAN),
    ("its all planned. after the car is sold so my wife isnt stuck with the payments", PLAN),
    ("gave the dog to my aunt and paid off the overdraft so my family isnt left with anything", PREPARATION),
    # piece 3: affairs in order with an end told still count
    ("everything is in order now. the letters are in the drawer for my sons", PREPARATION),
]

QUIET = [
    # piece 1
    "friday after my husband goes to bed im baking his birthday cake. everything is ready",
    "tonight once my flatmate leaves for work im eating the lot of the leftovers",
    "my dog is the one who finds me when i hide during thunder",
    "nobody is around to stop me buying more plants this weekend",
    "tomorrow once the kids are in bed ill finally start my book, got everything i need on the nightstand",
    # piece 2
    "ill do the accounts after the quarter closes so i dont leave my boss in the lurch",
    "cleaned the whole house before we hand the keys back so the landlord isnt stuck with a mess",
    "the shed needs clearing, my brother will do it on saturday so my wife isnt stuck with it",
    # piece 3: the reason told
    "everything is sorted for the new job, bag packed and alarm set",
    "gave my cot and pram to my sister and paid off the card now the baby is here",
    "drew up my will before the wedding so my fiance isnt left with a mess if anything happens",
]


@pytest.mark.parametrize(("text", "category"), CRISIS)
def test_plans_and_preparations_are_high(text, category):
    assessment = assess(text)
    assert assessment.level == HIGH, text
    assert category in assessment.summary(), text


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_ordinary_life_stay_quiet(text):
    assert quiet_for_the_rules(text), text  # the backstop's known false alarms aside
