"""Acts under way, written from inside them, and intent that refuses help (round eight).

A member may post while the act is happening or just after it: "took them. getting drowsy. bye
all", "9 so far, not sure i want to stop", "swallowed the lot about ten minutes ago". The
combination layer (combine.py) reads:

- UNDER_WAY (an anchor): the effect beginning or the writer writing from where the act happened
  ("getting drowsy", "i can feel it kicking in", "on the kitchen floor", "not sure i want to
  stop"); with a plain act said without a quantity before it (TAKEN_NOW: "already took them",
  "swallowed it") AND a goodbye it is an attempt ("took my diazepam . getting drowsy . night all"
  is a bedtime). It also counts as an aftermath beside a recent act (concepts.DID, TOOK_ALL);
- COUNTED_NOW: pills counted while they are being taken ("taken 20 so far", "on my 12th tablet",
  "counting as i go"); SO_FAR: a bare count ("9 so far") that needs a means beside it;
- SIGNING_OFF: the goodbye that follows the act ("sorry everyone", "im sorry" ending the post,
  "goodbye all"), beside concepts.FAREWELL;
- FINISHING: "finishing it" (a book, a jumper) counts as intent only with a decision or a refusal
  of help beside it.

EXTRA adds alternatives to existing vocabularies: a small time ago as recent ("ten minutes ago",
"half an hour back", "just now"), acts with a quantity (every tablet, what was left, them all),
and to DECIDE the refusal of help that follows firm intent ("not after advice", "since nobody will
help", "dont try to talk me round", "one way or another"), which is not a retraction.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

from moderation.detector.concepts_begun import BEGUN_EXTRA, BEGUN_RECIPES, BEGUN_VOCAB
from moderation.detector.concepts_coast import COAST_RECIPES, COAST_VOCAB
from moderation.detector.concepts_letters import LETTERS_RECIPES, LETTERS_VOCAB
from moderation.detector.concepts_ligature import LIGATURE_RECIPES, LIGATURE_VOCAB
from moderation.detector.concepts_means import MEANS_EXTRA, MEANS_RECIPES, MEANS_VOCAB
from moderation.detector.concepts_method import METHOD_EXTRA, METHOD_RECIPES, METHOD_VOCAB
from moderation.detector.concepts_pretext import PRETEXT_RECIPES, PRETEXT_VOCAB
from moderation.detector.concepts_ready import READY_RECIPES, READY_VOCAB
from moderation.detector.concepts_rescue import RESCUE_EXTRA, RESCUE_RECIPES, RESCUE_VOCAB
from moderation.detector.concepts_safekeeping import SAFEKEEPING_EXTRA
from moderation.detector.concepts_sideways import SIDEWAYS_EXTRA, SIDEWAYS_RECIPES, SIDEWAYS_VOCAB
from moderation.detector.concepts_stopped import STOPPED_EXTRA, STOPPED_RECIPES, STOPPED_VOCAB
from moderation.detector.concepts_wound import WOUND_EXTRA, WOUND_RECIPES, WOUND_VOCAB
from moderation.detector.patterns import DRUGS

TAKEN_NOW, COUNTED_NOW, SO_FAR, UNDER_WAY, SIGNING_OFF, FINISHING, DOING_NOW = (
    "taken_now", "counted_now", "so_far", "under_way", "signing_off", "finishing", "doing_now",
)
# Round nine (kinds9a): the act just done, said as done, as fear, or a moment ago.
DONE_NOW, SCARED_NOW, MOMENTS_AGO, STARTED_TAKING = "done_now", "scared_now", "moments_ago", "started_taking"
# ... and means in hand now: held, got out, set beside the writer, with what it does to them.
IN_HAND, SET_BESIDE, HOLD_STATE, RIGHT_NOW = "in_hand", "set_beside", "hold_state", "right_now"
HELD_MEANS, CAR_IN_GARAGE, HARM_MEANS, STARING, ACT_ALONE = "held_means", "car_in_garage", "harm_means", "staring", "act_alone"
# ... and a place or a poison with the act thought about ("thinking about jumping off", "think about to drink it").
PLACE_ACT, POISON, DRINK_IT = "place_act", "poison", "drink_it"
# "did it . all the zopiclone and half a bottle of gin": what was taken, said without the verb; shaking with a rope or a gun.
ALL_OF_IT, SHAKING, TIED_OR_GUN = "all_of_it", "shaking", "tied_or_gun"

_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
_DRUG_UNIT = r"(?:pills?|tablets?|capsules?|of them|of the \w+)"

# A small time ago is now, not a past episode: "ten minutes ago", "an hour back", "just now".
_MOMENTS = (
    r"(?:about |around |maybe |like |nearly |only )?(?:a|an|one|a few|a couple of|couple of|half an?|" + _NUMBER[3:-1]
    + r"|\d+) (?:minutes?|mins?|hours?|hrs?) (?:ago|back|before(?= *(?:$|[.,])))|(?:a|one) (?:moment|minute|min|sec|second) ago|"
    r"(?<!not )(?<!never )just now|moments ago|minutes ago"
)

NOW_VOCAB: dict[str, str] = {
    TAKEN_NOW: r"(?:already |just )?(?:took|taken|swallowed|downed|necked|popped) (?:them|it|those|these|the (?:pills|tablets|lot)|all (?:of )?(?:my|the) (?:pills|tablets|meds|capsules))"
    r"(?= *(?:$|[.,]|just now|already|(?:\w+ ){1,2}(?:minutes?|mins) (?:ago|before)))",
    # Counted with the taking ("taken 20 so far", "on my 12th tablet"); a bare count needs a means beside it.
    COUNTED_NOW: r"(?:taking|swallowing) (?:them|the (?:pills|tablets)) (?:one by one|one at a time|one after (?:the other|another))(?! (?:like|as) (?:the|my) (?:\w+ )?(?:schedule|doctor|gp|pharmacist|plan|taper|prescriber))|(?:took|taken|swallowed|downed|necked) " + _NUMBER + r" (?:" + _DRUG_UNIT + r" )?so far(?= *(?:$|[.,]))|"
    r"counting (?:them )?as i (?:go|take them|swallow them)|(?:on|onto|up to) (?:my|the|number) (?:\d+(?:st|nd|rd|th)?|\w+th) (?:pill|tablet|capsule|one)(?= *(?:$|[.,]|now))",
    SO_FAR: _NUMBER + r"(?= (?:" + _DRUG_UNIT + r" )?so far(?= *(?:$|[.,]| and)))",
    UNDER_WAY: r"(?:as|while) i (?:type|write|am typing|am writing|im typing|im writing)(?: this)?(?= *(?:$|[.,]))|(?:typing|writing) this (?:now|last)|now i (?:just )?wait(?= *(?:$|[.,]))|waiting for (?:it|them) to (?:work|kick in)|"
    r"not stopping (?:this time|now)|(?:wont|will not|not going to) stop (?:this time|now)(?= *(?:$|[.,]))|(?:standing|stood|stand) on the (?:chair|stool|ledge)|"
    r"(?:getting|feeling|feel|going|im) (?:so |really |very |a bit |quite )?(?:drowsy|sleepy|woozy|floaty|numb|heavy)|"
    r"(?:can|cant|starting to|start to|beginning to|already) feel (?:it|them|the \w+) (?:kick\w* in|work\w*|tak\w* (?:effect|hold))|"
    r"(?:its|theyre|they are|it is|theyve|its already) (?:kicking|kicked|started|starting to|begun to) (?:in|work|kick in)|"
    r"kicking in|taking effect|starting to (?:kick in|work)|(?:eyes|vision|everything|head) (?:is |are )?(?:going|getting|gone) (?:blurry|heavy|dark|fuzzy|black)|"
    r"cant keep my eyes open|(?:on|lying on|lay on|sat on|sitting on|slumped on|curled up on) the (?:\w+ )?floor|"
    r"writing this (?:from|while|before|as)|(?:wont|will not) be long now|not long now|"
    r"(?:not sure|dont think|dont know if) i (?:want|wanna) to stop(?= *(?:$|[.,]))|(?:cant|couldnt) (?:feel|move) my (?:legs|arms|hands|feet|fingers)|"
    r"(?:room|everything) (?:is )?spinning|hard to (?:type|keep typing|stay awake|keep my eyes open)|keep going or stop|(?:should i|do i) (?:keep going|carry on|stop)(?= *(?:$|[.,]))",
    SIGNING_OFF: r"(?:^|(?<=[.,] ))(?:sorry|im sorry) (?:everyone|all|guys|everybody|to you all|mum|mom|mam|dad|mummy|daddy|kids)(?= *(?:$|[.,] (?:love|goodbye|i love|thank|forgive|please forgive)\b))|(?:^|(?<=[.,] ))(?:im |i am )?(?:so )?sorry(?= *$)|"
    r"(?:say |said )?thank you to (?:this|the|everyone on this|everyone on the) (?:forum|board|group|site|community)|(?:please )?(?:no one|nobody|dont) (?:be sad|cry for me|blame yourselves)(?= *(?:$|[.,]))|"
    r"(?:^|(?<=[.,] ))goodbye(?: all| everyone| guys| everybody)?(?= *(?:$|[.,]))|"
    # "just wanted to say sorry", "wanted someone to know": said once the act is done (kinds9a)
    r"(?:want|wanted|needed) to (?:say|tell (?:you|everyone|someone)) (?:sorry|goodbye|i love you|im sorry)(?: to (?:everyone|you all|all of you|my \w+))?(?= *(?:$|[.,]))|"
    r"(?:want|wanted|needed) (?:someone|somebody|one person|you|you all|someone here) to know(?= *(?:$|[.,]))|(?:want|wanted|needed) to tell (?:someone|somebody|one person)(?= *(?:$|[.,]))",
    # The act itself with its quantity or its means in place, which the effect under way makes an attempt
    # (concepts.DID is broader: "walked into the kitchen", "my attempt at baking" pair only with a time or an aftermath).
    DOING_NOW: r"(?:took|taken|swallowed|downed|necked|popped) (?:them all|all of them|the lot|everything|every (?:single |last )?(?:pill|tablet|capsule|one)|"
    r"(?:the|a|an) (?:whole|entire) (?:\w+ )?(?:packet|box|bottle|pack|strip|tub|supply|prescription)|(?:what was left|whats left|what i had left|everything i had left|the rest)(?= *(?:$|[.,]| of (?:them|it|my \w+|the (?:pills|tablets|meds|bottle|packet))| with (?:the |a |some )?(?:\w+ )?(?:wine|vodka|whisky|whiskey|gin|rum|booze|alcohol))))"
    r"(?! (?:of (?:my )?(?:pride|words|tears|anger|fear|nerves|patience|energy|strength|courage|sanity|dignity|savings|money|leave|holiday|annual leave|biscuits|crisps|chocolates?|sweets|cookies|cereal|popcorn)|on time|as prescribed|at the right time|with food|for (?:today|the day|tonight|the night|the week)|to (?:the|a) (?:tip|charity|pharmacy|chemist))\b)|"
    r"(?:have|ive) (?:take|took|taken|swallowed|swallow) all (?:of )?(?:the|my) (?:pills|tablets|meds)(?! (?:for (?:today|the day|tonight|the night|the week)|on time|as prescribed|with food)\b)|"
    r"(?:took|downed|swallowed|necked) all (?:of )?(?:my|the) (?:\w+ ){0,2}?\w+ (?:with|and) (?:a |the )?(?:(?:bottle|glass|can|load|pint)s? of )?(?:wine|vodka|alcohol|whisky|whiskey|gin|rum|booze|the \w+ (?:wine|vodka|whisky|gin))|"
    # "i have taken the pills now , many": the quantity said after the act, or before the tablets (kinds9a)
    r"(?:taken|took|swallowed|(?<=\bhave )(?:take|swallow)) (?:the|my|all the|all my) (?:pills|tablets|meds)(?: now)? , (?:many|so many|lots|loads|too many|all of them)(?= *(?:$|[.,]))|"
    r"(?:taken|took|swallowed|downed) (?:many|so many|lots of|loads of|a lot of|too many|a load of) (?:\w+ )?(?:pills|tablets|meds)(?! (?:by (?:mistake|accident)|accidentally|for (?:my|the) \w+)\b)|"
    r"(?:drank|downed|necked|had) (?:a |the |half a |most of a |a whole |" + _NUMBER + r" )?(?:(?:bottle|glass|glasse|can|load|pint)s? of )?(?:wine|vodka|whisky|whiskey|gin|rum|booze) (?:and|then) (?:took|swallowed|downed|necked) all (?:of )?(?:my|the) (?!(?:evening|night|bedtime|morning|daily|usual|regular|normal|prescribed)\b)(?:\w+ ){0,2}?" + DRUGS + r"|"
    r"took (?:\w+ ){1,5}?and all (?:of )?my (?:\w+ )?(?:pills|tablets|meds|capsules)(?! (?:to|into|in|with|back|out|off|for|on time|as)\b)|"
    r"(?<=\bjust )(?:taken|swallowed|downed) all (?:of )?(?:my|the) (?:old |remaining |spare )?" + DRUGS + r"(?! (?:for (?:today|the day|tonight)|on time|as prescribed|with food)\b)|"
    # "ive taken 40 of them", "i take all my diazepam one hour before" (kinds9a)
    r"(?:taken|took|swallowed|downed) (?:[1-9]\d+|twenty|thirty|forty|fifty) (?:of them|pills|tablets)(?= *(?:$|[.,]))|"
    r"(?<=\bi )take all (?:of )?my (?:\w+ )?" + DRUGS + r"(?= (?:an?|one|two|\d+) (?:hours?|minutes?|mins?) (?:ago|before)(?= *(?:$|[.,])))|"
    r"halfway (?:through|thru) (?:the|a|my) (?:bottle|packet|box|pills|tablets|strip)|(?<!my )(?:the )?(?:rope|noose|ligature) is (?:up|tied|ready|set up)(?! (?:for|to|on the (?:tent|boat|line))\b)",
    # The act said as done, once the act itself is named beside it ("swallowed them all . its done", "i did it . took them").
    DONE_NOW: r"(?:^|(?<=[.,] ))(?:its|it is|thats|that is) (?:all )?(?:done|over)(?: now)?(?= *(?:$|[.,]))|(?:^|(?<=[.,] )|(?<=\bi )|(?<=\bi have ))(?:did it|done it)(?= *(?:$|[.,]|now))",
    # Fear right after it ("im scared now", "scared what happens", "what have i done").
    SCARED_NOW: r"(?:scared|frightened|frighten|terrified|panicking|panicked)(?= *(?:$|[.,]|now|of what|what|because|of myself)(?! (?:of|about) (?:the|my|taking|going|tapering)\b))|what have i done|what (?:happen|will happen) (?:now|to me)(?= *(?:$|[.,?]))",
    MOMENTS_AGO: _MOMENTS + r"|(?<!not )just(?= (?:swallowed|took|taken|downed|necked|popped|had)\b)",
    # A means held, got out or set beside the writer now ("in my hand", "got his gun out of the safe", "in the bath with").
    IN_HAND: r"in my (?:hands?|lap|fist)(?! (?:for|to)\b)|(?:holding|clutching|gripping) (?:it|them|onto it|the|a|my|his|her)(?= )|in the bath with|"
    r"(?:out of|down from|off) (?:the|my|his|her|their|our) (?:\w+ )?(?:safe|loft|attic|shed|drawer|cabinet|cupboard|hiding place|case|hook|wardrobe)(?! to (?:clean|sell|show|check|oil|fix|give|hand)\b)|"
    r"(?:next to|beside|in front of) me(?= *(?:$|[.,]|now|right now|tonight))|here with me|(?<=\w )here(?= *(?:$|[.,]| and| now| tonight| with me))|"
    r"in the (?:house|flat)(?= *(?:$|[.,]| and| now| tonight))|in the (?:garage|car)(?= with the engine)",
    # ... and then set down beside the writer ("got the shotgun down from the loft . its sitting on the bed").
    SET_BESIDE: r"(?:sitting|lying|laid out|lined up|set out|ready) (?:here )?(?:on|next to|beside|in front of) (?:me|the bed|my bed|the table|my desk|the desk|my lap)",
    # "i have the belt", "ive got the means in the house": the means had, named with its article.
    HELD_MEANS: r"(?:(?<=\bi )have|(?<=\bi have )got|(?:^|(?<=[.,] ))got) the (?:\w+ )?(?:belt|rope|gun|shotgun|rifle|noose|cord|means|hosepipe|charcoal|helium)(?= *(?:$|[.,]| here| ready| now| in (?:the|my) (?:house|flat|room|car|bag)\b))",
    # What holding it does or says ("just held it for a while", "i dont trust myself", "nothing left to lose").
    HOLD_STATE: r"loaded (?:it|the|his|her|my|dads|a)(?= )|(?:a )?glass of water (?:ready|poured)|(?:keep|keeps|kept|been|cant stop) holding (?:it|them)(?= *(?:$|[.,]))|(?:just )?held (?:it|them) for (?:a while|an hour|ages|hours|a long time|\w+ minutes)|(?:dont|cant|do not|cannot) trust myself|"
    r"nothing (?:left )?to (?:lose|live for)|(?:need|needs|have) to stop being (?:scared|a coward)|(?:all|the whole) (?:afternoon|evening|night)(?= *(?:$|[.,]))",
    # Means other than tablets: held, fear is about them, not about a dose ("holding my diazepam , so scared" is taper talk).
    HARM_MEANS: r"(?:shot)?gun|rifle|pistol|revolver|firearm|knife|knives|blades?|razors?|rope|noose|ligature|hose(?:pipe)?|(?:with|and) the engine (?:on|running)",
    # The means looking back ("theyre staring at me right now", "its calling me").
    STARING: r"(?:theyre|its|they are|it is|keeps?|just|sitting there|are|is) (?:staring|looking) (?:back )?at me|(?:keeps?|keep|been|is|are|theyre|its) calling (?:to )?me",
    # The act at a place, as the thing thought about or pictured ("thinking about jumping off", "keep picturing driving there").
    PLACE_ACT: r"(?:(?<=\babout )|(?<=\babout just )|(?<=\bpicturing )|(?<=\bpicturing just )|(?<=\bimagining )|(?<=\bimagining just )|(?<=\bimagine )|(?<=\bimagine just )|(?<=\bthinking to )|(?<=\bthink to ))"
    r"(?:jumping(?: off)?|letting go|stepping (?:off|out|in front)|walking (?:in|into (?:it|the \w+))|climbing (?:it|over|up)|going over|"
    r"driving (?:there|off|into it|over)|pulling over and climbing(?: it| over)?|throwing myself (?:off|in)|"
    # kinds9d: "going into it", "leaning forward", second-language "thinking to jump from my balcony"
    r"(?:going|go) (?:in|into|inside) (?:it|there)|leaning (?:forward|over)|jump)"
    r"(?= *(?:$|[.,]| and (?:not|never|i|letting)\b| of (?:the (?:rail|railing|edge|ledge|balcony)|it)\b"
    r"| (?:from|off) (?:my|the|that|this) (?:\w+ )?(?:balcony|bridge|roof|rooftop|ledge|cliffs?|window|platform|building|tower|car park|overpass)\b))(?! (?:of (?:the )?(?:taper|dose|benzos?|pills)|at \d)\b)",
    POISON: r"(?:rat )?poison|weedkiller|pesticide|paraquat|bleach|antifreeze",
    DRINK_IT: r"(?:(?<=\babout )|(?<=\babout to )|(?<=\bthink to ))(?:drink|drinking|swallow|swallowing|down|downing) (?:it|some|the lot|a bottle|the bottle)",
    ALL_OF_IT: r"(?:^|(?<=[.,] )|(?<=\bdid it ))(?:all|every one of|every last one of) (?:of )?(?:the|my) (?:\w+ )?" + DRUGS + r"(?= *(?:$|[.,]| and (?:a |half a |the )?(?:bottle|glass|can)))",
    SHAKING: r"(?:(?:hands|im|i am|cant stop) )?shaking(?: so (?:bad|badly|much))?(?= *(?:$|[.,]))",
    TIED_OR_GUN: r"(?:shot)?guns?|rifle|pistol|revolver|noose|ligature|cord|rope(?! (?:on|at|for|of|in) (?:the|a|my) (?:boat|tent|climb\w*|wall|gym|swing|washing|line|dog|horse|storm|deck)\b)",
    # The act with its quantity as the whole post ("Swallowed the lot.").
    ACT_ALONE: r"^(?:i |ive |i have )?(?:just )?(?:(?:swallowed|taken|downed|necked) (?:them all|all of them|the lot|everything|every (?:pill|tablet))|took (?:them all|all of them|the lot))(?= *$)",
    # "cars in the garage": a means only with the mind going back to it (a car is mostly a car).
    CAR_IN_GARAGE: r"(?:(?<=\bthe )|(?:^|(?<=[.,] )))cars? (?:is )?in the garage(?= *(?:$|[.,]))",
    RIGHT_NOW: r"right now(?= *$)|(?:sitting|sat|lying|standing) here with",
    # "i started taking them . 12 so far": the taking begun, with no means named.
    STARTED_TAKING: r"(?:started|begun|began|am|im) (?:taking|swallowing) them(?= *(?:$|[.,]))",
    FINISHING: r"finishing it(?= *(?:$|[.,]|tonight|tomorrow|today|now|soon|myself|this (?:weekend|week)))",
}

EXTRA: dict[str, str] = {
    # "i have the belt", "the means in the house", "sit in there with the engine on", "cars in the garage" (kinds9a)
    "means": r"(?:with|and) the engine (?:on|running)",
    # "thought about it all afternoon"
    "haunt": r"(?:thinking|thought|think) about (?:it|them) (?:all (?:afternoon|day|night|evening|morning|week)|for hours|a lot)(?= *(?:$|[.,]))",
    # A small time ago is now, not a past episode: "ten minutes ago", "an hour back", "just now".
    "recent": _MOMENTS + r"|not (?:that )?long ago",
    # Acts with a quantity: every tablet, what was left, them all.
    "did": r"(?:swallowed|took|taken|downed|necked) (?:the|an|a) entire (?:\w+ )?(?:packet|box|bottle|pack|strip|tub|supply|lot|prescription)(?! of (?:biscuits|crisps|chocolates?|sweets|cookies|gum|cereal|popcorn|doughnuts|donuts|\w+ bars)\b)|"
    r"(?:have|ive) (?:take|took|taken|swallowed|swallow) all (?:of )?(?:the|my) (?:pills|tablets|meds)(?! (?:for (?:today|the day|tonight|the night|the week)|on time|as prescribed|with food)\b)|"
    r"(?<!my )(?:the )?(?:rope|noose|ligature) is (?:up|tied|ready|set up)(?! (?:for|to|on the (?:tent|boat|line))\b)|"
    r"took all (?:of )?(?:my|the) (?:\w+ )?\w+ (?:with|and) (?:a |the )?(?:(?:bottle|glass|can|load|pint)s? of )?(?:wine|vodka|alcohol|whisky|whiskey|beer|gin|rum|booze|drink|the \w+ (?:wine|vodka|whisky|gin))|"
    r"(?:took|swallowed|downed|necked|taken) every (?:single |last )?(?:pill|tablet|capsule|one)"
    r"(?! (?:on time|as prescribed|at the right time|i was (?:given|prescribed)|exactly|like clockwork|with food)\b)|"
    r"(?:downed|necked|swallowed|taken|popped) (?:them all|all of them|the lot|everything)|popped every (?:single |last )?(?:pill|tablet|capsule)|"
    r"(?:swallowed|took|taken|downed|necked|popped) (?:what was left|whats left|what i had left|everything i had left|the rest)(?= *(?:$|[.,]))|"
    # "attempted 3 weeks ago", "took a bottle of pills then panicked" (kinds9a)
    r"(?:^|(?<=[.,] )|(?<=\bi ))(?:odd|od) on (?:my|the|all|all my|a \w+ of) (?:\w+ )?" + DRUGS + r"|"
    r"(?:my|an|the) (?:second|third|fourth|last|latest|most recent|\d+(?:st|nd|rd|th)) (?:attempt|overdose)(?! (?:at|to|of|on (?:the|a|my) (?:exam|test|recipe|cake|bread))\b)|"
    r"threw up (?:most of |all of |half of |half |some of )?the (?:pills|tablets)(?= i (?:took|swallowed|had taken|had))|"
    r"(?:drank|swallowed|downed) (?:the |some |a bottle of |half a bottle of |a cup of |a glass of )?(?:bleach|antifreeze|weedkiller|pesticide|poison|paraquat)|"
    r"(?:(?:^|(?<=[.,] ))|(?<=\bi ))attempted(?= (?:again )?(?:(?:a |\d+ |a few |a couple of |two |three |four |five |six )?(?:days?|weeks?|nights?) ago|last|yesterday|"
    r"this (?:week|weekend|morning)|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|"
    r"(?:took|swallowed|downed|necked) (?:a|an|the) (?:whole |entire |full )?(?:bottle|packet|box|strip|tub|pack) of (?:\w+ )?(?:pills|tablets|meds|painkillers)(?! (?:to|for|from|back|into|in|with me|on holiday)\b)",
    "place": r"ponds?",
    # "on the roof right now . i dont think im taking the stairs back down" (kinds9a)
    "no_return": r"(?:(?<=\bnot )|(?<=\bim not )|(?<=\bdont think im ))taking the (?:stairs|lift|elevator|steps) (?:back )?down(?= *(?:$|[.,]))",
    # Firm intent that refuses help is not a retraction ("im finishing it tonight . not after advice").
    "decide": r"(?:please )?(?:dont|do not) (?:try (?:to |and )?)?(?:talk me (?:round|around|down|out of (?:it|this))|stop me|change my mind)|"
    r"not (?:after|looking for|asking for|here for|writing this for|posting (?:this )?for) (?:any )?(?:advice|help|sympathy|attention|"
    r"(?:anyone|someone|somebody|you|people) to (?:fix|stop|talk|save|change)|a (?:solution|fix|lecture|pep talk|talking to)|pity|platitudes)|"
    r"(?:dont|do not|no need to) bother (?:replying|responding|answering|trying)|no point (?:replying|responding|trying to (?:stop|help))|"
    r"(?:since|because|as|cos|cause) (?:nobody|no one|noone) (?:will|can|wants to|is going to|is gonna|ever) (?:help|listen)|"
    r"(?:nobody|no one|noone) (?:will|can|wants to|is going to|is gonna) help(?: me)?(?= *(?:$|[.,]| so\b| anyway))|"
    r"one way or (?:another|the other)",
    # Firm intent said as ending "this" with a word of one's own ("end this myself", "finish this one way or another").
    "ending": r"(?:end|ending|finish|finishing) this(?= (?:myself|one way or (?:another|the other)|on my own terms)\b)"
    # "cutting deep enough that i dont come back from it"
    r"|(?<=\benough )(?:that |so )?i (?:dont|wont|wouldnt|do not|will not) come back from it(?= *(?:$|[.,]))",
}

# The recipes that read them (combine.Recipe's fields; concepts.FAREWELL is "farewell" and so on).
_ATTEMPT, _METHOD, _INTENT = "attempt", "method", "intent"
_GOODBYE = ("farewell", SIGNING_OFF)
NOW_RECIPES: tuple[dict, ...] = (
    # A recent act with a goodbye right after it ("swallowed the lot . wanted someone to know before i go").
    dict(name="did-goodbye", categories=(_ATTEMPT,), anchor=DOING_NOW, needs=((*_GOODBYE, "absent"),), unless=("away",)),
    # The act with its effect under way or the writer where it happened ("swallowed what was left . on the floor").
    dict(name="doing-now", categories=(_ATTEMPT,), anchor=DOING_NOW, needs=((UNDER_WAY,),)),
    # The effect under way between a plain "took them" and a goodbye.
    dict(name="taken-now", categories=(_ATTEMPT,), anchor=UNDER_WAY, needs=((TAKEN_NOW,), _GOODBYE)),
    # Pills counted so far: said with the taking, or a bare count beside a means; with the effect or a goodbye.
    dict(name="counted-now", categories=(_ATTEMPT, _METHOD), anchor=COUNTED_NOW, needs=((UNDER_WAY, *_GOODBYE),),
         self_needed=False),
    dict(name="so-far", categories=(_ATTEMPT, _METHOD), anchor=SO_FAR, needs=(("means", STARTED_TAKING), (UNDER_WAY, *_GOODBYE))),
    # Round nine (kinds9a): the act with its quantity said as done, with fear, or a moment ago ("just swallowed them all . its done").
    dict(name="did-done", categories=(_ATTEMPT,), anchor=DOING_NOW, needs=((DONE_NOW, SCARED_NOW, MOMENTS_AGO),), unless=("away",)),
    # "took all my clonazepam an hour ago . just wanted to say sorry": all of them, a moment ago, and a goodbye or fear.
    dict(name="took-all-now", categories=(_ATTEMPT,), anchor="took_all", needs=((MOMENTS_AGO,), (*_GOODBYE, DONE_NOW, SCARED_NOW))),
    # "i did it . took them . sorry": a plain "took them" said as done, with a goodbye.
    dict(name="taken-done", categories=(_ATTEMPT,), anchor=TAKEN_NOW, needs=((DONE_NOW,), _GOODBYE)),
    # A means in hand now, with fear, a goodbye, a time or where the mind is ("got his gun out of the safe . just held it for a while").
    dict(name="means-in-hand", categories=(_METHOD,), anchor="means", needs=((IN_HAND,), (HOLD_STATE, SIGNING_OFF, "haunt", SET_BESIDE)),
         weak_with=("taper", "dose", "news", "safe")),
    dict(name="weapon-in-hand", categories=(_METHOD,), anchor=HARM_MEANS, needs=((IN_HAND,), (SCARED_NOW, RIGHT_NOW)), weak_with=("news", "safe")),
    dict(name="means-held", categories=(_METHOD,), anchor=HELD_MEANS, needs=((HOLD_STATE, SCARED_NOW, SIGNING_OFF, "haunt"),),
         weak_with=("taper", "dose", "news", "safe")),
    # A means that will not leave the mind ("cars in the garage . thought about it all afternoon").
    dict(name="means-on-mind", categories=("active", _METHOD), anchor="means", needs=(("haunt",),), weak_with=("taper", "dose", "news", "safe")),
    dict(name="car-on-mind", categories=("active", _METHOD), anchor=CAR_IN_GARAGE, needs=(("haunt",),), self_needed=False),
    # The means looking back, right now or set out ("theyre staring at me right now"; cravings and new meds "looking at me" stay quiet).
    dict(name="means-staring", categories=(_METHOD,), anchor="means", needs=((STARING,), (RIGHT_NOW, HOLD_STATE, "haunt", SET_BESIDE)),
         weak_with=("taper", "dose", "news", "safe")),
    dict(name="act-alone", categories=(_ATTEMPT,), anchor=ACT_ALONE, needs=(), self_needed=False),
    # "sitting in the bath with cuts on my wrists . i just wanted to say bye": a harm done, then a goodbye.
    dict(name="harm-goodbye", categories=(_ATTEMPT, "self_harm"), anchor="harm_act", needs=(("farewell", DONE_NOW),), unless=("dose",)),
    dict(name="done-all-of-it", categories=(_ATTEMPT,), anchor=ALL_OF_IT, needs=((DONE_NOW,), _GOODBYE), self_needed=False),
    # A rope or a gun in hand, and shaking ("holding the rope . shaking so bad"; a knife and shaking is akathisia in the kitchen).
    dict(name="tied-or-gun-shaking", categories=(_METHOD,), anchor=TIED_OR_GUN, needs=((IN_HAND,), (SHAKING,)), weak_with=("news", "safe")),
    # A place with the act there thought about, or a place that calls every night ("the balcony has been calling me every night").
    dict(name="place-act-thought", categories=("active", _METHOD), anchor="place", needs=((PLACE_ACT,),),
         weak_with=("taper", "dose")),
    dict(name="place-calling", categories=("active", _METHOD), anchor="place", needs=((STARING,), ("nearby",)), unless=("away",)),
    dict(name="poison-thought", categories=("active", _METHOD), anchor=POISON, needs=(("thought",), (DRINK_IT,)), weak_with=("news",)),
    # A blade in hand right now ("razors in my hand right now"): self-harm.
    dict(name="blade-in-hand", categories=("self_harm",), anchor="blade", needs=((IN_HAND,), (RIGHT_NOW, HOLD_STATE, SCARED_NOW, SIGNING_OFF)),
         unless=("dose",)),
    # "finishing it" with a decision or a refusal of help ("not after advice"), not beside a dose.
    dict(name="finishing-decided", categories=(_INTENT,), anchor=FINISHING, needs=(("decide", "final"),),
         weak_with=("dose",)),
)
# Round ten (kinds10a): attempts told by what stopped them (concepts_stopped.py), a method's effect asked (concepts_method.py).
NOW_VOCAB.update(STOPPED_VOCAB, **METHOD_VOCAB)
NOW_VOCAB.update(MEANS_VOCAB, **WOUND_VOCAB, **RESCUE_VOCAB, **BEGUN_VOCAB, **COAST_VOCAB, **READY_VOCAB, **PRETEXT_VOCAB, **LIGATURE_VOCAB, **LETTERS_VOCAB)  # round eleven (means11): concepts_means.py, concepts_wound.py, concepts_rescue.py
for _name, _more in (*STOPPED_EXTRA.items(), *METHOD_EXTRA.items(), *MEANS_EXTRA.items(), *WOUND_EXTRA.items(), *RESCUE_EXTRA.items(), *BEGUN_EXTRA.items(), *SAFEKEEPING_EXTRA.items()):
    EXTRA[_name] = EXTRA[_name] + "|" + _more if _name in EXTRA else _more
NOW_RECIPES += STOPPED_RECIPES + METHOD_RECIPES + MEANS_RECIPES + WOUND_RECIPES + RESCUE_RECIPES + BEGUN_RECIPES + COAST_RECIPES + READY_RECIPES + PRETEXT_RECIPES + LIGATURE_RECIPES + LETTERS_RECIPES
# Round fourteen (side14): death said sideways, by euphemism and faith language (concepts_sideways.py).
NOW_VOCAB.update(SIDEWAYS_VOCAB)
for _name, _more in SIDEWAYS_EXTRA.items():
    EXTRA[_name] = EXTRA[_name] + "|" + _more if _name in EXTRA else _more
NOW_RECIPES += SIDEWAYS_RECIPES
