"""Self-harm vocabularies for the combination layer (concepts.py merges them into its VOCAB).

Harm to the body by any means (HARM_ACT), the taper-ambiguous "cut" (CUTTING) and the context that
makes it self-harm (HURT_CONTEXT, HURT_STRONG; a taper cut has a dose nearby: concepts.DOSE); marks
someone found or saw (MARKS_SEEN), read beside a cover story the writer told (concepts_acts.COVER);
a razor or blade that "helps" (BLADE_HELPS), not beside SHAVING.
Same form as concepts.VOCAB: words and short word sequences over normalised text.
"""

from __future__ import annotations

CUTTING, HURT_CONTEXT, HARM_ACT, HURT_STRONG = "cutting", "hurt_context", "harm_act", "hurt_strong"
MARKS_SEEN, BLADE_HELPS, SHAVING = "marks_seen", "blade_helps", "shaving"


def _words(*parts: str) -> str:
    return "|".join(parts)


HARM_VOCAB: dict[str, str] = {
    HARM_ACT: _words(
        # Harm by any means: pinching or twisting skin, pulling at old scars, fists on one's own legs, a hand held on the hob.
        r"(?:pinch|twist|scratch|pull|dig)\w*(?: and \w+)? (?:at )?(?:the |my )?(?:old )?(?:skin|scars)(?: on my \w+)?|(?:hit|hitting|punch\w*|beat\w*) my (?:own )?(?:legs?|arms?|thighs?|stomach|face)",
        r"(?:hold|holding|held|put|putting|press\w*) my (?:hand|arm|fingers|palm|wrist) (?:on|against|in|under) (?:the )?(?:hob|iron|kettle|stove|cooker|flame|oven|boiling|hot)",
        r"(?:deserve|deserved) (?:the|these|my) (?:marks|cuts|scars|bruises|burns)|(?:pressed|held|put) (?:a |the )?(?:hot \w+|lighter|iron|cigarette|flame)(?: \w+){0,2}? (?:on|against|to) my",
        r"making new (?:ones|cuts)|picking at (?:the|my) (?:cuts|scabs)|(?:bash|smash|hit|hammer|slam)\w* my (?:hand|fingers|knuckles|arm|leg|head) with (?:a|the) \w+|(?:^|(?<=\. ))sh (?:is back|again)",
        r"(?:ran|held|put|poured) (?:my )?(?:hand|arm|wrist|skin) (?:under|in|into) (?:boiling|scalding|hot) water|(?<!spilled )(?<!spilt )(?<!splashed )(?<!knocked )(?:boiling|scalding) water (?:on|over) my|cuts (?:are |were )?(?:getting )?(?:deeper|worse|longer)|(?:took|take|taking) (?:the |a |my )?(?:scissors|blade|razor|knife|compass|glass) to my (?:arms?|legs?|wrists?|skin|thighs?|stomach)|(?:^|(?<=[.,] ))sh(?= relapse)",
        r"bang(?:ing|ed)? my head|hit(?:ting)? myself|punch(?:ing|ed)? (?:the |a )?(?:\w+ )?walls?|scratch(?:ing|ed)? (?:myself|my skin|at my skin)",
        r"pull(?:ing|ed)? (?:out )?(?:a lot of |chunks of |clumps of |some of )?my hair|burn(?:ing|ed|t)? myself(?! (?:on|taking|getting) (?:the |a |my )?(?:oven|stove|hob|kettle|pan|tray|toaster|grill|steam|soup|tea|coffee|dinner|cooking)\b)|selfharm\w*|carv(?:ed|ing) (?:into )?my|threw myself|cuts on my",
        r"(?:hit(?:ting)?|bang(?:ing|ed)?|smash(?:ing|ed)?|slam(?:ming|med)?|bash(?:ing|ed)?) my head (?:against|on|into) (?:the |a |my )?(?:walls?|floor|door|desk)|stitches (?:on|in) my (?:fore)?(?:arms?|wrists?|legs?|thighs?)",
        r"carv(?:ed|ing) (?:\w+ ){0,3}?into my|(?<!dog )(?<!cat )(?<!puppy )(?<!kitten )(?<!hamster )(?<!parrot )(?<!horse )(?<!baby )(?<!toddler )bit(?:e|ing)? my (?:own )?(?:arms?|hands?|wrists?)|scald(?:ed|ing)? (?:myself|my)|punched (?:the )?(?:\w+ )?(?:mirror|door|window)|(?:going|went|gone) back to the (?:blade|razor)",
        r"scratch(?:ed|ing)? my (?:arms?|legs?|skin|wrists?)(?!(?: \w+){0,3} (?:in|on|from|clearing|pruning) (?:the )?(?:brambles|bushes|thorns|roses|rose bush|hedge|garden|nettles)\b)|(?<!dog )(?<!cat )(?<!puppy )(?<!kitten )(?<!hamster )(?<!parrot )(?<!horse )(?<!baby )(?<!toddler )bit my (?:own )?(?:arm|hand|wrist)|(?:hit|slammed) my (?:hand|fingers)|sh again|sh (?:is|was) (?:back|bad|worse|creeping)|sh urges?",
        # Harm to the body by any means: biting, scalding, carving, punching glass, going back to the blade.
        r"(?<!dog )(?<!cat )(?<!puppy )(?<!kitten )(?<!hamster )(?<!parrot )(?<!horse )(?<!baby )(?<!toddler )(?:bite|biting|bit) (?:my|myself)(?: own)? (?:arms?|hands?|wrists?|fingers?|legs?|skin)|scald\w* (?:myself|my \w+)",
        r"carv(?:ed|ing) (?:\w+ ){0,3}?(?:into|in|on) my (?:skin|arms?|legs?|thighs?|wrists?|stomach|hips?)|punch(?:ing|ed)? (?:the |a )?(?:\w+ )?(?:mirror|window)",
        r"(?:stubbed|stub|put|pressed) (?:a |my )?(?:cigarette|fag|lighter)(?: out)? (?:on|into) my|(?:took|take|taking|got|getting) (?:the )?blades? out of",
        r"(?:dragged|ran|pressed|took|used|using) (?:a|the|my) (?:\w+ ){0,2}(?:blade|knife|scissors|compass|glass|pin|needle|lighter)(?: \w+){0,5}? (?:over|across|along|into|to|on) my",
        r"bang(?:ed|ing)? my (?:fists?|hands?|arms?|legs?|knuckles)|(?:marks|cuts|scratches|bruises|burns) (?:on|across) my (?:\w+ )?(?:wrists?|arms?|legs?|thighs?|stomach|hips?)(?: \w+){0,6}? (?:are|were) (?:from|by) me(?! (?:scratching|itching|falling|gardening|shaving|working)\b)",
        # Done to oneself, said without the verb ("i did them myself", "doing it to myself", "is hurting myself").
        r"(?:did|done|doing) them myself|(?:did|done|doing|do) (?:it|this|that|these|them) to myself|(?:is|was|by|started|been|keep|kept) hurting myself(?! (?:at|in|on|while|doing|playing|lifting|by accident|when (?:i (?:was )?)?\w+ing)\b)",
        r"(?:dragged|ran|pressed|took|used) (?:a|the|my) razor (?:blade )?(?:over|across|along|into|to|on) my (?:stomach|wrists?|arms?|thighs?|chest|hips?)",
        r"(?:covered in|full of) (?:fresh |new )?(?:cuts|burns)|(?:picking|picked|pick) (?:at )?(?:the |my )?(?:old )?(?:scars|wounds|cuts) (?:until|till|open)",
        r"relapsed (?:with|on|to) (?:the |a )?(?:blades?|razors?|cutting|selfharm\w*|burning)",
        r"(?:going|went|go|gone) back to the (?:blades?|razors?|knife)|(?:picked up|reached for) the (?:blades?|razors?)|opened (?:up )?my (?:knuckles|skin|arms?)",
        r"picking at (?:the |my )?(?:cuts|scabs|wounds)|(?:making|made|make) new (?:ones|cuts)|deserve (?:every one of |all (?:of )?)?(?:the |these |those |my |every )?(?:marks|cuts|scars|burns|bruises)",
        r"(?:pressed|pressing|held|holding|put|putting) (?:a |the )?(?:\w+ )?(?:pan|iron|lighter|cigarette|lid|knife|blade|kettle|spoon|teaspoon|match) (?:on|to|against|into) my (?:wrists?|forearms?|arms?|legs?|skin|hands?|thighs?|stomach)",
        # Round thirteen (mind13): a cut placed on the body ("cutting again , on my thighs": a taper cut is never on a
        # thigh), a wrist scratched at.
        r"cut(?:ting)?(?: myself)?(?: again)?(?: ,)? (?:on|into|across) my (?:\w+ )?(?:thighs?|arms?|forearms?|wrists?|legs?|stomach|tummy|hips?|chest|ankles?)\b|scratch(?:ed|ing)? at my wrists?",
        # Round nine (kinds9d): nails dug into the wrists, a piece of glass dragged across the arm, hair ripped out,
        # a fist driven into a wall.
        r"(?:dig|digs|digging|dug) my (?:finger)?nails (?:in(?:to)? )?my (?:wrists?|arms?|forearms?|thighs?|legs?|skin)",
        r"(?:dragged|ran|pressed|drew|scraped) (?:a|the) (?:piece|shard|bit|edge)(?: of (?:it|glass|the \w+))? (?:over|across|along|into|down) my",
        r"(?:(?:ripp|tear|tore|yank)\w* (?:it|my hair|chunks|clumps|handfuls)|pull\w* (?:my hair|chunks|clumps|handfuls))(?: of (?:it|hair|my hair))? out(?= in (?:clumps|chunks|handfuls))",
        r"(?:bash|smash|slam|bang|punch|ram|driv)\w* my (?:fists?|hands?|knuckles) (?:into|against|through) (?:the |a )?(?:\w+ )?(?:walls?|door|mirror|window)",
        # "took more than my dose on purpose just to hurt myself, not to die": the harm named as the aim.
        r"(?:just |only )?to (?:hurt|harm|punish) myself(?= *(?:$|[.,]))",
        # Round ten (kinds10a): a razor or sharpener taken apart for its blade, nails dug in hard.
        r"(?:took|take|taking|broke|break|breaking|smashed|snapped) (?:a |the |my )?(?:\w+ )?(?:razor|sharpener)s? (?:apart|open)(?:(?=(?: again)?(?: tonight)? *(?:$|\.))|(?= (?:again )?for (?:the |a )?blades?(?: again)?(?= *(?:$|\.))))",
        r"(?:dig|digs|digging|dug) my (?:finger)?nails in(?= (?:so hard|till|until|hard enough))",
        # Round twelve (mind12): a cigarette put out on oneself, a part burnt with a lighter or a match.
        r"(?:put|stubbed|stub|stubbing|putting) out (?:a |my |the )?(?:cigarette|fag|ciggie|cig|match|joint) (?:on|into|against) my (?:\w+ )?"
        r"(?:arms?|forearms?|legs?|wrists?|hands?|thighs?|skin|stomach|hips?|chest|feet|foot|ankles?|shoulders?)",
        r"burn(?:ed|t|ing)? (?:my )?(?:arms?|forearms?|wrists?|legs?|thighs?|hands?|skin|stomach|hips?) with (?:a |the |my )?(?:lighter|cigarette|fag|match|matches|(?:hot|heated|red hot) \w+)",
    ),
    # The razor that "helps" (round nine, kinds9d), beside "i know its not good" or the like; not beside shaving.
    BLADE_HELPS: r"(?:^|(?<=[.,] ))(?:the |my )?(?:razors?|blades?) (?:helps?|help me cope|is (?:the only thing|all) that helps)(?= *(?:$|[.,]|right now|me cope))",
    SHAVING: r"shav\w*|stubble|beard|ingrown|my legs|armpits",
    # Someone found or saw the marks (round nine, kinds9d): beside a cover story the writer told, self-harm hidden.
    MARKS_SEEN: r"(?:found|saw|seen|noticed|spotted|asked about) (?:the|my) (?:fresh |new )?(?:cuts|marks|burns|scars|(?:plasters|dressings|bandages)(?= on my))(?! on (?:the|his|her|their|our)\b)(?!(?: \w+){0,4} (?:from|after|healing|healed)\b)",
    # Round twelve (mind12): "cutting" alone as a clause ("what helps ? honestly , cutting .") is the act, not a taper step.
    CUTTING: r"(?<=[.,] )cutting(?= *(?:$|[.,]))|(?:(?<=^)|(?<=\bi )|(?<=\bto )|(?<=\bstarted )|(?<=\bbeen )|(?<=\bim )|(?<=\bkeep )|(?<=\bwas )|(?<=\bstop )|"
    r"(?<=\bmade a )|(?<=\bstill )|(?<=\bof )|(?<=\bthe )|(?<=\bme )|(?<=\bmy )|(?<=\band )|(?<=\bone )|(?<=\bdid )|(?<=\bill ))cut(?:ting)?(?! (?:my|the|down|back|by|to|from|\d|\w+ (?:mg|mcg|ml|percent)|it|a|an|off|out|up|short|through|corners|ties|out|"
    r"(?:\w+ )?(?:tablets?|pills?|doses?)|in (?:half|halves|quarters|two))\b)",  # "cut tablets with the little blade"
    HURT_CONTEXT: _words(
        r"(?:nights?|days?|times?) in a row|black and blue|blisters?|(?:nobody|no one) (?:irl |here |at home )?(?:can|must|will|should) know|goes purple|opened up",
        r"again|clean|blades?|razors?|scars?|bleed\w*|urges?|so badly|the other kind|arms?|legs?|thighs?|relapse\w*",
        r"bathroom|hide it|hiding it|hiding my (?:arms?|legs?|wrists?)|sleeves|clean|first time (?:since|in)|(?:cant|couldnt) stop|new ones|(?:dont|doesnt|wont|cant) heal|went back to|bruises|marks|until it|shaking",
        r"on purpose|raw|hard enough|deeper|last night|last week|yesterday|tonight|not the first time|until i|kitchen knife|compass|tape it",
        r"knuckles|scratch\w*|(?:till|until|til) (?:my|it|they) \w+|to cope|it wasnt(?= *(?:$|[.,]))|told (?:the |my |her |him |them )?\w+ (?:it was|i did it)",
        r"(?:want|wanted|need|needed|make|made|making) it (?:to )?hurt|hurt more|deliberately|intentionally|deserved? it|break the skin|in clumps|bald patch|bald spot|infected|stitches|(?:till|til) i|meant to(?= *(?:$|[.,]))|blistered",
        r"(?:shell|hell|theyll|youll|(?:she|he|they|someone|people|anyone|everyone) (?:will|would|might)) (?:see|notice)|so (?:nobody|no one) (?:sees|notices)",
        r"(?:i know )?(?:its|it is|thats|that is) not (?:good|healthy|ok|okay|right)(?= *(?:$|[.,]))|(?:helps|helped) for (?:about )?a (?:minute|second|bit|while)|felt good|break the skin|(?:twice|three times|\d+ times) (?:today|tonight|this week)|keep doing it",
        # Round ten (kinds10a): it bled, "it helps", harm that comes with a state ("when the panic gets bad").
        # Round twelve (mind12): the act kept up ("ive been doing it all week", "kept doing it every night").
        r"(?:ive|i have|been|keep|kept) (?:been )?doing it(?= *(?:$|[.,]|all week|every (?:day|night)|daily|most days|again|for (?:days|weeks)))",
        # Round thirteen (mind13): to feel something or real, blood drawn, done where nobody looks.
        r"to (?:feel|make me feel) (?:something|anything|real|alive|present)(?= *(?:$|[.,]| again| else| for once))|(?:enough to |till it |until it |to )?(?:draw|drew|draws|drawing) blood|(?:where|so) (?:nobody|no one|noone|people|anyone) (?:\w+ )?(?:looks?|sees?|notices?|checks?|will (?:see|look|notice))\b",
        r"bled|not (?:trying|wanting|meaning) to (?:die|kill myself|end it)(?= *(?:$|[.,]))|(?:^|(?<=[.,] ))it helps(?= *(?:$|[.,]| and))|when (?:the )?(?:panic|anxiety|rage|urges?|waves?|dp|dr|akathisia|it) (?:hits|gets (?:bad|too much)|comes)(?= *(?:$|[.,]))",
    ),
    HURT_STRONG: _words(
        r"(?:nobody|no one) (?:irl |here |at home )?(?:can|must|will|should) know|black and blue|blisters?",
        r"clean|blades?|razors?|scars?|bleed\w*|urges?|so badly|the other kind|arms?|legs?|thighs?|relapse\w*|bathroom|hide it|(?:wasnt|not|isnt|was not) the (?:taper|dose|dosing|tapering) (?:kind|sort|type)",
        r"hiding it|sleeves|first time since|went back to|bruises|marks|(?:nights?|days?|times?) in a row|only thing that",
        r"first time in|hiding my (?:arms|legs|wrists)|(?:once|when|after) (?:my \w+ is|my \w+s|everyone is|the kids are|shes|hes|theyre) asleep|laid out|gets me through|to cope|cope with|been good (?:for|since)|(?:the )?one cutting|(?:days|weeks|months) clean",
        # Meaning to cut at a time of its own ("planning to cut tonight"); a taper cut has a dose nearby.
        r"(?:planning|going|about|ready|need|want|wanting) to(?= cut(?: myself)?(?= *(?:$|[.,]|tonight|later|when|once|while|as soon|so bad"
        r"|after (?:work|school|(?:my |the )?shift|the kids|everyone|(?:he|she|they)\b|my (?:wife|husband|partner|mum|mom|dad|kids|flatmate)))))",
        # Round nine (kinds9d): what is said of a cut that a dose cut never has ("its deep", "needs stitches"), or told as a secret.
        r"(?:its|it is|it was|its not|not|was|they are|theyre) (?:very |too |that |so |really )?deep(?= *(?:$|[.,]|but|and|enough))|(?:need|needs|needed|might need|should have had) stitches",
        r"(?:dont|do not) (?:know )?why im telling (?:you|a forum|this|anyone|strangers)|(?:dont|do not) tell (?:anyone|anybody|me to stop)|where (?:nobody|no one|people|anyone) (?:can|will|would|cant|wont|can not) see",
        r"(?:till|until|for) (?:everyone is|everyones|the house is|theyre all|they are all|theyre|they are) asleep",
        # Round twelve (mind12): the act named as what helps one get through or cope.
        r"(?:what|it|that|this) (?:helps|helped|gets|got) (?:you |me |us )?(?:get |getting )?(?:through|cope)",
    ),
}
