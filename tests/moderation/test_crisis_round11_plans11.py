"""Round eleven (plans11, docs/moderation.md): plans said as settled with the act left unnamed (piece 1),
things given or cleared for after (piece 2), more of this life refused beside a decision (piece 3), a day set by
someone's routine absence (piece 4), and their look-alikes (a shared outing, a treat, a named occasion; a
clear-out with its reason; more of a named thing; a day named for a chore). The tuner's own wording both ways
(not corpus statements); the probe written before each fix."""

import pytest

from moderation.detector import CATEGORY_LABELS, assess
from tests.moderation.crisis_checks import quiet_for_the_rules

PLAN, PREPARATION, INTENT = CATEGORY_LABELS["plan"], CATEGORY_LABELS["preparation"], CATEGORY_LABELS["intent"]

# Piece 1: a plan said as settled (where and when known, facets listed, planned for a time when nobody is home).
CRISIS = [
    ("worked out the when and the where. just the waiting left", PLAN),
    ("i have it planned for tuesday night when nobodys home", PLAN),
    ("everything is planned. the time, the place, all of it", PLAN),
    ("picked the day and the place. thursday works best", PLAN),
    ("i know how and i know when. that is enough for me", PLAN),
    ("got it planned for when shes at her mums next week", PLAN),
    # Piece 2: things given, cleared or arranged with the writer's own absence as the reason.
    ("handed my bike and my good boots to the lad next door. i wont be needing them", PREPARATION),
    ("put my bank details in an envelope for my sister, shell need them soon", PREPARATION),
    ("found a home for the rabbits. that was the last thing on my list", PREPARATION),
    ("left the spare key and my passwords with my son. hell know what to do after", PREPARATION),
    ("sold my ps5 and gave the money to my brother, no use to me where im going", PREPARATION),
    ("wrote down who gets what and left it on my desk", PREPARATION),
    # Piece 3: more of this life refused, beside a decision.
    ("made my decision. not putting myself through another month of this", INTENT),
    ("its decided. im not doing another winter like this one", INTENT),
    ("my minds made up. cant face another week of this and i wont", INTENT),
    ("ive chosen. not going on another year like this", INTENT),
    ("i know what im going to do. im not doing another christmas like this", INTENT),
    # Piece 4: the day named as the time, beside someone else's routine absence.
    ("my wife does nights on wednesdays. wednesday it is then", PLAN),
    ("hes on earlies all next week, monday is when", PLAN),
    ("she works late thursdays. thursday then. ive decided", PLAN),
    ("everyone is at work on fridays. friday is the day", PLAN),
]
# Still missed (docs): "its all planned for saturday while my parents are at the caravan" (a window the
# concepts do not read), "i know where and when now. it wont be long"; piece 2: "spent the evening deciding who
# should have my books and records" (a sharing out alone), "cleared out my wardrobe so my mum doesnt have to do
# it later" ("later" is left to chores); piece 3: "decision made tonight. not saying this for sympathy, i just
# needed it out there", "ive decided im not doing this anymore. not another day", "its settled in my head. no
# more days like this one" (a bare "no more days like this" is also said before a holiday); piece 4: the same
# in one clause ("mum works late tuesdays so tuesday is when": the clause's subject reads as someone else's).

QUIET = [
    "got it all planned for saturday while the kids are at their grans, a proper date night with my husband",
    "i know where and when the match is, ill meet you there",
    "the wedding is all planned. the time, the place, the flowers, everything",
    "picked the day and the place for our picnic, thursday at the lake",
    "i know how and when to take my tablets now, the pharmacist explained",
    "got it planned for when hes at work, a surprise cake for his birthday",
    "the move is planned for tuesday when the house is empty",
    "i know when and where the appointment is, the letter came today",
    # piece 2
    "handed my bike to the lad next door, i wont be needing it now i drive",
    "put my bank details in an envelope for my sister, shell need them while im in hospital",
    "found a home for the kittens, that was the last thing on my list before the move",
    "spent the evening deciding who gets which room in the new house",
    "cleared out my wardrobe for the charity shop so theres room for the new stuff",
    "left the spare key with my son so he can feed the cat while im away",
    "sold my ps5 and gave the money to my brother for his driving lessons",
    "wrote down who gets what chores and stuck it on the fridge",
    # piece 3
    "made my decision. not putting myself through another month of this job, handing my notice in",
    "its decided, im not doing another winter in this flat, were moving",
    "my minds made up, cant face another week of night shifts and i wont",
    "ive decided. not doing another year of this taper, ill hold for a while",
    "decision made tonight. not saying this for sympathy, im just quitting the gym",
    "i know what im going to do. im not doing another christmas at my in laws",
    "ive decided im not doing dry january anymore. not another day",
    "ive decided. no more days like this one, im booking a holiday",
    # piece 4
    "my wife does nights on wednesdays, so wednesday is movie night for me",
    "mum works late tuesdays so tuesday is when i do the big shop",
    "everyone is at work on fridays so friday is when i deep clean",
    "hes on earlies next week so monday is when we see the mortgage advisor",
    "i work late thursdays so thursday is when i cant make group",
    "flatmate works nights all week so tonight is when i finally get the telly",
]


@pytest.mark.parametrize(("text", "category"), CRISIS)
def test_settled_plans_and_things_left_for_after_are_caught(text, category):
    assessment = assess(text)
    assert assessment.is_crisis, text
    assert category in assessment.summary(), text


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_ordinary_plans_and_clear_outs_stay_quiet(text):
    assert quiet_for_the_rules(text), text  # the backstop's known false alarms aside
