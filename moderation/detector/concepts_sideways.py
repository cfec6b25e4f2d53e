"""Death said sideways: euphemism, metaphor and faith language (round fourteen, side14).

- Piece 1, a death named by a euphemism, read wherever concepts.ENDING is (so with a wish, a thought, a time
  or a decision beside it, by the recipes that read ENDING): "the long sleep", "let the sea have me", "switch
  myself off", "put myself to sleep for good", "hand in my notice on life", "put myself out of my misery",
  "hope i wont open my eyes in the morning". A long sleep after a bad night, switching off from the news, a
  notice handed in at work and a pet put out of its misery stay quiet.
- ... and going home or being collected, said to a god ("ready to go home now lord", "whoever is up there ,
  come and collect me"): a wish, unless the home is left from a ward, a shift or a trip.
- Piece 3, preparations said sideways: the writer's own service planned ("picked the hymns for my own
  funeral"), a goodbye the other did not know was one ("rang my brother to say bye without saying bye"),
  loose ends tied with nothing they are tied before ("tying up loose ends"), messages set to go out "on a
  timer" or "to the people who matter", a pet handed over with a cover story ("told her its only for a
  while"). A funeral planned "one day" or for someone else, a surprise goodbye party, loose ends before a
  move or a holiday, and a pet minded while the writer is away stay quiet.
- Piece 4, a plan said as a deadline and what comes after it, the way the night chat says it: "one more week
  at this dose then im taking all my pills", "two more weeks . then the pills", "waiting till the house is
  empty this weekend . then its done", "waiting for the old cat to go . then its my turn". A dose, a course
  of antibiotics or a prescription that runs out "then", and a turn to cook, stay quiet.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

CALLED_HOME, FAITH, LEFT_FROM = "called_home", "faith", "left_from"
OWN_SERVICE, SOMEDAY, UNKNOWING_BYE, PARTY, LOOSE_ENDS, LOOSE_REASON, ONLY_A_WHILE = (
    "own_service",
    "someday",
    "unknowing_bye",
    "party",
    "loose_ends",
    "loose_reason",
    "only_a_while",
)
THEN_MEANS, WAITING_TILL, ERRANDS = "then_means", "waiting_till", "errands"

SIDEWAYS_VOCAB: dict[str, str] = {
    # Going home, collected or fetched, wanted or waited for.
    CALLED_HOME: r"(?:ready|want|wanna|longing|waiting|time|asking|begging|praying|wish|hoping) (?:for (?:you|him|them) )?to (?:go|come|be called|be taken|be brought) home(?! from\b)"
    r"|(?:ready|waiting|want|hoping|asking) to be (?:collected|fetched|called|taken)(?= *(?:$|[.,]|now|soon|home|any ?time|whenever))"
    r"|(?:come and|please) (?:collect|fetch) me(?= *(?:$|[.,]|now|soon|home|any ?time|whenever))",
    FAITH: r"lord|god|jesus|heaven|angels?|(?:(?<=\bup )|(?<=\bout ))there(?= *(?:$|[.,]))|in charge up there|whenever (?:you|he|she|they) (?:are|is|want|wants)(?: ready)?|any ?time(?= *(?:$|[.,]))",
    # Home left from somewhere: a ward, a shift, a trip.
    # Piece 3. The writer's own service: its songs, hymns, readings, flowers, outfit.
    OWN_SERVICE: r"(?:picked|picking|chose|chosen|choosing|wrote|written|writing|made|making|planned|planning|sorted|sorting|decided on|listed|put together|finished)"
    r" (?:out |up |down )?(?:(?:\w+ ){0,2}?(?:songs?|hymns?|music|readings?|playlist|flowers|poems?) (?:for|at|to play at) my (?:own )?(?:funeral|service|memorial|send ?off|wake|cremation)"
    r"|(?:\w+ )?my (?:own )?(?:funeral|memorial|send ?off) (?:songs?|hymns?|music|playlist|readings?|flowers|outfit|poems?))",
    SOMEDAY: r"one day|someday|some day|when im (?:old|older|\d+|gone one day)|years from now|decades|eventually|prepaid|paid monthly|funeral plan|in (?:the )?future",
    UNKNOWING_BYE: r"(?:goodbye|bye)(?: to (?:\w+ ){1,2}?)?(?: \w+){0,6}? without (?:her|him|them|anyone|anybody|my \w+|mum|mom|dad|either of them) (?:knowing|realising|realizing|noticing)"
    r"|(?:bye|goodbye) without saying (?:bye|goodbye)|without (?:her|him|them|anyone) knowing (?:it was|that was|thats what it was|it was a) (?:a )?(?:goodbye|bye)",
    PARTY: r"party|surprise|cake|card|leaving do|present|gift|do at work|colleagues?",
    LOOSE_ENDS: r"tying up (?:the |my |all the |all my |a few |some )?(?:last )?loose ends|(?:tied|tie) up (?:the |my |all the |all my )?(?:last )?loose ends(?= *(?:$|[.,]|now|today))"
    r"|loose ends (?:are )?(?:all )?tied (?:up|off)(?= *(?:$|[.,]|now|today))",
    LOOSE_REASON: r"(?:before|ahead of) (?:christmas|new year|the (?:holidays?|new year|end of \w+|weekend|deadline|baby|wedding)|my (?:leave|holiday|trip|move|operation|surgery|new job|wedding|maternity))"
    r"|(?:at|for) work|for the (?:office|audit|handover|estate|probate)|(?:mums|dads|nans|grans) (?:estate|house|flat|will)",
    ONLY_A_WHILE: r"(?:told|telling|tell|said to) (?:her|him|them|everyone|my \w+|the \w+)(?: that)? (?:its|it is|it was|it would be|it\'s) (?:just|only) (?:for a (?:while|bit|few \w+|week|month)|temporary|till|until)",
    # Piece 4. After a deadline: the means, bare or taken, at the clause's end, or put to use.
    THEN_MEANS: r"then (?:(?:im|i am|ill|i will|im going to|i) (?:taking|take|swallowing|swallow|using|use|necking|downing) (?:all (?:of )?)?(?:the|my) (?:\w+ )?(?:pills|tablets|meds|stash|lot)(?= *(?:$|[.,]))"
    r"|(?:all )?the (?:pills|tablets|stash|rope|bridge)(?= *(?:$|[.,]))|(?:all )?(?:the|my) (?:pills|tablets|stash|rope)(?: in (?:the|my) \w+)? (?:finally )?(?:get|gets|will get) (?:used|taken|swallowed))",
    WAITING_TILL: r"(?:waiting|wait|holding on|hanging on|hold on|hang on) (?:till|until|til|for)|as soon as",
    ERRANDS: r"pick(?:ing)? up|collect\w*|chemist|pharmacy|post office|bank|shops?|shopping|errands?|gym|school run",
    LEFT_FROM: r"hospital|ward|clinic|rehab|detox|discharg\w*|work|shift|office|school|uni|holiday|trip|party|pub|visit|abroad|the nurses?|the doctors?",
}

SIDEWAYS_EXTRA: dict[str, str] = {
    # Piece 3: messages set to go out later, to the few who matter.
    "farewell": r"(?:to send|to go out|to be sent|sent|going out) on a (?:timer|delay|schedule)|(?:to|for) the (?:few )?people who (?:matter|mattered|count)(?= *(?:$|[.,]))",
    # Piece 4: the writer's turn after an awaited death ("waiting for the old cat to go . then its my turn").
    "then_done": r"then (?:its|it is|itll be|it will be) my turn(?= *(?:$|[.,]))",
    "ending": r"(?<=\bthe )(?:long|big|eternal|endless|final|forever) sleep(?! (?:in|at|on|of|i had|last)\b)"
    r"|let(?:ting)? (?:the )?(?:river|sea|water|waves|tide|lake|loch|current|canal|earth|ground) (?:have|swallow|keep) me(?! (?:for (?:a|the|an)|on)\b)"
    r"|switch(?:ing)? (?:myself|me) off(?! (?:from|for (?:the|a|an)|at|with|by|after|before|in)\b)"
    r"|put(?:ting)? (?:myself|me) to sleep (?:for good|forever|permanently)"
    r"|notice on (?:life|living|existence|the world|this world)"
    r"|put(?:ting)? myself out of (?:my|this) misery"
    r"|(?:wont|will not|never|not) (?:open|opening) (?:my|their) eyes(?= *(?:$|[.,]|in the morning|tomorrow|again))",
}

# The recipes that read them (combine.Recipe's fields), added to concepts_now.NOW_RECIPES.
SIDEWAYS_RECIPES: tuple[dict, ...] = (
    dict(
        name="called-home", categories=("passive",), anchor=CALLED_HOME, needs=((FAITH,),), unless=(LEFT_FROM, "away")
    ),
    # Piece 3: preparations said sideways.
    dict(name="own-service", categories=("preparation",), anchor=OWN_SERVICE, needs=(), unless=(SOMEDAY, "away")),
    dict(name="unknowing-bye", categories=("preparation",), anchor=UNKNOWING_BYE, needs=(), unless=(PARTY, "away")),
    dict(
        name="loose-ends",
        categories=("preparation",),
        anchor=LOOSE_ENDS,
        needs=(),
        unless=(LOOSE_REASON, "away", "life_reason"),
    ),
    dict(
        name="only-a-while", categories=("preparation",), anchor=ONLY_A_WHILE, needs=(("farewell",),), unless=("away",)
    ),
    # Piece 4: a deadline then the means; an end once the others are out.
    dict(
        name="deadline-then-means",
        categories=("plan",),
        anchor=THEN_MEANS,
        needs=(("soon", "date"),),
        self_needed=False,
        unless=("company", ERRANDS),
    ),
    dict(
        name="done-when-alone",
        categories=("plan", "intent"),
        anchor="then_done",
        needs=(("others_out", "window", "window_ends"), (WAITING_TILL,)),
        unless=("away", "done_with"),
    ),
)
