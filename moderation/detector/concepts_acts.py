"""Preparations, self-harm and attempts told the way members tell them (round eight, kinds8c).

concepts.py merges these into its VOCAB: ACTS_VOCAB adds concepts of their own, ACTS_EXTRA widens
concepts it already has (each string is one more alternative of that concept). Same form as
concepts.VOCAB: words and short word sequences over normalised text (lower case, no apostrophes,
"i am" read as "im").

- A farewell done under a cover story that the writer then denies ("told her its because im
  moving . im not moving", "he thinks its in case i end up back in hospital . it isnt") or keeps
  secret ("didnt tell her why", "he doesnt know its for good").
- A supply got by deceiving a doctor or a pharmacy (a lost prescription, two surgeries) and kept.
- Self-harm said as "did it again" beside a blade; hair pulled out in patches; a limb broken on purpose.
- Attempts told through how they were stopped ("before i could go over", "stopped me with the
  pills in my hand", "on the wrong side of the railing"), through "too many ... on purpose", or
  through the hospital and "it was deliberate".
"""

from __future__ import annotations

from moderation.detector.concepts_affairs import NOT_CHORES

COVER, DENIED, SECRET, DECEIT, IT_AGAIN, BLADE = "cover", "denied", "secret", "deceit", "it_again", "blade"
AT_EDGE, STOPPED, LATER, NOTE, REDRAFT = "at_edge", "stopped", "later", "note", "redraft"


def _words(*parts: str) -> str:
    return "|".join(parts)


