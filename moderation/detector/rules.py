"""The rules themselves, grouped by C-SSRS category (parts and guards are in patterns.py)."""

from __future__ import annotations

from moderation.detector.patterns import (
    _AFTER_DEATH,
    _DAYS,
    _DEAD_GUARD,
    _DIE_GUARD,
    _END,
    _FAMILY,
    _SH_GUARD,
    _WAKE_GUARD,
    ACTIVE,
    ATTEMPT,
    DRUG_KEYS,
    INTENT,
    INTENT_KEYS,
    KILL_KEYS,
    METHOD,
    PASSIVE,
    PLAN,
    PREPARATION,
    SELF_HARM,
    THINK_KEYS,
    TIME,
    Rule,
    _rule,
)

# "my stash of tablets for the taper", "saved for the crossover": a supply kept for the taper.
_FOR_TAPER = (
    r"(?! (?:for|from) (?:the|my|a) (?:taper|titration|crossover|cross over|liquid|water|switch|cut|step|\w+ (?:taper|titration))\b)"
    r"(?!(?: \w+){0,4} (?:to finish (?:the|my) (?:whole )?taper|so i dont run out|over christmas|for the holidays|when the pharmacy)\b)"
    r"(?! (?:in case (?:the|my|i|they|of)|for (?:emergencies|travel|the holidays|christmas))\b)"
)
# "stockpiling my zopiclone is against the rules": stockpiling talked about, not done.
_AS_TOPIC = r"(?! (?:is|isnt|are|arent|would be|was|wasnt) (?:against|not|illegal|dangerous|risky|impossible|a bad)\b)"
# "put aside to finish the whole taper", "so i dont run out over christmas": a supply kept for a purpose.
_PURPOSE = (
    r"(?! (?:to|for|so|until|till|in case|over)\b(?: \w+){0,4}? (?:taper|titration|crossover|cross over|shortage|run out|"
    r"runs? out|running out|christmas|the holidays)\b)"
)
_STAY = r"(?:live|living|be alive|being alive|exist|existing|be here|be around|wake up|see tomorrow|see another day)"
_CARRY_ON = r"(?:go on|going on|carry on|keep going|keep living|continue|continue living)"
_LIVE_GUARD = r"(?! (?:in|at|with|on|near|there|abroad|alone|together|like|without (?:my|a|the)|through)\b)"

INTENT_RULES = [
    _rule("intent", (INTENT,), r"{S}{INTENT} {ADV}(?P<e>{KILL})", (KILL_KEYS, INTENT_KEYS)),
    _rule("ill", (INTENT,), r"\bill (?P<f>{ADV})(?P<e>{KILL})", "ill"),
    _rule("im-ending", (INTENT,), r"\b(?:im|i am) (?P<f>(?:just |finally |really |definitely )?)(?P<e>ending (?:it|it all|my life|things)"
          + _END + r"|killing myself(?= *(?:$|[.,]|tonight|today|tomorrow|soon|now)))", "ending killing"),
    _rule("bare-ending", (INTENT,), r"(?:^|(?<=[.,] ))(?P<f>(?:(?:just|so|honestly|probably|definitely|finally|seriously|im|ok|well) ){0,3})(?P<e>(?:ending|end) it(?: all)?" + _END + ")", "ending end"),
    _rule("make-it-stop", (INTENT,), r"{S}(?:{INTENT}|{THINK}|know how to|found a way to) {ADV}(?P<e>(?:make (?:it|this|everything|the pain) (?:all )?stop|end (?:the|my|this) pain) (?:for good|forever|permanently|once and for all))(?! (?:with|by|using|thanks)\b)", "good forever permanently once & stop pain"),
    _rule("means-to", (PLAN, METHOD), r"{S}(?:have |found |got |know )?(?:a|the|my) (?P<e>(?:way|means|method) (?:to|of) {KILL})", (KILL_KEYS, "way means method")),
    _rule("not-safe", (INTENT,), r"{S}(?P<e>(?:im not|i am not|dont feel|do not feel|cant promise (?:ill|i will|to|i can) (?:be|keep|stay|keep myself)|cant keep myself|not) safe(?: from myself| with myself| around myself)?)(?= *(?:$|[.,]|tonight|right now|now\b|today|anymore|at the moment|with myself|from myself))", "safe"),
    _rule("make-it-through", (PASSIVE,), r"{S}(?P<e>(?:dont think|not sure|doubt) (?:ill|i will|i can|im going to|i am going to) (?:make it|survive|last|get) through (?:tonight|the night|today|this night|another night))", "through"),
    _rule("night-is", (PLAN,), r"(?P<e>(?:(?:tonight|today|tomorrow|this weekend|" + _DAYS[3:-1] + r") is|tonights|todays) the night)(?= *(?:$|[.,]| i (?:go|do it|end it|die|end my life)(?= *(?:$|[.,]))))", "night"),
    _rule("going-to-jump", (INTENT, METHOD), r"{S}{INTENT} {ADV}(?P<e>jump)(?= *(?:$|[.,]))", "jump", weak=True),
    _rule("be-gone", (INTENT,), r"\b(?:ill|i will) (?P<f>(?:probably |definitely |finally )?)(?P<e>be (?:gone|dead|at peace|out of (?:your|everyones|their) (?:hair|way|lives)))"
          r"(?= *(?:$|[.,]|soon|by|before|tomorrow|forever|for good|and|this time))", "ill"),
    _rule("decided-die", (INTENT,), r"{S}(?:decided|made (?:my|the|a) decision|made up my mind|planning|plan|chosen|choose) to (?P<e>die)" + _DIE_GUARD, "die & decided made decision mind planning plan chosen choose"),
    _rule("do-it-when", (INTENT, PLAN), r"{S}{INTENT} {ADV}(?P<e>do it (?:tonight|tomorrow|this weekend|next (?:week|weekend|month)|soon|on " + _DAYS + r"|when|while|once|after|before|then))(?! *[.,]? *(?:the |my )?(?:last |final |next )?(?:step|cut|dose|jump|reduction))", "do"),
    _rule("do-it", (INTENT,), r"{S}{INTENT} {ADV}(?P<e>do it)(?= *(?:$|[.,]| and (?:im|i am|ill|i will|i)\b))", "do & it", weak=True),
    _rule("planning-death", (PLAN,), r"(?P<e>plan(?:ning|ned)? (?:my|the) (?:own )?(?:death|suicide|exit|final exit|way out))(?! from\b)", "plan planning planned & death suicide exit out"),
    _rule("which-place", (PLAN, METHOD), r"{S}(?:know|picked|chosen|chose|found) (?:exactly |already )?(?P<e>(?:which|what|the) (?:(?:best|perfect|right|ideal|quiet) )?(?:bridge|building|cliff|roof|rooftop|tracks|train|spot|place|overpass|car park|viaduct|tower|level crossing)(?: \w+){0,3}?)(?= *(?:$|[.,]| to (?:use|jump|do it|go)| ill| im))", "bridge building cliff roof rooftop tracks train spot place overpass park viaduct tower crossing"),
]

