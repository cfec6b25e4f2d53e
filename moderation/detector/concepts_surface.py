"""Plans, means, places and attempts said the way a title, a status, a bio, a journal line or an edit says them
(round thirteen, surf13): short, often with no subject, the act left unnamed.

concepts_intent.py merges MORE into its own (so into concepts.VOCAB); combine.py adds RECIPES. Concept names
are spelled here as strings so this module imports nothing. Same form as concepts.VOCAB: words and short word
sequences over normalised text.

- Piece 1, a place that pulls: a bridge, a roof, a quarry that "keeps calling me", that the writer "cant stop
  thinking about" or thinks about "a lot", or a going back there pictured alone. A place wanted for a day
  out ("the pier keeps calling me , summer cant come soon enough", "need a holiday") is an outing.
- Piece 2, a supply watched: tablets kept and "i keep counting them", "i look at them every night" (the
  taper named only as when they are from). Counting to check a taper or a pharmacy's count is care.
- Piece 3, a time given as the plan and nothing named to do in it: "plan for tonight once my flatmate is
  asleep", "first week of january . thats the plan", "ive timed it for after her wedding", "decided on the
  date". A plan for a dose, a cut, a trip or an outing, or one made with others, is no plan to die.
- Piece 4, an attempt told in a few words: "a failed attempt last week", "tried and woke up", "survived what
  i wasnt meant to survive", "swallowed most of the packet". "a failed attempt at a cut", "survived
  christmas" and half a tablet swallowed are not.
"""

from __future__ import annotations

PLACE_PULLS, PULLED_THERE, WATCHED, WATCH_CARE, PLAN_TIME, OUTING, TOLD_ATTEMPT = (
    "place_pulls",
    "pulled_there",
    "watched",
    "watch_care",
    "plan_time",
    "outing",
    "told_attempt",
)
PLAN_IS_THAT, TIME_ALONE = ("plan_is_that", "time_alone")
GO_BARE, AWAITED, DECIDED_BARE, SORRY_ALL, STATUS_FAREWELL, MOVING_ON = (
    "go_bare",
    "awaited",
    "decided_bare",
    "sorry_all",
    "status_farewell",
    "moving_on",
)
_ENDS = r"(?= *(?:$|[.,]))"
_PLACES = (
    r"(?:bridges?|viaduct|flyover|overpass|footbridge|roof|rooftop|top (?:floor|level|storey)|cliffs?|ledge|quarry"
    r"|railway(?: line)?|rail line|level crossing|tracks|multi storey|car park|balcony|reservoir|river|canal|pier"
    r"|motorway|dual carriageway)"
)
_TIME = (
    r"(?:tonight|tomorrow(?: night| morning| evening)?|(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?: night| morning| evening)?|this (?:weekend|week)|next (?:week|weekend)|the weekend)"
)
_WHILE = r" (?:once|when|after|while|before) (?:my|the|everyone|everybody|everyones|theyre|they|hes|shes)(?: \w+){1,4}"
_TIME_ONLY = (
    r"(?:(?:the )?end of (?:the )?\w+(?: \w+)?|(?:the )?(?:first|last) (?:week|weekend|day|night) of \w+"
    r"|(?:the )?(?:week|weekend|day|night) after \w+|after (?:christmas|new year|easter|payday|the \w+)"
    r"|next (?:week|weekend|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?)"
)

