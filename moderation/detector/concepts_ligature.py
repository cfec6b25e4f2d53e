"""A cord, a belt or a rope fixed to something that would bear a weight, tested or left ready (round fourteen, acts14).

A method is also told by the ligature already in place ("the scarf is already tied to the loft hatch") or tried
for the weight ("tested the belt on the bannister to see if it would hold me"), with no word for what it is. A
belt hanging on the door with the coats, a dog's lead tied up while boots go on, a shelf or a hammock tested and
a washing line hung in the shed stay quiet: the ligature must be fixed to a fixture AND be ready or tried, and
an everyday use beside it (a walk, the washing, a swing) keeps it quiet.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

FIXED, FIXED_READY, TRIED, EVERYDAY = "ligature_fixed", "ligature_ready", "weight_tried", "everyday_use"

_LIGATURE = (
    r"(?:belt|rope|cord|cable|flex|scarf|tie|lead|leash|ligature|noose|tights|bedsheet|sheet|washing line"
    r"|(?:dressing gown|extension|charger|phone) (?:cord|cable|lead|belt))"
)
_FIXTURE = (
    r"(?:banister|bannister|beam|rafters?|joist|loft hatch|hatch|hook|door|door frame|doorframe|rail|railings?|pipe"
    r"|stairs|stairwell|tree|branch|light fitting|curtain pole|pole|clothes rail|wardrobe rail)"
)
_ONTO = r"(?:to|from|on|over|round|around|onto) (?:the|my|a) (?:\w+ )?(?:back of the )?"

# a thing of everyday use or someone else's named in the ligature's place ("the hammock rope", "my sons belt")
_NOT_EVERYDAY = r"(?!(?:hammock|swing|tent|boat|climbing|christmas|fairy|washing|sons|daughters|husbands|wifes|partners|kids|boys|girls) )"
_OWN = r"(?:the|my|a) " + _NOT_EVERYDAY + r"(?:\w+ )?" + _LIGATURE

LIGATURE_VOCAB: dict[str, str] = {
    FIXED: r"(?:"
    + _OWN
    + r" (?:is |was |s )?(?:now |still )?(?:tied|hanging|hung|knotted|fixed|looped|fastened|tested)"
    r"|(?:tied|hung|knotted|fixed|looped|fastened|tested|hooked) " + _OWN + r") (?:up )?" + _ONTO + _FIXTURE,
    # left ready: "the scarf is already tied to the loft hatch", "the rope is in place over the beam"
    FIXED_READY: r"(?:"
    + _OWN
    + r" (?:is |was |s )?already (?:tied|hanging|hung|knotted|fixed|looped|fastened) (?:up )?"
    + _ONTO
    + _FIXTURE
    + r"|"
    + _OWN
    + r" (?:is |s )?in place "
    + _ONTO
    + _FIXTURE
    + r")(?= *(?:$|[.,]| now| tonight| and| ready| in (?:the|my) \w+(?= *(?:$|[.,]))))",
    # the weight tried: "to see if it would hold", "to check it takes my weight"
    TRIED: r"(?:see|check|test|make sure|find out) (?:if |whether |that )?(?:it|they|the \w+) (?:would |will |could |can |d |ll )?(?:hold|take|bear|support)(?: (?:my weight|me|my \w+ weight))?(?= *(?:$|[.,]))",
    EVERYDAY: r"walks?|walkies|coats?|jackets?|washing|laundry|to dry|drying|hammock|swing|tent|christmas|decorations|fairy lights|curtains?|climbing|gym|boots|shoes|shelf|pictures?|plants?",
}

# The recipe that reads them (combine.Recipe's fields), added to concepts_now.NOW_RECIPES.
LIGATURE_RECIPES: tuple[dict, ...] = (
    dict(
        name="ligature-ready",
        categories=("method", "preparation"),
        anchor=FIXED,
        needs=((TRIED,),),
        self_needed=False,
        unless=(EVERYDAY, "away"),
    ),
    dict(
        name="ligature-left-ready",
        categories=("method", "preparation"),
        anchor=FIXED_READY,
        needs=(),
        self_needed=False,
        unless=(EVERYDAY, "away"),
    ),
)