THOUGHT_RULES = [
    _rule("think-kill", (ACTIVE,), r"{S}{THINK} {ADV}(?P<e>{KILL})", (KILL_KEYS, THINK_KEYS)),
    _rule("would-kill", (ACTIVE,), r"\b(?:id|i would|i could) (?P<f>(?:just |happily |honestly |really )?)(?P<e>{KILL})(?! (?:for|laughing|trying|working|over)\b)", (KILL_KEYS, "id could")),
    _rule("bare-kill", (ACTIVE,), r"(?:^|(?<=[.,] ))(?P<f>(?:(?:just|lol|honestly|literally|so|im|gonna|ugh|fuck it|fk it|tbh) ){0,3})(?P<e>kill myself)(?= *(?:$|[.,]|now|tonight|today|soon|already|kill myself))", "myself & kill"),
    _rule("suicidal", (ACTIVE,), r"{S}(?P<e>suicidal)\b(?! (?:people|person|patients|friends?|members|rates?|labels?|"
          r"(?:thoughts|feelings|ideation) (?:are|is|can|may|might|as) (?!back|here|bad|worse|strong|so|constant|coming|creeping|returning)|(?:thoughts|ideation) in (?!my))\b)", "suicidal"),
    _rule("suicide-on-mind", (ACTIVE,), r"(?P<e>(?:suicide|killing myself|ending it|ending my life) (?:is|has been|keeps|keep|crossed|crosses|keeps crossing|is always|pops|popped|keeps popping) (?:\w+ )?(?:on|in|into|crossing|through) my (?:mind|head|thoughts))", "mind head thoughts & suicide killing ending"),
    _rule("only-way", (ACTIVE,), r"(?P<e>(?:(?:except|but|other than|apart from) {KILL}|(?:way out|option|escape|choice|solution)(?: \w+){0,2}?(?: ,)? (?:except|but|other than|apart from) (?:dying|death|suicide|to die)|(?:suicide|death|dying|killing myself|ending (?:it|my life)) (?:is|seems|feels|looks)(?: like)? (?:the|my) (?:only )?(?:way out|option|answer|choice|solution|escape|way)|only (?:way out|option|answer|choice|escape) (?:left )?(?:is|would be) (?:to )?(?:{KILL}|death|dying|suicide|to die)))", "except but other apart only is seems feels looks & suicide death dying killing ending myself life it"),
    _rule("thoughts-back", (ACTIVE,), r"(?P<e>(?:suicidal|suicide) (?:thoughts|feelings|urges|ideation) (?:are|is|have|has|came|come|coming|creeping|keep coming) (?:\w+ )?(?:back|returned|returning|worse|stronger))", "suicidal suicide"),
    _rule("act-on-thoughts", (ACTIVE,), r"(?P<e>(?:how (?:much )?long(?:er)? (?:i can|i cant|i can keep|before i|till i|until i)(?: \w+){0,2}? |(?:might|will|could|going to|about to|tempted to|close to|scared ill|afraid ill|worried ill) (?:actually )?)act(?:ing)? on (?:these|the|my|those|them)(?! (?:intrusive|anxious|negative|health|ocd)\b)(?: \w+)? (?:thoughts|urges|feelings|impulses))", "act acting"),
    _rule("suicide-option", (ACTIVE,), r"(?P<e>(?:suicide|dying|death|ending it|ending my life|killing myself) (?:has |is )?(?:started to |starting to |begun to |begins to )?(?:feel|feels|feeling|look|looks|seem|seems|become|becoming|became)(?: like)? (?:an? |the )?(?:actual |real |genuine |serious |sensible |viable |reasonable |only )?(?:option|choice|answer|possibility|way out))", "option choice answer possibility way"),
    _rule("anyone-else", (PASSIVE,), r"(?:anyone else|does anyone else|do others|do you ever) (?:ever )?(?:wish|want|hope)(?: that)? (?:they|theyd) (?:could |would )?(?:just )?(?P<e>die|be dead|not wake up|never wake up|(?:fall asleep|go to sleep|sleep) and (?:stay asleep forever|never wake up|not wake up)|sleep forever|not exist|disappear forever)", "anyone others ever"),
    _rule("ligature-pair", (PREPARATION, METHOD), r"(?P<e>(?:belt|rope|cord|cable|scarf|dressing gown cord) and (?:a |the |my )?(?:door|doorframe|door handle|banister|bannister|beam|hook|loft hatch))(?! (?:stop|mat|frame|handles?|for)\b)", "belt rope cord cable scarf"),
    _rule("sleep-thats-it", (PASSIVE,), r"(?P<e>(?:hope|hoping|wish|wishing|pray\w*) (?:that )?i (?:just )?(?:go to sleep|fall asleep|sleep) and (?:thats it|that is it|thats that|that was it|never wake up|dont wake up|not wake up))", "sleep asleep"),
    _rule("peaceful-not-here", (PASSIVE,), r"(?P<e>(?:peaceful|nice|easy|good|a relief|lovely|quiet) (?:it )?(?:would|d) be to (?:just )?(?:not be here|not exist|die|be dead|not wake up|disappear|be gone|never wake up))", "peaceful nice easy good relief lovely quiet"),
    _rule("for-a-reason", (PREPARATION, METHOD), r"(?P<e>(?:keep|kept|leave|left|have|put)(?: \w+){0,2}? (?:the |a |my )?(?:belt|rope|cord|noose|pills|tablets|blade|razor|knife)(?: \w+){0,6}? for a reason)(?= *(?:$|[.,]|now))", "reason"),
    _rule("cover-is-off", (PREPARATION, METHOD), r"(?P<e>(?:taper|cutting|cut|prescription)(?: \w+){0,2} (?:is|was) (?:just )?a cover|(?:the )?(?:pills|tablets|meds|benzos|stash) (?:are|is) for something else)", "cover else"),
    _rule("not-for-a-while", (PREPARATION,), r"(?:^|(?<=[.,] ))(?P<e>(?:its|it is|it isnt|thats) not (?:for a while|temporary|for travel|just for now))(?= *$)", "while temporary travel now", weak=True),
    _rule("pet-handed-over", (PREPARATION,), r"(?P<e>asked (?:my )?\w+ to (?:take|have|look after) (?:the|my) (?:dog|dogs|cat|cats|pets?|rabbits?|bird))", "asked", weak=True),
    _rule("funeral-relief", (PASSIVE,), r"(?P<e>(?:imagin\w*|picturing|think\w* about|dream\w* about) my (?:own )?funeral(?: \w+){0,3}? (?:relieved|relief|peace|peaceful|happy|calm))", "funeral"),
    _rule("no-plan-to-see", (PASSIVE, PLAN), r"(?P<e>(?:dont|do not|not) plan on (?:seeing|being here for|making it to) (?:the next one|another one|another \w+|next \w+))", "plan"),
    _rule("started-planning", (PLAN,), r"(?:^|(?<=[.,] )|\bi |\bive |\bhave )(?P<e>(?:started|begun|began) planning)(?= *(?:$|[.,]))|(?P<s>stopped believing (?:it gets better|them|things will|it will get better))", "planning believing", weak=True),
    _rule("envy-dead", (PASSIVE,), r"(?P<e>(?:envy|jealous of) (?:people|ppl|those|anyone|everyone|the ones) (?:who|that) (?:die|died|get to die|got to die|dont wake up|didnt wake up|pass away|passed away))", "envy jealous"),
    _rule("point-of-me", (PASSIVE,), r"(?P<e>(?:whats|what is) (?:even |the )?(?:even )?the point (?:of|in) me)(?= *(?:$|[.,]|anymore|being here))", "point"),
    _rule("my-suicidal", (ACTIVE,), r"(?P<e>my (?:\w+ )?(?:suicidal (?:thoughts|feelings|urges|ideation)|suicide (?:thoughts|urges|plan)))", "my & suicidal suicide"),
    _rule("think-is-dying", (PASSIVE,), r"(?P<e>think about(?: \w+){0,2}? is (?:dying|death|suicide|killing myself|ending it|ending my life|not waking up))", "think & dying death suicide killing ending waking"),
    _rule("thoughts-noun", (ACTIVE,), r"{S}(?:have|having|get|getting|been having|keep having|struggling with|battling|fighting|dealing with|plagued by|full of) (?:\w+ ){0,2}?(?P<e>(?:suicidal|suicide) (?:thoughts|ideation|feelings|urges))", "suicidal suicide & thoughts ideation feelings urges"),
]

