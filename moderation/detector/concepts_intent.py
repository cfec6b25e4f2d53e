"""Intent and plans said without a method word (round nine): more words for concepts.VOCAB, merged there.

The act is "it", "done" or "that's it"; what carries the meaning is the frame around it: a decision
that will not be argued with ("doesnt matter what anyone says", "no point pretending otherwise",
"this time im not going to stop myself"), the act with nothing after it but insistence ("im going
to do it anyway"), an end that follows an event waited for ("christmas then done", "after that im
free to go"). Same form as concepts.VOCAB: words and short word sequences over normalised text,
each entry added to the concept of that name (concepts.py's names, spelled here as strings).
"""

from __future__ import annotations

from moderation.detector.concepts_known import MORE as _KNOWN
from moderation.detector.concepts_planned import MORE as _PLANNED
from moderation.detector.concepts_plans import MORE as _PLANS
from moderation.detector.concepts_surface import MORE as _SURFACE

# An end that follows an event waited for ("christmas then done", "and then thats it", "after that im free to go"):
# it counts beside a time and a wait for someone else's sake ("ill get through it for mum"), or said twice.
THEN_DONE, FOR_THEM = "then_done", "for_them"
# "thats when .", "thats my chance .": the time named is the time of the act, with nothing after it (beside a window).
BARE_WHEN = "bare_when"
# A plan said as a plan and then listed ("i have it all planned . saturday night , hotel room , the pills"): the
# words that say a plan is made or told, and the items of such a list (plan-listed, combine.py).
PLAN_SAID, PLAN_ITEM = "plan_said", "plan_item"
# Where or when "it" will be, said of the act ("itll be at the lake", "ive timed it for when"): beside a window.
PLAN_AT, COMPANY, DONE_WITH = "plan_at", "company", "done_with"
_THEM = r"(?:mum|mom|dad|my \w+|the kids|her|him|them|everyone)"
_AWAITED = r"(?:dog|cat|mum|mom|dad|nan|gran) to (?:go|die|pass)"
_ANYONE = r"(?:anyone|anybody|everyone|everybody|they|people|you|my \w+)"

# Round ten (kinds10b): someone else asleep, in bed, gone to work or at a relative's ("after my wife falls asleep",
# "once the kids are at their grans", "when he leaves for work", "before anyone wakes up").
_OTHER = r"(?:my \w+|the kids|hes|shes|he|she|they|theyre|everyone|everybody|everyones|everybodys)"
_OTHERS_GONE = (
    r"|(?:after|once|when|while|till|until) " + _OTHER + r"(?: has| have| is| are)?"
    r" (?:falls?|fallen|goes|go|gone|leaves?|left) (?:asleep|to sleep|to bed|(?:for|to) (?:work|school|the night))"
    r"|(?:after|once|when|while) " + _OTHER + r"(?: is| are|s|re)?"
    r" (?:in bed|(?:at|with) (?:his|her|their) \w+s|(?:go|goes|gone) to (?:his|her|their) \w+s)"
    r"|before (?:anyone|anybody|everyone|everybody) (?:wakes|gets)(?: up)?"
)
# "nobodys home to stop me": no one there to stop the act (beside a time, combine.py's when-plan).
_NOBODY_TO_STOP = (
    r"(?:nobody|no one|nobodys|no ones|theres nobody|theres no one|there is nobody|there is no one)"
    r"(?: is| will be| would be)? (?:home|here|around|about|awake|up|in|there|left) to stop me(?= *(?:$|\.))"
)
# Others spared the trouble it leaves ("so my roommate isnt stuck with the rent", "so i dont leave work in a mess",
# "so nobody has to clear up after me"), ending the clause: beside a bare act or a plan said (spared-plan) or a
# farewell act, the family or nobody spared (spared-farewell). "... after the move", "... if something happens" name
# another reason.
SPARED, SPARED_KIN, DO_IT = "spared", "spared_kin", "do_it"
# A farewell act's ordinary reason told beside it ("made a will now the baby is here", "before the wedding").
LIFE_REASON = "life_reason"
_KIN = (
    r"(?:nobody|no one|nobodys|no ones|noone|they|anyone|everyone|the kids|my (?:family|mum|mom|dad|parents|kids|son"
    r"|daughter|wife|husband|partner|sister|brother|nan|gran|boyfriend|girlfriend))"
)


