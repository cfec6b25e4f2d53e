"""Round eleven (means11, docs/moderation.md): methods read up on and supplies kept with the
ordinary reason disowned; and their quiet look-alikes (taper supplies, study, someone else's
reading). The tuner's own wording of each kind, both ways (not corpus statements)."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import quiet_for_the_rules

# Piece 1: a way of dying looked up, owned, hidden or wondered at; a supply with its reason disowned.
METHOD_READ_CRISIS = [
    "googled how to tie a noose at 4am then wiped my browser",
    "ive watched videos about how people hanged themselves all evening. i dont know why i keep doing it",
    "been looking into how people drown themselves. its not for a book",
    "i told the pharmacist it was for my holiday but the extra boxes are really for something else",
    "searching what amount of paracetamol kills you. and yes its about me",
    "been stockpiling my pregabalin and its not for the taper",
    "reading about overdoses again tonight. for personal reasons",
    "searched the quickest ways to go last night. the tabs are still open on my phone",
]
METHOD_READ_QUIET = [
    "ive been saving my tablets for the last step of the taper, not for anything else",
    "watched a documentary about people who survived jumping from bridges. so moving",
    "searched the quickest ways to get off clonazepam. not for the faint hearted",
    "keeping a few spare tablets in my bag for emergencies, not for anything sinister",
    "my sister is reading about overdoses for her nursing course",
    "looked up how to do the water titration properly, my gp had no idea",
    "been stockpiling tins for the winter, not for any reason, just habit",
]


@pytest.mark.parametrize("text", METHOD_READ_CRISIS)
def test_a_method_read_up_on_and_owned_is_high(text):
    found = assess(text)
    assert found.level == "high", (text, found.summary())
    assert "method" in found.categories, found.summary()


@pytest.mark.parametrize("text", METHOD_READ_QUIET)
def test_reading_or_a_supply_with_its_ordinary_reason_stays_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())  # the backstop's known false alarms aside


# Piece 2: self-harm told by what it leaves, by hiding it, by the blade back out, by a streak broken,
# or by hand when a symptom spikes.
WOUND_CRISIS = [
    "punched my thighs till they went purple when the akathisia got unbearable",
    "slapped myself over and over tonight to make the thoughts stop. my cheek is swollen",
    "bit the inside of my wrist till it bruised. i do it every time the zaps come",
    "my legs are a mess again. long trousers in june so my mum wont ask",
    "98 days without hurting myself and tonight i broke the streak",
    "the blade is back out. nobody at home has a clue",
    "did it again last night and this one wont stop bleeding",
    "been scratching my forearms with my nails until theyre raw, on purpose",
]
WOUND_QUIET = [
    "bit my lip so hard it bled when the dentist numbed me",
    "banging my head against a brick wall trying to get my gp to listen",
    "my legs are a mess from the mosquito bites, long trousers all week",
    "broke my 98 day meditation streak tonight, gutted",
    "slapped myself awake on the drive home, the insomnia is brutal",
    "my arms are covered in bruises from the blood tests, the nurse couldnt find a vein",
    "the razor is back out, beard season is over",
    "picking at the skin round my nails again, an old anxiety habit",
    "my arms are a mess, the eczema flared up again",
    "slapped my legs to get the blood going, pins and needles again",
    "wearing long sleeves to cover my arms from the sun, i burn so easily",
    "thinking about cutting my hair after everyone goes to bed",
]


@pytest.mark.parametrize("text", WOUND_CRISIS)
def test_self_harm_told_by_what_it_leaves_or_its_relapse_is_caught(text):
    found = assess(text)
    assert found.level != "none", text
    assert "self_harm" in found.categories, found.summary()


@pytest.mark.parametrize("text", WOUND_QUIET)
def test_ordinary_bruises_sleeves_razors_and_streaks_stay_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())  # the backstop's known false alarms aside


# Piece 3: an attempt told by the rescue, by the means held when stopped, by what gave way, or by
# a bare "i tried" / "what happened" with its time.
RESCUE_CRISIS = [
    "a lorry driver stopped and talked me down off the flyover on sunday. i still cant believe i went up there",
    "my flatmate caught me before i could swallow them. she hid the rest and sat up with me",
    "the police drove me home from the cliffs at dawn. i dont remember deciding to go",
    "kicked the stool away and the hook came out of the ceiling. that was two nights ago",
    "i tried again a couple of nights ago. nobody knows",
    "my dad stopped me on the stairs with the belt in my hand. that was saturday",
    "i did try. a neighbour heard and got in before it was too late",
    "home from the mental health unit after what happened last weekend",
]
RESCUE_QUIET = [
    "the police drove me home after my car broke down on the motorway at 2am",
    "my mum caught me before i could eat the last slice of cake lol",
    "kicked the stool over and the curtain rail came down, never doing diy again",
    "i tried a few days ago to ring the gp but the lines were jammed",
    "my gp stopped me taking the pills last week, switching to liquid",
    "a passerby talked me down from a panic attack on the bus yesterday",
    "the vet got there before it was too late, the calf is fine",
    "back from a and e after what happened on saturday with the chip pan",
    "was on the bridge on tuesday, a stranger stopped me to ask for directions",
    "my son stopped me at the door with the car keys in my hand last night, he needed a lift",
    "my dog got to me before i could finish my toast lol",
    "stood on the chair and the smoke alarm bracket came away from the ceiling last night",
]


@pytest.mark.parametrize("text", RESCUE_CRISIS)
def test_an_attempt_told_by_the_rescue_or_what_gave_way_is_high(text):
    found = assess(text)
    assert found.level == "high", (text, found.summary())
    if "cliffs" not in text and "flyover" not in text:  # high already by the place recipes (plan + method)
        assert "attempt" in found.categories, found.summary()


@pytest.mark.parametrize("text", RESCUE_QUIET)
def test_errands_food_diy_and_rescues_of_others_stay_quiet(text):
    assert quiet_for_the_rules(text), (text, assess(text).summary())  # the backstop's known false alarms aside