WISH_RULES = [
    _rule("want-die", (PASSIVE,), r"{S}(?:(?:want(?:ed)?|wanting|wish(?:ed)?|would like|d like|(?<=\bid )like|long(?:ing)?|pray(?:ing)?|hope|hoping|ready|prefer|need) to|wish(?:ing)? i (?:could|would|can)) (?:just )?"
          r"(?P<e>die" + _DIE_GUARD + r"|be dead" + _DEAD_GUARD + r"|not (?:be here|exist|be alive|wake up|live)|stop (?:existing|living|breathing|waking up(?= *(?:$|[.,])))|go to sleep (?:for good|forever|permanently)|"
          r"disappear (?:forever|for good|permanently|and never come back|and not come back|and never return)|go to sleep forever|"
          r"(?:sleep|sleep forever|go to sleep|fall asleep)(?: forever)? (?:and|n) (?:never|not) wake up(?: again)?" + _WAKE_GUARD + r"|(?:go to sleep|sleep|fall asleep) (?:and|n) stay (?:there|that way|under|down|asleep forever)(?= *(?:$|[.,]))|never wake up(?: again)?" + _WAKE_GUARD + r"|(?:fall asleep|go to sleep|sleep) and (?:never|not) come back|cease to exist|be gone(?: forever)?|fade (?:away|out) (?:forever|for good))", "want wanted wanting wish wished wishing like long longing pray praying hope hoping ready prefer need & die dead here exist alive live existing living breathing disappear wake waking cease gone fade forever stay back good"),
    _rule("wish-i-was-dead", (PASSIVE,), r"{S}(?:wish|wished|hope|hoping|pray|praying|hopefully) (?:\w+ ){0,3}?(?:that )?(?:i|id|im) (?:\w+ ){0,3}?(?P<e>(?:was|were|be) dead" + _DEAD_GUARD
          + r"|die(?:d)?" + _DIE_GUARD + r"|(?:dont|didnt|wouldnt|wont|never|not) (?:wake|woke) up" + _WAKE_GUARD
          + r"|(?:had |was )?never (?:been )?born|wasnt (?:here|alive|born)|werent (?:here|alive)|(?:was|were) gone|(?:could|would) (?:just )?disappear forever|get hit by (?:a|the|something|anything)(?: \w+)?)", "wish wished hope hoping pray praying hopefully & dead die died wake woke born here alive gone disappear hit"),
    _rule("dont-want-live", (PASSIVE,), r"{S}(?:dont|no longer|never|do not|didnt) (?:really |even |ever )?(?:want|wanna|wish|care|feel like|see (?:the|a|any) (?:point|reason)(?: in| of| to)?|have (?:a |any )?reason) (?:to )?"
          r"(?P<e>" + _STAY + _LIVE_GUARD + r"|" + _CARRY_ON + r"(?= *(?:$|[.,]|anymore|much longer|another|like this anymore|living|with life)))", "dont no never didnt & live living alive exist existing here around wake tomorrow day go going carry keep continue"),
    _rule("no-reason", (PASSIVE,), r"(?P<e>(?:no|zero|not any|isnt (?:a|any)|dont see (?:the|a|any)|cant see (?:the|a|any)|whats the|what is the|lost (?:the|my|all) (?:will|reason|desire)) "
          r"(?:point|reason|will|desire|purpose)(?: for me)?(?: in| of| to| for)? (?:living|live|being alive|staying alive|existing|waking up|life|my life|going on|carrying on|be alive|be here|exist|keep going|stay alive))(?! (?:in|with|on|at|the|this)\b\b)", "point reason will desire purpose & living live alive existing waking life going carrying"),
    _rule("not-worth", (PASSIVE,), r"(?P<e>(?:life|living|my life|this life|existence|being alive) (?:isnt|is not|aint|is no longer|no longer feels|doesnt feel|doesnt seem|isnt really|just isnt|is just not|not|stopped being|feels not) worth (?:living|it(?= *(?:$|[.,]|anymore))|continuing)|not worth living)", "worth"),
    _rule("better-off", (PASSIVE,), r"(?P<e>better off (?:without me|not (?:existing|being here|being alive|alive|around|here)|with me gone|with me dead|with (?:the|my) (?:life )?(?:insurance|insurance money|pension|savings)|(?:when|once|after) (?:im|i am) (?:gone(?! (?:to|for|out|away|on)\b)|dead|not here|not around)|if i (?:\w+ ){0,2}?(?:dead|died|gone|wasnt (?:here|around|alive)|werent (?:here|around|alive)|didnt exist|disappeared|killed myself|never existed)))", "better"),
    _rule("happier-without-me", (PASSIVE,), r"(?P<e>(?:happier|better|easier|better off) without me)(?= *(?:$|[.,]| around| here| in it| in (?:their|the) (?:lives|way)))", "without & happier better easier"),
    _rule("deserve-die", (PASSIVE,), r"{S}(?P<e>(?:deserve to die|deserve to be dead|dont deserve to (?:live|be alive|be here|exist)))", "deserve"),
    _rule("why-alive", (PASSIVE,), r"(?P<e>why (?:am i|do i keep|do i bother|should i stay|should i keep) (?:still )?(?:alive|living|breathing|existing|waking up|going on))", "why & alive living breathing existing waking going"),
    _rule("should-be-dead", (PASSIVE,), r"{S}(?P<e>should (?:just )?be dead)(?= *(?:$|[.,]))", "dead"),
    _rule("everything-ready", (PLAN, PREPARATION), r"{S}(?:have |got |ive got )?(?P<e>everything (?:ready|sorted|planned|prepared|in place) for (?:tonight|tomorrow|later|when|the end))(?= *(?:$|[.,]))", "everything & ready sorted planned prepared place"),
    _rule("want-it-stop-forever", (PASSIVE,), r"(?P<e>(?:want|wish(?:ing)?) (?:it|this|everything|life) (?:would )?(?:all )?(?:just )?(?:to )?(?:end|stop|be over)(?: ,)? (?:forever|for good|permanently|in the permanent sense|for ever))", "forever good permanently permanent ever & want wish wishing"),
    _rule("this-is-goodbye", (PREPARATION,), r"(?P<e>(?:this is|its) goodbye)(?= *(?:$|[.,]| (?:then|everyone|all|friends|guys|for now)\b))", "goodbye"),
    _rule("better-off-dead", (PASSIVE,), r"{S}(?P<e>better off dead)", "better"),
    _rule("easier-if", (PASSIVE,), r"(?P<e>(?:happier|easier|better|simpler|lighter|relieved|glad) (?:for (?:everyone|them|my \w+|all of them|you all) )?if (?:my heart (?:had )?(?:just )?(?:stopped|gave out|given out)|i hadnt (?:woken up|survived|made it|been found)|i (?:just |was |were |had )?(?:dead|died|gone|wasnt (?:here|around|alive)|werent (?:here|around|alive)|disappeared|never existed|was gone|were gone|was dead|were dead|just disappeared|didnt exist)))", "happier easier better simpler lighter relieved glad & if"),
    _rule("nobody-would-care", (PASSIVE,), r"(?P<e>(?:nobody|no one|none of them|not one person|would (?:anyone|anybody)) (?:would |will |is going to |even |really )*(?:care|miss me|notice|mind|cry)(?: \w+){0,4}? (?:if|when|once) (?:i|im) (?:\w+ ){0,2}?"
          r"(?:died|dead|gone|disappeared|vanished|vanish|wasnt here|wasnt around|killed myself|ended it|didnt wake up|disappear|die))", "nobody noone none no anyone anybody not & care miss notice mind cry"),
    _rule("if-i-died", (PASSIVE,), r"(?P<e>if i (?:died|was gone|were gone|disappeared|killed myself|was dead|didnt wake up)(?: \w+){0,2}? (?:nobody|no one|none of them|noone) (?:would|will) (?:even |really )?(?:care|notice|miss me|mind))", "if & nobody no noone none"),
    _rule("nobody-miss", (PASSIVE,), r"(?P<e>(?:nobody|no one) (?:would|will) (?:even |really )?miss me)", "miss"),
    _rule("nobody-cares", (PASSIVE,), r"(?P<e>(?:nobody|no one|noone) (?:cares|would care|will care|would even care|even cares)(?: \w+){0,2}? (?:if|whether) i (?:live or die|die|lived or died|died|am alive|exist))", "nobody noone no & care cares"),
    _rule("life-end", (PASSIVE,), r"(?P<e>(?:my life|life)(?: \w+){0,4}? (?:want|wish) (?:for )?it (?:all )?(?:to|would) (?:end|be over))", "life & want wish"),
    _rule("hidden-means", (ACTIVE,), r"{S}(?P<e>(?:hid|hidden|hide|locked away|given away|gave away) (?:the|my|all the|all my) (?:knives|pills|tablets|meds|blades|razors|belts|rope) (?:from myself|so i (?:dont|wont|cant)))", "hid hidden hide locked given gave & myself dont wont cant"),
    _rule("tired-of-life", (PASSIVE,), r"(?P<e>(?:tired|sick|exhausted|weary) of (?:living|being alive|life|existing|waking up|being here)|hate (?:being alive|existing)|cant be bothered (?:living|being alive|existing)|(?:dont|stopped|no longer) car(?:e|ing) (?:\w+ )?(?:if|whether) i (?:live or die|lived or died|die|wake up|survive|make it|see (?:next \w+|tomorrow|another \w+|the morning|christmas|my birthday)))(?! (?:in|with|at|like this|on)\b\b)", "tired sick exhausted weary hate bothered care caring & living alive life existing waking here die wake survive see make"),
    _rule("done-with-life", (PASSIVE,), r"(?P<e>(?:done|finished) with (?:life|living|being alive|this life|existing))(?! (?:in|with|at|like this)\b\b)", "life living alive existing"),
    _rule("feel-like-dying", (PASSIVE,), r"(?P<e>(?:feel|feeling|felt) like (?:dying|being dead|not existing|disappearing forever|not waking up))", "dying dead existing disappearing waking"),
    _rule("think-dying", (PASSIVE,), r"{S}{THINK} (?P<e>(?:dying|death|being dead|my (?:own )?death|not (?:being here|existing|waking up)))(?! (?:of|from|in (?:withdrawal|my sleep)|warmed)\b)", ("dying death dead existing waking", THINK_KEYS)),
    _rule("give-up-life", (PASSIVE,), r"(?P<e>(?:give|giving|given|gave) up on (?:life|living|being alive)|(?:had|have) enough of (?:living|life|being alive|existing)|want out of (?:life|this life|this world|existence|living))", "life living alive existing world existence"),
    _rule("wish-kill-me", (PASSIVE,), r"{S}(?:wish|hope|hoping|pray|praying) (?:that )?(?:\w+ ){0,3}?(?:would|will|could) (?:just )?(?P<e>(?:kill me|finish me off|end me|put me out of my misery|take me(?= *(?:$|[.,]|now|already|before|tonight|soon|in my sleep|out\b|away from (?:here|this)))))", "wish hope hoping pray praying & kill finish end take put"),
    _rule("hoping-not-wake", (PASSIVE,), r"(?P<e>(?:hoping|wishing|praying) (?:that )?(?:i|id) (?:\w+ ){0,2}?(?:wouldnt|wont|dont|didnt|would not|never|not) (?:wake|woke) up)" + _WAKE_GUARD, "hoping wishing praying & wake woke"),
    _rule("rather-dead", (PASSIVE,), r"{S}(?P<e>(?:rather|prefer to) (?:be dead|die|not exist|not be here|not be alive|not be around|not live|not wake up))(?! (?:people|anyone|anybody|them|him|her|others|my \w+|crowds|family)\b)(?! than (?!(?:go through|live|living|do (?:another|this|any more)|have another|endure|put up with|be like this|stay like this|keep (?:living|going|feeling)|feel(?:ing)? like this|face|spend another|suffer|carry on|continue|go on|wake up|another)\b))", "rather prefer"),
    _rule("let-me-die", (PASSIVE,), r"(?P<e>\blet me (?:just )?die)", "let & die"),
    _rule("take-me", (PASSIVE,), r"(?P<e>(?:god|lord|universe|jesus) (?:please |just |will |would |to |can |could |might )*(?:takes? me|let me die)(?! (?:home|to|back|through|away from)\b))", "god lord universe"),
    _rule("death-wish", (PASSIVE,), r"(?P<e>death wish|(?:wish|long|longing|pray|praying|waiting|ready) for death|welcome death)", "death"),
    _rule("life-to-end", (PASSIVE,), r"(?P<e>want my life to (?:end|be over))", "life & end over"),
    _rule("wouldnt-mind", (PASSIVE,), r"(?P<e>(?:(?:id|i would) be (?:happy|glad|relieved|okay|ok|fine)|wouldnt mind) (?:if i (?:just |simply )?(?:got sick and (?:didnt|never) (?:recover|recovered|get better)|died|didnt wake up|never woke up|got hit by|was dead|died in my sleep)|dying|being dead|not waking up))", "wouldnt id would"),
    _rule("hope-die", (PASSIVE,), r"{S}(?:hope|hoping|pray|praying) (?:that )?(?P<e>(?:this|tonight|it|the next \w+|this \w+|the \w+) (?:just )?(?:kills|will kill|finishes|will finish) me(?: off)?)", "kills kill finishes & hope hoping pray praying"),
    _rule("welcome-it", (PASSIVE,), r"(?P<e>(?:death|dying|the end) (?:came|comes|would come|took me)(?: for me)?(?: \w+)?(?: ,)? (?:id|i would) (?:\w+ )?welcome it|(?:id|i would) (?:\w+ )?welcome (?:it|death|the end) if i (?:didnt wake up|never woke up|died|wasnt here))", "welcome"),
    _rule("relief-not-to", (PASSIVE,), r"(?P<e>(?:would|d|will|could) be (?:a |such a )?(?:relief|mercy|blessing) (?:not to|to not|if (?:it all|everything|this all|all of it) (?:just )?(?:stopped|ended|was over|were over) (?:for good|forever|permanently)|if i (?:didnt|never|wasnt|werent)(?: (?:wake|woke) up(?: again)?| here| around)?))(?= *(?:$|[.,]))", "relief mercy blessing"),
    _rule("wish-not-saved", (PASSIVE,), r"(?P<e>(?:wish|wishes|wished) (?:they|he|she|you|the \w+|someone|somebody|nobody|no one|my \w+) (?:hadnt|had not|didnt|never|had never|wouldnt have) (?:\w+ ){0,2}?(?:saved|found|resuscitated|revived|brought me back|bringing me back|bring me back|called (?:an|the) ambulance|pumped my stomach|stopped me)"
          r"|wish (?:id|i had) (?:gone|died|not woken up|never woken up|not survived|stayed dead|succeeded|not been found)(?= *(?:$|[.,])))", "wish wishes wished"),
    _rule("wish-illness", (PASSIVE,), r"{S}(?:wish|wishing|hope|hoping|pray\w*) (?:\w+ ){0,3}?(?P<e>(?:illness|disease|cancer|tumou?r|heart attack|aneurysm|stroke|accident|something)(?: \w+){0,2}? (?:that |which |to |would |will |just )*(?:takes|take|kills?|finishes|finish) me(?: out| off)?(?= *(?:$|[.,]|already|soon|quickly|for good))"
          r"|(?:it|this) (?:was|were) (?:cancer|terminal|something terminal)(?=.*\b(?:end|over|die|dying|dead)\b))", "wish wishing hope hoping pray praying prayed"),
    _rule("sorry-still-here", (PASSIVE,), r"(?P<e>(?:gutted|disappointed|annoyed|angry|upset|sad) (?:\w+ ){0,2}?(?:to (?:still )?be (?:alive|here)|(?:that |when )?(?:im|i was|i am) still (?:alive|here|breathing)|(?:that |when )?i (?:woke up|survived|made it through)(?: again| this morning| at all)?(?= *(?:$|[.,]))))", "gutted disappointed annoyed angry upset sad"),
    _rule("if-gone-relieved", (PASSIVE,), r"(?P<e>if i (?:just |simply )?(?:died|didnt wake up|never woke up|went to (?:bed|sleep)(?: \w+){0,2} and (?:that was it|never woke up|didnt wake up)|wasnt here)(?: \w+| ,){0,4}? (?:(?:id|i would) (?:\w+ )?be (?:relieved|grateful|glad|happy|ok|okay|fine|at peace)|(?:that|it) (?:would|d) be (?:ok|okay|fine|alright|a relief)))", "relieved grateful glad happy ok okay fine peace alright relief"),
    _rule("hope-heart-stops", (PASSIVE,), r"(?P<e>(?:hope|hopes|hoping|wish|pray\w*) (?:that )?my heart (?:just |will |would )*(?:stops?|gives? out|packs? in))(?= *(?:$|[.,]|tonight|in my sleep|soon))", "heart"),
    _rule("mind-death", (PASSIVE,), r"(?P<e>(?:dying|death|being dead) (?:is|has been|keeps) (?:\w+ )?(?:on|in|crossing) my (?:mind|head))", "mind head"),
]

