"""Concept vocabularies for the crisis detector's combination layer (see combine.py).

Each concept is a small, broad vocabulary of words and short word sequences over normalised text
(lexicon.normalise: lower case, no apostrophes, text-speak spelled out). A sentence is crisis
language when concepts meet in it, not when it repeats a listed sentence: a first person, an
ending or absence, and a time or finality; means beside counting or saving; a farewell act beside
finality; being a burden beside being gone. Pure data and compiled patterns; no Django.
"""

from __future__ import annotations

import re

from moderation.detector.concepts_acts import ACTS_EXTRA, ACTS_VOCAB
from moderation.detector.concepts_affairs import AFFAIRS_EXTRA, NOT_CHORES, NOT_TO_FAMILY, TO_CHARITY
from moderation.detector.concepts_harm import CUTTING, HARM_ACT, HARM_VOCAB, HURT_CONTEXT, HURT_STRONG  # noqa: F401 - read as c.CUTTING
from moderation.detector.concepts_intent import MORE as INTENT_MORE
from moderation.detector.concepts_means import HISTORY_AFTER, HISTORY_BEFORE
from moderation.detector.concepts_mind import MIND_MORE, MIND_RECIPES, MIND_VOCAB  # noqa: F401 - c.MIND_RECIPES
from moderation.detector.concepts_now import EXTRA as NOW_EXTRA
from moderation.detector.concepts_now import NOW_RECIPES, NOW_VOCAB, SIGNING_OFF  # noqa: F401 - read as c.SIGNING_OFF
from moderation.detector.concepts_plans import EFFECT, FOR_ME, LETHAL_ASKED, MORE, WINDOW  # noqa: F401 - read as c.WINDOW
from moderation.detector.concepts_wish import WISH_VOCAB  # a death welcomed if it came: concepts_wish.py
from moderation.detector.patterns import DRUGS

SELF, ENDING, ABSENT, SOON, FINAL, MEANS, STORE, COUNT, LOOKUP, NEARBY = (
    "self", "ending", "absent", "soon", "final", "means", "store", "count", "lookup", "nearby",
)
FAREWELL, BURDEN, WITHOUT, AWAY, TAPER = (
    "farewell", "burden", "without", "away", "taper",
)
NEWS, ACT, DECIDE, DATE, BARE_DATE, WISH, BETTER, THOUGHT, ESCAPE = (
    "news", "act", "decide", "date", "bare_date", "wish", "better", "thought", "escape",
)
DID, RECENT, AFTERMATH, DOSE, WHEN = "did", "recent", "aftermath", "dose", "when"
PLACE, RECIPIENT, NO_POINT, NO_RETURN = "place", "recipient", "no_point", "no_return"
TOOK_ALL, HAUNT = "took_all", "haunt"
_ROUTINE = r"(?:evening|night|nightly|nighttime|bedtime|morning|daytime|daily|usual|regular|normal|prescribed|vitamins|supplements|doses for)\b"
USE, USE_ON, DREAD, TAKE_ALL, SAFE = "use", "use_on", "dread", "take_all", "safe"
VAGUE_END, PINNED = "vague_end", "pinned"

# A sentence that starts with its verb ("took everything last night") is the writer's own.
SUBJECTLESS = re.compile(
    r"(?:(?:just|so|honestly|really|still|and|then|kinda|lowkey|literally|tbh|ngl|already) )*(?:dont|know|didnt|wish|sh|\w+ing|\w+ed|took|got|kept|keep|want|going|cant|been|tried|made|"
    r"found|bought|wrote|written|left|gave|sorted|figured|went|started|thinking|not going|wont|gonna|need|drove|sat|stood|came|woke|drank|had|put|ran|(?:back|home) from|cut|out of (?:icu|intensive care|hospital|resus|a and e)|the (?:rope|belt|cord|noose|ligature|branch) (?:snapped|broke|gave way)(?= *(?:$|[.,])))\b"
)


def _words(*parts: str) -> str:
    return "|".join(parts)


