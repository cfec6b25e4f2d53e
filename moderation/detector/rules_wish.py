"""Wishes to be dead said indirectly (round eleven, wish11; rules.py adds them to RULES).

Not waking up hoped for as the last night or the last time ("going to bed hoping its my last",
"let tonight be the last time i have to open my eyes"), or named as the one thing that appeals
("the only thing that sounds good is not waking up"). Sleep stays sleep: the last night "of this
insomnia", the last time "the neighbours party", waking "at 3am"; a taper step hoped to be the last
has no bed or waking in it.

Wanting to disappear, vanish, fade out or stop being, said bare or with nothing after it but "and not
have to feel this", "completely" or "like gone" ("i just want to disappear", "wish i could just fade
out of existence"). Somewhere to disappear to or from, for a while or under the duvet is a break,
and wanting the symptoms or the fog to disappear is about them.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in rules.py
from __future__ import annotations

from moderation.detector.patterns import PASSIVE, _rule

_LAST = r"(?:hop\w*|pray\w*|wish\w*|let) (?:that )?(?:this|it|tonight|today|tomorrow)(?: is|s| will be| be|ll be| would be)? (?:my|the) (?:very )?last(?: (?:time|night|one|day|morning|sleep))?"
_CLAUSE_END = r"(?= *(?:$|[.,]|ngl|tbh|honestly|tho|though|fr|lowkey|tbf|again|every night)(?:\b|$))"

# Round twelve (mind12): the wish said as a gerund after a word that is no one else ("its gone past hard to not
# wanting to be alive anymore", "back to not wanting to exist"): "my son not wanting to live with us" has a subject,
# and "not wanting to be here" at the dentist has a place; being here or living needs "anymore" to count.
_GERUND_AFTER = (
    "(?:^|(?<=[.,] )|"
    + "|".join(
        rf"(?<=\b{word} )"
        for word in (
            "to of into about from with and just genuinely honestly really literally actually constantly still now back been "
            "keep kept started start feel feeling felt im am was its point days nights"
        ).split()
    )
    + ")"
)
_NOT_WANTING = (
    _GERUND_AFTER + r"(?:just |genuinely |honestly |really |actually |literally |completely )?(?P<e>(?:not|no longer) "
    r"wanting to (?:(?:be alive|exist|be alive or exist)(?: anymore| any more| any longer| at all)?(?= *(?:$|[.,]|tbh|"
    r"honestly|ngl|lately|some days|most days|again|since|these days|every day|all week|all day))|(?:live|be here|be around|go on)(?: anymore| any more| any longer)"
    r"(?= *(?:$|[.,]|tbh|honestly|ngl|lately))))"
)

WISH_INDIRECT = [
    _rule("not-wanting-alive", (PASSIVE,), _NOT_WANTING, "wanting & alive exist live here around go"),
    # "let this be the last night i have to wake up", "hoping tonight is the last time i open my eyes"
    _rule(
        "last-waking",
        (PASSIVE,),
        r"(?P<e>"
        + _LAST
        + r")(?= (?:\w+ ){0,2}?i (?:\w+ ){0,3}?(?:(?:wake|woke)(?: up)?(?! (?:up )?(?:at|with|early|drenched|sweating|screaming|panicking|shaking|feeling|because|from|to|before|in(?! (?:this|the morning)\b))\b)|open my eyes|(?:close|shut) my eyes(?= *(?:$|[.,]|ever|for good|forever))|see (?:the )?(?:morning|sunrise|daylight)(?= *(?:$|[.,]))))",
        "last & wake woke open close shut see",
    ),
    # "going to bed hoping its the last time", "get into bed kind of hoping its my last": the last of nothing named, at bedtime.
    _rule(
        "bed-hoping-last",
        (PASSIVE,),
        r"\b(?:bed|sleep|asleep)(?: \w+){0,6}? (?P<e>(?:hop\w*|pray\w*|wish\w*) (?:that )?(?:this|it|tonight)(?:s| is| will be| would be)? (?:my|the) (?:very )?last(?: (?:time|night|one|sleep))?)"
        + _CLAUSE_END,
        "bed sleep asleep & last",
    ),
    # "the only thing that sounds good rn is never waking up": one's own death the one thing that appeals.
    _rule(
        "only-appealing",
        (PASSIVE,),
        r"(?P<e>(?:the )?only thing (?:that )?(?:sounds|seems|feels|looks) (?:\w+ ){0,1}?(?:good|nice|appealing|peaceful|restful|right|tempting|like relief)(?: \w+){0,2}? (?:isnt (?:waking up|existing|being (?:here|alive))|is (?:never waking up|not waking up|dying|death|being dead|not existing|not being here|not being alive|disappearing forever|being gone)))(?! (?:for|to) (?:him|her|them|my \w+)\b)",
        "only & waking dying death dead existing here alive disappearing gone",
    ),
    # "i just want to disappear and not have to feel this", "i want to stop being": to be no more, wanted now.
    _rule(
        "want-disappear",
        (PASSIVE,),
        r"{S}(?:want|wanting|wanna|need|(?:would|d) love|long(?:ing)?|all i want is|wish(?:ing)? i (?:could|would|can)|(?<=\bwish )i could|if only i could)(?: to)? (?:just |simply |completely |quietly |honestly )?(?P<e>(?:disappear|vanish|evaporate|dissolve|fade (?:away|out)(?: of existence)?|stop being)(?: completely| entirely| altogether| for real)?)(?= *(?:$|\.|, (?!(?:go|move|run|live|somewhere|to|for|like (?:a|on) (?:holiday|trip|break))\b)|and (?:not|never|stop|no|be gone)\b|forever|for good|like (?:gone|dead|never|for good)|tbh|ngl|honestly|fr\b|rn\b|right now|tonight))",
        "disappear vanish evaporate dissolve fade being",
    ),
]

# Round thirteen (mind13): a near miss on the road welcomed ("a lorry came so close and i thought , good", "a van
# nearly hit me , shame it missed"): a vehicle in the clause before; "good grief" or "please slow down" stays quiet.
_VEHICLE_BEFORE = r"\b(?:car|van|lorry|truck|bus|train|driver|taxi|motorbike)\b(?: \w+| ,){0,14}? "
WISH_INDIRECT.append(
    _rule(
        "near-miss-welcome",
        (PASSIVE,),
        _VEHICLE_BEFORE
        + r"(?P<f>)(?P<e>(?:(?:(?:and )?(?:i|all i|part of me) (?:\w+ )?(?:think|thought|thinks|went|whisper\w*|said)(?: was)?(?: ,)? (?:good|yes|please|go on|do it|finally|maybe this time)(?: ,)?(?: maybe)?)|(?:shame|a shame|pity|a pity|too bad|gutted|disappointed|wish(?:ed)?) (?:that )?(?:it|they|he|she|the (?:car|van|lorry|truck|bus|driver|train)) (?:missed(?: me)?|braked|stopped in time|swerved|didnt hit me|didnt (?:quite )?get me)))(?= *(?:$|[.,]))",
        "car van lorry truck bus train driver taxi motorbike & think thought thinks went whisper whispered whispering said shame pity bad gutted disappointed wish wished",
    )
)

# Round thirteen (mind13): others grieving the writer once, sooner, as kinder ("easier for them to grieve me once than
# watch this", "kinder on my family to bury me now"); losing me "for a week" or visiting me stays quiet.
WISH_INDIRECT.append(
    _rule(
        "grieve-me-once",
        (PASSIVE,),
        r"(?P<e>(?:easier|kinder|better|simpler|less cruel|fairer|quicker)(?: (?:it would be|itd be|would it be|it is|its))? (?:for|on|to) (?:them|him|her|everyone|everybody|all of them|(?:my|the) \w+)(?: \w+)? to (?:grieve|mourn|bury|lose) me)(?= *(?:$|[.,]|once|now|and move on|than|for good|forever|already))",
        "grieve mourn bury lose & easier kinder better simpler cruel fairer quicker",
    )
)
# Waking resented ("why did i even have to wake up", "why do i keep having to wake up at all"): waking "at 4am" or "so
# early" is sleep; a bare "why did i wake up again" may be insomnia, so it needs "have to", "even" or "at all".
WISH_INDIRECT.append(
    _rule(
        "why-wake",
        (PASSIVE,),
        r"(?P<e>why (?:did|do|does|must|should) i (?:(?:even |still |just )?(?:have|need|keep having|get) to |even )(?:wake up|survive|keep waking up|be alive|exist)(?: at all| every (?:morning|day))?|why (?:did|do) i (?:\w+ )?(?:wake up|survive) at all)(?= *(?:$|[.,]))",
        "why & wake waking survive alive exist",
    )
)
# Sleep welcomed with never having to face any of it again ("id be glad to fall asleep tonight and never have to face any
# of this again"); an alarm, a chore or not waking "till" a time is sleep.
WISH_INDIRECT.append(
    _rule(
        "sleep-never-again",
        (PASSIVE,),
        r"(?P<e>(?:happy|glad|fine|relieved|ready|content|grateful|okay|ok) to (?:just )?(?:go to sleep|fall asleep|sleep|close my eyes|go to bed)(?: tonight)? and (?:never|not) (?:have to )?(?:face|do|deal with|feel|go through|live) (?:any of (?:it|this)|it all|this|another day(?: of (?:it|this))?|life)(?: ever)? (?:again|anymore|any more))(?= *(?:$|[.,]))",
        "sleep asleep eyes bed & again anymore more",
    )
)