METHOD_RULES = [
    _rule("stockpile", (PREPARATION, METHOD), r"(?<!pharmacies )(?<!chemists )(?<!hospitals )(?<!people )(?:sav(?:e|ed|ing)|stockpil\w*|hoard\w*|stash(?:ed|ing)?|squirrel(?:l)?(?:ed|ing)? away|set(?:ting)? aside|put(?:ting)? aside|hid(?:e|den|ing)?|buil\w* up|collect(?:ed|ing) up) "
          r"(?:(?:up|aside|away|all|my|the|of|some|extra|enough|these|those|a|few|bunch|lot|lots|spare|old|leftover|every|\d+|one|two|three|four|five|six|weeks?|months?|days?|worth|them|it) ){0,5}?(?P<e>{DRUGS})" + _FOR_TAPER + _AS_TOPIC + _PURPOSE, (DRUG_KEYS, "save saved saving saves stockpile stockpiled stockpiling hoard hoarded hoarding stash stashed stashing squirrel squirrelled squirreled squirrelling set setting put putting hid hide hidden hiding build built building collected collecting")),
    _rule("stash", (PREPARATION, METHOD), r"(?P<e>(?:a|my|the) (?:stash|stockpile|hoard|supply i have saved) of (?:\w+ )?{DRUGS})" + _FOR_TAPER, (DRUG_KEYS, "stash stockpile hoard supply")),
    _rule("collecting", (PREPARATION, METHOD), r"(?:collect\w*|sav\w*|gather\w*|accumulat\w*|hoard\w*|stockpil\w*) (?:(?:up|all|my|the|of|some|extra|spare|old|leftover|every) ){0,3}?(?P<e>{DRUGS} for (?:weeks|months|ages|a while|a long time|the past \w+ (?:weeks|months)))", (DRUG_KEYS, "weeks months ages while time")),
    _rule("drugs-saved", (PREPARATION, METHOD), r"(?P<e>{DRUGS}(?: [a-z0-9]+){0,2}? (?:(?:ive|i have|i had|id|ve) (?:been )?)?(?:saved up|stockpiled|hoarded|stashed|hidden|set aside|put aside|squirrelled away|saved|lined up|ready(?= *(?:$|[.,]|to go|and waiting|for when))))" + _FOR_TAPER + _PURPOSE, (DRUG_KEYS, "saved stockpiled hoarded stashed hidden aside squirrelled lined ready")),
    _rule("enough-to-die", (PREPARATION, METHOD), r"(?P<e>enough to (?:not wake up|never wake up|overdose|end it all|end my life|make sure i dont wake up|finish (?:it all|me off|myself off|the job))|(?:want|need|have got|got) (?:to have )?enough to finish it(?= *(?:$|[.,])))", "enough"),
    _rule("kept-instead", (PREPARATION, METHOD), r"(?P<e>(?:collect|sav|keep|kept|hoard|stor|stash|putt?)\w* (?:them|it|all of them|the (?:\w+ )?{DRUGS}|my (?:\w+ )?{DRUGS})(?: \w+){0,6}? instead(?: of (?:handing|taking|giving|returning|disposing|using|swallowing)\w*)?)(?= *(?:$|[.,]| of))|(?P<s>stopped taking (?:my |the )?{DRUGS} (?:and|but) (?:\w+ )?(?:keeping|saving|stockpiling|hoarding|collecting|stashing) them)", "instead stopped"),
    _rule("car-hose", (PREPARATION, METHOD), r"(?P<e>(?:car|garage)(?:(?: ,| and) (?:the |a |my )?(?:car|garage))?(?: ,| and)+ (?:the |a |my )?(?:hose|hosepipe)|(?:hose|hosepipe) (?:in|into|to|on) the (?:garage|exhaust))", "hose hosepipe"),
    _rule("enough-to", (PREPARATION, METHOD), r"(?P<e>enough (?:[a-z]+ ){0,2}?(?:{DRUGS}|rope)(?: [a-z0-9]+){0,4}? to (?:kill|end|die|not wake|do it|overdose|finish (?:it|me|myself|the job)|never wake|make sure|go to sleep forever|be sure))", "enough"),
    _rule("research", (PREPARATION, METHOD), r"(?:googl\w*|search\w*|look\w* up|research\w*|read\w*(?: up)?(?: on| about)?|look\w* into|watch\w*|check\w*|ask\w*) (?:for |on |up )?(?:the |a )?(?P<e>(?:suicide |painless |quick |quickest |easy |easiest |different )?methods(?= *(?:$|[.,]))|(?:how to|ways to|the best way to|the quickest way to|the easiest way to|painless ways? to|methods? (?:of|to|for)) "
          r"(?:kill|die|end (?:it|my life|your life)|commit|overdose|hang|not wake|od)|lethal doses?|fatal doses?|how much (?:\w+ )?(?:{DRUGS}|it) (?:is|would be|will be|would) (?:fatal|lethal|deadly|enough to)|suicide methods|how long (?:it takes|does it take|would it take|it would take) to (?:die|drown|bleed out|suffocate|lose consciousness)|how to drown|how many (?:of )?(?:\w+ )?(?:{DRUGS}|it) (?:it )?(?:would|will|does|do)? ?(?:it )?(?:takes?|kills?)(?= *(?:$|[.,]|to (?:die|kill|end|overdose|not wake)|me|someone)))", "how ways way methods method lethal fatal dose doses long many much"),
    _rule("think-lethal", (ACTIVE, METHOD), r"(?:{THINK}|looking at|looked at|reading about|read about) (?:the |a )?(?P<e>(?:lethal|fatal|deadly) (?:dose|amount))", "lethal fatal deadly"),
    _rule("lethal-dose", (METHOD,), r"(?P<e>(?:lethal|fatal|deadly) (?:dose|doses|amount|quantity))", "lethal fatal deadly", weak=True),
    _rule("means-got", (PREPARATION, METHOD), r"{S}(?:bought|buying|buy|got|getting|ordered|ordering|found|tied|tying|made|making|ive got|hung|put|hidden|hid|have|keep|kept) (?:a |the |some |myself a |my )?(?P<e>rope|noose|gun|shotgun|pistol|firearm|razor blades?|blades?|charcoal|helium|exit bag|ligature|hose)(?! (?:swing|ladder)\b)(?!(?: \w+){0,4}? for (?:the |my )?(?:washing|clothes|garden|climbing|dog|tent|boat|kids|camping|hunting|shed|car|towing)\b)\b", "rope noose gun shotgun pistol firearm razor blade blades charcoal helium exit ligature hose"),
    _rule("take-them-all", (INTENT, METHOD), r"{S}(?:{INTENT}|could|might|want to|tempted to|thinking (?:about|of)|feel like|should) {ADV}(?P<e>(?:take|taking|swallow|swallowing|down|downing|neck|necking|use|using) "
          r"(?:them all|it all|everything in (?:the|my) \w+|all of them|all of it|every last one|every single one|the lot|the whole (?:bottle|packet|pack|box|lot|strip|supply|month)|everything i have|all (?:my|of my|the|of the|these|those) {DRUGS}(?: at once)?|every (?:pill|tablet) i have))"
          r"(?! (?:to|back|in(?! one go)|into|with|for|as|on time|at (?:\d|night|bedtime|the same)|correctly|properly|today|each|every|in the morning)\b)", "take taking swallow swallowing down downing neck necking use using & all lot whole everything every"),
    _rule("ill-take-all", (INTENT, METHOD), r"\b(?:ill|i will) (?P<f>{ADV})(?P<e>(?:take|swallow|down|neck) (?:them all|it all|all of them|the lot|the whole (?:bottle|packet|pack|box|lot|strip)|everything in (?:the|my) \w+|all (?:my|of my|the) {DRUGS}))(?! (?:to|back|in(?! one go)|into|with|for|as|on time|at (?:\d|night|bedtime|the same)|correctly|properly|each|every)\b)", "take swallow down neck & all lot whole everything"),
    _rule("aborted", (PREPARATION, METHOD), r"{S}(?:stood|standing|sat|sitting|went|walked|climbed) (?:up |out )?(?:on|at|onto|over) (?:the |a )?(?:edge of (?:the |a )?)?(?P<e>bridge|roof|rooftop|cliff|cliffs|ledge|railway tracks|tracks|overpass|railing|platform)(?= *(?:$|[.,]|last|again|thinking|wanting|ready|and|for (?:an?|\w+) (?:hour|hours|while|minutes|ages)))", "bridge roof rooftop cliff cliffs ledge tracks overpass railing platform"),
    _rule("exhaust", (PREPARATION, METHOD), r"(?P<e>(?:car|engine)(?: \w+){0,4}? (?:running|on) in (?:the|a) (?:closed |shut )?garage|car in the garage with the engine (?:on|running)|hose(?:pipe)?(?: \w+){0,3}? exhaust|exhaust(?: \w+){0,3}? hose)", "garage exhaust hose"),
    _rule("ligature", (PREPARATION, METHOD), r"(?P<e>(?:tied|tying|tie|hung|hanging|fixed|attached|put|wrapped) (?:a |my |the )?(?:belt|cord|rope|scarf|noose|cable|sheet|dressing gown cord|tie|something)(?: \w+){0,3}? (?:to|around|round|from|on|over) (?:the |my |a )?(?:door|doorknob|door handle|banister|bannister|beam|rail|railing|tree|hook|neck|loft hatch|stairs|wardrobe))", "tied tying tie hung hanging fixed attached put wrapped"),
    _rule("handful", (ATTEMPT, METHOD), r"{S}(?P<e>(?:swallowed|took|taken|downed|necked) (?:a handful|handfuls|a bunch|loads|lots|a lot|a load|a fistful|a whole (?:bottle|packet|box)|the whole (?:bottle|packet|box)|\d{2,}|twenty|thirty|forty|fifty)(?: of)? (?:\w+ )?(?:{DRUGS}|drugs))", "swallowed took taken downed necked"),
    _rule("on-purpose", (ATTEMPT, METHOD), r"(?P<e>(?:took|taken|taking|swallowed|swallowing|downed|necked)(?: \w+){0,4}? (?:{DRUGS}|drugs)(?: \w+){0,2}? (?:on purpose|deliberately|intentionally))", "purpose deliberately intentionally"),
    _rule("place-now", (PREPARATION,), r"{S}(?:at|on|by|near|standing on|sat on|sitting on) (?:the |a )?(?P<e>(?:train station|station|platform|bridge|cliff|cliffs|cliff edge|roof|rooftop|tracks|railway|level crossing|motorway bridge))(?= *(?:$|[.,]|and|right now|now))", "station platform bridge cliff cliffs roof rooftop tracks railway crossing", weak=True),
    _rule("think-jumping", (METHOD,), r"{S}{THINK} (?P<e>jump(?:ing)?(?: off| in)?)(?= *(?:$|[.,]))", "jump jumping", weak=True),
]

