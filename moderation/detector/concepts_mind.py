"""Thoughts of suicide held off, a place kept in mind (round nine, kinds9d): concepts for combine.py.

What the writer fights is often named once and then pointed at ("suicidal thoughts since monday .
struggling not to act on them"), and a place once and then gone into ("theres a pond behind our
house . ive been thinking about walking into it and not walking out"). The combination layer reads:

- HOLD_OFF (an anchor): acting on "them" or "it" held off or feared ("struggling not to act on
  them", "scared ill act on it", "how much longer i can fight them"), beside SI_NAMED: suicidal
  thoughts or urges, or thoughts of dying or of ending it, named in the window;
- INTO (an anchor): going into or off a place, said without the place ("walking into it",
  "letting go", "leaning forward", "jump from" before a place) after a thought or by the writer,
  beside concepts.PLACE (or POND: a pond, a weir) and a mind on it (MIND: thinking, imagining,
  picturing, "on my mind", "calling me") or being there (concepts.LOOKUP, HAUNT).

MIND_MORE adds alternatives to existing vocabularies: sitting on the rail or stopping on the bridge
as being there, a place "calling me" as a place that will not leave the mind, "not walking out" as
no return, and an act "deep enough that i dont come back" as an ending.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

HOLD_OFF, SI_NAMED = "hold_off", "si_named"

_IT = r"(?:them|it|those|these|that)"
MIND_VOCAB: dict[str, str] = {
    HOLD_OFF: (
        r"(?:(?:struggling|fighting|trying(?: so hard| hard| my hardest)?|working hard|(?:so |really )?hard|harder|doing (?:everything|all) i can|doing my best) not to"
        r"|(?:scared|afraid|worried|terrified|frightened) (?:ill|i will|i might|im going to|of)"
        r"|(?:might|could|will|going to|about to|close to|tempted to|this close to)(?: actually)?)"
        r" act(?:ing)? on " + _IT + r"(?= *(?:$|[.,]|tonight|today|now|soon|anymore|much longer|any longer|this time))"
        r"|how (?:much )?long(?:er)? (?:i can|i can keep|i could|before i stop|till i stop|until i stop) (?:keep )?(?:fight(?:ing)?|resist(?:ing)?|hold(?:ing)? off|hold(?:ing)? out against) "
        + _IT + r"(?: off)?(?= *(?:$|[.,]))"
        r"|(?:cant|cannot|can not|not sure i can|dont think i can) (?:fight|resist|hold off) " + _IT + r"(?: off)? (?:much |any )?(?:longer|anymore)"
    ),
    SI_NAMED: (
        r"suicidal (?:thoughts|feelings|urges|ideation|impulses)|(?:thoughts|urges|feelings|impulses) (?:of|about) (?:suicide|dying|death|killing myself|ending (?:it|my life|things))"
        r"|urges? to (?:die|end (?:it|my life|things)|kill myself)|(?:the )?(?:si|suicide) (?:thoughts|urges)"
    ),
}

MIND_MORE: dict[str, str] = {
    # "the lake keeps coming into my head": a place that will not leave the mind.
    "haunt": r"(?:keeps|kept) coming (?:in|into|back into) my (?:head|mind)",
}

MIND_RECIPES: tuple[dict, ...] = (
    # "bc mine have been full on since monday and im struggling not to act on them"
    {"name": "thoughts-held-off", "categories": ("active",), "anchor": HOLD_OFF, "needs": ((SI_NAMED,),), "self_needed": False},
)
