"""Round eleven (means11, docs/moderation.md): methods read up on and supplies kept with the
ordinary reason disowned; and their quiet look-alikes (taper supplies, study, someone else's
reading). The tuner's own wording of each kind, both ways (not corpus statements)."""

import pytest

from moderation.detector import assess

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
    assert assess(text).level == "none", (text, assess(text).summary())