PREPARATION_RULES = [
    _rule("goodbye-letters", (PREPARATION,), r"(?:wr[io]t\w*|left|leaving|leave|finished|prepared|drafted|recorded|recording|penned|typed|composed) (?:(?:a|my|the|some|all|few|last|little) ){0,2}?(?P<e>(?:goodbye|farewell|suicide|final|explanation) (?:letters?|notes?|messages?|texts?|emails?|posts?|videos?|words))\b(?! to (?:(?:the|this|my) (?:\w+ )?(?:group|forum|board|community|team|job|class)\b|benzos?|\w+pam|\w+lam|pills|the pills|drugs|this drug|my (?:addiction|old \w+|former \w+|benzos?|pills|job|habit))\b)", "goodbye farewell suicide final explanation"),
    _rule("tell-love", (PREPARATION,), r"(?P<e>(?:tell|let) (?:my|the) (?:\w+ )?(?:know |that )?i (?:love|loved|am sorry|m sorry|im sorry)(?: \w+)?)", "tell let & love loved sorry", weak=True),
    _rule("letters-after", (PREPARATION,), r"(?P<e>(?:letters?|notes?|messages?|videos?|cards?)(?: [a-z]+){0,6}? " + _AFTER_DEATH + ")", "letters letter notes note messages message videos video cards card & gone die dead here go"),
    _rule("letters-family", (PREPARATION,), r"(?P<e>(?:wr[io]t\w*|left|leaving|finished|prepared|drafted|recorded) (?:(?:a|some|the|my|few|all|these|those|little) ){0,2}?(?:(?:letters?|notes?|messages?|videos?|cards?)(?: [a-z]+){0,2}? )?(?:to|for) (?:each of |all of |both of |every one of )?(?:my|the) " + _FAMILY + r")", "wrote written writing write writes left leaving finished prepared drafted recorded", weak=True),
    _rule("giving-away", (PREPARATION,), r"(?P<e>(?:giv(?:e|ing|en)|gave|handing|handed|passing|passed) (?:away )?(?:all )?(?:of )?(?:my |away my |away all my |all my )?(?:things|stuff|belongings|possessions|valuables|everything i (?:own|have)))(?! (?:to (?:charity|the charity|a charity)|back|for (?:the|a) (?:sale|move))\b)", "things stuff belongings possessions valuables everything"),
    _rule("giving-pets", (PREPARATION,), r"(?P<e>(?:giv(?:e|ing|en)|gave|rehom(?:e|ing|ed)|found a home for) (?:away )?my (?:cat|cats|dog|dogs|pets?|bird|birds|rabbit))", "cat cats dog dogs pet pets bird birds rabbit", weak=True),
    _rule("goodbye-forever", (PREPARATION,), r"(?P<e>goodbye (?:forever|cruel world|world|for good|for the last time))", "goodbye"),
    _rule("final-words", (PREPARATION,), r"(?P<e>(?:this is|its|this will be|this ll be|thisll be) (?:my|the) (?:last|final) (?:goodbye|message|time youll hear from me|words|thing ill (?:write|post|say)(?: here| on here)?(?! (?:tonight|today|for now|for a while|before)\b)))(?! to (?:benzos?|\w+pam|\w+lam|pills|the pills|drugs|this drug|my (?:addiction|old life|benzos?|pills))\b)", "last final & goodbye message time words thing"),
    _rule("final-goodbyes", (PREPARATION,), r"(?P<e>(?:saying|say|said) (?:my )?(?:final |last )goodbyes?)(?! to (?:benzos?|\w+pam|\w+lam|klonopin|valium|xanax|ativan|pills?|tablets?|meds|the last)\b)", "goodbye goodbyes & final last"),
    _rule("never-hear", (PREPARATION,), r"(?P<e>(?:you|youll|you all|nobody|no one) (?:wont|will not|will never|never) (?:hear|see) (?:from )?me again)", "hear see & again"),
    _rule("by-the-time", (PREPARATION,), r"(?P<e>by the time (?:you|anyone|someone|somebody|they) (?:reads?|sees?|finds?|find) this)", "time & read reads see sees find finds"),
    _rule("last-day", (PREPARATION,), r"(?P<e>(?:last|final) (?:night|day|week) (?:on (?:this )?earth|alive|of my life))", "last final & earth alive life"),
    _rule("affairs", (PREPARATION,), r"(?P<e>(?:affairs|everything) (?:are |is )?(?:in order|sorted|arranged))(?! (?:before|for)\b (?:my|the|a|our) (?:surgery|operation|move|trip|holiday|appointment|hospital))", "affairs everything"),
    _rule("goodbye-weak", (PREPARATION,), r"(?P<e>goodbye (?:everyone|all|guys|friends|my friends|all of you)|(?:saying|say|said) (?:my )?goodbyes?(?! to (?:benzo|the last|my last|\w+pam|\w+lam|pills|the pills)\b))", "goodbye goodbyes", weak=True),
    _rule("last-post", (PREPARATION,), r"(?P<e>(?:this is|its) (?:my|the) (?:last|final) (?:post|time (?:ill be posting|im posting|ill post|youll hear from me))(?= *(?:$|[.,]| here| ever| on (?:here|this (?:forum|site)))))", "last final & post posting time", weak=True),
    _rule("when-gone", (PREPARATION,), r"(?P<e>" + _AFTER_DEATH + r")", "gone die dead here go & after when once", weak=True),
    _rule("will", (PREPARATION,), r"(?P<e>(?:sorted|wrote|written|writing|made|updated|sorting|changed|done|finished) (?:out )?my will)", "will & sorted wrote written writing made updated sorting changed done finished", weak=True),
    _rule("look-after", (PREPARATION,), r"(?P<e>look after my (?:cat|dog|kids|children|pets?))(?=(?: \w+){0,2}? (?:for me|when|after))", "look & after", weak=True),
    _rule("said-goodbyes", (PREPARATION,), r"{S}(?:have |ve )?(?P<e>(?:said|made) (?:all )?my goodbyes?)(?= *(?:$|[.,]| to (?:the people|everyone|people|those|all|my (?:family|friends|kids|children|loved ones|wife|husband|partner|parents|mum|mom|dad))\b))", "goodbye & said made"),
    _rule("letters-why", (PREPARATION,), r"(?P<e>(?:wr[io]t\w*|left|leaving|finished|drafted) (?:(?:a|some|the|my|few|all|these|those|little) ){0,2}?(?:(?:letters?|notes?|messages?|videos?|cards?) )?(?:to|for) (?:each of |all of )?(?:my|the) " + _FAMILY + r"(?: \w+){0,2}? (?:explaining why|to explain why|saying sorry|to say sorry|saying goodbye|to say goodbye|for (?:them|her|him) to find))", "why sorry goodbye find"),
    _rule("giving-away-things", (PREPARATION,), r"(?P<e>(?:giv(?:e|ing|en)|gave|handed|handing) away (?:all )?my \w+(?: \w+)? and (?:all )?my \w+(?: \w+)?)(?= (?:to|between) (?:my )?(?:friends|people|family|neighbours|the kids)\b)", "away & friends people family neighbours kids"),
    _rule("went-to-place", (PREPARATION, METHOD), r"{S}(?:went|walked|drove|go|going|got) (?:up |down |back )?to (?:the |a )?(?P<e>bridge|cliff|cliffs|railway tracks|tracks|rooftop|roof|car park roof|level crossing)(?: \w+){0,3}? (?:and|,) (?:just )?(?:stood|sat|waited|looked down|stared down|stayed)", "bridge cliff cliffs tracks rooftop roof crossing & stood sat waited looked stared stayed"),
    _rule("sorry-everything", (PREPARATION,), r"(?P<e>(?:im |i am )?(?:so )?(?:sorry|thank you|thanks)(?: all)? for everything)(?= *(?:$|[.,]|guys|everyone|all|i))", "sorry thank thanks & everything", weak=True),
    _rule("deserve-better", (PASSIVE,), r"(?P<e>(?:deserves?|deserved) (?:so much |someone |much )?better than me)", "better & deserve deserves deserved", weak=True),
    _rule("provided-for", (PREPARATION,), r"(?P<e>(?:giv(?:e|ing|en)|gave|rehom(?:e|ing|ed)|handed) (?:away )?my (?:cat|cats|dog|dogs|pets?|bird|birds|rabbit|kids|children)(?: \w+){0,5}? so (?:shes|hes|theyre|theyll be|she will be|he will be|they will be|its) (?:looked after|taken care of|cared for|in good hands))", "looked taken cared hands"),
    _rule("wont-need", (PREPARATION,), r"(?P<e>(?:wont|will not|not going to) (?:be )?need(?:ing)? (?:it|them|any of (?:it|this|them)|my \w+))(?= *(?:$|[.,]|anymore|where im going|after))", "need needing & wont not", weak=True),
    _rule("enough-now", (PREPARATION, METHOD), r"(?P<e>(?:theres|there is|there are|it should be|that should be|it will be|should be|thatll be|its) enough(?: now| this time)?)(?= *(?:$|[.,]))", "enough", weak=True),
    _rule("counting-means", (PREPARATION, METHOD), r"(?P<e>(?:counting|counted|lined up|lining up|laid out|laying out) (?:out )?(?:all )?(?:my |the |of my )?{DRUGS})", (DRUG_KEYS, "counting counted lined lining laid laying"), weak=True),
    _rule("take-everything", (METHOD,), r"{S}(?P<e>(?:take|swallow) (?:everything i have(?: got)?|every (?:pill|tablet) i have|all of them|them all|the lot|the whole (?:bottle|packet|box)))", "take swallow & everything every all lot whole", weak=True),
    _rule("fine-without-me", (PASSIVE,), r"(?P<e>(?:" + _FAMILY + r"|everyone|everybody|the world) (?:would|will|d|ll) (?:all )?(?:be )?(?:fine|okay|ok|alright|manage|cope) without me)", "without"),
    _rule("staring-means", (ACTIVE, METHOD), r"{S}(?:keep |kept |been |cant stop )(?P<e>staring at (?:the |my |all the |all my )?(?:\w+ )?(?:knives|knife|blades|razors?|rope|tracks|bridge|belt|hook|noose|cord|beam|banister|bannister|loft hatch|{DRUGS}))", "staring"),
    _rule("who-gets-what", (PREPARATION,), r"(?P<e>who (?:gets|should get|will get|can have) (?:what|my \w+)|what happens to my (?:things|stuff|cat|dog|pets?|kids|children))", "who what & gets get have happens", weak=True),
    _rule("deleted-accounts", (PREPARATION,), r"(?P<e>(?:deleted|deleting|delete|closed|closing|close|cancelled|canceled|cancel) (?:all )?my (?:social media|accounts?|facebook|instagram|phone contract))", "deleted deleting delete closed closing close cancelled canceled cancel", weak=True),
    _rule("nothing-left", (PASSIVE,), r"(?P<e>(?:theres|there is) nothing (?:left )?for me(?: here)?|nothing left to live for)", "nothing", weak=True),
    _rule("want-to-go", (PASSIVE,), r"\bi (?P<f>(?:just |really |only )*)(?P<e>want to go)(?= *(?:$|[.,]|now))", "go & want", weak=True),
    _rule("wont-be-problem", (PREPARATION,), r"(?P<e>(?:wont|will not) (?:be )?(?:a (?:problem|burden)|in (?:anyones|your|their) way) (?:for|to) (?:anyone|you|them|anybody) (?:much longer|anymore|after \w+|soon|for long))", "problem burden way"),
    _rule("death-relief", (PASSIVE,), r"(?P<e>(?:death|dying|not waking up|being dead) (?:would|will|could) (?:be|feel like) (?:a |such a )?(?:relief|release|mercy|blessing|escape))", "relief release mercy blessing escape"),
    _rule("scared-what-do", (INTENT,), r"(?P<e>(?:scared|afraid|frightened|worried|terrified) (?:of )?what i (?:might|will|could|would|am going to|m going to) (?:do )?to myself)", "myself & scared afraid frightened worried terrified"),
    _rule("time-do-it", (INTENT, PLAN), r"(?P<e>(?:" + TIME.pattern + r")(?: \w+){0,5}? (?:ill|i will|im going to|i am going to) (?:finally |just )?do it)(?= *(?:$|[.,]))", "do & it"),
    _rule("otc-shops", (PREPARATION, METHOD), r"(?P<e>(?:different|several|multiple|two|three|four|five|\d+) (?:different )?(?:shops|pharmacies|chemists|stores|supermarkets)(?: \w+){0,8}? (?:paracetamol|tylenol|aspirin|ibuprofen|painkillers|sleeping (?:pills|tablets)|co codamol|codeine))", "paracetamol tylenol aspirin ibuprofen painkillers sleeping co codeine & shops pharmacies chemists stores supermarkets"),
    _rule("found-me", (PREPARATION,), r"(?P<e>(?:nobody|no one|the kids|my \w+|they|someone|anyone|none of them)(?: \w+){0,3}? (?:has|have|doesnt have|dont have|wont have|will not have|wont need) to (?:be the one to )?find me)(?= *(?:$|[.,]))", "find"),
    _rule("reads-after", (PREPARATION,), r"(?P<e>(?:if|when|once) (?:anyone|someone|somebody|you all|you) (?:reads?|finds?|sees?) this (?:after(?:wards)?|when im gone|later on))(?= *(?:$|[.,]))", "read reads find finds see sees"),
    _rule("no-return", (INTENT,), r"(?P<e>(?:not|dont|never) (?:planning|plan|intending) (?:on |to )?(?:coming back|come back|a return (?:trip|journey)))(?= *(?:$|[.,]))", "planning plan intending"),
    _rule("straight-to-place", (PLAN, METHOD), r"{S}(?:going|heading|driving|walking|off) straight (?:to|for) (?:the )?(?P<e>bridge|cliffs?|tracks|railway|edge|roof|rooftop|level crossing|viaduct|overpass|river)(?! (?:club|cafe|pub|path|walk)\b)", "straight"),
    _rule("shops", (PREPARATION, METHOD), r"(?P<e>(?:bought|buying|picked up|got|getting|collected) (?:extra |more |some |a few )?(?:\w+ )?{DRUGS} (?:from|at) (?:different|several|multiple|two|three|four|five|\d+|lots of) (?:different )?(?:shops|pharmacies|chemists|stores|supermarkets))", "shops pharmacies chemists stores supermarkets"),
    _rule("funeral", (PREPARATION,), r"(?P<e>(?:planned|planning|arranged|arranging|paid for) my (?:own )?funeral|my funeral is (?:all )?(?:planned|arranged|sorted|paid for))", "funeral"),
    _rule("join-dead", (PASSIVE,), r"{S}(?:want|wanting|long|longing|ready|need) to (?P<e>(?:join|be with) (?:my )?\w+ (?:who (?:died|passed)|in heaven|on the other side|again in heaven))", "join with & died passed heaven side"),
    _rule("my-note", (PREPARATION,), r"{S}(?:have |ve )?(?P<e>(?:written|wrote|finished|left) my (?:note|letters|last letter))(?= *(?:$|[.,]))", "note letters letter & written wrote finished left"),
    _rule("nothing-to-live-for", (PASSIVE,), r"{S}(?:have|got|ve got) (?P<e>nothing (?:left )?to live for)", "nothing"),
    _rule("decided-doing-it", (INTENT, PLAN), r"{S}(?:decided|made up my mind)(?: that)? (?P<e>(?:im|i am|ill|i will) (?:doing|do) it)(?= *(?:$|[.,]| on\b| tonight| tomorrow| when| after| this))", "decided made & doing do"),
    _rule("harm-on-purpose", (SELF_HARM,), r"{S}(?P<e>(?:cut|burn\w*|burnt|hit|punch\w*|scratch\w*|hurt|bruis\w*|scald\w*|slam\w*|bit|bite|biting) (?:myself|my \w+)(?: \w+){0,5}? (?:on purpose|deliberately|intentionally))", "purpose deliberately intentionally"),
    _rule("take-care-all", (PREPARATION,), r"(?P<e>take care (?:all of you|everyone|all|guys|my friends))(?= *$)", "care", weak=True),
    _rule("go-on-living", (PASSIVE,), r"(?P<e>(?:\bi (?:cant|cannot|can not|dont want to)|no way i can|(?:im|i am) not going to) (?:go on|keep on|carry on|keep) living like this)(?= *(?:$|[.,]|anymore|much longer|for much longer))", "living"),
]

