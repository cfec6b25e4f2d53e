"""Round thirteen (mind13, docs/moderation.md): wishes to be dead and self-harm said in ways the rules did not read,
and the look-alikes that share their words. The tuner's own probes of each kind, both ways (not corpus statements);
each crisis probe is caught by the rules (not only the weighted words), with its category; each look-alike is left
quiet by the rules (the weighted words, retrained by the lead, may still weigh it)."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import caught_by_rules, quiet_for_the_rules


# Piece 1: a death from outside welcomed: an illness not recovered from, being knocked down on the way, a clear result
# when the writer wanted the thing that takes them, a near miss on the road, "id welcome it if i just never woke up".
@pytest.mark.parametrize(
    "text",
    [
        "if i caught something nasty this winter and never recovered, honestly that would be fine by me",
        "some mornings i hope i get knocked down on the way to the bus stop so i dont have to do the day",
        "was gutted the biopsy came back clean, i wanted it to be the thing that finally takes me",
        "a van nearly clipped me on the crossing and all i thought was, shame it missed",
        "im not planning anything but id honestly welcome it if i just never woke up",
        "if i got properly ill and didnt pull through it would be a relief tbh",
        "every time a lorry comes too close on the bypass part of me thinks, yes",
    ],
)
def test_a_death_from_outside_welcomed_is_a_wish_to_be_dead(text):
    found = caught_by_rules(text, "passive")
    assert found.level == "medium", found.summary()  # a wish, not a plan


@pytest.mark.parametrize(
    "text",
    [
        "if i caught something nasty this winter id be stuck in bed for weeks, my immune system is shot",
        "i hope i dont get knocked down on the way to the bus stop, the dizziness is scary",
        "the biopsy came back clean and i wanted it to be nothing, so what a relief",
        "a van nearly clipped me on the crossing, shook me up for the rest of the day",
        "id welcome it if i just slept through one night without waking",
        "if i got properly ill id honestly go back to my gp straight away",
        "the striker hit the post, shame it missed, we lost 2-1",
        "a lorry came too close on the bypass and i thought, good grief, slow down",
    ],
)
def test_an_illness_feared_a_fright_on_the_road_or_a_match_stays_quiet(text):
    assert quiet_for_the_rules(text), assess(text).summary()


# Piece 2: others' lives without the writer: "if i just wasnt in it", grieving the writer once, sooner, as kinder.
@pytest.mark.parametrize(
    "text",
    [
        "my wife would have a normal life if i just wasnt in it",
        "my boys would have a happier life if i wasnt in their lives anymore",
        "it would be kinder for my family to grieve me once than to keep watching me fall apart",
        "easier on them to bury me now than carry me for another ten years",
    ],
)
def test_others_lives_without_the_writer_is_a_wish_to_be_dead(text):
    found = caught_by_rules(text, "passive")
    assert found.level == "medium", found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "my kids would have a calmer life if i wasnt in bed all day with this taper",
        "my wife would have a normal life if i wasnt so ill all the time",
        "if i wasnt in it for my kids id have given up on this taper",
        "it was hard for my family to grieve my dad while i was in acute",
        "easier on them to visit me at weekends than during the week",
        "easier for my team to lose me for a fortnight than to have me half there",
    ],
)
def test_a_life_made_hard_by_the_illness_or_a_grief_for_someone_else_stays_quiet(text):
    assert quiet_for_the_rules(text), assess(text).summary()


# Piece 3: waking resented ("why did i even have to wake up"), a future refused ("the future . i dont really want
# one"), sleep welcomed with never having to face any of it again.
@pytest.mark.parametrize(
    "text",
    [
        "every morning my first thought is why did i even have to wake up",
        "why do i keep having to wake up at all",
        "my mum keeps asking about the future. i dont really want one anymore",
        "id be so glad to fall asleep tonight and never have to face any of this again",
        "honestly id be ready to close my eyes and never have to go through another day of this again",
    ],
)
def test_waking_resented_or_a_future_refused_is_a_wish_to_be_dead(text):
    found = caught_by_rules(text, "passive")
    assert found.level == "medium", found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "why did i have to wake up at 4am again, the insomnia is brutal",
        "why did i wake up with a headache again",
        "my partner asked about the future, kids and a wedding. i dont really want to have one",
        "i dont want a future with him, so im moving out once im stable",
        "id be so glad to fall asleep tonight and not wake till the alarm",
        "id be happy to go to sleep and never have to hear that alarm again",
        "id be happy to go to bed and not do anything tomorrow",
    ],
)
def test_early_waking_a_child_not_wanted_or_a_lie_in_stays_quiet(text):
    assert quiet_for_the_rules(text), assess(text).summary()


# Piece 4: self-harm told by where on the body it is done, a hot thing pressed on to feel something, a wrist scratched
# at till it drew blood, dressings explained away, time clean said gone, a coping skill that failed then the blade, an
# urge "held off" (not a taper hold) before a cut timed for the night.
@pytest.mark.parametrize(
    "text",
    [
        "back to cutting, on my stomach this time where no one looks. dose is 6mg if it matters",
        "holding at 2mg. been burning my forearm with a heated teaspoon to feel something",
        "im pressing the hot teaspoon to my wrist again tonight",
        "scratching at my wrist with a paperclip till it drew blood, again",
        "my partner saw the dressings on my thigh. i said it was the dog. it wasnt",
        "weeks free of self harm, over. did it last night with the compass",
        "nine weeks free from self harm, back to square one",
        "snapping the hair band did nothing tonight so i went for the razor instead",
        "been holding it off all week but im going to cut tonight once the house is quiet",
    ],
)
def test_self_harm_told_by_where_how_or_what_failed_is_self_harm(text):
    found = caught_by_rules(text, "self_harm")
    assert found.level == "medium", found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "back to cutting, 5 percent this time, on the advice of my prescriber",
        "holding an ice cube on my wrist to feel real, a grounding trick from my therapist. it helps",
        "scratching at my wrists all night, the withdrawal itch is unbearable",
        "my son saw the plasters on my arm after my blood test, i told him it was a bee sting",
        "six months free of self harm and still going, so proud",
        "3 years free of self harm and back to day 1 of my taper",
        "the ice packs didnt work so i used the heat pad on my back",
        "the ice didnt help the swelling so i used the frozen peas instead",
        "holding it off as long as i can before the next cut, 10 percent felt too fast",
    ],
)
def test_a_taper_cut_a_grounding_trick_an_itch_or_a_blood_test_stays_quiet(text):
    assert quiet_for_the_rules(text), assess(text).summary()


# Piece 5: a day or an event "got through" on a dose is taper talk, not a past episode told as over.
@pytest.mark.parametrize(
    "text",
    [
        "the wedding was saturday, got through it on 10mg. i spent the speeches wishing i was dead",
        "got through the party on my evening dose. i was wishing i could just disappear forever",
        "my sons graduation was today and i got through the day on 5mg. kept thinking id rather be dead than keep going"
        " like this",
    ],
)
def test_a_wish_beside_an_event_got_through_on_a_dose_is_a_wish_to_be_dead(text):
    caught_by_rules(text, "passive")


@pytest.mark.parametrize(
    "text",
    [
        "got through the worst of it on 10mg. back then i wanted to die, now im doing well",
        "i got through it on 20mg back in 2019 when i wanted to die every day. its over now",
        "got through acute on 30mg years ago. i was wishing i was dead most days, but thats long gone",
    ],
)
def test_the_worst_of_it_got_through_long_ago_stays_quiet(text):
    assert quiet_for_the_rules(text), assess(text).summary()