MORE: dict[str, str] = {
    # Piece 1. "the quarry at the end of my street keeps calling me", "cant stop thinking about the viaduct"
    PLACE_PULLS: (
        _PLACES + r"(?: [a-z]+){0,7}? (?:keeps|kept|is|has been|been) (?:calling|pulling)(?: at)? me\b"
        r"|"
        + _PLACES
        + r"(?: [a-z]+){0,7}? , (?:i )?(?:cant|cannot) stop thinking about (?:it|them)"
        + _ENDS
        + r"|(?:thinking|think) about the "
        + _PLACES
        + r" (?:a lot|all the time|constantly|every (?:day|night)|more than i should)"
        r"|keep (?:picturing|imagining|seeing) (?:myself )?(?:going|walking|driving|climbing|standing) (?:back )?"
        r"(?:up |out |down )?(?:to|on) the " + _PLACES + r" (?:alone|on my own|by myself)"
    ),
    # "... i keep picturing going back there alone": the place said in the sentence before
    PULLED_THERE: (
        r"keep (?:picturing|imagining|seeing) (?:myself )?(?:going|walking|driving|climbing|standing) (?:back )?"
        r"(?:up |out |down )?there (?:alone|on my own|by myself)"
    ),
    # "the sea keeps calling me , booked a holiday": a day out wanted
    OUTING: (
        r"holidays?|summer|swim\w*|walks|hik\w*|(?:cant|couldnt) wait|soon enough|views?|pretty|beautiful|lovely"
        r"|gorgeous|photos?|fishing|sailing|picnic|with (?:the|my) (?:kids|family|dog|husband|wife|partner)"
    ),
    # Piece 2. "i keep counting them", "i look at them every night", "counted them again tonight"
    WATCHED: (
        r"(?:i )?keep (?:counting|looking at|checking on|holding|touching) (?:them|it)(?! (?:to|for|in case)\b)"
        r"|(?:i )?(?:look at|count|counted|check) (?:them|it) (?:again )?(?:every (?:night|day|morning)|again tonight"
        r"|all the time|constantly)(?! (?:to|for|in case)\b)|counted them again(?: tonight| today| last night)?"
    ),
    # "to check the taper is on track", "in case the pharmacy shorted me": counting as care
    WATCH_CARE: (
        r"to (?:check|make sure|see (?:if|whether)|be sure)|in case|(?:pharmacy|chemist) (?:shorted|short|gave)"
        r"|(?:hand|give|take) (?:them |it )?(?:back|in)|dispos\w*"
    ),
    # Piece 3. a time given as the plan, nothing named to do in it
    PLAN_TIME: (
        # the time and whose absence makes it ("plan for tonight . bath and bed" is a heading, its plan after it)
        r"(?:^|(?<=[.,] ))(?:my |the )?plan (?:is )?(?:for )?"
        + _TIME
        + _WHILE
        + _ENDS
        + r"|(?<!we )(?<!weve )(?:ive |i have |i )?(?:timed|planned) it for (?:after|before|when|once)"
        r" (?:my|the|his|her)(?: \w+){1,3}"
        + _ENDS
        + r"|(?<!we )(?<!weve )(?<!they )(?<!theyve )(?:decided|settled) (?:on )?(?:a|the) (?:date|timing|day)"
        + _ENDS
    ),
    # "first week of january . thats the plan": the plan said after a sentence that is only a time
    PLAN_IS_THAT: r"(?:^|(?<=[.,] ))(?:thats|that is|this is) (?:the|my) plan" + _ENDS,
    TIME_ALONE: r"(?:^|(?<=[.,] ))" + _TIME_ONLY + r"(?= *(?:$|[.]))",
    # Piece 4. an attempt told in a few words
    TOLD_ATTEMPT: (
        r"(?:a |my |the |last \w+s )?failed (?:attempt|overdose)(?! (?:at|to|of)\b)"
        r"|(?:^|(?<=[.,] ))(?:i )?tried (?:and|but) (?:i )?(?:woke up|came round|came to|survived|didnt die)"
        r"(?! (?:at|with|early|feeling|in the night|again at)\b)"
        r"|survived (?:something|what|a thing) i (?:wasnt|was not) (?:supposed|meant|going) to survive"
        r"|swallowed (?:half|most|a lot|loads) of (?:the|a|my) (?:bottle|packet|box|strip|stash|pills|tablets)"
    ),
    # Piece 5. "when the last of my savings runs out im going", "ill go when my old cat passes": going, bare,
    # when an awaited event comes ("im going back to work", "then i can go travelling" name where)
    GO_BARE: (
        r"(?:then )?(?:im going|i can go|ill go|i will go|ill do it|i will do it|ill be done|im done)"
        r"(?= *(?:$|[.,]| (?:when|once|after|as soon as)\b))"
    ),
    AWAITED: (
        r"(?:when|once|after|as soon as) (?:the |my |our )?(?:\w+ ){0,5}?(?:runs? out|goes through"
        r"|has gone through|(?:is|are|has been|have been) (?:sold|settled|through|paid|signed|finalised)"
        r"|pass(?:es)?|passed|dies|has died|(?:has|have) (?:her|his|their|the) (?:money|share))"
    ),
    # Piece 6. a decision with nothing named, beside thanks or sorry to everyone: "decision made . love you all"
    DECIDED_BARE: (
        r"(?:^|(?<=[.,] ))(?:(?:ive|i have|i) )?(?:decided|made (?:up )?my (?:mind|decision)"
        r"|(?:my )?decision (?:is )?made|(?:my )?mind (?:is )?made up)(?: now| today| tonight| then)?(?= *(?:$|[.]))"
    ),
    SORRY_ALL: (
        r"sorry (?:everyone|all|guys|to everyone|to you all)"
        r"|please (?:dont|do not) blame (?:yourselves|yourself|anyone)"
        r"|(?:thank you|thanks) all(?: for everything)?|love you all"
    ),
    # Piece 7. a farewell said as a status or a bio: "saying goodbye to all of you here", "last status update"
    STATUS_FAREWELL: (
        r"(?:^|(?<=[.,] ))(?:saying|said) (?:goodbye|my goodbyes) to (?:everyone|everybody|you all|all of you)"
        r"(?: (?:here|on here))?" + _ENDS + r"|(?:my )?(?:last|final) (?:bio|status|profile) (?:edit|update|change)"
        r"|(?:final|last) post from me" + _ENDS
    ),
    # "... im benzo free and moving on", "off to university": a farewell with a life ahead
    MOVING_ON: (
        r"(?:benzo|drug|pill) free|free of|jumped|zero|finished (?:my|the) taper|moving on|new chapter|graduat\w*"
        r"|universit\w*|uni|college|exams?|retir\w*|for a while|for now|new (?:job|home|forum|group)"
    ),
}