PLAN_RULES = [
    _rule("goodbye-drafts", (PREPARATION,), r"{S}(?P<e>(?:writ\w*|draft\w*|typ\w*|rewrit\w*) (?:out )?my (?:goodbye|suicide note|last (?:message|note|letter))(?: (?:note|letter|message|post|text)s?)?)(?= *(?:$|[.,]| in| on| and| again| for (?:you|everyone|my)))", "goodbye note message letter"),
    _rule("not-planning-to-see", (INTENT,), r"{S}(?P<e>(?:not planning|dont plan|no plans|not intending|dont intend) (?:on|to) (?:see|seeing|make it to|making it to|reach|reaching|turn|turning|live to|living to) (?:\d+|my \d+\w*|another (?:year|birthday|christmas)|next (?:year|month|week)|the new year|christmas|tomorrow))(?= *(?:$|[.,]))", "planning plan plans intending intend"),
    _rule("know-why", (PREPARATION,), r"(?<!so )(?<!and )(?P<e>(?:if|when) (?:im not|i am not|i dont|i do not|you dont hear from me|nobody hears from me)(?: \w+){0,4}? (?:tomorrow|tonight|again|back|by \w+)(?: ,)? (?:you|you all|everyone|youll all) (?:know|will know|ll know) why)", "why"),
    _rule("days-left", (INTENT, PLAN), r"(?P<e>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|few) (?:more )?(?:days|weeks|nights|hours) left (?:on this earth|on earth|in this world))", "left"),
    _rule("suicide-plan", (PLAN,), r"{S}(?P<e>(?:suicide|exit) plan)", "plan"),
    _rule("know-how", (PLAN,), r"{S}(?:know|knows|worked out|figured out|decided|planned|planning|thought about|picked|chose|chosen) (?:exactly |precisely )?(?P<e>(?:how|when|where|what) (?:and (?:when|where|how) )?(?:(?:im|ill|id|i will|i would|i am) (?:going to )?)?(?:do it|end it|go|to do it|to end it|kill myself|to kill myself|it will happen)(?= *(?:$|[.,]|and|tonight|tomorrow|on|by|when|after))"
          r"|(?:how|when|where) and (?:how|when|where)(?= *(?:$|[.,])))", "how when where what & know knows worked figured decided planned planning thought picked chose chosen"),
    _rule("the-day", (PLAN, INTENT), r"(?P<e>(?:is|will be|thats) (?:the day|the night) (?:i|ill|im going to) (?:end|die|kill|do it|leave this world|say goodbye|go(?= *(?:$|[.,]))))", "day night & is be thats"),
    _rule("have-a-plan", (PLAN,), r"{S}(?:have|ve got|got|made|picked|set|chosen|chose) (?:a|the|my) (?P<e>plan|date|day)(?= *(?:$|[.,]| and (?:i|im|ill|i will|its)\b))", "plan date day & have ive got made picked set chosen chose", weak=True),
    _rule("plan-use-it", (PLAN, INTENT), r"{S}(?:have|ve got|got|made) (?:a|the|my) (?P<e>plan(?: ,)? and (?:ill|i will|im going to|i am going to) (?:use|follow(?: through)?(?: with)?|carry out|go through with|act on) it)", "plan & use follow carry go act"),
    _rule("plan-and-date", (PLAN,), r"{S}(?:have|ve got|got|made|picked|set|chosen|chose) (?:a|the|my) (?P<e>(?:plan|date|time|method|place) and (?:a|the|my) (?:plan|date|time|method|place))", "plan date time method place & and"),
    _rule("day-is-when", (PLAN, INTENT), r"(?P<e>(?:tonight|tomorrow|" + _DAYS[3:-1] + r"|that day|the \d+\w*) is (?:when|the day) (?:im going to|i am going to|ill|i will|i) (?:do it|end it|go|kill myself|die))", "when day & is"),
    _rule("decided-on-day", (PLAN,), r"{S}(?:decided on|picked|chose|settled on) (?P<e>" + _DAYS + r"|the \d+\w*)(?= *(?:$|[.,]))", "decided picked chose settled", weak=True),
    _rule("it-will-be-day", (PLAN,), r"(?P<e>(?:it will|itll|it is going to|its going to|it ll) (?:be|happen) (?:on )?(?:" + _DAYS[3:-1] + r"|tonight|tomorrow))(?= *(?:$|[.,]))", "be happen", weak=True),
    _rule("not-see-alive", (PASSIVE,), r"{S}(?:dont|cant|do not|can not) (?:see|imagine|picture) (?P<e>myself (?:still )?(?:alive|here|around|living)(?: (?:at|by|for|in|next|after) \w+)?|myself (?:getting|making it|lasting) (?:to|till|until|through) (?:spring|summer|autumn|winter|christmas|next \w+|the new year|my birthday|\d+))", "myself & see imagine picture"),
]