# Benzodiazepines by the start of their names (misspelled endings still count).
_BENZOS = (
    r"(?:diaz|loraz|lorez|clonaz|clonez|alpraz|temaz|oxaz|nitraz|bromaz|fluraz|triaz|midaz|estaz|clobaz|etiz|lormet|"
    r"chlordiaz|flualpraz|clonazol|prazep|halaz|quaz|loprazol|ketaz)\w*"
)
GOODBYE = (
    r"(?:goodbye|farewell|said my goodbyes|saying goodbye|say goodbye)"
    r"(?! to (?:the (?!people|members|forum|board|group)|this (?!forum|board|group|place)|that|my (?:last|old|job|dose|taper|life on)|benzos?|\w+pam|\w+lam|klonopin|valium|xanax|ativan|librium|restoril|pills?|tablets?|meds|the last (?:sliver|crumb|dose|pill|tablet)))"
    r"(?! old (?:friend|pal|mate|enemy)\b)(?! (?:old )?(?:benzos?|\w+pam|\w+lam|pills|tablets|meds|drugs|valium|xanax|klonopin|ativan|taper|withdrawal|insomnia|tolerance|akathisia|tinnitus)\b)"
    r"(?! (?:letters?|notes?|post|message|card) to (?:the |my )?(?:benzos?|\w+pam|\w+lam|pills|tablets|meds|drugs|withdrawal|taper|addiction|habit)\b)"
)
VOCAB: dict[str, str] = {
    SELF: r"i|im|ive|id|ill|me|my|myself|mine",
    # Ending one's own life, said plainly or indirectly.
    ENDING: _words(
        r"(?:get|getting) out of (?:this|here|it all) (?:permanently|for good|forever)|(?<!planning )my exit(?! (?:from|strategy|plan for|interview)\b)|(?:go|get) to the (?:bridge|edge|roof|cliff|cliffs|tracks) and jump",
        r"kill(?:ing)? myself|finish(?:ing)? my (?:own )?life(?!s\b| (?:story|stories|work|admin|book|memoir|savings|insurance|plan|planning|goals?|list)\b)|end(?:ing)? (?:it all|it|my (?:own )?life|things|everything|myself|my suffering)"
        r"(?! with (?:him|her)\b)(?! with (?:my|the|her|him|them|a) (?:partner|boyfriend|girlfriend|therapist|doctor|husband|wife|job|boss|friend|ex|psychiatrist|psych|counsellor|counselor|gp|prescriber|dentist|landlord|gym|agency))"
        r"(?! (?:between|off|on a|early|at work)\b)",
        r"tak(?:e|ing) my (?:own )?life(?! back)|suicide(?! (?:rates?|risks?|prevention|hotline|helpline|line|awareness))",
        r"unaliv\w*|(?:stop|stopped) (?:existing|breathing|living)|cease to exist|not exist|no longer exist",
        r"(?:never|not|dont|wont) wake up(?! (?:at|with|early|feeling|sweating|shaking|in the night))",
        r"leave this (?:world|life|earth)|clock out for good|call it quits on life",
        r"(?<!since my )(?<!since the )(?<!since an )overdos(?:e|ing)(?! (?:deaths?|rates?|risks?|crisis|epidemic|statistics|figures|numbers|awareness|prevention))|hang(?:ing)? myself|(?:(?<=\bto )|(?<=\bill )|(?<=\bi )|(?<=\bjust ))die(?= *(?:$|[.,]|tonight|tomorrow|soon|now|alone|quietly|today))",
        r"be dead(?! (?:tired|asleep|on my feet|to the world))|disappear (?:forever|for good|permanently)",
        r"check(?:ing)? out(?= *(?:$|[.,]|permanently|for good|early|of (?:life|this)))|giv(?:e|ing) up (?:for good|on (?:life|living|myself|everything))",
        r"swallow(?:ing)? (?:all|everything|the lot|the whole)(?: of)?(?: it| them| the \w+)?|stop (?:my )?heart|heart (?:just )?(?:gives|give|giving) out",
        r"(?:hit|run over|knocked down) by (?:a|the) (?:bus|car|lorry|truck|train)|so (?:it|everything) (?:can|could|will) (?:all )?be over",
        r"live or die|lived or died|the end for me|bleed(?:ing)? out|bled out|(?<!didnt )(?<!did not )(?<!never )(?:go|going|went) (?:through|thru) with it|(?:go to |fall )?a?sleep(?: forever)? (?:and|n) (?:never|not) (?:come back|return|wake up|wake)(?! up)(?! (?:at|with|early|in the night|until|till)\b)",
        r"join (?:my \w+|him|her|them)(?= .*\b(?:gone|died|passed|dead|grave|heaven)\b)|be with (?:my \w+|him|her) again",
        r"the end of me(?! (?:if|when|one day))|put (?:myself|me) down|finish (?:myself|me) off|end of the line for me",
        # Euphemisms: being taken, slipping away, not making it, a trip with no return.
        r"(?:take|taking|took) myself out(?: of (?:the picture|this world|it all))?|by my own hand|slip(?:ping)? away(?! (?:from|to|for)\b)",
        r"(?:just )?vanish(?:ing)?(?! (?:to|into|for|from|under|somewhere|abroad|off (?:social|the internet|online|insta\w*|the grid))\b)|go black and stay black|never (?:open|opening) my eyes|(?:didnt|dont|not|never) make it (?:thr?u|through|past)",
        r"call me home|take me (?:home|now)|die in (?:my|their|our) sleep|(?:car|bus|lorry|truck|train) (?:hits|hit|would hit|took|takes|would take) me(?! (?:to|home|back|into|in|through|along|past|there)\b)",
        r"one way trip(?! (?:to|with|for)\b)|my suffering ends|my own choice",
        r"(?<=\bill have )(?:killed myself|ended it|ended my life|taken my life)|finish(?:ing)? things(?: myself)?(?= *(?:$|[.,]|soon|tonight))|thats it for me(?= *(?:$|[.,]))",
        r"(?:scans?|tests?|results?|biopsy|bloods|blood work|mri)(?: \w+){0,3}? (?:comes?|came|would come|will come) back bad",
        # Death from outside, wished for: a bus that would just hit me, a heart that just stops, god taking me.
        r"(?:bus|car|lorry|truck|train) (?:would |will |might )?just (?:hit|hits|take|takes) me|(?:bus|car|lorry|truck|ute|van|train|tram) (?:would |will |might |could )?(?:just )?(?:cleans?|cleaned|wipes?|wiped|takes?|took|knocks?|knocked) me (?:out|up|off)(?= *(?:$|[.,]|on|for|tomorrow|today|tonight|one|please|and))|(?:bus|car|lorry|truck|ute|van|train|tram) (?:would |will |might |could )?(?:just )?(?:flattens?|flattened|mows? me down|mowed me down|runs? me (?:over|down)|ran me (?:over|down)|ploughs? into me|ploughed into me)|(?<=\bmy )heart (?:would |will )?just (?:stops?|stopped|quit|gave out)",
        r"(?<=\btheir )heart (?:would |will )?just (?:stops?|stopped|quit|gave out)|(?:god|death) (?:took|would take|came for) me|something (?:would |will )?(?:just )?happen(?:s|ed)? to me",
        # The negation is part of the words (a negation before them would otherwise read as "not wishing").
        r"(?:dont|not|never) (?:make it|live) to (?:my )?(?:next|another) (?:birthday|christmas|year)|(?:not|never) (?:to )?see(?:ing)? another (?:birthday|christmas|year|summer)",
        r"(?<=\bat )least (?:then )?(?:it|this|everything) (?:would|will) (?:all )?(?:end|be over)|(?<=\bso this )(?:would|will|can|could) (?:all )?be over|died in my sleep|(?:fall|falling) asleep forever|offing myself",
        # Being switched off, the lights going out for good, no more me, where my road stops.
        r"(?:be|get|being|getting) switched off(?= *(?:$|[.,]|now|for good|forever|please))|(?:the )?lights (?:to )?(?:go|going|went) out (?:for good|forever)|no more me(?= *(?:$|[.,]))",
        r"(?<=\bmy )road (?:stops|ends)(?= *(?:$|[.,]|here))|sign(?:ing|ed)? off from (?:life|living|the world|existence)|take me without (?:me )?(?:having to|needing to)",
        r"(?:not|never) (?:to )?open my eyes (?:again|on another)",
        # Ending or finishing one's own life, or getting out of it.
        r"(?:end|ending|finish|finishing) this(?= *(?:$|[.,]|for good|forever|once and for all|tonight|today|tomorrow|now|soon))",
        r"(?:dont|not|no) plan(?:ning)? (?:on|to) (?:wake|waking) up(?! (?:before|until|till|early|at|for)\b)|(?:dont|not) (?:plan|intend|expect)(?:ing)? (?:on|to) (?:be|being) (?:here|around|alive)",
        r"(?:end|ending|finish|finishing) my own life(?!s\b| (?:story|stories|work|admin|book|memoir|savings|insurance|plan|planning|goals?|list)\b)|finish(?:ing)? (?:my life(?!s\b| (?:story|stories|work|admin|book|memoir|savings|insurance|plan|planning|goals?|list)\b)|it all|myself off)|(?<!most )(?:get(?:ting)? )?out of this (?:life|world)(?! (?:with|alive)\b)",
        r"(?:get|getting|got|check|checking) out of (?:this|it all|here|everything) (?:permanently|for good|forever)|(?<=\bmy )(?:own )?exit(?! (?:from|of|interview|strategy|plan for|off)\b)",
        r"(?:top|topping|topped) myself(?! up)|(?<=\bdo )myself in|(?<=\bdoing )myself in",
        r"(?:step|stepping) out in front|(?:driv(?:e|ing)|crash(?:ing)?) (?:the car |my car )?into it (?:flat out|at speed)|(?:to )?walk(?:ing)? (?:in|into it)(?= *(?:$|[.,]))",
        r"(?:make|put|bring|made|putting) an end to (?:my (?:own )?life|it all|myself|everything|my suffering)|self delet\w*|delet(?:e|ing) myself|done (?:living|with (?:life|living|being alive))(?= *(?:$|[.,]))|by my own (?:doing|choice|hands)|being dead(?! (?:tired|asleep|on my feet)\b)",
        r"stop to (?:exist|live|be here)|stay asleep (?:forever|for good|permanently)|(?:pause|switch off|turn off) (?:on )?(?:existing|existence|living|life)(?=(?: ,)?(?: \w+){0,3} (?:permanently|forever|for good))|death (?:would |will |to |could )?(?:come|came) (?:to |and )?(?:take|get|for) me",
        r"heart (?:will |would |to |just |might )?(?:stop|stops|give out|gives up|give up)(?! (?:racing|pounding|beating so|hurting)\b)|end(?<=\bfor the end)(?= i mean)|(?:^|(?<=[.,] ))(?:being )?dead(?= would be (?:better|easier|a relief))|gone(?<=\brather be gone)(?= *(?:$|[.,]|than (?:do|live|go on|face|another|this)))|(?:seizure|stroke|heart attack|illness|cancer) (?:takes|will take|would take|to take|took) me(?! (?:to|home|back|out|for|into|in|through|off)\b)|terminal (?:diagnosis|illness|cancer)",
        r"go(?:ing)? under and (?:stay(?:ing)?|not com(?:e|ing) (?:back )?up)|end(?:ing)? my (?:own )?story|stop(?:ping)? the whole thing (?:for good|forever|permanently)|make (?:it|this|everything) (?:all )?stop (?:for good|forever|permanently)",
    ),
    # Not being here in future: the member's own absence.
    ABSENT: _words(
        r"(?:nobody|no one) (?:will|would|can|could) find me (?:in time|till|until|before)|before i go(?= *(?:$|[.,]|i want|i wanted|i need|please))|(?:till|until) im gone|(?:then )?im gone for good",
        r"(?:wont|will not|not going to|am not going to|never going to|no longer going to|not gonna|dont think ill|doubt ill) be (?:here|around|alive|on this earth|in this world)",
        r"(?:ill|i will|im going to) be gone|(?:ill|i will) no longer be (?:here|around|a problem|a burden)",
        r"not (?:long|much time) left(?: for me)?|(?:not|never) (?:be )?(?:see|seeing) (?:tomorrow|the morning|morning|another (?:day|week|christmas|birthday)|christmas|my birthday|next (?:week|year|month))",
        r"(?:wont|will not|not going to) (?:see|make it to|last (?:until|till|to)|wake up (?:on|for)) (?:tomorrow|the morning|morning|another|christmas|my birthday|next|the weekend|friday|monday|the new year|new year|spring|summer)",
        r"(?:when|once|after) im (?:gone(?! (?:to|for|out|away|on|shopping)\b)|not here|not around|dead)|(?:when|once|after) i (?:go|die|am gone)(?= *(?:$|[.,]|please|i want|i hope|look|take|my|dont))",
        r"(?:wont|will not|not going to) (?:suffer|hurt|be in pain|struggle|be a (?:problem|burden))(?: \w+)? (?:much |for |any )?(?:longer|long)",
        r"last (?:night|day|morning|time) (?:alive|on earth|here|ill ever)|(?<!about )my last (?:post|message|goodbye)|(?<!about )my last (?:night|day|christmas|birthday|summer|winter)(?! (?:on|in|at|off|of)\b(?! (?:earth|this (?:earth|planet|world)|the planet)\b))",
        r"(?:not|dont plan to|wont|never)(?: \w+){0,6} be anywhere|not (?:going|coming) home after|(?:wont|not going to) be alive",
        r"(?:not going to|am not going to|im not going to|never going to) be (?:anyones|my \w+s|a) (?:problem|burden)(?: anymore)?(?= *(?:$|[.,]))|(?:\d+|two|three|a few) (?:hours|days) (?:left|to go)|(?:thats|is) (?:what|all) (?:ive|i have) got left(?= *(?:$|[.,]|and))|(?:wont|will not) be (?:my|anyones) problem|(?:dont|do not) expect to be (?:here|around|alive)|(?:will|ll) know what to do|wont be (?:there|around) for (?:them|him|her|my \w+)|(?:not|never) (?:be )?seeing another one",
        r"(?:(?<=\bwill be my )|(?<=\bwould be my )|(?<=\bgoing to be my ))last(?: (?:day|night|evening|morning|week|weekend|christmas|birthday))?(?= *(?:$|[.,]))",
        r"(?:after|once|when) (?:ive|i have) gone(?= *(?:$|[.,]))|(?<=\bto )not (?:be here|exist)(?= *(?:$|[.,]| at all| anymore))",
        r"(?:not|dont|never) (?:planning|plan|intending) (?:on |to )?(?:coming back|come back|a return (?:trip|journey))|(?:no|without a|dont need a) return (?:ticket|trip|journey)",
    ),
    SOON: _words(
        r"tonight|tomorrow|soon|this weekend|this week|next week|in the morning|\d+ ?(?:am|pm)|(?:at|for|by|over) (?:christmas|new year|easter)|(?:after|on|when) (?:pay ?day|i get paid)|by (?:the )?(?:weekend|morning|friday|monday|sunday|saturday|tuesday|wednesday|thursday)",
        r"(?<!since )(?<!since last )(?:on |this |next |by |before )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning| evening)?",
        r"on that day|(?:(?<=\bin )|(?<=\bby )|(?<=\bon )|(?<=\bbefore )|(?<=\bend of ))(?:january|february|march|april|may|june|july|august|september|october|november|december)",
        r"(?:a |only a )?few (?:days|weeks|nights)(?! ago)|one more (?:week|day|night|month)|\d+ more (?:days|weeks|nights)|by then|new years eve",
        r"after (?:christmas|my birthday|the kids|everyone|the funeral)|before (?:christmas|my birthday|the end of)",
        r"after (?:my |the |our )?(?:\w+s )?(?:birthday|operation|wedding|exams?|anniversary)|(?:waiting|wait) (?:till|until)|that night|as soon as|(?:(?:at |by )?the |(?:^|(?<=[.,] )))end of (?:the )?(?:month|week|year|january|february|march|april|may|june|july|august|september|october|november|december)|(?:two|three|\d+) more sleeps",
        r"when (?:everyone|they|the kids|my (?:wife|husband|partner|family|kids)) (?:is|are|go|goes|leave|leaves)",
        r"in (?:a|two|three|\d+) (?:days|weeks|hours)|at (?:\d+|midnight|dawn)|the \d+(?:st|nd|rd|th)|this time(?! last\b| (?:\w+ )?years? ago)",
        r"(?:much |for much |any )?longer|for long|after this (?:weekend|week|month)|later|next weekend|next month|\d+ ?(?:am|pm)\b|when (?:nobody|no one) is (?:awake|around|home|up)|(?:at|by|for|before|after) (?:christmas|new year|easter)|\d+ hours(?= *(?:$|[.,]))|by (?:my birthday|christmas|new year|then)|(?:two|three|four|five|six|seven|eight|nine|ten) more (?:days|weeks|nights|months)",
        r"before (?:the sun (?:comes|is|gets) up|sunrise|sunup|dawn|the morning|anyone (?:wakes|gets up)|everyone (?:wakes|gets up))",
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)days(?= (?:my|are|is)\b)|(?:house|flat|place) (?:will be|is) empty (?:from|till|until|all|on|between)|by month \d+|(?:^|(?<=[.,] ))(?:\d+|two|three|a few) (?:more )?(?:weeks?|days?|months?)(?= *(?:$|[.,]))|(?:when|once) (?:im|i am) ready|(?:in|by|this|next) (?:january|february|march|april|june|july|august|september|october|november|december)",
    ),
    FINAL: _words(
        r"forever|for good(?! with (?:benzos?|\w+pam|\w+lam|the taper|pills|meds|valium|klonopin|xanax))|permanently|once and for all|one last|for the last time|final|finally(?= *(?:$|[.,]|free|at peace|over|done|gone|going|doing it|go through|do it|end|ending))|no coming back",
        r"never (?:again|coming back|come back|be back)|the end(?! of (?:my|the|this) (?:taper|hold|dose|cut|step|prescription|withdrawal)\b)|" + GOODBYE + r"|last (?:message|time|words)|last (?:journal )?entry|(?<!in my )(?<!on my )(?<!from my )(?<!since my )(?<!in the )(?<!about my )last post(?! from me (?:tonight|today|for (?:now|tonight|today|a (?:bit|while))))",
        r"wont (?:need|be needing|have to) (?:them|it|anything|any of)(?: \w+)? (?:anymore|after|where)|(?:stuff|things|anything) i wont (?:need|be needing|use|be using)(?= *(?:$|[.,]|anymore|where))|(?:shes|hes|theyre|she is|he is|they are) going to need (?:them|it|those) soon|(?:(?<=\bhe )|(?<=\bshe )|(?<=\bthey ))(?:will|ll) need (?:them|it|those) soon|(?:my )?(?:papers|affairs|paperwork) (?:are )?in order|nothing (?:\w+ )?(?:keeping|holding|tying) me (?:here|to (?:this|life))|wont (?:need|be needing) (?:either|them|it|any of (?:it|them))(?= *(?:$|[.,]))",
        r"(?<=\w )after(?= *(?:$|[.,]))|(?:one less|one fewer|nothing else|no more) (?:thing|things|reason|reasons) (?:keeping|holding|tying) me (?:here|to (?:this|life))",
        r"said (?:everything|all) (?:i needed|i wanted|i need|i want|there is)(?: to)?|last thing|(?:all|its all|everything is|everything else is) (?:sorted|done|tidy|in order)|(?:its|it is|thats) (?:all )?done now(?= *$)|nearly done|for whoever|whoever (?:finds|takes|gets|reads|sees)",
        r"without (?:them|anyone|her|him|people|anybody) (?:knowing|realising|realizing|noticing)|(?:she|he|they) thinks? its for|(?:she|he|they) thinks? im (?:just |only )?being \w+|(?:told|tell|telling) (?:them|him|her|everyone|people) (?:im|i am) (?:moving|going away|travelling|on holiday)(?= \. (?:im|i am) not\b)|didnt ask why|for when (?:shes|hes|theyre) (?:older|grown)",
        r"so (?:nobody|no one|they|the kids|my \w+)(?: else)? (?:has|have|doesnt have|dont have|wont have) to(?: (?:guess|find|deal with|sort|worry|clean|decide))?|(?:where|so) (?:they|theyll|theyd|someone|they will) (?:can |will )?find (?:it|them)|doesnt know why|(?:she|he|they) (?:will|ll) (?:know|understand) soon|(?:will|would) be (?:ok|okay|fine|alright) financially|not going home|neither am i|(?:wont|not) (?:be )?renew\w*",
        r"not coming back|wont be back|wont be (?:continuing|carrying on|going on)|anymore|made (?:my )?peace|(?:never|not) come back|no more pain|at peace|out of (?:your|everyones|their) (?:way|hair|lives)",
    ),
    MEANS: _words(
        # "off valium 11 months", "35mg diazepam", "my ativan withdrawal": a taper's history, not a means.
        r"(?<!\boff )(?<!\boff of )(?:" + DRUGS[3:-1].replace(r"\w+pam|\w+lam|", "") + "|" + _BENZOS
        + r")(?! (?:withdrawal|taper|tapering|crossover|equivalent)\b)", r"bottles?|packets?|boxes|strips|doses|noose|ligature",
        r"(?:(?<=\bgot )|(?<=\bbought )|(?<=\bordered ))what i need(?= *(?:$|[.,]| now| today| online))",
        r"rope(?! (?:swing|ladder|light|bag))(?!(?: \w+){0,5} for (?:the |my )?(?:boat|washing|clothes|climbing|dog|tent|camping|towing|car|kids|swing)\b)|(?<!massage )(?<!glue )(?<!nail )(?<!staple )(?<!water )guns?|shotguns?|(?:air )?rifle|pistol|firearm",
        r"(?:at|into) a (?:tree|wall|lorry|truck)|(?:the )?car running|(?<!an )engine (?:was |left |still )?running|(?:doors?|garage door) (?:shut|closed)(?: ,| and)? (?:the )?engine on|gas oven|pill(?! (?:organiser|organizer|box|cutter|case|reminder|splitter))|tablet|script|vodka|whisky|the stuff i need",
        r"bullets?|razors?|blades?|knife|knives|exhaust|hosepipe|charcoal|helium|bleach|antifreeze|(?<!phone )(?<!charger )(?<!charging )(?<!extension )(?<!usb )(?<!power )(?:cord|cable)(?! (?:for|ties?|to charge)\b)",
        r"revolver|handgun|(?:rat )?poison|weedkiller|pesticide|paraquat|hose(?! (?:down|off|the)\b)",
    ),
    PLACE: _words(
        r"bridges?|roof|rooftop|cliffs?|ledge|train|trains|tracks|railway|rail|level crossing|motorway|top floor|car parks?|footbridge|flyover|dual carriageway",
        r"edge|platform|rail line|railway line|the line|river|canal|quarry|multi storey|overpass|viaduct|pier|dam",
        r"the sea|reservoir|lake|balcony|(?:the|into the|to the) (?:woods|forest)|\d+(?:st|nd|rd|th) floor|strong branch|beam|car parks|bridges|cliff walk",
    ),
    # Going somewhere and not coming back (narrower than FINAL: "finally" is relief, not finality).
    NO_RETURN: r"(?:not|never|no) coming (?:back|home)|(?:not|never|dont plan on|not planning on) (?:come|coming|walk|walking|go|going) (?:back|home)(?= *(?:$|[.,]))|wont be (?:back|coming back)|for good|forever|the end|for the last time|one last time",
    RECIPIENT: r"(?:for|to) (?:my|the) (?:kids|children|family|wife|husband|partner|mum|mom|dad|parents|son|daughter|boys|girls|sons|daughters|loved ones)",
    NO_POINT: _words(
        r"(?:cant|dont) see (?:why|the point|a reason)|why (?:im|am i|i am) still (?:here|alive|around|breathing)",
        r"nothing (?:left )?for me|no reason (?:to|for me to) (?:be here|stay|live|keep going)|not long left|no future",
        r"this isnt living|not really living|just existing|nothing left (?:to live for|to try|to give)",
        r"(?:dont|cant) see (?:a|any) future|keep (?:looking|going back)|dont want (?:one|a future|it) (?:either|anyway)|(?:whats|what is) (?:even )?the point (?:of|in) me",
    ),
    # Keeping means aside or having got them.
    STORE: _words(
        r"sav(?:e|ed|ing)(?: up)?(?! (?:money|a fortune|\d+|on|pounds|dollars|time))|stockpil\w*|stock(?:ed|ing)? up|hoard\w*|stash\w*|hid(?:e|den|ing)?|hiding",
        r"kept|keeping|put away|put aside|set aside|putting aside|setting aside|collect\w*(?! (?:my |the |a )?(?:prescriptions?|scripts?|repeats?|refills?))|gather\w*|bought|buying|ordered|ordering",
        r"picked up (?:extra|more)|got (?:hold of|my hands on)|got enough|have enough|enough (?:of|to)|(?:2nd|second|another|extra) (?:script|prescription)|another (?:pharmacy|chemist|doctor)",
        r"squirrel\w*|tucked away|in a drawer|in a box|under my bed|in my (?:bag|car|room|wardrobe|cupboard)",
        r"put (?:them|it) in|on the (?:\w+ )?table|in my desk|sealed|envelope|in the (?:boot|garage|shed|loft|attic|glovebox|drawer|closet|car|bathroom)|(?:ive|i have) got the|its there|theres enough|enough now",
        r"in the (?:boot|garage|shed|loft|attic|glovebox|drawer)|in a (?:sock|tin|jar|bag|shoebox)|got (?:\w+ )?(?:of|lined)",
        r"in the (?:cabinet|safe|gun safe|cupboard|wardrobe)|where the key is|(?:doesnt|dont|nobody) know(?:s)? about",
        r"(?:keeping|kept|holding|held|putting|put) (?:back|by)|(?:have|got|know where|found) (?:the|a) (?:key|code|combination) (?:to|for) (?:the |his |her |my )?(?:\w+ )?(?:cabinet|safe)",
        r"in my (?:\w+ )?drawer|(?:take|took|taking) (?:it|them) out (?:most|every|each|at)|(?:holding|hanging|held|hung) on to|(?:been )?keeping (?:\w+ )?(?:in|under|behind)",
    ),
    # Counting how many it would take.
    COUNT: _words(
        r"how many(?! (?:people|of us|others|times|years|days|weeks|months|members))|how much|exactly|counted|counting|count them|enough (?:to|for)|lethal|fatal|the whole|my whole|calculat\w*",
        r"all of (?:them|my|the)|all (?:my|the) \w+ at once|the lot|every (?:pill|tablet|one)|in one go|at once",
        r"what it (?:takes|would take)|it would take|will take to|would it take|takes to|be enough(?= *(?:$|[.,]))",
        r"a whole (?:box|packet|pack|bottle|strip|tub|month)|(?:know|sure|reckon|certain|checked) (?:its|it is|itd be|it would be|thats|theyd be|theyre) enough(?= *(?:$|[.,]))",
    ),
    # Looking up a means, a place or a time.
    LOOKUP: _words(
        r"looked (?:at|up|into)|looking (?:at|up|into)|look (?:up|at)|googl\w*|search\w*|research\w*",
        r"read (?:up|about)|checked|checking|worked out|working out|figured out|found out|timetables?|times",
        r"walk(?:ed|ing)? over (?:it|the \w+)|stop(?:ped)? (?:in the middle|halfway|at the top)|reading (?:up|about|into)|stand(?:ing)? (?:right |just )?(?:at|on|by|near)|(?:go |went |going )?(?:and )?stand there|look(?:ed|ing)? over|walk(?:ing|ed)? there|waiting (?:for|when|till|until) the trains?|(?:go and )?sit(?:ting)? (?:on|at|by) (?:it|the edge)|sat (?:on|at|by) (?:it|the edge)",
        r"timing|timed|noting|noted|made a note of|clocked|(?:go|going|went|gone|walk\w*|climb\w*) (?:up|out|down) there",
        r"(?:drove|driven|drive|driving|went|cycled|got the bus|got a taxi|walked) (?:down |up |out )?to(?= (?:the|a) )",
        r"know (?:exactly )?(?:which|where|when)|been up|walk(?:ing|ed)? down|wading|keep looking|been sitting|sitting in|look(?:ed|ing)? down|walk(?:ing)? out to|go up there|went up there|stand on|keep going|walk(?:ed|ing)? (?:to|past|along|by)|stood|standing|sat on the edge|climbed|went up(?! (?:again|by|to \d|\d))|went to see|been (?:to|going to|standing)|stood (?:at|on|by)|(?:driv(?:e|ing|en)|drove) (?:past|by|over)|been (?:there|up there|down there)",
    ),
    NEARBY: _words(
        r"by my (?:house|flat|home|place|work)|near (?:me|my|here|us|work|home|where i live)|how easy|easy it would be|nearest|closest|round the corner|down the road",
        r"(?:doesnt|dont|wont|never) (?:stop|slow down)|no (?:barrier|railing|rail|fence)s?|non stop|fast (?:ones?|trains?)|express|nobody (?:around|there|goes)",
        r"(?:\d+|a few|five|ten|two|couple of) (?:minutes?|mins?|seconds?|steps?) (?:walk )?(?:from|away from) (?:my|our|the) (?:house|flat|home|place|door)|no fence|step off|jump off|longer every time|every time|just in case|would do it|look like an answer|an answer|thinking about it",
        r"(?:would|d|will) be (?:so )?easy|so easy|for (?:an hour|hours|ages|a long time|a while)|looking down|staring (?:down|at it)",
        r"keep (?:looking|going back|thinking)|twice|(?:three|four|a few|\d) times|each time|further|at night|every night|turning the wheel|good strong|deep",
        r"by (?:our|my) (?:estate|street|school|road)|behind (?:my|our|the) (?:house|flat|home|garden|estate)|where (?:\w+ ){1,2}?(?:keeps|leaves|hides|stores|locks)",
        r"how (?:quick|quickly|fast)(?: it would be)?|in the middle|tallest|highest|\d+ (?:floors|storeys|stories) (?:up|high)|floors up|the drop|sheer|not for parking",
        r"the edge|over the edge|where to stand|how far down|how long (?:it takes|it would take)|how high|high enough|tall enough|deep enough|strong enough|long enough to|painless|quickest|surest|best way",
    ),
    FAREWELL: _words(
        r"memory box(?:es)?|who (?:has|gets) my (?:login|passwords?|details)|giving my \w+ away",
        r"(?:pension|insurance|will|bank|mortgage) (?:paperwork|papers|documents)|left instructions for|moved money into (?:my|his|her|their) \w+ account|(?:gave|giving|given) (?:my |the )?\w+ my (?:good |best |favourite )?(?:jewellery|jewelry|watch|ring|guitar|savings)",
        GOODBYE,
        r"(?:wrote|written|writing|write|left|leaving) (?:a |my |some )?(?:letters?|notes?|last words)" + NOT_TO_FAMILY,
        r"(?:gave|give|giving|given) (?:away )?(?:my|all my)? ?(?:things|stuff|belongings|cat|dog|pets?|guitar|clothes|books|plants|records|tools|bike)(?: away)?" + TO_CHARITY,
        r"deserves (?:someone|a home|an owner|a family|better)(?: who(?:ll)?| that)|thank (?:this|the) (?:forum|board|group|site|community)|for (?:their|his|her|my \w+s) (?:future )?birthdays|years of them|(?:dont|do not) (?:look for|expect|wait for) (?:any )?(?:updates|posts|replies|news) from me|(?:letters?|notes?) (?:for|to) (?:my|the) (?!old|job|boss|landlord|council|gp|doctor|ex\b|pen ?(?:pal|friend)|mp\b|bank|insurer|solicitor|school|teacher|editor|employer|benzos?\b|pills|tablets|meds|drugs|withdrawal|taper|addiction|habit)\w+|(?:left|wrote) (?:a |my )?(?:note|letters?)" + NOT_TO_FAMILY + r"|wrote to my \w+|found (?:my |the )?\w+ a (?:new )?home",
        r"if (?:anything|something) (?:ever )?(?:happens|happened|were to happen|should happen) to me|executor|(?:will|wills|will is) (?:signed|witnessed)|(?:house )?deeds|gave (?:my|the) (?:car |house |spare )?keys to|(?:want|wanted) (?:you|you all|everyone) to know (?:you|that you|how much)|(?:writ\w*|draft\w*|typ\w*) (?:out )?my (?:goodbye|suicide note|last (?:message|note|letter))(?: (?:note|letter|message|post|text)s?)?(?= *(?:$|[.,]|in|on|and|again))|life insurance|pay(?:s)? out|funeral|loose ends|paid off|spare key|passwords|bank stuff|cancelled (?:all )?my",
        r"(?:wont|will not|not) be (?:posting|on here|back|online) again|(?:wont|will not) be (?:posting|on here|online|on) (?:after|past|beyond) (?:tonight|today|this)|(?:thanks|thank you) for being (?:my|the best|such good) (?:friends?|family|people)|(?:wont|dont) (?:be )?need(?:ing)? (?:them|it|him|her|these|those|her \w+|his \w+)(?! (?:with(?! me\b)|now (?:that|i|ive|the)|since|because|as (?:i|ive|the)|after (?:the|my) (?:upgrade|new))\b)|(?:gave|give|giving|given) (?:away )?the (?:dog|cat|pets?)(?: away)? to|nothing left to do",
        r"final (?:post|message)|last message|(?<!in my )(?<!on my )(?<!from my )(?<!since my )(?<!in the )(?<!about my )last post(?! from me (?:tonight|today|for (?:now|tonight|today|a (?:bit|while))))",
        r"sorry (?:to \w+ )?(?:for everything|to (?:my|anyone|everyone))|i love you(?: all)?|thank (?:you all|the few|everyone)|hope you understand",
        r"take care of each other|mean it this time|rehom\w*|(?:made|wrote|updated|sorted) (?:a |my )?will|(?:sorted|sorting) (?:out )?my (?:affairs|things|stuff|finances|passwords)",
        r"thank you (?:all )?for everything|thanks for everything|sorry for everything|please forgive me|forgive me",
        r"love you all|i love you all|love you (?:lot|guys)(?= *(?:$|[.,]))|take care of (?:my|yourselves)|look after (?:my|yourselves)",
        r"(?:list|note) of who (?:gets|should get|will get|has) what" + NOT_CHORES + r"|(?:wrote|written|writing|put|jotted) (?:down )?who gets what" + NOT_CHORES + r"|(?:cat|dog|pets?) (?:has|have|now has|now have) (?:a )?new (?:owner|home|family)|(?:want|would like|wanted) (?:you|them|her|him) to have my|(?:found|finding) (?:a )?(?:good |new |loving )?home for (?:the|my) (?:cat|dog|pets?|rabbits?|birds?)",
        r"who (?:gets|will get|should get|can have) (?:my|the) \w+|wrote (?:everyone|each of them|all of them|my \w+) (?:a )?(?:cards?|letters?|notes?)",
        r"(?:who|someone) (?:to |will )?(?:look after|take care of|feed|have) my (?:cat|dog|kids|pets?|children)",
        r"(?:gave|give|giving|given) away (?:my|all my|most of my)" + TO_CHARITY + r"(?! (?:old |spare )?(?:pill |tablet )?(?:cutters?|splitters?|scales?|syringes?|dosettes?|organi[sz]ers?|pill boxes)\b)|(?:sold|selling) my (?:car|bike|things|stuff|house|guitar)|gave (?:the|my) money to",
        r"wrote to (?:everyone|all|each)|envelopes?|recorded (?:a )?(?:video|message)s?|shredded|deleted (?:my|all my|most of my) \w+",
        r"paid (?:all )?(?:my |the )?(?:bills|rent|debts)(?: \w+){0,2} (?:up front|upfront|ahead|in advance|for (?:the next )?(?:\w+|\d+) months)|cleaned the (?:flat|house)",
        r"(?:my |the )?(?:notes?|letters?) (?:are|is) (?:written|done|finished|ready)|(?:house|flat) is (?:clean|spotless|tidy)(?= *(?:$|[.,]))",
        r"(?:vet|bank|account|insurance) details|in a folder|none of this is (?:your|anyones) fault|sorry (?:mum|mom|mam|dad)",
        r"(?:told|tell|telling) (?:everyone|them all|my \w+|all of them) i lov(?:e|ed) (?:them|you|her|him)|logging off (?:everything|for good)|recorded (?:\w+ )?(?:videos?|messages?) for|(?:wrote|written|left) (?:my|the) \w+ (?:a )?(?:letter|note)s?(?! to (?:the |my )?(?:benzos?|\w+pam|\w+lam|pills|tablets|meds|drugs|withdrawal|taper|addiction|habit)\b)",
        r"found (?:a )?(?:good |new |loving )?home for my|(?:login|logins|log in details|pin) (?:for|to) my|(?:it|this) (?:wasnt|isnt|is not|was not) (?:her|his|their|your|anyones) fault|nothing left to (?:sort|arrange|organise|tidy)",
        r"said goodbye to (?:everyone|all)|so (?:nobody|no one) (?:reads|finds|sees)|where my will|my will and",
        r"(?:asked|asking|got) (?:my |a |the )?\w+ to (?:take|have|keep|look after|feed|mind) (?:the|my) (?:dog|cat|pets?|fish|rabbits?|birds?|horse)",
        r"(?:left|wrote|written|leaving)(?: out)? (?:the )?(?:\w+ ){0,2}?instructions for|cancel\w* (?:the |my |all my )?(?:\w+ ){0,2}?(?:subscriptions|contracts?|memberships?|gym|accounts)|folder with (?:the |my )?(?:insurance|will|passwords|bank|documents|papers)|(?:got|had) my will (?:registered|done|signed|witnessed|drawn up)|told my \w+ where (?:all )?(?:the|my) (?:docs|documents|papers|paperwork|passwords|will|insurance)|(?:papers|affairs|paperwork|finances) in order|(?:gave|give|giving|given|left) (?:my |the )?\w+ (?:my|all my) (?:good |best |favourite |precious |special |old )?(?:jewellery|jewelry|rings?|watch|records|collection|camera)",
        r"where (?:theyll|they will|they can|someone will|shell|hell|she will|he will|people will) find (?:it|them|everything)|paid up|(?:moved|transferred|put|sent) (?:my |the |some |all my )?(?:money|savings) (?:into|to) (?:my |the )?\w+ (?:account|name)",
    ),
    BURDEN: _words(
        r"burden|dead weight|weight (?:on|around)|a drain|drag(?:ging)? (?:them|everyone|my \w+) down",
        r"waste of (?:space|oxygen|air|money)|(?:a |such a )?(?:nuisance|problem) (?:to|for)|ruin(?:ing)? (?:their|everyones|his|her) li\w+",
        r"sorry for being (?:such )?(?:hard work|a burden|a pain|so much trouble)|holding (?:them|everyone|my \w+) back|(?:cost|costing) (?:them|everyone|my \w+)|pain in the arse to",
    ),
    WITHOUT: _words(
        r"without me|with me gone|with me out of|free of me|rid of me|(?:if|once|when) (?:i was|im|i were|i am) (?:just )?gone(?! (?:to|for|out|away|on|shopping)\b)",
        r"(?:if|once|when) i (?:wasnt|werent|am not|was not) (?:here|around)(?! (?:for|at|on|this|next|till|until|while|during|to)\b)|not (?:have|need) to (?:deal with|worry about|look after|care for) me",
        r"(?:not|nobody|no one|never|wont)(?: \w+){0,2} (?:have to|need to) (?:deal with|worry about|look after|care for|put up with|see|hear from) me",
        r"(?:wasnt|werent|not) in the picture|(?:by )?not being here|doing (?:her|him|them|everyone) a favou?r|(?:their|his|her) lives back",
        r"off (?:their|everyones|your) hands|(?:move|moving) on without me|be free|get (?:their|his|her|a) life back",
    ),
    # An ordinary reason to be away or to talk about pills.
    AWAY: _words(
        r"(?<!hard )(?<!goes to )(?<!leaves for )(?<!is at )(?<!are at )(?<!told )(?<!quit )(?<!emailed )(?<!desk at )(?<!cant )(?<!cannot )(?<!unable to )work(?! (?:laptop|phone|email|keys?|badge|pass|uniform|team|things|stuff|let|laid|fired|sacked|finished|said|rang|sent|wants|wanted|asked|told)\b)|(?<!after my )(?<!before my )(?<!after )shifts?|for a (?:bit|while)|talk (?:tomorrow|later|soon)|(?<!its a )(?<!its just a )holiday|holidays|(?<!return )trip|travel\w*|visit\w*|appointment|offline|(?<!hes )(?<!shes )(?<!theyre )(?<!parents )(?<!parents are )(?<!kids are )(?<!kids )(?<!everyones )away|hospital|internet|wifi|signal|(?<=the )op|operation|flight|flying",
        r"phone(?! contract)|online|(?<!thank this )(?<!thank the )(?<!on this )(?<!in this )(?<!of this )(?<!not the )(?<!not from the )(?<!not just the )forum(?! (?:was|is|has been|were)\b)|log in|site|break|(?:(?<=\bat )|(?<=\bat my )|(?<=\bto )|(?<=\bto my )|(?<=\bvisiting )|(?<=\bvisiting my )|(?<=\bwith my ))(?:mums|mom|dads|parents)|(?<!took them )(?<!took us )(?<!took me )(?<!went )camping|wedding|surgery|(?<=\bnew )job|job starts|conference|move|moving",
        r"at (?:my|the|a|our) (?!end\b|solicitors?\b|bank\b|vets?\b|time\b|same\b|moment\b|point\b|loss\b)\w+|going to (?:my|the|a|our) (?!\w+ (?:now|tonight|today))|staying (?:with|at|in)|for now|see you|talk soon|speak soon",
        r"back (?:next|on|in|tomorrow|soon|later|after|till|until|before|by)|catch up|be back|(?:from me|for) tonight|(?:off|going) to bed|night all|goodnight|good night",
    ),
    TAPER: _words(
        r"(?<!not for the )(?<!not for my )taper\w*(?! is a cover)|\d*(?:mg|mcg|ml)|equal\w*|convert\w*|dose|dosage|doses|per day|a day|daily|a night|at night|each night|every night",
        r"(?:dont|wont|not) run out|running out|run out of|prescri\w*|pharmac\w*|chemist|doctor|gp|pdoc|refill\w*|script|equivalent|crossover|cross over|switch\w*",
        r"organi[sz]er|dosette|pill box|blister|for the week|weekly|hold|holding|step|schedule|titrat\w*|liquid|split|cutter|water|weigh\w*|scale|dry cut|cut|cuts|reduce|reduction",
        r"appointment|last (?:me|until|till|the month|the week)|sleep|insomnia|anxiety|symptom\w*|withdrawal|wd|side effects?|interdose|tolerance|updose|reinstat\w*"
        # a count checked against the supply or kept apart (round fourteen, acts14): "two short", "so i dont mix them up"
        r"|miscount\w*|(?:\d+|one|two|three|four|five|a few|some) short(?= *(?:$|[.,]| again))|mix(?:ed|ing)? (?:\w+ )?up|mix ?ups?",
    ),
    NEWS: r"warnings?|leaflets?|article|chapter|piece on|radio|programme|study|studies|research|rates?|statistics|news|documentary|podcast|book|paper|survey|report",
    ACT: _words(
        r"thats how (?:its|it is|it will be|itll be) going to (?:be|happen)(?= *(?:$|[.,]))|walk(?:ing)? off the edge(?= *(?:$|[.,]| of (?:the|a|that) (?:cliffs?|roof|bridge|quarry|platform|car park|building|balcony)))|(?:go|going|drive|driving|swerve|swerving|steer\w*) (?:through|into|off) the (?:barrier|edge|side|railings?)|(?:about|of) jumping(?= *(?:$|[.,]))",
        r"do it(?= *(?:$|[.,]|this time|tonight|tomorrow|in the|soon|on|when|then|there|at the|i swear|properly|(?:mon|tues|wednes|thurs|fri|satur|sun)day|every (?:single )?day|and (?:no|nothing|nobody|im not|i am not)\b))|(?<!drug )(?<!drugs )(?<!benzo )(?<!benzos )(?<!withdrawal )(?<!brain )(?<!meds )doing it(?= *(?:$|[.,]|in|on|tonight|tomorrow|then))",
        r"(?:jump|jumping|step|stepping) off (?:it|the edge|the top)|over(?<=\bgoing over)(?= *(?:$|[.,]|the edge|the side|the rail))|let(?:ting)? (?:myself )?go in (?:it|there|the water)|(?:take|swallow) (?:everything|them all|it all|the lot)(?= *(?:$|[.,]|there|then))",
        r"go(?:ing)? through with it|finish it(?: myself)?|im out(?= *(?:$|[.,]))|(?:ill|i will|then i) go(?= *(?:$|[.,]))",
        r"im going(?= *(?:$|[.,]|for good))|im done(?= *(?:$|[.,]))|(?:ill|i will) be free|not getting off|(?:wont|not going to|dont want to|to not|not to) survive|go(?<=\bim going to go)(?= *$)|go(?<=\bim ready to go)(?= *$)",
        r"choosing not to|wont (?:go past|see another)|end it(?= *(?:$|[.,]))|how (?:id|i would|i could|to) do it",
        r"(?:want|ready|time) to go(?= *(?:$|[.,]))|(?:the )?pain (?:will|is going to) (?:stop|end)|(?:it|this) will (?:all )?(?:stop|end) soon",
        # Not staying, not continuing; doing "it" every day; going somewhere to walk in or jump.
        r"(?:i )?wont be (?:continuing|carrying on|going on|sticking around|staying)(?= *(?:$|[.,]|after|past|beyond))|(?:im|i am) not (?:staying|sticking around)(?= *(?:$|[.,]|much longer|long|around))",
        r"(?:at peace|made (?:my )?peace) with (?:it|my decision|that)(?= *(?:$|[.,]))|(?:its|it is|itll be|it will be) happening(?= *(?:$|[.,]|tonight|tomorrow|soon|this|on|whether))",
        r"(?:im going to|i am going to|im gonna) go(?= (?:now )?(?:and (?:i wont|im not|never)|for good|forever))",
        r"(?:its|it is|itll be|it will be) (?:tonight|tomorrow)(?= *(?:$|[.,]))",
        r"doing it (?:every (?:single )?(?:day|night|morning)|daily|nightly|most days|all the time|constantly|more and more|more often)|(?:to|and) (?:walk in|walk into (?:it|the \w+)|jump|step off|go over)(?= *(?:$|[.,]| and (?:i |not |never )))",
        r"planning to go(?= *(?:$|[.,]|after|before|once|when))|(?:then )?i go too|(?:ill|i will) go too",
        r"(?:want|wanting|ready) to go(?= while i (?:still )?(?:can|have))|climb(?:ing)? over(?= *(?:$|[.,]| the (?:rail|railing|railings|edge|barrier|parapet|side)\b))",
        r"(?:choosing|chose|chosen|decided|deciding) to go(?= *(?:$|[.,]|while|now|before|tonight|for good))|(?:im|i am) doing it (?:that|the) (?:same )?(?:night|day)",
    ),
    DECIDE: _words(
        r"already (?:know|picked|chosen|decided) (?:which|where|when|how)|(?:not|done|stop|stopped|no more) fighting(?: it)?(?: anymore)?|deal i made (?:with|w) myself|set a reminder|(?:its|it is|thats) settled|decided|decision|made sure|made up my mind|choosing|chosen|deadline|my window|thats when|(?:my|the) plan(?: is)?|planned",
        r"everything is (?:ready|planned|sorted)|(?:i have|ive got|got|have) it (?:all )?(?:worked|figured) out|at peace|this time(?! last\b| (?:\w+ )?years? ago)|i mean it|i know how (?:ill|i will|im going to) (?:use|spend) (?:them|it)|not scared anymore|no longer (?:scared|afraid)|made a deal with myself|marked (?:it|the date|the day) (?:on|in) (?:the|my) (?:calendar|diary)|not a cry for help|no going back|told myself|(?:and )?i will|im (?:really )?going to",
        r"dont (?:try to )?(?:talk me out|stop me)|dont want help|nothing left to try|gave myself|(?:taking care of|sorting|handling) it myself|(?:no|nothing|nobody|no one)(?: \w+)? (?:is|will be|can) (?:changing|change|stopping|stop) (?:that|it|me|my mind)|ive counted|counted them|my way out",
        r"the (?:where|how) and the (?:when|how|where)|date (?:picked|set|chosen)(?= *(?:$|[.,]))|not a cry for help|(?:not|no longer) (?:scared|afraid)(?: anymore)?|(?:nothing|nothings|no one|nobody|noone)(?: \w+)? (?:is |will |can |going to |is going to )?(?:change|changing) my mind",
    ),
    BARE_DATE: r"(?<!theyve )(?<!theyd )(?<!shes )(?<!hes )(?<!she )(?<!he )(?<!they )(?<=[,.] )date (?:picked|set|chosen)(?= *(?:$|[.,]))|marked (?:the|a) date (?:on|in) (?:my|the) (?:calendar|diary)|(?:got|have) (?:a|the) date in my (?:head|calendar|diary)(?= *(?:$|[.,]))|(?<!theyve )(?<!theyd )(?<!shes )(?<!hes )(?<!she )(?<!he )(?<!they )(?:picked|set|chosen|chose|got|have) (?:a|the) date(?= *(?:$|[.,]| for (?:the end(?! of)|it|myself|when)))|(?:is|as) (?:the|my) deadline",
    DATE: r"anniversary|(?:picked|set|chosen|chose) (?:a|the) date|deadline|my window|my birthday|christmas|new year|the \d+(?:st|nd|rd|th)|next month",
    WISH: r"envy|(?<=\bid )like to|(?:id|i would) (?:\w+ )?(?:press|push|hit|take|flip|pull) it(?= *(?:$|[.,]|right now|now|in a heartbeat|without|no hesitation|tomorrow|today))|(?<=\bi )(?:really )?want(?: , \w+ ,)? is(?= to\b)|(?<=\bwhat i )want(?= , to\b)|id like that|say thank you|(?:would|wouldnt|d) be (?:relieved|glad|grateful)|(?:happy|glad) to|(?:a|be a) (?:mercy|relief)|would not mind|if (?:only )?i could|please(?: just)?(?:(?= (?:god )?(?:let|take|call)))|(?:id |i would )?rather(?= be gone)|feel relief|(?<=dead )would be (?:better|easier|a relief)|all i want is|want (?:it|everything|it all|this) to|wish\w*|hop(?:e|ing)|pray\w*|want(?:ing)? to|would like|long(?:ing)? to|relieved|(?:wouldnt|dont) (?:even |really )?mind|be glad|dont (?:really )?care",
    BETTER: r"better|kinder|fine|cope|free|happier|easier|lighter|relieved|manage|move on",
    THOUGHT: _words(
        r"think\w*|thought\w*|(?<=\bi )picture|picturing|imagin(?:e|ing) my own|mind (?:keeps|kept) (?:going|drifting|wandering) (?:back )?to|telling me|tells me|voice|urges?|tempted|close to(?! home)|keep picturing|cant stop|obsess\w*",
        r"weigh(?:ing|ed)? up|wonder(?:ing|ed)?|popp?(?:s|ing) (?:into|in) my (?:head|mind)|could (?:just )?(?:drink and )?(?=(?:take|swallow|down) )|contemplat\w*|(?:out of|from) my (?:head|mind)|(?:(?<=brain )|(?<=mind )|(?<=head )|(?<=voice )|(?<=thing )|(?<=thought )|(?<=thoughts )|(?<=part of me )|(?<=something ))(?:keeps?|kept) (?:saying|whispering|screaming|repeating|telling)(?! myself)|what i think about doing|(?:a |an )?(?:sensible|real|actual|genuine|serious) option|follows me|constant\w*|getting harder|(?:only|sensible|best|last) option|on my mind|in my head|fantasi\w*|plotting|considering|dar(?:e|es|ed|ing) myself",
        r"(?:would|could|might|will|d) look like an accident|make it look like an accident|eyeing(?: up)?|eyed up",
    ),
    # A place that will not leave the mind (narrower than THOUGHT: "thinking about photographing it" is not it).
    HAUNT: r"(?:thinking|thought) about (?:it|the|that)(?=(?: \w+){0,2} (?:again|a lot|all the time|constantly|every (?:day|night))\b)|(?:always |been |is |are )?on my mind|keep thinking how|thinking how easy|in my head|cant stop thinking about it|keep thinking about (?:it|going|jumping|stepping|the)|what i think about doing|think about (?:going up|jumping|stepping|doing it)|keeps? (?:calling|pulling) me|drawn to it",
    ESCAPE: r"(?:a|the|my) (?:only |one )?(?:way out|exit)|an answer|the answer|(?:a|the) solution|an exit|the exit|escape",
    DID: _words(
        r"got as far as (?:tying|putting|standing|writing|taking|holding|climbing|the (?:edge|bridge|ledge|roof|tracks|railing|platform|car park))|halfway (?:through|thru) (?:the|a|my) (?:bottle|packet|box|pills|tablets|strip)|jumped (?:in|into|off) (?:the|a) (?:river|canal|bridge|reservoir)|(?:stopped|caught|found) me in the (?:garage|car)|attempted suicide|suicide attempt|(?:^|(?<=[.,] ))sa(?= (?:a few|\d+|two|three|last|yesterday|on|this)\b)",
        r"(?:(?:^|(?<=[.,] ))(?:roommate|flatmate|housemate|husband|wife|partner|mum|mom|dad|brother|sister|son|daughter|friend|boyfriend|girlfriend) )found me(?= *(?:$|[.,]|before|in time))|(?<!anniversary of )last \w+s (?:attempt|overdose)(?= *(?:$|[.,]|dont|didnt|i))|did try(?= *(?:$|[.,]|last|yesterday|on|this))|took (?:double|triple) (?:everything|all|my \w+)(?! (?:by mistake|by accident|accidentally)\b)",
        r"(?:was|stood|sat|standing|sitting) on the (?:bridge|edge|ledge|roof|tracks|platform|railing)(?: \w+){0,3}? ready to (?:go|jump)|pulled (?:me )?(?:back )?(?:off|from) the (?:tracks|edge|ledge|bridge|roof|railing)",
        r"took (?:everything|a whole|the whole|the lot|all of (?:them|it|my)|them all|every \w+ i)(?!(?: \w+){0,2} for (?:today|the day|tonight|the night|the week)\b)(?! (?:at the (?:right|usual|proper|correct|normal|prescribed) times?|at the same times|on time|as prescribed)\b)|walked into (?:the|a) \w+(?!(?: \w+){0,3} for (?:a|the|my) (?:\w+ )?(?:swim|dip|paddle|walk|photo|photos)\b)",
        r"swallowed (?:all|everything|the lot|the whole|a whole|a bottle|a packet|a box|every (?:pill|tablet|one))(?! (?:\w+ )?of (?:cough sweets|sweets|vitamins|mints|chewing gum|gum|chocolates?|crisps|water)\b)(?!(?: \w+){0,3} for (?:today|the day|tonight|the week)\b)",
        r"(?:drove|driven|crashed|steered) (?:my |the )?(?:car )?(?=(?:at|into|off) )|(?<!anniversary of )(?:my|an|the|last) (?:attempt|overdose)|made an attempt",
        r"(?:i )?tried(?= *(?:$|[.,]|last|yesterday|again|on|this))|what i did|(?:tried|trying|attempted) to (?:die|end (?:it|things|my life)|kill myself|jump|hang myself|overdose|drown myself)",
        r"(?:had|got|needed) my stomach pumped|pumped my stomach|woke up in (?:icu|intensive care|resus|a and e|hospital)(?! (?:after|with|for) (?:a |an |my |the )?(?:seizure|fit|fall|operation|surgery|op|procedure|accident|infection))",
        r"had a go at (?:ending|killing|taking)|took a (?:lot|load|bunch|handful) of (?:my )?\w+(?! for (?:the|my|a) (?:headache|pain|back|tooth|toothache|migraine|cold|flu|fever|period)\b)|took a (?:knife|blade|razor) to my|tied (?:something|a \w+|it) (?:round|around) my neck|tried the \w+ thing",
        r"(?:meaning|meant|intending) (?:to do it|(?:it|this) to be (?:the end|it))|had (?:all|every one of|a handful of) (?:the |my )?(?:\w+ )?(?:pills|tablets) in my hands?|had (?:the|my) (?:\w+ )?(?:pills|tablets) in my hands?(?=(?: \w+){0,6} (?:and|when|before|till|until) (?:\w+ ){0,2}(?:walked|came|rang|called))",
        r"(?:my|the) (?:\w+ )?found me(?= *(?:$|[.,]|and|with|(?:on|last) \w+day|last night|yesterday|this morning|in time|unconscious|unresponsive|not breathing))",
        r"(?:stepped|leaned|leant) (?:forward|towards the edge|over the edge)(?= (?:\w+ ){0,10}?(?:grabbed|pulled|caught|stopped|held) (?:me|my (?:arm|coat|jacket|hood|shoulder|collar|sleeve|back))\b)",
        r"(?:a |the |my )?(?:belt|rope|cord|scarf|noose|ligature|flex) (?:round|around) my neck|ran (?:out )?into (?:the )?(?:road|traffic)",
        r"(?:i was|i stood|stood|standing|was standing) on (?:the|a) (?:\w+ )?(?:bridge|ledge|edge|roof|railing|cliff|platform)(?!(?: \w+){0,2} (?:fixing|cleaning|clearing|repairing|painting|mending|checking|watching|fishing)\b)(?= (?:[a-z0-9.]+ ){0,8}?(?:talked me down|pulled me back|grabbed me|got down|climbed (?:back )?down))",
        r"(?:the )?(?:rope|belt|cord|branch|noose|ligature) (?:snapped|broke|gave way)|had (?:all )?(?:the|my) (?:\w+ )?(?:pills|tablets) out(?: on the \w+)?(?= (?:[a-z0-9.]+ ){0,16}?(?:rang|called|walked in|came in|knocked))",
        r"stepped (?:out |off )?in front of|drank (?:a|the|half a) (?:bottle|whole)|(?:taking|took) everything|cutting my wrists|after my attempt",
        # An act meant to end it, begun or interrupted, and its euphemisms.
        r"(?:meaning|meant|intending|intended) (?:it )?to (?:be the end|die|end it|end (?:things|my life)|kill myself|not wake up|walk in)",
        r"took a (?:knife|blade|razor) to (?:my|myself)|had a go at (?:ending|killing|it\b)|tried (?:to )?(?:step out|walk in|drown|do it|go through with it)",
        r"(?:stepped|walked|ran|threw myself) (?:out )?(?:into (?:the )?(?:road|traffic) )?in front of|walked (?:out )?into (?:the )?(?:road|traffic)",
        r"found me (?:on|at|by|near|under) (?:the |a )?(?:\w+ )?(?:bridge|cliffs?|tracks|roof|ledge|edge|platform|railway|river|car park)",
        r"empty (?:packets|bottles|boxes|blister packs|strips)(?: \w+){0,2} (?:around|next to|beside|by) me|didnt (?:think|expect) (?:id|i would|to) wake up",
        r"(?:id|i had|ive|i have) taken (?:everything|all of (?:them|it)|the lot)|(?:swallowed|took|taken|downed) (?:what was left|the rest) of",
        r"tried (?:it )?with (?:the |a |my )?(?:hose(?:pipe)?|rope|belt|cord|pills|tablets|knife|blade|razor|bag|car|exhaust|charcoal|gas|scarf)|(?:put|pulled|tied) (?:a |the )?(?:plastic )?bag (?:over|on|round|around) my head",
        r"(?:had to |needed to )?resuscitate(?:d)? me|brought me back|(?:had|needed|given) (?:cpr|naloxone|narcan)",
        r"tried the (?:\w+ )?(?:car|rope|pills?|tablets?|bridge|garage|belt|train|exhaust|hose|knife|blade|gas) thing",
        r"(?:pulled|dragged|grabbed|talked) (?:me )?(?:back |down )?(?:off|from) (?:the |a )?(?:tracks|ledge|edge|railing|bridge|roof|platform|line|water)|found me with (?:the |a |my )?(?:bag|rope|belt|cord|noose|pills|tablets|knife|blade|razor|hose|empty)",
        r"(?:was|stood|standing|sat|sitting|been) (?:on|at) (?:the |a )(?:\w+ )?(?:bridge|ledge|edge|tracks|roof|railing|cliff|platform)(?: \w+){0,4}? (?:ready to (?:go|jump|do it|step)|about to (?:jump|go|step))",
        r"had (?:all|every one of|the whole \w+ of) (?:the|my) (?:\w+ )?(?:pills|tablets|meds|blades?|razors?) in my hands?|ready to swallow (?:them|it|the lot|everything)",
    ),
    # A vague ending, pinned to the writer in the next words ("cant wait for it to be over . me i mean").
    VAGUE_END: r"over(?<=\bit to be over)|over(?<=\bthis to be over)|over(?<=\beverything to be over)|out(?<=\bwant out)(?= *(?:$|[.,]))",
    PINNED: r"(?:^|(?<=[.,] ))(?:of life|of living|of existing|me|myself|my life|life)(?: i mean)?(?= *(?:$|[.,]))|(?:me|myself|my life|to die) i mean",
    # Taking all of one's tablets is an attempt only with its aftermath ("took all my pills on time" is a good day).
    # "took all my evening meds , feeling sleepy": a routine dose (a time of day, the usual ones, vitamins) is a bedtime.
    TOOK_ALL: r"took all (?:of )?(?:my|the|his|her|their|my \w+s) (?!" + _ROUTINE + r"|(?:at|on|for|in|with|as|before|after|today|tonight)\b)\w+(?! (?:to|into|in|with|back|out|off|apart|for|round|along|on time|as|at \d|at (?:bed|tea|lunch|dinner)time|this (?:morning|evening)|today)\b)",
    # Using a means on oneself, said without naming the act.
    USE_ON: r"us(?:e|ing) (?:it |them |that |those |these |one |the \w+ |(?<=\bto use ))on (?:myself|me|my (?:wrists?|arms?|neck|throat|self|head))",
    USE: r"us(?:e|ing) (?:it|them|that|those|these)(?! (?:to (?:make|mix|split|measure|dilute|cut)|for|as|in|instead|up|at|when|with|during|daily)\b)",
    # Avoiding a place or a means "because of what i might do there".
    DREAD: r"what i (?:might|could|would|will|think about|keep thinking about|thought about|want to|feel like) (?:do|doing)\b|(?:scared|afraid|frightened|terrified|worried) (?:of )?what i(?: might| would| could| will|ll)? do\b",
    # Means put out of reach for safety ("in my drawer so the kids cant reach them") are household care.
    SAFE: r"(?:so|where) (?:the |my )?(?:kids|children|grandkids|grandchildren|dog|cat|son|daughter|nobody else) (?:cant|cannot|dont|wont) (?:reach|get|find)|out of reach|child ?proof|locked (?:away|up)|lock ?box",
    # Taking them all at once.
    TAKE_ALL: r"(?:take|taking|swallow\w*|down) every(?= (?:single |last )?(?:pill|tablet|capsule)\b)|(?:take|taking|swallow\w*|down|downing|neck\w*|using|use) (?:them all|it all|all of them|all of it|the lot|everything|every (?:last|single) one)(?: in one go| at once)?(?! (?:in the morning|at night|at bedtime|as prescribed|with|before|after)\b)|(?:all )?in one go|all at once|(?:take|taking|swallow\w*) (?:them |it )?all (?:together|at the same time)",
    RECENT: _words(
        r"(?:an|\d+|a few|two|three) (?:hours?|minutes?) ago",
        r"last (?:night|week|weekend|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|yesterday|this (?:morning|week|weekend)",
        r"(?:a |few |couple of |two |three )?(?:days|day|nights?) ago|on (?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?|earlier|tonight",
        r"(?:at|over|on) the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|(?:an|a few|\d+|two|three) (?:hours?|minutes?) ago",
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day night|(?:a|one|two|\d+|a few|couple of) weeks? ago|last (?:weeks|nights|weekends)",
    ),
    AFTERMATH: _words(
        r"talked me down|pulled (?:me )?back|a e|just back from (?:hospital|a e|the hospital)|(?:feeling|getting) (?:sleepy|drowsy)|cant keep my eyes open",
        r"hospital|pumped|psych ward|ward|a and e|er|icu|ambulance|paramedics|didnt work|still here|pulled me out|woke up",
        r"resuscitat\w*|discharged|psych team|crisis team|swerved|failed|stitches|they say im lucky|spent \w+ days",
        r"threw (?:it|most of it|them|it all|most of them)(?: back)? up|nearly didnt|almost didnt|(?:72 hour|section|sectioned|on a) hold|wasnt an accident|it wasnt|disappointed|slept \d+ hours|home now|im home",
        r"(?:a )?marks? (?:on|round|around) my neck|found me|talked me down|ended up in|came home early|put (?:them|it) back|(?:stopped|grabbed|pulled) me|couldnt move|panicked|turned it off|untied|let me (?:go|home)|police|(?:^|(?<=[.,] ))day \d+(?= *(?:$|[.,]))|walked in|came in|(?:phone|mobile) rang|kicked in|didnt (?:mean|want|expect) to (?:survive|wake up)|lived through|survived|still shaking",
    ),
    WHEN: _words(
        r"before (?:anyone|someone|they|somebody|anybody) (?:would |could |will )?(?:find|found|finds) me|(?:ive|i have) (?:worked|figured) out when(?= *(?:$|[.,]))|(?<=\beve )is the (?:night|day)",
        r"the (?:where|how) and the (?:when|where)|(?:my|the) plan is|(?:^|(?<=[.,] ))plan is(?= (?:\w+ ){1,3}(?:after|when|once|before|while) (?:the |my |everyone|everybody|they|i)\b)|thats the (?:day|night|date)|thats the window(?= *(?:$|[.,]))|date(?<=\bis my date)(?= *(?:$|[.,]))|date(?<=\bis the date)(?= *(?:$|[.,]))|thats when(?= *(?:$|[.,])| (?:i|ill|im going to|i will) (?:go|do it|end it|leave|die)(?: for good| forever)?(?= *(?:$|[.,])))|(?:thats )?my window(?! (?:to|for) (?!(?:do it|go|end it)\b))|(?:is|as) the deadline|gave myself (?:till|until)",
        r"(?:night|day|date|weekend|\d+(?:st|nd|rd|th)) is (?:it|the day|the night)(?: for me)?(?= *(?:$|[.,]))|given myself (?:till|until)",
        r"(?:need to|just have to|going to|just got to) (?:pick|choose|set) (?:the|a) (?:day|date|time)|(?:planned|planning) it for|(?:picked|chosen|chose|set|decided on) (?:a|the) (?:time|day|night)(?! (?:to|for) (?:my|the|a)\b)|(?:got|have|ive got) it (?:all )?(?:planned|sorted|set) for|(?:got|have|ive got) it (?:all )?(?:worked|figured) out for(?= (?:tonight|tomorrow|this (?:weekend|week)|next \w+|the (?:night|day|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|(?:got|have) the (?:timing|date|day|time) (?:all )?(?:sorted|worked out|planned|set|picked|chosen)|giving (?:it|myself|this|life) (?:till|until)",
        r"(?:nobody|no one) (?:will|would|is going to) (?:expect|miss|look for|notice|check on) me(?: anywhere| at all)? (?:till|until|before)|(?:got|have|ive got) it (?:all )?(?:figured|worked) out(?= *(?:$|[.,]))|(?:ive|i have) (?:worked|figured) it (?:all )?out(?= *(?:$|[.,]))|is when i (?:do it|go|end it|will do it)|decided (?:that )?(?:its|it is|itll|it will) (?:going to )?(?:be|happen) (?=(?:before|after|on|at|this|tonight|tomorrow|when|next|in)\b)|wont go past it|(?:im|i am) (?:doing|going to do) it (?:in|on|at|tonight|tomorrow)",
    ),
    DOSE: r"\d*(?:mg|mcg|ml)|dispos\w*|back to the (?:pharmacy|chemist)|dose|dosage|hold(?! off| on| out| (?:it|them|the urges?) (?:off|back))|holding(?! off| on| out| (?:it|them|the urges?) (?:off|back))|zero|cold turkey|jump to|percent|next cut|my cut|the cut|(?<!made )a cut|(?<!not a )(?<!isnt a )taper date|step|reduction|updose|crossover|prescriber|my (?:doctor|gp)",
    # The past episode is over (or, with AGAIN, back).
}
VOCAB.update(HARM_VOCAB)  # self-harm: concepts_harm.py
# means at hand, plans and timing, intent: concepts_plans.py; intent and plans without a method: concepts_intent.py
for _name, _more in (*MORE.items(), *INTENT_MORE.items(), *MIND_VOCAB.items(), *MIND_MORE.items(), *WISH_VOCAB.items()):  # concepts_mind.py
    VOCAB[_name] = VOCAB[_name] + "|" + _more if _name in VOCAB else _more
