"""Plans said as settled and preparations made for after (round eleven, plans11): more words for concepts.VOCAB.

concepts_intent.py merges MORE into its own (so into concepts.VOCAB); combine.py adds RECIPES. Concept names
are spelled here as strings so this module imports nothing. Same form as concepts.VOCAB: words and short word
sequences over normalised text.

- Piece 1, a plan said as settled with the act left unnamed: its where and when known or worked out ("i know
  where and i know when", "worked out the when and the where", "i know how and when ."), its facets listed
  after a plan said ("everything is planned . the time , the place , all of it"), or "its all planned for"
  a time. A plan shared with someone ("our picnic", "with my husband") is an outing.
- Piece 2, things given, shared out or cleared with the writer's own absence as the reason: handed on
  "i wont be needing them", "no use to me where im going", "hell need them after", "the last thing i needed
  to sort", cleared "so nobody has to deal with it after", "easy for them to find", or an odd calm after a
  farewell act ("weirdly peaceful"). A reason told ("now i drive", "while im in hospital", "before the
  move") or a charity shop keeps it a clear-out.
- Piece 3, refusing to go on with more of this life: "not doing another winter like this", "cant face another
  week of this and i wont", "not putting myself through another month of this" (beside a decision,
  combine.py's act-decided). More of a named thing ("another winter in this flat", "another
  year of this taper") is a change of plans.
- Piece 4, a time set by someone else's routine absence: their shift or work day ("mum works late tuesdays",
  "hes on earlies all next week", "everyone is at work on fridays"), then the day named as the time and nothing
  after it ("so tuesday is when .", "wednesday it is then .") (combine.py's window-decided). "tuesday is when
  i do the big shop" names what; the writer's own shift ("i work late thursdays") is no window.
"""

from __future__ import annotations

from moderation.detector.concepts_affairs import TO_CHARITY

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

# Piece 2. One's own things given, handed on, sold or shared out; a pet provided for.
GIVEN, CLEARED, FOR_AFTER, CALM = "given", "cleared", "for_after", "calm"
_PET = r"(?:dog|cat|dogs|cats|pets?|rabbits?|budgie|hamsters?|horse|guinea pigs?)"
_KIN = r"(?:nobody|no one|noone|nobodys|no ones|anyone|they|my \w+|the kids|whoever)"
MORE.update({
    GIVEN: (
        r"(?:gave|give|giving|given|handed|handing|passed|passing|sold|selling) (?:away |on |over )?(?:all )?my "
        r"(?!old\b|spare\b|broken\b|used\b|unwanted\b)\w+(?: (?!to\b|and\b)\w+)?(?: and (?:all )?my (?:\w+ )?\w+)?"
        + TO_CHARITY
        + r"|who (?:should|will|can|is going to|gets to) (?:have|get) (?:all )?my \w+"
        r"|(?:made sure|sorted it so|arranged it so) (?:that )?(?:the|my) " + _PET
        + r" (?:has|have|gets|goes|will go|will have) (?:somewhere|someone|a (?:good |new )?home)"
    ),
    CLEARED: (
        r"(?:tidied|tidying|cleaned|cleaning|cleared|clearing|emptied|emptying|sorted|sorting) (?:out |up |through )?"
        r"(?:the|my) (?:whole )?(?:house|flat|room|bedroom|place|wardrobe|drawers|desk|things|stuff|belongings)"
    ),
    FOR_AFTER: (
        # not needed again: "i wont be needing them", "wont need them where im going"
        r"(?:wont|will not|dont|do not|not going to) (?:be )?need(?:ing)?"
        r" (?:them|it|those|these|any of (?:it|them)|either)"
        r"(?: (?:anymore|any more|after))?(?= *(?:$|[.,]|where (?:im|i am) going))"
        r"|(?:no use|no good|useless) (?:to me )?(?:where|after)(?= (?:im|i am) going| i go| (?:ive|im) gone)"
        # needed by someone after: "hell need them after"
        r"|(?:hell|shell|theyll|he will|she will|they will|my \w+ will|(?:mum|mom|dad|sister|brother|son|daughter"
        r"|wife|husband|partner) will) need (?:them|it|those|these)"
        r" (?:after|afterwards|when im gone|soon)(?= *(?:$|[.,]))"
        r"|(?:the )?last thing (?:i (?:needed|had|have|need|wanted) to (?:sort|do|arrange|organi[sz]e)"
        r"|on (?:my|the) list"
        r"|left to (?:sort|do))(?= *(?:$|[.,]))"
        r"|(?:easy|easier|simple|simpler) for (?:them|everyone|everybody|whoever|my \w+) to (?:find|sort out|deal with)"
        r"(?= *(?:$|[.,]))"
        # the trouble spared after: "so no one has to deal with a mess after"
        r"|so (?:that )?" + _KIN + r"(?: \w+){0,2}? (?:has|have|doesnt have|dont have|wont have|will not have|needs?)"
        r" to (?:deal with|sort|clear|clean|go through|do)(?: \w+){0,3}? after(?:wards)?(?= *(?:$|[.,]))"
    ),
    # an odd calm after a farewell act
    CALM: (
        r"(?:weirdly|strangely|oddly|eerily|kinda|kind of|feel|feeling|felt) (?:so |very |really )?"
        r"(?:peaceful|calm|at peace|serene)(?= *(?:$|[.,]|now|ngl|tbh|honestly|lol))"
    ),
})