ACTS_VOCAB: dict[str, str] = {
    # What someone was told or believes about why ("she thinks im going away", "told her its because im moving").
    COVER: _words(
        r"(?:(?:thinks|believes|assumes|(?:(?<=\bthey )|(?<=\bpeople )|(?<=\beveryone ))think)"
        r"|(?:told|tell|telling|said to) (?:her|him|them|everyone|people|my \w+|the \w+)|said)"
        r"(?: that)? (?:its|it is|im|i was|it was|ive|id|ill|theyre|they are|the \w+|my \w+|these|those)(?: \w+){0,10}",
    ),
    # ... and the next short sentence says it is not so ("im not moving", "it isnt", "i suppose im").
    DENIED: _words(
        r"(?:^|(?<=[.,] ))(?:but )?(?:im not(?: \w+ing)?(?: anything| anywhere| at all| really)?"
        r"|(?:it|that|they) (?:isnt|wasnt|is not|was not|arent|werent|are not)(?: really| true)?|theyre not"
        r"|(?:its|thats) not (?:true|why|the reason)|(?:i suppose|i guess|suppose|guess|in a way) im)(?= *(?:$|[.,]))",
        r"(?:^|(?<=[.,] ))(?:its|it is|really its|its really) so (?:they|he|she|the kids|nobody|no one)(?= (?:\w+ )?(?:wont|dont|doesnt|never|cant|arent)\b)",
    ),
    # A farewell kept from the people it is for.
    SECRET: _words(
        r"(?:didnt|did not|havent|have not|wont|never) (?:tell|told|say|said|explain\w*)(?: it)? (?:to )?"
        r"(?:anyone|anybody|her|him|them|my \w+|people|everyone)(?: \w+)? why|(?:nobody|no one) knows? why|(?:(?<=\bnobody )|(?<=\bone ))knows (?:theyre|its|they are|it is) (?:there|here)",
        r"(?:doesnt|dont|didnt|does not|do not) know (?:its|it is|theyre|they are|it was|that its) "
        r"(?:for good|forever|permanent|goodbyes?|a goodbye|the last|the end)",
        r"(?:(?<!\bi )(?<!\byou )(?<!\bwe )(?:doesnt|dont|didnt) know|(?<=\bone )knows|(?<=\bnobody )knows|(?:(?<=\bhe )|(?<=\bshe )|(?<=\bthey ))(?:has|have) no idea)(?= *$)",
    ),
    # A supply got by deceiving a doctor or a pharmacy.
    DECEIT: _words(
        r"(?:lost|dropped|spilled|spilt) my (?:prescription|script|tablets|pills|meds|medication)(?= (?:so|to get|and got)\b)"
        r"|(?:(?<=\bso i )|(?<=\bso id )|(?<=\bso i can )|(?<=\bso i could ))(?:get|got) (?:extra|more|a spare|another)(?= *(?:$|[.,]))",
        r"(?:(?<=\bfrom )|(?<=\bat )|(?<=\bwith )|(?<=\bbetween )|(?<=\bacross ))(?:two|2|three|3|different|several|multiple) (?:different )?"
        r"(?:surgeries|doctors|gps|pharmacies|chemists|practices|prescribers)",
        r"hiding the (?:extra|spare|rest)|lying to (?:my |the )?(?:gp|doctor|pharmacist|prescriber|chemist|nurse)"
        r"|(?:told|telling|tell|lied to) (?:the |my )?(?:gp|doctor|pharmacist|prescriber|chemist|nurse|surgery) "
        r"(?:that )?(?:i|id|ive|im) (?:lost|dropped|spilled|still on|still taking|need more)",
    ),
    IT_AGAIN: r"(?:did|done|doing) it again",
    # At the edge or over the barrier, and someone stopped it ("i was on the bridge last night . a man talked me down").
    AT_EDGE: _words(
        r"(?:i was|i stood|stood|standing|was standing|i sat|sat|sitting|was sitting) (?:up )?(?:on|out on) (?:the|a) (?:\w+ )?"
        r"(?:bridge|ledge|edge|railings?|cliffs?|cliff edge|parapet|top floor|rooftop|roof of (?:the|a) (?:car park|multi storey|building|hospital|flats|block)"
        r"|(?:multi storey|multistorey|car park|hospital) roof)"
        r"(?! of (?:the|my|a) (?:bed|sofa|couch|chair|bath|bathtub|seat|table|desk|pool|stage|step|kerb|curb)\b)"
        r"(?!(?: \w+){0,2} (?:fixing|cleaning|clearing|repairing|painting|mending|checking|watching|taking|fishing|waiting)\b)",
        r"climb(?:ed|ing)? over (?:the|a) (?:rail|railing|railings|parapet|ledge|barrier|safety fence)(?! (?:at|into) (?:the|a) (?:gig|concert|match|festival|game)\b)"
        r"|climb(?:ed|ing)? (?:onto|up on) (?:the|a) (?:ledge|parapet|railing)",
    ),
    STOPPED: r"talked me (?:down|back|round|off|out of it)|pulled me (?:back|off|away|down)|grabbed (?:me|my (?:arm|coat|jacket|hood|sleeve))|stopped me(?! (?:dead|in my tracks|from sleeping|to ask|for (?:a|directions|change)|in the street|and asked)\b)|(?:police|paramedics) (?:came|arrived)",
    # Means kept back "for later" (said as the end of a sentence).
    LATER: r"for later(?= *$)",
    BLADE: r"razors?|blades?|(?:kitchen )?knife|scissors|compass|sharpener|needle",
    # A note or a letter written for nobody named, kept and gone over ("ive written a note . its saved on my laptop").
    NOTE: r"(?:(?<=\bi )|(?<=\bive )|(?<=\bhave )|(?:^|(?<=[.,] )))(?:written|wrote|typed|drafted|finished) (?:a|the|my) (?:note|letter)(?: (?:last \w+|yesterday|today|tonight|this \w+))?(?= *(?:$|[.,]))",
    REDRAFT: r"(?:keep|kept|keeps|been) (?:re ?reading|rereading|editing|rewriting|redrafting|changing|tweaking|fiddling with) (?:it|bits|the wording)|changing bits",
}

