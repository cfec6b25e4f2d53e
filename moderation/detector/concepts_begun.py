"""Attempts told by the act begun on a day and what the writer did next (round thirteen, acts13).

Rounds ten and eleven (concepts_stopped.py, concepts_rescue.py) read attempts stopped by someone else.
Members also tell them by what they did themselves right after ("put them back", "took it off at the
last minute", "threw up and rang 999 myself"), by what is left of them ("still trembling"), or by a
part of the tablets swallowed ("most of the packet"). The combination layer (combine.py, through
concepts_now.py) reads:

- "did" (extra): part of a supply swallowed ("about half the bottle", "most of the packet"; half a
  bottle of cough syrup or "for this cold" is a remedy); the act begun "meaning to go through with
  it" or "to finish it"; stepping out into traffic "on purpose" (not "without looking");
- "aftermath" (extra): made oneself sick or threw up (then rang 999 or 111);
- "tied_up" (extra): the car started or left running in the shut garage, read with concepts_stopped's
  INTERRUPTED ("the neighbour knocked");
- HELD_BACK: tablets held ready, then put back by the writer, beside a recent time and what it left
  ("still shaking", "trembling"): evening tablets in the hand put back because they were already
  taken leave nothing behind and stay quiet; HELD_ON: a ligature round the neck or a blade to the
  wrist, then taken off or stopped, or held "meaning to go through with it", on a recent day;
- WRIST_ACT with MEANT_IT: the wrists cut or opened "and i meant it", not as self-harm, beside a
  recent time or its aftermath (a finger cut chopping onions is neither).
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

HELD_BACK, HELD_ON, PUT_BACK, LEFT_SHAKEN = "held_back", "held_on", "put_back", "left_shaken"
WRIST_ACT, MEANT_IT = "wrist_act", "meant_it"

_REMEDY = r"(?:cough|syrup|linctus|medicine|mixture|gaviscon|calpol|water|juice|squash|cola|wine|beer|sweets|vitamins)"

BEGUN_VOCAB: dict[str, str] = {
    # Tablets held ready ("held the whole strip of tablets in my hand"; not "in my hand sorting the week").
    HELD_BACK: r"(?:had|held|was holding) (?:the|my|a|all my|all the) (?:\w+ ){0,2}?(?:pills|tablets|meds|strip|packet)(?: of (?:\w+ )?(?:pills|tablets))?"
    r" in my hands?(?! (?:\w+ ){0,3}(?:sorting|organising|organizing|filling|counting out) )",
    # A ligature round the neck or a blade to the skin ("had the scarf tied round my throat", "pressed the knife to my wrist").
    HELD_ON: r"(?:had|held|put|pressed|pulled|tied|was holding) (?:the|my|a) (?:\w+ )?(?:belt|rope|cord|scarf|noose|ligature|flex|cable|blade|knife|razor)"
    r" (?:tied |pulled |pressed )?(?:(?:round|around) my (?:neck|throat)|(?:to|against|into) my (?:wrists?|throat|neck))(?! to (?:shave|remove|trim|scrape|get|cut (?:off|out|away))\b)",
    # What the writer did next: put them back, took it off, stopped themselves.
    PUT_BACK: r"put (?:them|it|the \w+) (?:all )?back(?! (?:on|in the (?:fridge|freezer|oven))\b)|took it (?:off|away)(?= *(?:$|[.,]| at the last| just))|stopped myself(?! from)|(?<=\bi )stopped(?= *(?:$|[.,]))|(?:pulled|yanked|ripped) it (?:off|away|loose)",
    LEFT_SHAKEN: r"(?:still |im |i am |hands (?:are )?(?:still )?)?(?:shaking|trembling|shaken up|in shock)(?! (?:hands?|legs)\b)(?! (?:from|with|because of|after) (?:the |my )?(?:withdrawal|wd|cut|taper|drop|benzos?|\w+pam|tolerance|last (?:cut|drop|one))\b)",
    WRIST_ACT: r"(?:cut|slit|slashed|opened|sliced) (?:open )?(?:my|both) wrists?",
    MEANT_IT: r"(?<!\bif )i meant it(?= *(?:$|[.,]|this time))|(?:not|wasnt|was not|it wasnt) (?:a )?(?:self ?harm|selfharm|cry for help)(?= *(?:$|[.,]) (?:i meant it|i wanted to die)(?= *(?:$|[.,])))|meant (?:it|this) to be (?:it|the end)",
}

BEGUN_EXTRA: dict[str, str] = {
    "did": r"swallowed (?:about |around |nearly |almost |over |more than |like )?(?:half|most|two thirds|three quarters) (?:of )?(?:the|a|my) (?:\w+ )?(?:bottle|packet|box|strip|tub|pills|tablets|meds|pack|supply)"
    r"(?! of (?:\w+ )?"
    + _REMEDY
    + r"\b)(?!(?: \w+){0,4} for (?:a|the|my|this) (?:cold|cough|sore throat|flu|headache|period|migraine|toothache)\b)|"
    r"(?:meaning|meant|intending|intended) to (?:go (?:through|thru) with it|finish (?:it|things|myself off))|"
    r"(?:stepped|walked|ran|went) (?:out )?into (?:the )?(?:road|traffic)(?= (?:\w+ )?(?:on purpose|deliberately|meaning to|to (?:die|end it|get hit)))",
    # (ringing 111 alone is no aftermath: members ring it about the withdrawal, or a double dose by mistake)
    "aftermath": r"(?:threw (?:it )?up|was sick|made myself sick)(?= *(?:$|[.,]| and (?:then )?(?:called|rang|phoned) (?:111|999|911|000|an ambulance)))",
    "tied_up": r"(?:started|ran|had|left) the (?:car|engine)(?: running)? in the (?:shut|closed|locked) garage",
}

# The recipes that read them (combine.Recipe's fields), added to concepts_now.NOW_RECIPES.
BEGUN_RECIPES: tuple[dict, ...] = (
    # "two nights ago i held the whole strip in my hand . then put them back . still trembling": read from what
    # the writer did next, so the held tablets may be in the sentence before.
    dict(
        name="held-put-back",
        categories=("attempt",),
        anchor=PUT_BACK,
        needs=((HELD_BACK,), ("recent",), (LEFT_SHAKEN, "scared_now")),
        unless=("dose",),
    ),
    # "saturday i had the scarf tied round my throat and stopped myself just before".
    dict(name="held-on-stopped", categories=("attempt",), anchor=HELD_ON, needs=((PUT_BACK, "did"), ("recent",))),
    # "i slashed my wrist on monday , i meant it . eight stitches".
    dict(name="wrist-meant", categories=("attempt",), anchor=WRIST_ACT, needs=((MEANT_IT,), ("recent", "aftermath"))),
)
