"""Methods read up on, and means kept, with the ordinary reason disowned (round eleven, means11).

A member often tells a method not by wanting it but by what they did with it: they looked it up,
read about it, watched videos of it, and then say it was theirs ("not for research", "for
personal reasons", "its about me"), hid it ("cleared the history", "closed the tab") or wonder at
it ("whats wrong with me", "opened it again"). A supply is told the same way: kept or asked for,
and "not for the taper", "for the other reason". The combination layer (combine.py, through
concepts_now.py) reads:

- METHOD_READ: a way of dying as what was looked up, read or watched ("googled how to tie a noose",
  "reading about overdoses", "looking into how people drown themselves", "searched painless ways",
  "looked up how to do it properly", "what amount of paracetamol kills you"); "the quickest ways to
  get off clonazepam" is a taper;
- OWNED: the reason disowned or the writer owning it ("not for the taper", "not for a book", "for
  personal reasons", "its about me", "for the other reason", "for something else");
- HID_IT: the search hidden ("cleared my history", "wiped my browser", "closed the tab",
  "incognito"); WHY_ME: the writer at a loss at it ("whats wrong with me", "dont know why i keep
  watching", "opened it again");
- SUPPLY: more of a means than the taper needs ("a bigger supply", "the extra boxes", "more in the
  house"), beside OWNED.
A supply kept "not for anything else" disowns nothing, and spare tablets kept "for emergencies" or as a
rescue dose are household care (MEANS_EXTRA adds them to concepts.SAFE).
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

from moderation.detector.patterns import DRUGS

METHOD_READ, OWNED, HID_IT, WHY_ME, SUPPLY = "method_read", "owned", "hid_it", "why_me", "supply"
DRUG_HISTORY = "drug_history"

_LOOKED = (
    r"(?:look(?:ed|ing)? (?:up|into)|read(?:ing)? (?:up )?(?:about|on|into)|googl\w*|search(?:ed|ing)?|research(?:ed|ing)|"
    r"watch(?:ed|ing)? (?:\w+ )?videos? (?:about|of|on)|(?:videos?|articles?|forums?|threads?|sites?) (?:about|of|on))"
)
_WAY = (
    r"how (?:people|someone|somebody|you|to|i could|i would|id|long it takes to) (?:hang|hanged|drown|overdose|od|kill|poison|gas|suffocate|bleed out|slit|tie a noose)\w*(?: (?:themselves|yourself|myself|oneself|himself|herself|out))?|"
    r"overdoses(?! (?:in|among|across|statistics|figures|rates?|deaths?)\b)|"
    r"(?:painless|quick|quickest|easiest|surest|best) ways?(?:(?= *(?:$|[.,]))| to (?:go|die|do it|end it|end things)\b(?! (?:to|off|on|through|about|for|back)\b))|"
    r"how to do it (?:properly|right|painlessly|quickly|for sure)|"
    r"what (?:amount|dose|number)(?: of \w+)? (?:kills|would kill|is lethal|would be (?:lethal|enough|fatal))|"
    r"how (?:much|many)(?: \w+){0,2} (?:kills you|would kill (?:you|me|someone)|it takes to die|is lethal|is fatal)"
)

MEANS_VOCAB: dict[str, str] = {
    METHOD_READ: _LOOKED + r" (?:\w+ ){0,3}?(?:" + _WAY + r")",
    OWNED: r"not for (?:the |a |an |my |any )?(?:taper(?:ing)?|research|book|story|project|work|uni|school|college|essay|course|class|sleep(?:ing)?|pain|back|friend|information|info|curiosity|assignment)(?: reasons?)?(?= *(?:$|[.,]))|"
    r"for (?:the|my) other reason|for something else(?= *(?:$|[.,]))|for (?:personal|my own|other) reasons(?= *(?:$|[.,]))|(?:its|it is|this is|its all|its really) about me(?= *(?:$|[.,]))|"
    r"not for the reasons? (?:you|youd|people|theyd|anyone) (?:think|expect|assume)",
    HID_IT: r"(?:cleared|deleted|wiped|erased|cleaned) (?:my |the )?(?:search |browser |browsing |internet )?(?:history|searches|tabs?)|wiped my (?:browser|phone|laptop)|(?:closed|shut) the (?:tab|page|browser|app|laptop)|incognito|private (?:browsing|window|tab)",
    WHY_ME: r"whats wrong with me(?= *(?:$|[.,?]))|(?:dont|do not) know why i (?:keep|kept) (?:doing|reading|looking|watching|going back|searching)|i shouldnt (?:ask|be asking|be reading|be looking|be watching)|(?:opened|reopened) it (?:again|back up)|(?:keep|kept) going back to (?:it|them|the (?:page|tab|site|videos?))",
    SUPPLY: r"(?:bigger|extra|larger|spare) (?:supply|boxes|packets|strips|bottles|script)|(?:more|extra) (?:of them |of it )?in the house",
}

# Spare tablets kept for emergencies or a rescue dose are household care, like means out of reach (concepts.SAFE).
MEANS_EXTRA: dict[str, str] = {
    "safe": r"(?:for|in case of) (?:an? )?(?:emergenc(?:y|ies)|seizures?|fits?|breakthrough (?:symptoms|anxiety|panic))(?= *(?:$|[.,]))|as (?:a |my )?(?:rescue|backup|back up|emergency) (?:dose|doses|meds|supply)",
}

# The recipes that read them (combine.Recipe's fields), added to concepts_now.NOW_RECIPES.
MEANS_RECIPES: tuple[dict, ...] = (
    # "been reading about overdoses at 3am . not for research": a way of dying looked up, owned, hidden or wondered at.
    dict(name="method-read-owned", categories=("active", "method"), anchor=METHOD_READ,
         needs=((OWNED, HID_IT, WHY_ME, "for_me", "after_regret"),), weak_with=("news",)),
    # "lowkey hoarding my doses . not for tapering": a supply kept or asked for, its ordinary reason disowned.
    # The means or the supply is the anchor ("theyre for the other reason": the pills, not someone else).
    dict(name="supply-owned", categories=("method", "preparation"), anchor="means", needs=((OWNED,), ("store", "count", SUPPLY))),
    dict(name="supply-owned", categories=("method", "preparation"), anchor=SUPPLY, needs=((OWNED,),)),
    # ... or the disowning itself, where the keeping holds the means ("putting a few tablets aside . not for the taper").
    dict(name="supply-owned", categories=("method", "preparation"), anchor=OWNED, needs=(("means", SUPPLY), ("store", "count", SUPPLY))),
)

# Round thirteen (quiet13): "xanax 3 years , off 2 months", "klonopin for 8 years", "ten years on clonazepam": a
# drug named with how long it was taken is the writer's taper history, not a means at hand ("two months of xanax
# saved", "klonopin 3 weeks worth" still are). concepts.py wraps MEANS in these.
_SPAN = (
    r"(?:about |nearly |almost |over |around |just over |just under )?(?:\d+|a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|a few|a couple of) (?:years?|months?|weeks?)"
)
HISTORY_BEFORE = r"(?<!years on )(?<!year on )(?<!months on )"
HISTORY_AFTER = r"(?! (?:for )?" + _SPAN + r"(?! (?:of|worth|supply|saved|stashed|left|ago)\b))"
# The drug of that history is still what "taking every one i have left" takes (combine.py's take-all).
# DRUGS with its "\w+pam" / "oxy\w*" spelled out as the benzodiazepines and opioids members name, so that a match
# begins at a known word (combine searches a sentence only for concepts whose first words it holds).
_NAMED_DRUGS = DRUGS.replace(
    r"\w+pam|\w+lam|opioids|oxy\w*",
    r"diazepam|clonazepam|lorazepam|temazepam|oxazepam|nitrazepam|bromazepam|chlordiazepoxide|alprazolam|"
    r"triazolam|estazolam|midazolam|clobazam|opioids|oxycodone|oxycontin|oxynorm|oxy",
)
MEANS_VOCAB[DRUG_HISTORY] = _NAMED_DRUGS + r"(?= (?:for )?" + _SPAN + r")"
MEANS_EXTRA["take_all"] = (
    r"(?:take|taking|swallow\w*) every (?:last |single )?one (?:i have|ive got|ive (?:saved|kept)|i saved|left|"
    r"in the (?:house|packet|box|bottle))"
)