ACTS_EXTRA: dict[str, str] = {
    "farewell": _words(
        r"(?<!about )(?<!over )who (?:gets|will get|should get) what" + NOT_CHORES + r"|who wants my \w+",
        r"(?:transferred|moved|gave|sent|signed over|handed over) (?:all )?(?:of )?(?:my|the) (?:\w+ )?(?:savings|money|pension|deposit|inheritance) (?:over )?to (?:my |her |his )?\w+",
        r"wrote each of (?:them|the \w+|my \w+) (?:a )?(?:cards?|letters?|notes?)",
        r"(?:left|gave|give|giving|sent|told|wrote down for) (?:her|him|them|my \w+) (?:all )?my (?:\w+ )?(?:password|passwords|pin|logins?)",
        r"delet(?:e|ing) (?:all (?:of )?|most of )?my (?:photos|pictures|journals?|diar(?:y|ies)|messages|accounts?|posts|texts|emails|notes)",
        r"deactivat\w* (?:everything|all (?:of )?my \w+|my (?:accounts?|profiles?|facebook|instagram|socials|social media))",
        r"(?:(?<=\bnot going to )|(?<=\bnot going to be ))need(?:ing)? (?:them|it|these|those|any of (?:it|them))",
        r"(?:(?<=\bwill )|(?<=\bto )|(?<=\bcan ))(?:feed|look after|mind) (?:the|my) (?:cats?|dogs?|pets?|rabbits?|fish)(?= (?:from|for good|after)\b)",
        r"you (?:lot |all |guys )?(?:were|have been|are) (?:the only|the best|my only|my best) (?:ones?|people|friends?)(?= (?:who|that|i|to|where|ive|id)\b)",
        r"look after each other|(?:sorry|apologies) (?:for|about) the mess (?:im|ill be|ive|i) ?(?:leaving|left|leave)",
        r"(?:gave|give|giving|given|handed) (?:away )?(?:my|all my|the) (?:cats?|dogs?|rabbits?|birds?|budgies?|hamsters?|guinea pigs?|horses?|parrot)(?= to| away)",
        r"(?:made|recorded|filmed) (?:a |some )?(?:videos?|messages?|recordings?) for",
    ),
    "final": _words(
        r"(?:this|its|this is|that was|thats) my last one(?= *(?:$|[.,]))|after this (?:post|message)(?= *(?:$|[.,]))",
        r"(?:(?<=\bive )|(?<=\bi have )|(?<=\bi ))(?:sorted|organised|organized|arranged|settled) (?:out )?everything(?= *(?:$|[.,]))",
        r"(?:to watch|to read|to open|for) when (?:shes|hes|theyre|she is|he is|they are) (?:older|grown(?: up)?|18|eighteen)",
        r"(?:(?<=\bi )|(?<=\band )|(?:^|(?<=[.,] )))(?:wasnt|was not|im not|am not) joking(?= *(?:$|[.,]))",
    ),
    "means": r"(?:(?<=\bpicked up )|(?<=\bcollected )|(?<=\bfetched ))what i need(?:ed)?(?= *(?:$|[.,]| now| today| from))",
    "did": _words(
        r"took (?:way |far |a few |a lot )?too many(?: of)?(?: my| the)?(?: \w+){0,2}? (?:on purpose|deliberately|intentionally|to (?:die|end it|not wake up))",
        r"(?:take|took|taken|taking|swallow\w*) (?:many|much|lot of|lots of|a lot of|all the|all my)(?: \w+)? (?:tablets?|pills?|medicines?|meds|medication) (?:for|to) (?:die|dying|death|end)",
        r"(?:brother|sister|mum|mom|dad|husband|wife|partner|son|daughter|friend|flatmate|neighbour|roommate|housemate|boyfriend|girlfriend) "
        r"finds? me(?= *(?:$|[.,]))|before i (?:could|got the chance to|had the chance to|managed to|was able to) "
        r"(?:go over|jump|step off|step out|go through with it|do it|take them|swallow them|let go)",
        r"(?:picked|fetched|collected|brought|took|got|dragged) me (?:up |back |down |away )?(?:from|off) (?:the |a )?(?:\w+ )?(?:cliffs?|ledge|edge|roof|rooftop|railings?|tracks|parapet|railway line|train line)",
        r"(?<=\bi )did it (?:on purpose|deliberately|intentionally)(?! to (?:the|my) (?:taper|dose)\b)",
        r"found me on the (?:bathroom |kitchen |bedroom |hall )?floor|after what i (?:swallowed|took|drank|had taken)"
        r"|(?<=\bi )tried(?= (?:mon|tues|wednes|thurs|fri|satur|sun)day\b)",
        r"(?:found|caught|stopped|walked in on|grabbed) me with (?:the |a |my |all the |all my )?(?:\w+ )?(?:bag|rope|belt|cord|noose|pills|tablets|knife|blade|razor|hose|packets?|bottle)",
        r"(?<=\bthe )(?:wrong|other|far) side of the (?:railings?|barrier|fence|rail|parapet|balustrade)",
        r"had (?:the|my) (?:\w+ )?(?:pills|tablets) in my hands?(?=(?: \w+){0,6} (?:and|when|before|till|until) (?:then )?(?:my |the |a |our )?(?:\w+ )?"
        r"(?:daughter|son|wife|husband|partner|mum|mom|dad|brother|sister|friend|flatmate|housemate|roommate|neighbour|grandson|"
        r"granddaughter|kids?|boyfriend|girlfriend|someone|somebody|phone|doorbell|carer|nurse) (?:walked|came|rang|called|knocked|phoned|texted))",
        r"(?:(?<=\bit )|(?<=\bthat )|(?<=\boverdose )|(?<=\bod ))(?<!\bif it )(?<!\bwhether it )was (?:deliberate|on purpose|intentional|no accident|not an accident)(?= *(?:$|[.,]))",
    ),
    "absent": r"(?:wont|dont want (?:them|him|her|the kids) to|not) be the ones? (?:who|to|that) finds? me",
    "aftermath": _words(
        r"(?:it|the \w+) didnt hold|(?:my )?neck hurts|(?:second|third|fourth|fifth) (?:time|attempt) (?:this (?:year|month|week)|in (?:a|two|\d+) (?:years?|months?))",
        r"talked me (?:back|round|off)(?: over)?|put (?:them|it|the \w+) down|spat (?:them|it) out|bruis\w* (?:on|round|around) my neck",
        r"(?:id|i would|i wouldve) have (?:done it|gone through with it|gone over|jumped)|(?:alright|okay|ok|fine) physically",
    ),
    "store": r"in my drafts|saved (?:on|in|to) (?:my |the )?(?:laptop|phone|computer|desktop|drafts|notes app|drive|memory stick|usb)|(?:put|putting|set|setting|keeping|kept) (?:a few |some |one |two |a couple of )?(?:of )?(?:my )?(?:\w+ )?(?:tablets|pills) (?:aside|back|by)|(?:(?<=\ba )|(?<=\bgood )|(?<=\bbig )|(?<=\bproper )|(?<=\bdecent )|(?<=\blittle ))(?:pile|stockpile)(?= *(?:$|[.,]| now| of| in| hidden| saved))|in the (?:shoebox|tin|sock|jar)",
    "recent": r"(?:\d+(?<!\d\d)|one|two|three|four|five|six|seven|a few|few|a couple of|couple of) (?:days|nights|hours) since",
    "harm_act": _words(
        r"(?:^|(?<=[.,] ))(?:the )?(?:razor|blade|blades) again|(?:pull|rip|tear|tore|yank)(?:ing|ed|ped)? out (?:a |some |another )?(?:patch|handful|chunk|clump|fistful)(?:es|s)? of (?:my )?hair|hair pulling",
        r"(?<=\bto )break my (?:own )?(?:wrist|arm|hand|fingers?|leg|ankle|nose|toes?)"
        r"|slam(?:med|ming)? (?:it|my \w+) in(?:to)? (?:the |a )?(?:car )?(?:door|drawer)",
    ),
    "hurt_context": _words(
        r"(?:gone|turned|going) (?:purple|black|blue)|(?:hasnt|havent|hadnt|didnt|doesnt) (?:noticed|seen|spotted)|(?:(?<=\bnobody )|(?<=\bone ))(?:has|have) (?:noticed|seen)",
        r"(?:with|using) my (?:nails|fingernails|teeth)|every (?:single )?night|small ones|cleaned (?:it )?up before|before (?:he|she|they|anyone|my \w+) (?:got|gets|came|comes) home|keep wanting to",
    ),
    "hurt_strong": r"(?:hasnt|havent|hadnt|didnt|doesnt) (?:noticed|seen|spotted)|(?:(?<=\bnobody )|(?<=\bone ))(?:has|have) (?:noticed|seen)|every (?:single )?night|small ones",
}