ATTEMPT_RULES = [
    _rule("tried", (ATTEMPT,), r"{S}(?:tried|attempted|try|trying|tried and failed) (?:to |and )?{ADV}(?P<e>{KILL}|suicide)", "tried attempted try trying"),
    _rule("overdosed", (ATTEMPT, METHOD), r"{S}(?P<e>overdosed|took an overdose|took (?:them all|all of them|the lot|the whole (?:bottle|packet|pack|box|lot|strip)|all (?:my|of my|the) {DRUGS}(?= *(?:$|[.,]| at once| and| last| yesterday| to (?:die|end|kill|sleep forever|not wake))))|slit my wrists|hung myself|jumped (?:off|from) (?!(?:the |my |a )?(?:\d|at\b|(?:last|final)(?: tiny| little)? (?:crumb|sliver|bit|dose|step|tablet|pill|cut)|\w*mg\b|benzos?\b|it\b|taper|dose|cold|\w+pam\b|\w+lam\b|valium|klonopin|xanax|ativan))|jumped in front of)(?! (?:by accident|accidentally|on caffeine)\b)", "overdosed overdose took slit hung jumped"),
    _rule("attempt-noun", (ATTEMPT,), r"(?P<e>suicide attempt|attempt on my (?:own )?life|attempted suicide)", "attempt attempted"),
    _rule("attempted", (ATTEMPT,), r"{S}(?P<e>attempted)(?= *(?:$|[.,]| again| last| yesterday| on| twice| once| before| in \d+| \w+ (?:ago|years)))", "attempted"),
    _rule("nearly", (ATTEMPT,), r"{S}(?P<e>(?:nearly|almost) (?:killed myself|ended it|did it|went through with it|jumped|overdosed))(?! (?:laughing|falling|tripping|when|with|on (?:the|a|my) (?:stairs|ice|bike))\b)", "nearly almost"),
    _rule("go-through", (ATTEMPT,), r"(?P<e>(?:couldnt|could not|didnt|did not|nearly|almost) (?:go|went) through with it|(?:backed|pulled) out at the last (?:minute|second))", "through last"),
]

SELF_HARM_RULES = [
    _rule("harm-body", (SELF_HARM,), r"{S}(?P<e>(?:cut|cutting|cuts|slit|slitting|slash\w*|slic\w*|carv\w*|burn(?:ed|t|ing)?|hit|hitting|punch(?:ed|ing)?|stab(?:bed|bing)?|hurt|hurting|harm|harming|harmed|injur(?:e|ed|ing)|bruis(?:e|ed|ing)|starv(?:e|ed|ing)|punish(?:ed|ing)?) "
          r"(?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?|chest)))" + _SH_GUARD, "myself arm arms wrist wrists leg legs thigh thighs skin stomach body hip hips chest & cut cutting cuts slit slitting slash slashed slashing slice sliced slicing carve carved carving burn burned burnt burning hit hitting punch punched punching stab stabbed stabbing hurt hurting harm harming harmed injure injured injuring bruise bruised bruising starve starved starving punish punished punishing"),
    _rule("wrists", (SELF_HARM,), r"{S}(?P<e>(?:cut|cutting|scratch\w*|slash\w*|slic\w*|slit|opened|open) (?:up )?my wrists?)", "wrist wrists"),
    _rule("urge-cut", (SELF_HARM,), r"(?<!no )(?<!zero )(?<!without )(?<!less )(?P<e>urges? to (?:cut|selfharm|hurt myself|burn myself|harm myself)|(?:cutting|selfharm\w*) urges?)(?! (?:faster|quicker|more|my|the|back|down|dose|again my|\d)\b)", "urge urges"),
    _rule("selfharm", (SELF_HARM,), r"{S}(?P<e>selfharm\w*)(?! (?:is(?! (?:getting|back|worse|bad|so bad|out of))|are|can|rates?|risks?|among|in (?:teens|young|people|the)|awareness|statistics|support|services|charity|resources|helpline|forum)\b)", "_selfharm"),
    _rule("cut-deep", (SELF_HARM,), r"{S}(?P<e>cut (?:too |so |really |very )?deep(?:er|ly)?|(?:fresh|new) (?:cuts|scars) on my)", "deep deeper cuts scars"),
    _rule("bleed", (SELF_HARM,), r"{S}(?P<e>(?:\w+ ){1,6}?(?:until|till|til) (?:it|i|they|my \w+) (?:bleeds?|bled|bleeding|bruise|bruised)|(?:made|make|making) myself bleed|(?:drew|draw|drawing) blood (?:from|on) (?:myself|my (?:arms?|wrists?|legs?)))", "bleeds bled bleeding bleed blood bruise bruised"),
]

