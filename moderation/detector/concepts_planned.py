"""Plans said as settled and preparations made for after (round eleven, plans11): more words for concepts.VOCAB.

concepts_intent.py merges MORE into its own (so into concepts.VOCAB); combine.py adds RECIPES. Concept names
are spelled here as strings so this module imports nothing. Same form as concepts.VOCAB: words and short word
sequences over normalised text.

- Piece 1, a plan said as settled with the act left unnamed: its where and when known or worked out ("i know
  where and i know when", "worked out the when and the where", "i know how and when ."), its facets listed
  after a plan said ("everything is planned . the time , the place , all of it"), or "its all planned for"
  a time. A plan shared with someone ("our picnic", "with my husband") is an outing.
"""

from __future__ import annotations

# "i know where and i know when", "worked out the how and the when", "sorted the day and the place": two or
# more facets of a plan known or fixed, ending the clause (nothing named after: "i know where and when the
# match is" is not a plan).
PLAN_KNOWN = "plan_known"
_FACET = r"(?:where|when|how|the (?:where|when|how|day|date|time|night|place|spot|method))"
_KNOWN_BY = (
    r"(?:i know|i knew|i have (?:worked|figured) out|worked out|figured out|(?:ive|i have) (?:got|sorted|picked|chosen)"
    r"|(?:got|sorted|picked|chosen|decided) (?:on )?)"
)
# "the time , the place , all of it" after a plan said: the plan's facets listed and closed.
PLAN_FACETS = "plan_facets"

# Said loosely ("i know where and when", which may answer a question), it counts beside a time or a decision.
PLAN_KNOWN_LOOSE = "plan_known_loose"
_AND = r" (?:and|,) "
_ENDS = r"(?: (?:now|already|too|as well|exactly))?(?= *(?:$|[.,]))"
# "got it planned out for friday when the house is empty": the plan's time, beside a window (others away).
PLANNED_FOR = "planned_for"

MORE: dict[str, str] = {
    PLAN_KNOWN: (
        # the knowing said again for each facet, or the facets named as nouns
        r"(?<!\bdont )(?<!\bnot )(?:i know|ive got|i have got|ive worked out|i have worked out) " + _FACET
        + r"(?:" + _AND + r"(?:i know|ive got|i have got|ive worked out|i have worked out) " + _FACET + r")+" + _ENDS
        + r"|(?<!\bdont )(?<!\bnot )" + _KNOWN_BY + r" ?the (?:where|when|how)" + _AND
        + r"the (?:where|when|how)" + _ENDS
    ),
    PLAN_KNOWN_LOOSE: (
        r"(?<!\bdont )(?<!\bdo not )(?<!\bdidnt )(?<!\bnot )" + _KNOWN_BY + r" ?" + _FACET
        + r"(?:" + _AND + _FACET + r")+" + _ENDS
    ),
    PLAN_FACETS: (
        r"(?:^|(?<=[.,] ))" + _FACET + r" , " + _FACET
        + r"(?: , " + _FACET + r")*(?: ,? (?:and )?(?:all of it|everything|the lot|the works|all sorted))?"
        r"(?= *(?:$|[.,]))"
    ),
    # "everything is planned .", "its all planned .": the plan said without naming it.
    "plan_said": (
        r"(?:^|(?<=[.,] ))(?:everything|everythings|its|it is)(?: is)?(?: all)? (?:planned|arranged)(?: out)?"
        r"(?= *(?:$|[.,]))"
    ),
    PLANNED_FOR: (
        r"(?:(?:^|(?<=[.,] ))(?:its|it is|everything is|everythings)|(?:got|have) it)(?: all)? (?:planned|arranged)"
        r"(?: out)? for(?= (?:\w+day|tonight|tomorrow|this (?:week|weekend)|next \w+|the (?:night|day|weekend|\d+\w*)"
        r"|when|while|after|once)\b)"
    ),
    # a plan shared or a treat: "our picnic", "for us", "date night", "a surprise for his birthday"
    "company": r"(?:for|on|of) (?:our|us)\b|date night|surprise|for (?:his|her|their|my \w+s) (?:birthday|anniversary)",
}

RECIPES: tuple[dict, ...] = (
    # "i know where and i know when": the plan's facets known, with nobody sharing it and no dose in sight.
    dict(name="plan-known", categories=("plan", "intent"), anchor=PLAN_KNOWN, needs=(), self_needed=False,
         unless=("company", "dose")),
    dict(name="plan-known-loose", categories=("plan", "intent"), anchor=PLAN_KNOWN_LOOSE,
         needs=(("soon", "date", "decide", "final", "window", "then_done"),), unless=("company", "dose")),
    # "ive got it planned out for friday when the house is empty"
    dict(name="planned-window", categories=("plan", "intent"), anchor=PLANNED_FOR, needs=(("window",),),
         self_needed=False, unless=("company", "dose")),
    # "everything is planned . the time , the place , all of it"
    dict(name="plan-facets", categories=("plan", "intent"), anchor=PLAN_FACETS,
         needs=(("plan_said", "when", PLAN_KNOWN),),
         self_needed=False, unless=("company", "dose")),
)