_QUIET = ("dose", "company", "picked_for", "news")
RECIPES: tuple[dict, ...] = (
    dict(
        name="place-pulls",
        categories=("active", "method"),
        anchor=PLACE_PULLS,
        needs=(),
        self_needed=False,
        unless=("away", OUTING, "news"),
    ),
    # "the cliff walk where we used to go . i keep picturing going back there alone": the place said before
    dict(
        name="place-pulls",
        categories=("active", "method"),
        anchor=PULLED_THERE,
        needs=(("place",),),
        self_needed=False,
        unless=("away", OUTING, "news"),
    ),
    dict(
        name="supply-watched",
        categories=("method", "preparation"),
        anchor=WATCHED,
        needs=(("means",),),
        unless=(WATCH_CARE, "dose", "safe", "news"),
    ),
    dict(
        name="time-is-plan",
        categories=("plan", "intent"),
        anchor=PLAN_TIME,
        needs=(),
        self_needed=False,
        unless=(*_QUIET, "taper", "away", "done_with"),
    ),
    dict(
        name="time-is-plan",
        categories=("plan", "intent"),
        anchor=PLAN_IS_THAT,
        needs=((TIME_ALONE,),),
        self_needed=False,
        unless=(*_QUIET, "taper", "away", "done_with"),
    ),
    dict(
        name="going-when",
        categories=("plan", "intent"),
        anchor=GO_BARE,
        needs=((AWAITED,),),
        self_needed=False,
        unless=("dose", "taper", "away", "company", OUTING),
    ),
    dict(
        name="decided-farewell",
        categories=("intent", "preparation"),
        anchor=DECIDED_BARE,
        needs=((SORRY_ALL, "farewell", "signing_off"),),
        self_needed=False,
        unless=("dose", "taper", "away", "company", MOVING_ON),
    ),
    dict(
        name="status-farewell",
        categories=("preparation",),
        anchor=STATUS_FAREWELL,
        needs=(),
        self_needed=False,
        unless=("dose", "taper", "away", "life_reason", MOVING_ON, OUTING),
    ),
    dict(
        name="attempt-told",
        categories=("attempt",),
        anchor=TOLD_ATTEMPT,
        needs=(),
        self_needed=False,
        unless=("dose", "news"),
    ),
)