WEAK_RULES = [
    _rule("cant-go-on", (PASSIVE,), r"{S}(?P<e>(?:cant|can not|cannot|dont want to|just cant|really cant) (?:do this|go on|keep going|take (?:it|this|any more)|live like this|cope|carry on|face (?:another day|tomorrow))(?: \w+){0,2}? (?:anymore|much longer))", "anymore longer", weak=True),
    _rule("cant-go-on-bare", (PASSIVE,), r"{S}(?P<e>(?:cant|can not|cannot|just cant|really cant) (?:go on|keep going|carry on|do this anymore|keep living like this))(?= *(?:$|[.,]))", "cant cannot can & go keep carry do", weak=True),
    _rule("cant-live-like-this", (PASSIVE,), r"{S}(?P<e>(?:cant|cannot|can not|dont want to) (?:live|go on|keep living) (?:like this|with this|with it) anymore)", "anymore & live go living"),
    _rule("time-to-go", (PREPARATION,), r"(?P<e>(?:its|it is) time (?:for me )?to go)(?= *(?:$|[.,]))", "time & go", weak=True),
    _rule("live-like-this", (PASSIVE,), r"(?P<e>dont want to live like this)", "live", weak=True),
    _rule("burden", (PASSIVE,), r"(?P<e>(?:im|i am|ive become|feel like|i feel) (?:such |just |nothing but |only |a )*(?:a )?burden)(?! (?:on the|of proof)\b)", "burden", weak=True),
    _rule("want-it-over", (PASSIVE,), r"(?P<e>want (?:it|this|everything) (?:all )?to (?:end|be over|stop)(?: forever| for good)|want (?:it all|everything) to (?:end|be over|stop)|(?:^|(?<=[.,] ))(?:me included|including me|myself included)(?= *$)|(?:i )?hate (?:my life|being alive|living)|(?:a|such a|just a) waste of space|wish it would all (?:end|stop)|no way out|whats the point(?= *(?:$|[.,]| of (?:anything|it all|trying))))", "end over stop way point hate waste included including", weak=True),
    _rule("goodbye-end", (PREPARATION,), r"(?:^|(?<=[.,] ))(?P<e>goodbye)(?= *$)", "goodbye", weak=True),
    _rule("im-done", (PASSIVE,), r"(?:^|(?<=[.,] ))(?P<f>(?:just |so |honestly |im |i am )*)(?P<e>(?:im|i am) (?:so |just )?done(?: fighting| trying)?)(?= *(?:$|[.,]))", "done", weak=True),
    _rule("want-out", (PASSIVE,), r"(?P<e>\bi (?:just )?want out|life is (?:pointless|meaningless|over)|my life is (?:pointless|meaningless|over)|(?:it|everything) (?:will|ll) (?:all )?be over soon|soon it (?:will|ll) (?:all )?be over)(?= *(?:$|[.,]|now|soon|and))", "out pointless meaningless over", weak=True),
    _rule("decided-bare", (INTENT,), r"(?:^|(?<=[.,] ))(?P<f>(?:(?:i|ive|i have|so|ok|well|and) )*)(?P<e>(?:ive|i have|i ve|its|thats) decided|decided|my mind is made up|im ready to go)(?= *(?:$|[.,]))", "decided made ready", weak=True),
    _rule("fixed-on-place", (ACTIVE, METHOD), r"{S}(?:keep|kept|cant stop|been|always) (?P<e>(?:thinking about|picturing|imagining|dreaming about|drawn to) (?:the|that|a) (?:\w+ )?(?:bridge|level crossing|cliffs?|tracks|railway line|ledge|roof|rooftop|multi storey|viaduct|overpass|quarry|reservoir|river|canal|motorway))(?! (?:walk|path|view|trip|holiday|cruise|cottage|journey|ride|swim|cafe|pub)\b)", "bridge crossing cliff cliffs tracks line ledge roof rooftop storey viaduct overpass quarry reservoir river canal motorway"),
    _rule("only-way-hurt", (SELF_HARM,), r"(?P<e>only (?:way|thing)(?: \w+){0,5}? (?:is|was) (?:to )?(?:hurt|hurting|cut|cutting|burn|burning|harm|harming) myself)", "only"),
    _rule("enough-to-finish", (PREPARATION, METHOD), r"{S}(?:get|getting|got|buy|buying|bought|collect|collecting|order|ordering|ordered) (?P<e>enough to (?:finish (?:it|myself|me off|the job)|end it|do it|not wake up|make sure))(?= *(?:$|[.,]|this time|tonight|tomorrow|and))", "enough"),
    _rule("what-theyre-for", (PREPARATION,), r"(?P<e>(?:know|knows) what (?:i (?:intend|want|need|plan|am keeping|m keeping|have) )?(?:them|it|theyre|its|those|these|this is) (?:for|are for))(?= *(?:$|[.,]))", "what", weak=True),
    _rule("asking-for-myself", (PREPARATION,), r"(?P<e>(?:im|i am) asking for (?:myself|me)|(?:its|it is|this is) not for a friend)(?= *(?:$|[.,]))", "asking friend", weak=True),
    _rule("refuse-help", (INTENT,), r"(?P<e>not asking for help|(?:i )?dont want (?:help|the (?:crisis )?(?:numbers|lines?)|(?:a |the |any )?(?:helplines?|hotlines?|crisis (?:lines?|numbers))|to be (?:talked out of it|stopped|saved))|(?:nothing|nothings|no one|nobody|noone)(?: \w+)? (?:is |will |can |going to |is going to )?(?:change|changing) my mind|(?:theyd|they would|theyll|they will|hed|shed|he would|she would|they) (?:only |just )?(?:try (?:to|and) )?(?:stop me|talk me out of it))(?= *(?:$|[.,]|and|this time))", "help numbers lines line helpline helplines hotline hotlines mind stop talk", weak=True),
    _rule("someone-to-know", (PREPARATION,), r"(?P<e>(?:need|want|wanted) (?:someone|somebody|you all|you) to know(?: it exists| where it is)?)(?= *(?:$|[.,]))", "know", weak=True),
    _rule("wrote-a-note", (PREPARATION,), r"{S}(?:have |ve )?(?P<e>(?:written|wrote|left) a note)(?= *(?:$|[.,]))", "note", weak=True),
    _rule("goodbye-board", (PREPARATION,), r"(?P<e>(?:say|saying|said) goodbye to (?:the people |everyone |all of you |you all )?(?:on |of |here )?(?:this|the) (?:board|forum|group|site)|(?:wont|will not) be (?:posting|on here|online) (?:again|anymore))(?= *(?:$|[.,]))", "goodbye posting here online", weak=True),
    _rule("life-insurance", (PREPARATION,), r"(?P<e>(?:life insurance|my pension|my savings) (?:will|would|should) (?:look after|cover|pay|take care of)|(?:get|gets|have|has) (?:the |my )?(?:life )?insurance(?: money)?)", "insurance pension savings", weak=True),
    _rule("disappear", (PASSIVE,), r"{S}(?:should|could|want to|wish i could|need to) (?:just )?(?P<e>disappear)(?= *(?:$|[.,]|forever|for good))", "disappear", weak=True),
    _rule("feel-pain", (SELF_HARM,), r"{S}(?:want|wanted|need|needed|have|had) to (?P<e>(?:feel (?:pain|physical pain)|punish myself|hurt))(?= *(?:$|[.,]))", "pain punish hurt", weak=True),
    _rule("note-family", (PREPARATION,), r"(?P<e>(?:a|the|my|last) (?:letter|note|goodbye|message) (?:to|for) (?:my|the) " + _FAMILY + r")", "letter note goodbye message", weak=True),
    _rule("mind-made-up", (INTENT,), r"(?P<e>(?:nothing|nothings|no one|nobody)(?: \w+)? (?:is going to|going to|will|can) (?:change my mind|stop me)|not (?:a cry for help|asking for help this time)|dont want the (?:crisis )?(?:numbers|hotlines?|helplines?)|(?:theyd|they would|they will|theyll) (?:only |just )?(?:stop|try to stop) me)", "nothing nothings no nobody not dont theyd they theyll", weak=True),
    _rule("no-hope", (PASSIVE,), r"(?P<e>(?:theres |there is )?no (?:hope|future) (?:for me|left|anymore))", "hope future", weak=True),
]

RULES: list[Rule] = (
    INTENT_RULES + THOUGHT_RULES + WISH_RULES + METHOD_RULES + PREPARATION_RULES + PLAN_RULES
    + ATTEMPT_RULES + SELF_HARM_RULES + WEAK_RULES
)
# Every word some rule needs: the only words worth indexing.
ALL_KEYS = frozenset(key for rule in RULES for group in rule.keys for key in group)
