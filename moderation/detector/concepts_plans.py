"""Means at hand, plans and timing, intent: more words for concepts.VOCAB (round eight, merged there).

Each entry adds alternatives to the concept of that name (concepts.py's names, spelled here as
strings so this module imports nothing); WINDOW, EFFECT, LETHAL_ASKED and FOR_ME are concepts of
their own. Same form as VOCAB:
words and short word sequences over normalised text.
"""

from __future__ import annotations

# A time when nobody is about, said without the act ("tomorrow at 6 when the house is empty"): a
# window, which counts only beside something else (a weak recipe, combine.py).
WINDOW = "window"
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
_PERIOD = (
    r"(?:that|this|next) (?:night|day|weekend|week|morning|evening)|the (?:night|day|weekend|week) after|"
    + _DAY + r" (?:night|morning|evening)"
)

# Knowing what a means would do, said without naming it ("ive counted it . i know what it would do").
EFFECT = "effect"
_EFFECT = (
    r"what (?:it|they|that|those|\w+) (?:would|could|will|might) do(?: to (?:me|my body))?(?= *(?:$|[.,]))"
    r"|(?:would|will|should|could) be (?:more than )?enough(?= *(?:$|[.,]))"
    r"|(?:it|everything|all this) (?:would|could) (?:all )?be over(?= *(?:$|[.,]))"
)
# A question about what a means or a place would do, then pinned to the writer ("not for a friend").
LETHAL_ASKED, FOR_ME = "lethal_asked", "for_me"
_AMOUNT = r"(?:all|every|everything|the whole|their whole|your whole|the lot|too many|a whole|the rest)"