# Piece 3. More of this life refused: the span ends there or goes on "of this", "like this".
_OF_THIS = r"(?= *(?:$|[.,]|and\b)| (?:of (?:this|it|my life|life)|like this(?: one)?|this way)(?= *(?:$|[.,]|and\b)))"
_SPAN = r"(?:day|days|night|nights|week|weeks|month|months|year|years|winter|summer|christmas|birthday)"
MORE["act"] = (
    r"(?:(?:not|never|cant|cannot|wont|will not|not going to) (?:doing|do|putting myself through|put myself through"
    r"|going on|go on|going through|go through|facing|face|living|live|sitting through|getting through|get through"
    r"|carrying on for|carry on for) (?:another|one more) " + _SPAN + r")" + _OF_THIS
)
MORE["decide"] = r"(?:my )?(?:minds|mind is) made up"

# Piece 4. Someone else's routine absence (a window), and the day named as the time, ending its clause.
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days"
MORE["window"] = (
    r"(?<!\bi )(?:works?|working|does|doing|on) (?:late|nights|lates|earlies|night shifts?|a late shift|a night shift)"
    r"(?=(?: on)? (?:" + _WEEKDAYS + r"|this week|next week|all (?:next )?week|every \w+)\b| *(?:$|[.,]| so\b))"
    r"|(?:everyone|everybody|everyones|they|theyre|my \w+)(?: is| are| s| re)? (?:at work|out|away|at school)"
    r"(?: on)? " + _WEEKDAYS
)
MORE["bare_when"] = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|then|that day|that night)"
    r" (?:is when|it is(?: then)?|is the (?:day|night|one))(?= *(?:$|[.,]))"
    r"|(?:^|(?<=[.,] ))(?:mon|tues|wednes|thurs|fri|satur|sun)day then(?= *(?:$|[.,]))"
)

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
    # Piece 2: things given, a farewell act or a clear-out, for after the writer is gone.
    dict(name="given-for-after", categories=("preparation",), anchor=GIVEN, needs=((FOR_AFTER, "absent"),),
         unless=("away", "life_reason", "dose")),
    dict(name="farewell-for-after", categories=("preparation",), anchor="farewell", needs=((FOR_AFTER, CALM),),
         unless=("away", "life_reason", "dose")),
    dict(name="cleared-for-after", categories=("preparation",), anchor=CLEARED, needs=((FOR_AFTER,),),
         unless=("away", "life_reason", "dose")),
    # Piece 4: "hes on earlies all next week , monday is when": the day as the time, beside a routine absence.
    dict(name="routine-when", categories=("plan", "intent"), anchor="bare_when", needs=(("window",),),
         self_needed=False, unless=("dose", "away")),
)
