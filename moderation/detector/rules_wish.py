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
_GERUND_AFTER = "(?:^|(?<=[.,] )|" + "|".join(rf"(?<=\b{word} )" for word in (
    "to of into about from with and just genuinely honestly really literally actually constantly still now back been "
    "keep kept started start feel feeling felt im am was its point days nights"
).split()) + ")"
_NOT_WANTING = (
    _GERUND_AFTER + r"(?:just |genuinely |honestly |really |actually |literally |completely )?(?P<e>(?:not|no longer) "
    r"wanting to (?:(?:be alive|exist|be alive or exist)(?: anymore| any more| any longer| at all)?(?= *(?:$|[.,]|tbh|"
    r"honestly|ngl|lately|some days|most days|again|since|these days|every day|all week|all day))|(?:live|be here|be around|go on)(?: anymore| any more| any longer)"
    r"(?= *(?:$|[.,]|tbh|honestly|ngl|lately))))"
)

WISH_INDIRECT = [
    _rule("not-wanting-alive", (PASSIVE,), _NOT_WANTING, "wanting & alive exist live here around go"),
    # "let this be the last night i have to wake up", "hoping tonight is the last time i open my eyes"
    _rule("last-waking", (PASSIVE,), r"(?P<e>" + _LAST + r")(?= (?:\w+ ){0,2}?i (?:\w+ ){0,3}?(?:(?:wake|woke)(?: up)?(?! (?:up )?(?:at|with|early|drenched|sweating|screaming|panicking|shaking|feeling|because|from|to|before|in(?! (?:this|the morning)\b))\b)|open my eyes|(?:close|shut) my eyes(?= *(?:$|[.,]|ever|for good|forever))|see (?:the )?(?:morning|sunrise|daylight)(?= *(?:$|[.,]))))", "last & wake woke open close shut see"),
    # "going to bed hoping its the last time", "get into bed kind of hoping its my last": the last of nothing named, at bedtime.
    _rule("bed-hoping-last", (PASSIVE,), r"\b(?:bed|sleep|asleep)(?: \w+){0,6}? (?P<e>(?:hop\w*|pray\w*|wish\w*) (?:that )?(?:this|it|tonight)(?:s| is| will be| would be)? (?:my|the) (?:very )?last(?: (?:time|night|one|sleep))?)" + _CLAUSE_END, "bed sleep asleep & last"),
    # "the only thing that sounds good rn is never waking up": one's own death the one thing that appeals.
    _rule("only-appealing", (PASSIVE,), r"(?P<e>(?:the )?only thing (?:that )?(?:sounds|seems|feels|looks) (?:\w+ ){0,1}?(?:good|nice|appealing|peaceful|restful|right|tempting|like relief)(?: \w+){0,2}? (?:isnt (?:waking up|existing|being (?:here|alive))|is (?:never waking up|not waking up|dying|death|being dead|not existing|not being here|not being alive|disappearing forever|being gone)))(?! (?:for|to) (?:him|her|them|my \w+)\b)", "only & waking dying death dead existing here alive disappearing gone"),
    # "i just want to disappear and not have to feel this", "i want to stop being": to be no more, wanted now.
    _rule("want-disappear", (PASSIVE,), r"{S}(?:want|wanting|wanna|need|(?:would|d) love|long(?:ing)?|all i want is|wish(?:ing)? i (?:could|would|can)|(?<=\bwish )i could|if only i could)(?: to)? (?:just |simply |completely |quietly |honestly )?(?P<e>(?:disappear|vanish|evaporate|dissolve|fade (?:away|out)(?: of existence)?|stop being)(?: completely| entirely| altogether| for real)?)(?= *(?:$|\.|, (?!(?:go|move|run|live|somewhere|to|for|like (?:a|on) (?:holiday|trip|break))\b)|and (?:not|never|stop|no|be gone)\b|forever|for good|like (?:gone|dead|never|for good)|tbh|ngl|honestly|fr\b|rn\b|right now|tonight))", "disappear vanish evaporate dissolve fade being"),
]