VOCAB.update(ACTS_VOCAB)  # cover stories, secrets, deceit, "did it again": concepts_acts.py
for _name, _extra in (*ACTS_EXTRA.items(), *AFFAIRS_EXTRA.items()):  # affairs in order, wishes: concepts_affairs.py
    VOCAB[_name] += "|" + _extra
VOCAB.update(NOW_VOCAB)  # acts under way, written from inside them: concepts_now.py
for _name, _extra in NOW_EXTRA.items():
    VOCAB[_name] += "|" + _extra
# "now 3 years off ativan": a drug one has been off for years is not a means at hand.
VOCAB[MEANS] = r"(?<!years off )(?<!year off )" + HISTORY_BEFORE + r"(?:" + VOCAB[MEANS] + r")" + HISTORY_AFTER  # quiet13
# "the river walk", "the train journey", "the cliff cafe": a day out, not a place to die.
VOCAB[PLACE] = r"(?:" + VOCAB[PLACE] + r")(?! (?:walks?|paths?|views?|trips?|holidays?|cruises?|cottages?|journeys?|rides?|swims?|cafes?|pubs?|tickets?|fares?|strikes?|delays?)\b)"

COMPILED: dict[str, re.Pattern] = {
    name: re.compile(r"\b(?:" + words + r")\b") for name, words in VOCAB.items()
}
# "not going offline": a denied reason to be away is no reason.
COMPILED[AWAY] = re.compile(r"\b(?<!not )(?<!wont )(?<!wont be )(?<!never )(?<!not going )(?<!gave )(?<!give )(?<!giving )(?<!given )(?:" + VOCAB[AWAY] + r")\b")
# The words of SELF, matched as the general form would but about twice as fast: an alternative that
# starts with a letter lets the regex engine skip to an "i" or an "m" (tests/moderation/test_crisis_speed.py).
COMPILED[SELF] = re.compile(r"(?:i(?<!\wi)(?:m|ve|d|ll)?|m(?<!\wm)(?:e|y|yself|ine))\b")
