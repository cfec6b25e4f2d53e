"""Wishes to be dead said as sorry to be alive (round nine, kinds9c; rules.py adds them to RULES).

Sorry to have survived, woken or been brought back ("why did i survive the seizure", "every
morning i wake up disappointed that i did", "the paramedics should have left me"), not fighting
death if it came ("i wouldnt fight it if something took me in my sleep"), a wish that an illness or
an accident "had finished the job". Sleep stays sleep: waking "at 4 again", "annoyed when i wake up,
my back hurts"; "the nurse should have let me go home" is a discharge.
"""

from __future__ import annotations

from moderation.detector.patterns import PASSIVE, _rule

SORRY_TO_BE_ALIVE = [
    _rule(
        "why-survived",
        (PASSIVE,),
        r"(?P<e>why (?:did|do|have|had|should|would) i (?:have to |even |still |ever )?(?:survive|survived|make it|pull through)(?= *(?:$|[.,]|it|at all|(?:that|the|this|my|an?) (?:overdose|od|attempt|seizure|crash|accident|fall|stroke|heart attack|fire|night|fit|bleed|illness|infection)\b))"
        r"|why did (?:they|you|he|she|someone|the \w+|my \w+) (?:have to )?(?:save|revive|resuscitate|bring) me(?= *(?:$|[.,]|back))"
        r"|(?:paramedics|doctors?|nurses?|medics|ambulance|a and e|er|icu|hospital|surgeons?) should (?:have|of) (?:just )?left me(?= *(?:$|[.,]))"
        r"|should (?:have|of) (?:just )?left me (?:there|to it|to die|where i was|on the floor)(?= *(?:$|[.,])))",
        "why should",
    ),
    _rule(
        "woke-disappointed",
        (PASSIVE,),
        r"(?P<e>(?:(?:wake|woke|waking|wakes) up|open my eyes|opened my eyes) (?:and |again |again and |each (?:day|morning) |every (?:day|morning) )?(?:im |i am |i feel |feel |feeling |and im )?(?:so |really |just |honestly )?(?:disappointed|gutted|devastated|upset|angry|furious|annoyed|pissed off|sad)"
        r"(?: (?:that|when) i (?:did|do|still do|still did|woke up|wake up)| to (?:be|still be|find myself) (?:alive|here|breathing|still here|still alive)| (?:that |because )?(?:im|i am|i was) still (?:alive|here|breathing))"
        r"|(?:disappointed|gutted|devastated|upset|angry) (?:that|every time|each time) i (?:still )?(?:wake|woke|do wake|did wake) up)(?= *(?:$|[.,]|again *(?:$|[.,])|every morning|each morning|in the morning))",
        "disappointed gutted devastated upset angry furious annoyed pissed sad & wake woke waking wakes eyes",
    ),
    _rule(
        "wouldnt-fight-it",
        (PASSIVE,),
        r"(?P<e>(?:wouldnt|would not|wont|will not|dont think id) (?:fight|resist) it if (?:something|death|god|it|anything|cancer|an illness|my heart|a (?:bus|car|lorry|truck|train|heart attack|stroke|clot)) (?:came|took|takes|comes|happened|killed|ended|got)(?! (?:to|back|round|over|home|up|in)\b)"
        r"|if (?:a (?:bus|car|lorry|truck|train)|death|god|an accident|cancer|an illness|my heart|something) (?:\w+ ){0,2}?(?:hit|hits|took|takes|ran over|knocked|killed|kills|ended|ends|came for|comes for|stopped|gave out|happened to|happens to)(?: \w+){0,8}? i (?:wouldnt|would not|dont think id|wont) (?:be sad|mind|fight it|fight|resist|care|be upset|complain))",
        "fight resist wouldnt",
    ),
    _rule(
        "wish-finished-job",
        (PASSIVE,),
        r"(?P<e>(?:wish|wished|wishing|if only) (?:the |that |my )?(?:seizure|overdose|od|crash|pills|tablets|fall|accident|stroke|heart attack|cancer|illness|infection|car|bus|lorry|attempt|fit|rope|bleed) (?:had|would have|wouldve|couldve|could have) (?:just )?(?:(?:finished|done|did) (?:the job|it|me in)|won|got me|taken me|killed me)(?= *(?:$|[.,])))",
        "wish wished wishing only & finished done did won got taken killed",
    ),
    # Hoping an illness or a crash ends it, or going to bed hoping it is the last time.
    _rule(
        "hoping-it-ends-me",
        (PASSIVE,),
        r"(?P<e>(?:hope|hopes|hoping|wish|wishing|pray|prays|praying) (?:that )?(?:the |this |my |a )?(?:next )?(?:seizure|fit|stroke|heart attack|illness|cancer|infection|crash|overdose) (?:just |would |will |might )?(?:finishes|finish|kills|kill|takes|take|ends|end) me(?: off| out)?(?= *(?:$|[.,]|already|now|soon|tonight))"
        r"|(?:(?:go|going|get|getting|got|went) (?:to bed|to sleep)|(?:get|getting|got|climb|climbing) into bed) (?:\w+ ){0,2}?(?:hoping|praying|wishing) (?:its|it is|this is|tonight is|itll be|it will be) (?:my |the )?last (?:one|night|time)(?: i (?:do|wake up|sleep|close my eyes|(?:ever )?have to(?: (?:wake up|do (?:this|it)|get up|face (?:this|it|another day))(?: again)?)?))?(?= *(?:$|[.,]))"
        r"|(?:wish|wishing|hope|hoping|pray\w*) (?:that )?(?:the|my) (?:car|bus|plane|train|taxi|coach) (?:would|will|could|might) (?:just )?(?:go off the road|crash|come off the (?:road|rails|tracks)|veer off|hit (?:a tree|a wall|something)|go down|fall out of the sky|derail)(?= *(?:$|[.,]| on| with| one| some| and)))",
        "hope hopes hoping wish wishing pray prays praying",
    ),
    # "if i die in my sleep im happy", "if i never woke up that would be fine by me"
    _rule("fine-if-i-died", (PASSIVE,), r"(?P<e>if i (?:die|died|didnt wake up|never woke up|dont wake up|never wake up)(?: in my sleep)?(?: tonight| tomorrow)?(?: ,)? (?:im|id be|ill be|i would be|i will be|that would be|thats|that is) (?:happy|ok|okay|fine|glad|good|at peace|fine by me))(?= *(?:$|[.,]))", "die died wake woke & happy ok okay fine glad good peace"),
]
