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

Round eleven (wish11): thoughts of suicide named and said to be gaining now (GAINING, an anchor):
"the thoughts of ending it are back", "theyre every night now", "tonight theyre winning", "im
starting to agree with them", "harder to argue with them", beside SI_NAMED in the window, unless
the window says there are none (NO_SI: "no suicidal thoughts, just the insomnia winning"); "mine
have been nonstop" after asking whether anyone else has them (MINE_GAINING). Past tense ("were
constant in 2019") and thoughts about a job, germs or a boyfriend are not it.

MIND_MORE adds alternatives to existing vocabularies: sitting on the rail or stopping on the bridge
as being there, a place "calling me" as a place that will not leave the mind, "not walking out" as
no return, and an act "deep enough that i dont come back" as an ending.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

HOLD_OFF, SI_NAMED, GAINING, NO_SI, MINE_GAINING = "hold_off", "si_named", "gaining", "no_si", "mine_gaining"

_IT = r"(?:them|it|those|these|that)"
_GAINS = (
    r"(?:(?:are|is|have been|has been|keep|keeps)(?: (?:getting|growing|coming|creeping))?|came|come|coming|creeping|getting|growing|have gotten|have got|got)"
    r" (?:really |so |much |even |way |all |just )?"
    r"(?:back|louder|stronger|worse|nonstop|non stop|constant|relentless|every (?:night|day)|all (?:day|night)|winning|unbearable)(?! (?:than they were (?:then|back then)|in (?:19|20)\d\d)\b)"
)
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
        r"suicidal (?:thoughts|feelings|urges|ideation|impulses)|(?:thoughts|urges|feelings|impulses) (?:of|about) (?:suicide|dying|death|killing (?:myself|themself|themselves|yourself)|ending (?:it|my life|things)|not being (?:here|alive))"
        r"|urges? to (?:die|end (?:it|my life|things)|kill myself)|(?:the )?(?:si|suicide) (?:thoughts|urges)"
    ),
    # What the thoughts are doing now, said of them or "they" (the subject just before).
    GAINING: (
        r"(?:(?<=thoughts )|(?<=urges )|(?<=feelings )|(?<=ideation )|(?<=ending it )|(?<=my life )|(?<=myself )|(?<=themself )|(?<=themselves )|(?<=suicide )|(?<=being here )|(?<=being alive )|(?<=things )|(?<=to die )|(?<=dying )|(?<=death )|(?<=\bthey ))" + _GAINS
        + r"|(?<=\btheyre )(?:really |so |just |all )?(?:back|louder|stronger|worse|nonstop|non stop|constant|relentless|every (?:night|day)|all (?:day|night)|winning|unbearable)\b"
        r"|(?:starting|started|beginning|begun) to (?:agree with|listen to|believe|give in to|side with) (?:them|it|those|these|the thoughts)(?= *(?:$|[.,]|now|tonight))"
        r"|(?:harder|hard) to (?:argue with|ignore|fight|resist|say no to|talk back to) (?:them|it|those|these)(?= *(?:$|[.,]|now|tonight))"
    ),
    # "does anyone else get the thoughts about killing themselves . mine have been nonstop": asked of others, then owned.
    MINE_GAINING: r"(?<=\bmine )" + _GAINS,
    NO_SI: r"(?:no|not|never|zero|without|free of|free from|none of the) (?:any )?(?:suicidal|suicide|si)\b",
}

MIND_MORE: dict[str, str] = {
    # "the lake keeps coming into my head": a place that will not leave the mind.
    "haunt": r"(?:keeps|kept) coming (?:in|into|back into) my (?:head|mind)",
}

MIND_RECIPES: tuple[dict, ...] = (
    # "bc mine have been full on since monday and im struggling not to act on them"
    {"name": "thoughts-held-off", "categories": ("active",), "anchor": HOLD_OFF, "needs": ((SI_NAMED,),), "self_needed": False},
    # "the thoughts of ending it are back", "suicidal thoughts . theyre every night now and im starting to agree with them"
    {"name": "thoughts-gaining", "categories": ("active",), "anchor": GAINING, "needs": ((SI_NAMED,),), "self_needed": False, "unless": (NO_SI,), "judged_at": 0},
    {"name": "mine-gaining", "categories": ("active",), "anchor": MINE_GAINING, "needs": ((SI_NAMED,),), "self_needed": False, "unless": (NO_SI,)},
)