def _spared(who: str) -> str:
    return (
        r"so (?:that )?(?:i (?:dont|do not|wont|will not) leave (?:\w+ ){1,2}?"
        r"(?:in a mess|in the lurch|with (?:a|the|my) \w+)"
        r"|" + who + r"(?: \w+){0,2}? (?:is |isnt |is not |arent |are not |wont be |will not be |s )?"
        r"(?:left|stuck|stranded|out of pocket)(?: short| in the lurch| with (?:\w+ ){0,2}?"
        r"(?:mess|bills?|rent|costs?|debts?|payments|loans?|mortgage|loose ends|anything|it|that|everything))?"
        r"|" + who + r"(?: \w+){0,2}? (?:has|have|doesnt have|dont have|wont have|will not have|needs|need) to "
        r"(?:clear|clean|sort|deal)(?: up| out)?(?: (?:after|with) (?:me|it|my (?:stuff|things|mess)))?)"
        r"(?: after(?:wards)?)?(?= *(?:$|[.,]))"
    )


# "its all ready", "everythings set", "ive got everything ready", opening a sentence after a bare window (window-ready;
# "presents wrapped , everythings ready" is a list of chores).
READY, WINDOW_ENDS, ALL_AT_ONCE = "ready", "window_ends", "all_at_once"
# "im taking the lot", "swallowing every last one" ending its clause (beside a window and a time).
_ALL_AT_ONCE = (
    r"(?:take|taking|swallow|swallowing|down|downing)"
    r" (?:them all|all of them|the lot|everything|every (?:last|single) one)(?: at once| in one go)?(?= *(?:$|[.,]))"
)

