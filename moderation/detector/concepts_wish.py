"""The wish to be dead said as a condition welcomed (round ten, kinds10c): concepts for combine.py.

One's own death or absence is often put as an "if" and then welcomed: "if i was gone tomorrow
that would be fine with me", "id be happy if a car hit me", "if the scan shows something terminal
id feel relief". The rules (rules.py "wouldnt-mind", "fine-if-i-died", "relief-not-to") know a
few of these orders; the combination layer reads the two halves apart:

- IF_GONE (an anchor): one's own death or absence after "if" ("if i was dead", "if i didnt exist",
  "if i wasnt alive anymore", "if i never woke up", "if a bus hit me", "if something killed me",
  "if my heart just stopped"), or a fatal illness found in oneself ("if the scan shows something
  terminal", "if i got told i had something incurable", "if they found a tumour");
- ACCEPT: the writer welcoming it, ending its clause or said "with that", "by me", "honestly"
  ("id be fine with that", "that would be ok by me", "id feel relief", "i wouldnt mind", "it would
  be a relief"); "id be fine to drive", "id be relieved to have an answer", "id be glad they caught
  it" are something else.

Sleep and symptoms stay quiet ("if i didnt wake up at 4am every day id be fine"), and so do other
people's deaths ("if i died my cat would be fine": the cat is fine, not the writer), being dead
tired, gone for a week, or not existing "on social media".
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

IF_GONE, ACCEPT, URGE, STRONG, ENDS_WITH = "if_gone", "accept", "urge", "strong", "ends_with"
LIFE_BACK = "life_back"
_ROLE = r"(?:mum|mom|mother|dad|father|wife|husband|partner|daughter|son|sister|brother|friend|parent|girlfriend|boyfriend|sibling|grandma|grandad)"

_FATAL = r"(?:something |it was |its |it is |i have |i had |i was )?(?:terminal|fatal|incurable|inoperable)"
WISH_VOCAB: dict[str, str] = {
    IF_GONE: "|".join((
        r"if i (?:just |simply |suddenly )?(?:was|were) (?:dead|gone)(?! (?:tired|asleep|on my feet|to the world|inside|for|to|out|away|on|off|shopping|by|from|at|in|an?|\d+|two|three|half|all|overnight|long)\b)",
        r"if i (?:just |simply |suddenly )?(?:didnt|did not|no longer|stopped|ceased to|couldnt) exist(?:ed|ing)?(?! (?:on|in|online|at|for|there)\b)",
        r"if i (?:wasnt|werent|was not|were not) (?:alive|here|around)(?: anymore| any more)?(?! (?:for|at|on|this|next|till|until|while|during|to|in|tomorrow|today|tonight|when)\b)",
        r"if i (?:just )?died(?! (?:my|laughing|of (?:embarrassment|shame|boredom|laughter))\b)",
        r"if i (?:just )?(?:went|go|fell|fall) (?:to sleep|asleep|to bed)(?: tonight)? and (?:that was it|thats it|that was that|never woke up|didnt wake up|never came back)(?! (?:for|until|till)\b)",
        r"if i (?:didnt|did not|never|wouldnt) (?:wake|woke) up(?: again| tomorrow)?(?! (?:at|with|in(?! the morning\b)|feeling|sweating|early|before|drenched|shaking|screaming|panicking|so|as|like|to|every|on time|for)\b)",
        r"if (?:a|the) (?:bus|car|lorry|truck|train) (?:just )?(?:(?:hit|hits|took|takes|ran over|knocked down) me|(?:ran|runs|knocked|knocks) me (?:over|down))|if i (?:got|get) (?:hit|run over|knocked down) by (?:a|the) (?:bus|car|lorry|truck|train)(?! (?:and|but)\b)",
        r"if (?:something|anything|an illness|cancer|the cancer|a stroke|a heart attack) (?:just )?(?:killed|took|finished) me(?: off| out)?",
        r"if my heart (?:just )?(?:stopped|gave out|packed in|gave up)(?! (?:racing|pounding|hurting)\b)",
        r"if (?:the |my )?(?:doc|doctor|dr|gp|consultant|scans?|tests?|results?|biopsy|bloods|they|the hospital) (?:\w+ ){0,2}?(?:found|finds|find|shows?|showed|said|says|told me|tells me|come back|comes back|came back)(?: \w+){0,3}? " + _FATAL,
        r"if i (?:got|get|was|were|am) (?:told|diagnosed)(?: \w+){0,4}? " + _FATAL + r"|if i (?:had|have|got) (?:something )?(?:terminal|fatal|incurable|inoperable)",
        r"if (?:they|the (?:doc|doctor|dr|scan|scans)) (?:found|find|finds) (?:a|an) (?:tumou?r|mass|growth)(?! (?:that|they|and|but)\b)",
        # Round twelve (mind12): "if i got a cancer diagnosis tomorrow", "if i got cancer" (a scare or a screening is not one).
        r"if i (?:got|get|was given|were given|had|have) (?:a |an )?(?:cancer|terminal|fatal|tumou?r) diagnosis|if i (?:got|get|had|have|caught|developed) (?:cancer|a tumou?r|a brain tumou?r)(?! (?:scare|screening|test|check)\b)",
        # Round thirteen (mind13): out of others' lives ("if i just wasnt in it", "if i wasnt in their lives anymore"; not "in it for").
        r"if i (?:just |simply )?(?:wasnt|werent|was not|were not) in (?:it|their lives|their life|his life|her life|their way|the way)(?: anymore| any more)?(?! (?:for|to|at|with|because|all|together)\b)",
        # Round thirteen (mind13): an illness not recovered from ("if i caught something and never recovered", "if i got
        # really sick and didnt pull through"); "if i got stuck and didnt make it to the appointment" has a place.
        r"if i (?:caught|got|get|catch|came down with|fell|became|was|were|went)(?: \w+){0,3}? (?:ill|sick|poorly|unwell|something|covid|flu|pneumonia|infection|virus|bug)(?: \w+){0,4}? and (?:just )?(?:never|didnt|did not|wouldnt|couldnt|dont|wont) (?:recover(?:ed)?|get better|got better|pull(?:ed)? through|c[oa]me back(?: from it)?|make it|made it|wake up|woke up)(?= *(?:$|[.,]|this time|at all|honestly|tbh|that|it|id|i would|i think))",
    )),
    ACCEPT: "|".join((
        r"(?:(?:id|i would|thatd|that would|itd|it would|which would|i think id|i think that would|honestly id|tbh id)(?: honestly| really| probably| genuinely| just| actually| totally)? (?:be|feel) (?:totally |completely |so |honestly |really |quite |pretty |kind of |kinda |more than |perfectly )?(?:ok|okay|fine|alright|all right|happy|glad|grateful|relieved|at peace|content|a relief|a mercy|a blessing|such a relief))"
        r"(?! (?:to|for|if i (?:could|can|had|got|was able|was allowed)|with (?:a|an|the|my|some|just|less|more|one|no)|on|at|in|as long as|once|when|after|then|again|they|we|that (?:they|we|it was|its))\b)",
        r"(?:fine|ok|okay|alright|good) (?:by|with) me(?= *(?:$|[.,]|honestly|tbh|tho|though|really|to be honest|ngl))",
        r"(?:id|i would|i d|i think id) (?:honestly |probably |just )?feel (?:relief|relieved|at peace|nothing(?: ,)? but relief|only relief)",
        r"(?:(?:i|id|i honestly|i really) |^|(?<=[.,] )|(?<=\btbh )|(?<=\bngl )|(?<=\bhonestly ))(?:wouldnt|would not|really wouldnt|honestly wouldnt) (?:even |really )?(?:mind|care|be sad|be upset|be bothered|be fussed|complain|fight it)(?= *(?:$|[.,]|honestly|tbh|tho|though|really|ngl|at all|one bit|if i\b))",
        r"(?:wouldnt|would not) be (?:the worst thing|a bad thing|so bad|such a bad thing)(?= *(?:$|[.,]|honestly|tbh|tho|though|really|ngl|for me))",
    )),
    # "the urge to just end everything is so strong": an urge named, with nobody else's, said strong now.
    URGE: r"(?<=\bthe )(?:urge|urges|pull|need|temptation|impulse|itch|compulsion)(?= to\b)",
    STRONG: "|".join((
        r"(?:so|really|very|too|super|insanely|unbearably|crazy|extra|scary|scarily) (?:strong|bad|loud|intense|overwhelming|powerful)",
        r"(?:unbearable|overwhelming|relentless)(?= *(?:$|[.,]|right now|now|tonight|today|again))|(?:getting|growing) (?:stronger|louder|worse)",
        r"wont (?:go away|stop|leave me alone|leave me|shut up|let up)|(?:strong|loud|intense)(?= *(?:$|[.,]|right now|now|tonight|today|again))",
    )),
    # "the need to end things with my flatmate": an ending with someone is a relationship or a tenancy.
    ENDS_WITH: r"(?:(?<=\bend it )|(?<=\bend things )|(?<=\bending it )|(?<=\bending things )|(?<=\bend it all )|(?<=\bend everything ))(?:with|between)",
    # Others' lives better, back or free once the writer is gone ("my wife could finally have a proper life").
    LIFE_BACK: r"better off|(?:so much |much |a lot |way )?happier|(?:a |their |his |her )?(?:proper|normal|real|better|easier|happier|decent) li(?:fe|ves)|(?:their|his|her) li(?:fe|ves) back|be free|(?:cope|manage|do) (?:fine|better)|(?:wouldnt|would not|not) (?:even )?(?:miss|notice)(?: me)?",
    # Others without the writer, named by what the writer is to them ("better off without a mum whos like this").
    "without": r"without (?:a|an|their|her|his|the|my) " + _ROLE + r"(?= (?:like me|whos (?:like this|this \w+|so \w+)|who is (?:like this|this \w+|so \w+)|like this)\b)",
    # "id honestly rather just be gone": more wishes and endings (giving anything to sleep "and thats it": rules.py).
    "wish": r"rather(?= just be gone)",
    "ending": r"gone(?<=\brather just be gone)(?= *(?:$|[.,]|tbh|honestly|than (?:do|live|go on|face|keep|another|this|be here)\b))",
    # The mind going back to it, or ending it as the only thing left in one's hands (more alternatives of
    # concepts.THOUGHT and concepts.ESCAPE): "my brain keeps circling back to ending myself".
    "thought": r"(?:brain|mind|head|thoughts) (?:just )?(?:keeps?|kept) (?:going|saying|circling|looping|drifting|wandering|coming|returning|turning|spiralling|sliding|slipping|creeping|heading)(?: (?:back|round|around|straight))*(?: (?:to|into|on))?",
    "escape": r"(?:the |my )?only (?:thing|part|bit)(?: of my life)?(?: that)? i (?:still )?(?:feel i )?(?:have |can |feel i have )?(?:any |some )?control(?! (?:my|the|how|what)\b)|(?:the|my) only (?:option|choice|way)(?= *(?:$|[.,]|left|i have|i see|i can see|for me|now))",
}

# Round thirteen (mind13): a future refused ("asked why i never talk about the future . i dont really want to have one");
# "one" that is a child, a pet or a wedding named nearby is something else.
NO_FUTURE, FUTURE, OTHER_ONE = "no_future", "future", "other_one"
WISH_VOCAB.update({
    NO_FUTURE: r"(?:dont|do not|no longer) (?:really |even |honestly )?(?:want|wish) (?:to have )?one(?= *(?:$|[.,]|anymore|any more|at all))",
    FUTURE: r"(?:the|a|my|any) future(?! (?:tense|plans? for (?:the|my) (?:garden|house|flat|kitchen))\b)",
    OTHER_ONE: r"\b(?:kids?|bab(?:y|ies)|child(?:ren)?|dogs?|pupp(?:y|ies)|cats?|kittens?|pets?|wedding|cars?|house|flat|job|phone|party|tattoo|holiday|garden)\b",
})

WISH_RECIPES: tuple[dict, ...] = (
    {"name": "future-refused", "categories": ("passive",), "anchor": NO_FUTURE, "needs": ((FUTURE,),), "unless": (OTHER_ONE,)},
    # "if i was gone tomorrow that would be fine with me", "id be happy if a car hit me"
    {"name": "welcome-if-gone", "categories": ("passive",), "anchor": IF_GONE, "needs": ((ACCEPT,),)},
    # "my husband would be free to have a normal life if i was dead": others better off if the writer were gone.
    {"name": "better-if-gone", "categories": ("passive",), "anchor": IF_GONE, "needs": ((LIFE_BACK, "without"),)},
    # "the urge to just end everything is so strong rn": nobody else's urge, said strong now, is the writer's.
    {"name": "urge-strong", "categories": ("active",), "anchor": "ending", "needs": ((URGE,), (STRONG,)), "self_needed": False,
     "unless": (ENDS_WITH,), "weak_with": ("news",)},
)
