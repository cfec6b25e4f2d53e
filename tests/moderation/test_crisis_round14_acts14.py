"""Round fourteen (acts14, docs/moderation.md): plans, preparations, methods and attempts said in few words or by
carers, and the look-alikes from taper talk. The tuner's own wording both ways (not corpus statements); each probe
written and run before its fix. Crisis probes are caught by the RULES (not only the weighted words), with their
category; quiet ones raise nothing from the rules (the backstop is not this work)."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import caught_by_rules, quiet_for_the_rules


# Piece 1: tablets counted to check the supply or keep it apart, and doses all taken at the right times.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("counted my tablets again tonight. 64 of them. thats enough", "method"),
        ("counted my pills twice, i have 40 saved now. enough to not wake up", "method"),
        ("took them all at once an hour ago, feeling strange", "attempt"),
        ("took them all at the same time last night because i didnt want to wake up", "attempt"),
    ],
)
def test_a_supply_counted_as_enough_or_all_taken_at_once_still_counts(text, category):
    caught_by_rules(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "counted the new box at the kitchen table and came up four tablets short, somebody must have miscounted",
        "counting our pills into separate pots so my wifes and mine dont get mixed up",
        "counted out the fortnights pills, one short again, so annoying",
        "took them all at the right times today, the tracker helps",
        "took them all at the usual times yesterday and still felt rough",
    ],
)
def test_a_count_checked_or_doses_taken_on_time_stay_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 2: things or a pet given away under a story the writer makes small (concepts_pretext.py).
@pytest.mark.parametrize(
    "text",
    [
        "handed my record collection to my nephew, he thinks im just having a clear out",
        "gave my good camera to my cousin yesterday, she thinks im just being generous",
        "gave my watch to my grandson and told him it was only a loan",
        "handed my rabbits over to my friend on sunday and told her it was only for a couple of weeks",
        "passed my fishing gear on to my nephew last week, he thinks im just having a sort out",
    ],
)
def test_things_given_away_under_a_story_made_small_are_a_preparation(text):
    assert caught_by_rules(text, "preparation").level == "high"


@pytest.mark.parametrize(
    "text",
    [
        "gave the spaniel to my sister for the fortnight while we're in spain, told her it was only temporary",
        "gave the cat to my mum while im in hospital for the op, told her its only for a few weeks",
        "lent my bike to my brother and told him it was only for a few weeks",
        "mum thinks im just decluttering, but really im moving house next month",
        "my dad gave my son his old watch, told him it was only a loan till hes 18",
        "handed the kids to my mum for the afternoon, she thinks im just tired",
    ],
)
def test_a_pet_minded_a_thing_lent_or_someone_elses_gift_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 3: a ligature fixed to something that would bear a weight, left ready or tried (concepts_ligature.py).
@pytest.mark.parametrize(
    "text",
    [
        "the scarf is already tied to the loft hatch",
        "tested the belt on the bannister to see if it would hold me",
        "the rope is already hanging from the hook in the shed",
        "tied the dogs lead round the banister last night to find out if it would take my weight",
        "my dressing gown cord is in place over the beam now",
    ],
)
def test_a_ligature_fixed_and_left_ready_or_tried_is_a_method(text):
    assert caught_by_rules(text, "method").level == "high"


@pytest.mark.parametrize(
    "text",
    [
        "my belts are hanging on the hook in the hall with the coats",
        "tied the dog lead to the bannister while i put my boots on",
        "tested the new shelf to see if it would hold the books",
        "tied the hammock rope to the tree to see if it would hold",
        "the dog lead is already hanging on the hook by the door for our walk",
        "my sons belt is already hanging on the door, hes so organised",
        "the washing line is already tied to the tree, just need pegs",
    ],
)
def test_a_belt_a_lead_or_a_line_in_everyday_use_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 4: someone else's tablets kept from them for their safety (concepts_safekeeping.py).
@pytest.mark.parametrize(
    "text",
    [
        "hid my dads tablets in my room so i can take them all on friday",
        "ive been hiding my mums pills for myself, i have 50 now and i know what theyre for",
        "took my dads tablets and hid them so nobody would stop me",
        "kept back my tablets so my wife wouldnt be tempted, theyre all mine now and i have enough",
    ],
)
def test_tablets_hidden_for_the_writers_own_use_are_still_a_means_kept(text):
    caught_by_rules(text, "method")


@pytest.mark.parametrize(
    "text",
    [
        "hiding my wifes tablets in the shed so she cant take too many on a bad night",
        "had to put her meds in the safe again today so she couldnt take extra",
        "hid my dads tablets in the spare room so he cant take extra when hes confused",
        "the carer and i keep grandads painkillers locked in a tin so he cant take too many",
        "im keeping my sons meds in my handbag so he doesnt take more than his dose",
    ],
)
def test_someone_elses_tablets_kept_from_them_for_their_safety_stay_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())


# Piece 5: letters timed for after, or written one to each of the writer's children (concepts_letters.py).
@pytest.mark.parametrize(
    "text",
    [
        "sent the cards this morning, timed to land after",
        "the letters are in the post, theyll reach them after. its easier that way",
        "the envelopes are on the side, to be opened afterwards",
        "wrote my goodbyes, a letter for each of my kids",
        "wrote the letters this afternoon, one to each of my children",
    ],
)
def test_letters_timed_for_after_or_one_to_each_child_are_a_preparation(text):
    assert caught_by_rules(text, "preparation").level == "high"


@pytest.mark.parametrize(
    "text",
    [
        "posted the birthday cards today, they should arrive after the weekend",
        "sent the forms off to the council, they should arrive after",
        "bought a present for each of the kids. one for each of them",
        "wrote thank you cards after the party, one for each of the helpers",
        "wrote christmas cards, one for each of my grandchildren",
        "the letters my sister sent should arrive after",
        "the work emails are scheduled, theyll arrive after",
    ],
)
def test_cards_for_an_occasion_forms_and_someone_elses_letters_stay_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())