MORE: dict[str, str] = {
    READY: (
        r"(?:(?:^|(?<=\. ))(?:its|it is|everythings|everything is|everything|all)(?: all)? (?:ready|set|in place)"
        r"|(?:i have|ive got|ive|i got|got) everything (?:ready|in place|i need)(?: now)?)(?= *(?:$|[.,]))"
    ),
    ALL_AT_ONCE: _ALL_AT_ONCE,
    SPARED: _spared(r"(?:my \w+|the kids|nobody|no one|nobodys|no ones|noone|they|he|she|anyone|everyone|work)"),
    # a farewell act: the family or nobody spared ("cleaned the flat so my landlord isnt stuck with a mess" is a move)
    SPARED_KIN: _spared(_KIN),
    LIFE_REASON: (
        r"(?:before|after|ahead of|for) (?:the|my|our) (?:new )?(?:baby|wedding|house move|move|mortgage|new house"
        r"|emigration|surgery|operation|taper)\b|before (?:we|i) (?:emigrate|move house|move abroad)"
        r"|now (?:that )?(?:the|our|my) (?:baby|son|daughter|grandchild) (?:is|has been) (?:here|born)"
    ),
    # the subject read behind the verb, so only a "do" or "doing" starts a match (speed)
    DO_IT: r"(?:" + "|".join(
        rf"(?<=\b{subject} )"
        for subject in ("ill", "i will", "im going to", "im gonna", "i am going to", "im", "i am", "ill just")
    ) + r")(?:do|doing) it\b",
    # A decision that refuses to be argued with or is held to.
    "decide": (
        r"(?:doesnt|does not|dont|do not) (?:matter|care) what " + _ANYONE + r" (?:says?|thinks?)"
        r"|(?:doesnt|does not) matter (?:anymore|now)(?= *(?:$|[.,]))"
        r"|(?:whatever|no matter what) " + _ANYONE + r" (?:says?|thinks?)|whether " + _ANYONE + r" likes? it or not"
        r"|no point pretending(?: otherwise)?(?= *(?:$|[.,]))"
        r"|(?:not going to|am not going to|wont|will not|not gonna) stop myself(?= *(?:$|[.,]|this time))"
        r"|promised myself|(?:im |i am )?making sure (?:of it|this time)"
        # "ill do it . i will .": the will said again on its own
        r"|(?:^|(?<=[.,] ))(?:and )?ill(?: (?:really|actually))?(?= *(?:$|[.,]))"
        r"|(?:this time )?i (?:actually|really) will(?= *(?:$|[.,]))"
        # the act told to someone before it happens; a deadline given and passed ("i said id give it a year")
        r"|(?:wanted|want|needed|need) (?:you|you all|someone|somebody|one person|one of you)(?: here)? to "
        r"(?:hear it from me|know)(?= *(?:$|[.,]|first|before|not from))"
        r"|(?:said|told myself|promised) (?:id|i would|ill|i will) give it (?:a|one|another|\d+|until|till) \w+"
        r"|i mean (?:that|it)(?= *(?:$|[.,]))"
    ),
    # The act with nothing after it but insistence, or an end that follows what is waited for.
    "act": (
        r"(?:do|go through with|going through with) it(?= (?:anyway|regardless|no matter what)(?= *(?:$|[.,])))"
        r"|do something (?:stupid|drastic|permanent|i cant (?:take back|undo))"
        r"(?= *(?:$|[.,]|(?:tonight|tomorrow|soon|this time)(?= *(?:$|[.,]))|and (?:this time|i|im)\b))"
        r"|(?:im|i am) not (?:staying|sticking around) (?:for|to see) (?:another|one more|the next|day \d+)"
        # A journey with no return: "drive to the coast friday and not drive back", "walk into the hills and not come
        # back down" ("and not coming home till late" is an evening out).
        r"|(?:go|going|head|heading|walk|walking|drive|driving)(?: (?:up|down|out|off))? (?:to|into|for) (?:the|a) \w+"
        r"(?=(?: \w+){0,4}? and (?:im |i am |i |ill |i will )?(?:not|never|wont|dont|will not|do not)(?: be)? "
        r"(?:come|coming|drive|driving|walk|walking|get|getting|go|going) (?:back|home)(?: (?:down|up|again|from it))?"
        r"(?= *(?:$|[.,])))"
        # Going to the place itself, with nothing else to do there: "one more month of this and im going to the
        # bridge", "going up to the roof", "to the bridge instead" ("to the bridge on saturday to take photos").
        r"|(?:going|heading|head|go)(?: up| down| out)? to the "
        r"(?:bridge|cliffs?|roof|rooftop|tracks|railway line|viaduct|quarry|multi storey|top floor|overpass|ledge)"
        r"(?= *(?:$|[.,]|instead"
        r"|(?:straight |right )?after (?:the|my|this|that) \w+(?: tonight| tomorrow)?(?= *(?:$|[.,]))))"
        r"|let go(?= (?:for good|forever)|(?= *(?:$|[.,])))"
        # "im going ahead with it this weekend" ("with the taper" names what)
        r"|go(?:ing)? ahead with it(?= *(?:$|[.,]|this|tonight|tomorrow|on|anyway|regardless|no matter))"
    ),
    THEN_DONE: (
        r"(?:(?:^|(?<=[.,] ))|(?:and )?then |after that )"
        r"(?:(?:im |i am |its |it is )?(?:done|over)(?= *(?:$|[.,]))|(?:thats|that is) it(?= *(?:$|\.)))"
        r"|(?:then|after that) (?:im|i am|ill be|i will be) free to go(?= *(?:$|[.,]))"
        r"|(?:after that|then) (?:theres |there is )?nothing (?:left )?(?:keeping|holding) me here(?= *(?:$|[.,]))"
    ),
    FOR_THEM: (
        r"(?:get|getting|make it|hold on|hang on) (?:through|till|until) (?:\w+ ){1,3}?for " + _THEM + r"\b"
        r"|(?:wont|will not|dont want to|not going to|do not want to) (?:ruin|wreck|spoil) (?:it|that|\w+) for "
        + _THEM
        + r"|(?:one|a) last (?:christmas|birthday|summer|holiday) with (?:me|us)"
        r"|for (?:mums|moms|dads|the kids|her|his|their) sake"
        r"|(?:waiting|wait) for (?:the|my) (?:old )?" + _AWAITED
        # "just need to get past my sisters wedding": someone else's day waited for
        + r"|(?:get|getting) (?:past|through) (?:my|our) \w+s (?:birthday|wedding|graduation|christening)"
    ),
    "date": r"easter|new years (?:day|eve)",
    # A window when someone else is away or everyone is out ("friday . when hes away for work . thats when").
    "window": (
        r"(?:when|while|once|as soon as) (?:hes|shes|theyre|he is|she is|they are|everyones|everybodys|everyone is"
        r"|my \w+ is|my \w+s are|the kids are|my \w+s) (?:away|out|at work|at school|on nights|on holiday|asleep|gone)"
        r"|(?:^|(?<=[.,] ))(?:my )?(?:husband|wife|partner|hubby|kids|family|parents|flatmate|roommate) (?:away|out)"
        r"(?= (?:sat|sun|fri|mon|tue|wed|thu|this|next|on|for|all|till|until|tonight|tomorrow)\b)"
        r"|(?:house|flat|place) (?:will be|is going to be|gets) empty(?= *(?:$|[.,]))"
        r"|(?:till|until|when|once|after) (?:hes|shes|theyre|he is|she is|they are) asleep"
        r"|(?:when|while) (?:my \w+s|hes|shes|my \w+ is) on (?:her|his|their|a|the) (?:night )?shift"
        + _OTHERS_GONE
    ),
    # "ive worked out where .", "picked the spot by the reservoir": the plan made.
    "when": (
        _NOBODY_TO_STOP + r"|(?:ive|i have) (?:already )?(?:worked|figured) out where(?= *(?:$|[.,]))"
        r"|(?:picked|chosen|chose|found) (?:the|a|my) (?:spot|place)"
        r"(?= (?:by|at|on|near|under|behind)\b)(?!(?: \w+){1,4} for\b)"
        # "nobody will notice im gone till morning"
        r"|(?:nobody|no one) (?:will|would) (?:notice|realise|realize) (?:that )?im (?:gone|not here|missing)"
        r"(?= (?:till|until)\b)"
    ),
    BARE_WHEN: (
        r"(?:thats|that is|thatll be) (?:when|my chance|my time|the time)(?= *(?:$|[.,]))"
        r"|(?:ive|i have) thought it (?:all )?through(?= *(?:$|[.,]))"
    ),
    "dose": r"(?:last|final) cut",
    # "not waking up tomorrow , im making sure of it"
    "ending": r"(?:never|not) waking up(?! (?:at|with|early|feeling|sweating|shaking|in the|till|until|before"
              r"|to (?:an? |the |my )?(?:alarms?|clock|noise|kids?|baby|dogs?|cats?|neighbours?|phone|texts?"
              r"|emails?))\b)",
    # "im not planning on needing a new place", "one last christmas with me first"
    "absent": (
        r"(?:not planning on|dont plan on|wont be|not going to be) needing"
        r" (?:a new \w+|another \w+|one)(?= *(?:$|[.,]))"
        r"|(?:one|a) last (?:christmas|birthday|summer|holiday|weekend) with me(?= *(?:$|[.,]|first|before))"
        r"|last (?:week|day|night|month) (?:anywhere|on earth|alive)(?= *(?:$|[.,]))"
    ),
    "no_return": r"(?:dont|wont|do not|will not) (?:come|go|walk|drive) (?:back|home)(?= *(?:$|[.,]))",
    "bare_date": r"(?:the|my) date is (?:circled|marked)|circled (?:the|a) date",
    PLAN_SAID: (
        r"(?:i have|ive got|got|have|its) (?:it )?(?:all )?planned(?: out)?(?= *(?:$|[.,]))"
        r"|(?:made|have|got) a plan(?: today| now| already)?(?= *(?:$|[.,]))|(?:^|(?<=[.,] ))the plan(?= *(?:$|[.,]))"
        r"|(?:written|wrote) down the (?:time|date|day)"
        r"|(?:so|because) (?:someone|somebody|one person) knows (?:where|when)"
        r"|(?:^|(?<=[.,] ))(?:ive|i have) decided(?= *(?:$|[.,]))"
    ),
    PLAN_AT: (
        r"(?:itll|it will) be (?:at|in) the (?:lake|river|sea|woods|forest|bridge|quarry|cliffs?|reservoir|canal"
        r"|car park|multi storey|railway|tracks|roof)(?= *(?:$|[.,]))|(?:itll|it will) be in the garage(?= *(?:$|[.,]))"
        # "ive timed it for when my wifes on her night shift ." (not "..., a long bath on tuesday": the act named)
        r"|(?:ive|i have) timed it for"
        r"(?= when (?:\w+ ){1,6}?(?:shift|asleep|away|out|at work|at school|gone)(?= *(?:$|\.)))"
    ),
    # "the plan . tomorrow , the rope swing at the river with the kids", "the top floor of the museum , then lunch":
    # company or what follows makes it an outing.
    COMPANY: (
        r"with (?:the kids|friends|the family|us|my (?:kids|family|sister|brother|mum|mom|dad|partner|friends?"
        r"|husband|wife))\b|then (?:lunch|dinner|tea|brunch|coffee|drinks|home|the pub|shopping|a film|the cinema)\b"
        r"|of the (?:museum|gallery|shop|store|library|hotel|office|tower|cathedral|castle)\b"
    ),
    # "christmas then done with the in laws . ... and then thats it": the end names what it ends.
    DONE_WITH: r"(?:done|finished) with (?:the|my|this|that|her|his|their|work|uni|school) ?\w*",
    PLAN_ITEM: (
        r"(?:(?:^|(?<=[.,] ))(?:and )?|(?<=\band ))(?:(?:the|a|my) )?"
        r"(?:garage|pills|tablets|rope|belt|place|spot|quarry road|cliff road|top level|top floor)(?= *(?:$|[.,]))"
    ),
    # "new years day", "thats 3 weeks away": a time.
    "soon": r"(?:get|getting) (?:past|through) (?:my|the|our) (?:\w+s )?(?:birthday|wedding|graduation|christening)"
    r"|after (?:this|my|tonights) shift|(?:waiting|wait) for (?:the|my) (?:old )?"
    + _AWAITED
    + r"|new years day|(?:\d+|two|three|four|five|six|a few) (?:weeks|days|months) away(?= *(?:$|[.,]))",
}
# Plans said as settled, preparations for after (round eleven): concepts_planned.py
# and round twelve's (concepts_known.py), round thirteen's said as titles, statuses and journals (concepts_surface.py)
for _name, _more in (*_PLANNED.items(), *_KNOWN.items(), *_SURFACE.items()):
    MORE[_name] = MORE[_name] + "|" + _more if _name in MORE else _more
# The window, bare: nothing named to do in it ("tonight after my wife falls asleep ."; not "... im painting the hall").
MORE[WINDOW_ENDS] = r"(?:" + MORE["window"] + "|" + _PLANS["window"] + r")(?= *(?:$|[.,]))"