MORE: dict[str, str] = {
    EFFECT: _EFFECT,
    LETHAL_ASKED: (
        r"what (?:happens|would happen|will happen) if (?:someone|somebody|you|a person|one|i) (?:takes?|took|swallows?|swallowed|mix\w*|drinks?|downs?) " + _AMOUNT
        + r"|(?:which|what) (?:\w+ ){0,2}(?:stops?|would stop|will stop) (?:your|a|the|my) heart"
        + r"|(?:do you know|anyone know|does anyone know) if (?:the )?(?:\w+ ){0,5}?(?:roof|rooftop|bridge|top floor|railing|viaduct) (?:\w+ ){0,6}?is (?:locked|open|fenced|guarded)"
        + r"|would (?:it|that|they) be enough(?= *(?:$|[.,]))"
    ),
    FOR_ME: (
        r"(?:i ask|im asking|i am asking|asking|its|this is) for me(?= *(?:$|[.,]|not))|not for a friend|not for (?:research|information|a story|a book|an essay|curiosity)"
        r"|not a story|(?:dont|do not) answer that"
    ),
    WINDOW: (
        r"when (?:the |my )?(?:house|flat|place|home)(?:s| is| will be| gets)? empty"
        r"|(?:when|while) (?:im|i am|ill be) (?:home )?alone(?= *(?:$|[.,]))"
        r"|(?:everyone|everybody|they|the others)(?: will be|ll be|s|re| are) (?:out|away|asleep)(?= *(?:$|[.,]))"
        r"|(?:after|once|when) (?:everyone|everybody|the house|they)(?:s| is| has| have| are)? (?:asleep|in bed|gone to bed|gone out)"
        r"|before (?:anyone|anybody|everyone)(?:s| is)? (?:about|up|awake)"
        r"|when (?:theres|there is|there will be) (?:no traffic|nobody (?:around|about)|no one (?:around|about))"
    ),
    # "ill do it that night", "doing it sat night": the act with the time it will happen.
    "act": (
        r"do it(?= (?:" + _PERIOD + r"))|doing it(?= (?:" + _PERIOD + r"))"
        r"|im done(?= (?:for good|forever)(?= *(?:$|[.,])))|im finished(?= *(?:$|[.,]))|(?:my|the) time to go(?: too)?(?= *(?:$|[.,]))"
        # "im not going to live through another wave" (beside a decision, combine.py's act-decided)
        r"|(?:wont|will not|not going to|am not going to|not gonna|im not|i am not) (?:live|living|get|getting|make it|making it|last|lasting) (?:through|thru|past) (?:another|one more|the next|this)"
        r"(?= \w+(?: (?:like this(?: one)?|of this|this way))?(?= *(?:$|[.,]|because)))"
        r"|(?:wont|will not|not going to|am not going to) (?:be )?(?:go|going) (?:through|thru) (?:another|one more) (?:winter|summer|year|christmas|birthday)"
        r"(?=(?: (?:like this(?: one)?|of this|this way))?(?= *(?:$|[.,])))"
        # "im driving to the coast afterwards and im not coming back"
        r"|(?:going|heading|walking|driving|drive|go|head|walk) (?:down |up |out )?(?:to|into) the \w+(?=(?: \w+){0,3}? and (?:im |i am |ill be )?not coming back(?: up| home)?(?= *(?:$|[.,])))"
    ),
    "ending": (
        # "i wont be making it past that", "im following him" (after a death), "letting it take me"
        r"(?:wont|will not|not going to|am not going to) (?:be )?mak(?:e|ing) it past(?= (?:that|then|it|this|my|the)\b)"
        r"|(?:im|ill|i will|im going to|i am going to) follow(?:ing)? (?:him|her|them)(?= *(?:$|[.,]|soon|then|after|when))"
        r"|let(?:ting)? (?:it|the (?:water|river|sea|current|tide|waves|cold)) take me(?= *(?:$|[.,]|under|away))"
        # "if im not off this stuff by 40 i wont see 41": an age not lived to
        r"|(?:wont|will not|never going to|not going to) see \d+(?= *(?:$|[.,]))"
        r"|get off (?:this|the) (?:ride|road|merry go round|rollercoaster)(?= *(?:$|[.,]))"
        # "shes been gone 4 years and im going to her now"
        r"|(?:been gone|died|passed away|passed|dead)(?: \w+){0,6}? and (?:im|i am|ill|ill be) (?:going|coming|go|come) to (?:her|him|them)(?= *(?:$|[.,]|now|soon|tonight))"
    ),
    "soon": (
        r"next pay ?day|" + _PERIOD + r"|(?:till|until) (?:the )?morning"
        r"|in (?:two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|hours)"
        r"|(?:^|(?<=[.,] ))(?:four|five|six|seven|eight|nine|ten|\d+) (?:more )?(?:weeks?|days?|months?|nights?) to go(?= *(?:$|[.,]))"
        # "once the dog goes": a death awaited
        r"|(?:once|when|after|till|until) (?:the|my) (?:old )?(?:dog|cat|mum|mom|dad|nan|gran) (?:goes|dies|passes|is gone)"
    ),
    "decide": (
        r"(?:not going to|wont|will not) let myself(?= *(?:$|[.,]))|deal (?:i have|i) made (?:with|w) myself|(?:got|have) it (?:all )?sorted(?= *(?:$|[.,]))|"
        r"chose(?= *(?:$|[.,]))|made my mind up|(?:ive|i have) counted|have decide(?= (?:this|it|that)\b)|(?:thats|is) my timeline|my timeline is"
    ),
    "final": r"(?:i have|ive) had enough(?= *(?:$|[.,]))|nothing (?:else )?(?:keeps|is keeping|holds|ties) me (?:here|to (?:this|life))",
    "safe": r"(?:buy|get|fit|put|need) (?:a )?locks?(?= *(?:$|[.,]|on|for))",
    "bare_date": r"(?:^|(?<=[.,] ))the date is (?:set|picked|chosen)(?= *(?:$|[.,]))",
    "when": (
        r"(?:nobody|no one) (?:will|would|is going to) (?:notice|realise|realize|find out)(?= (?:till|until|before)\b)"
        # "nobody will notice till morning that i ate the biscuits": what is noticed is named
        r"(?! (?:till|until|before) (?:\w+ ){0,3}?(?:that|if|whether)\b)"
        r"|(?:nobody|no one) (?:will|would) (?:notice|miss|realise) (?:me )?(?:going|gone|im gone)(?= *(?:$|[.,]))"
        r"|(?:ive|i have) thought it (?:all )?through"
        r"|(?:nobody|no one) (?:comes?|will come|would come|is coming) (?:round|over|by|home|looking)(?= (?:till|until)\b)"
    ),
    # A means one knows the effect of ("i looked up what it would do to me", "would be more than enough").
    "count": _EFFECT,
    # "measuring it": the drop of a place looked at
    "nearby": r"measuring (?:it|the (?:drop|height|distance|fall)|how (?:high|far|deep))",
    "thought": r"(?:its |is )?all i (?:can )?think about|where my (?:head|mind) (?:goes|keeps going|is(?: at)?(?= *(?:$|[.,])))",
    "haunt": r"(?:its |is )?all i (?:can )?think about|where my (?:head|mind) (?:goes|keeps going|is(?: at)?(?= *(?:$|[.,])))",
    # A vague "going" or "stopping", then pinned to life: "time for me to go . not from the forum , i mean from everything".
    "vague_end": r"(?:time|ready) for me to go(?= *(?:$|[.,]))|(?:leaving|signing off|going)(?= (?:soon|for good|tonight)(?= *(?:$|[.,])))|(?:im going to|i want to|going to) stop(?= *(?:$|[.,]))",
    "pinned": r"(?:^|(?<=[.,] ))(?:i mean )?(?:from )?(?:everything|the whole thing|all of it|breathing|existing|living)(?= *(?:$|[.,]))",
    # A ligature point, a drawer of medicines.
    "means": (
        r"belt(?= (?:\w+ ){0,6}?(?:door|banister|bannister|beam|hook|loft hatch))|door frame|banisters?|bannisters?"
        r"|med (?:drawer|cabinet|box)|medicine (?:drawer|cabinet)|morphine|fentanyl|tramadol|methadone"
        r"|supply(?! (?:chain|teacher|issues?|problems?|shortages?)\b)"
    ),
    # "think about using" with nothing after: the means named before.
    "use": r"using(?<=about using)(?= *(?:$|[.,]))",
    "take_all": r"(?:take|taking|swallow\w*) the whole(?= (?:\w+s )?(?:worth|supply|lot)\b)",
}
