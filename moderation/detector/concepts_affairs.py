"""Affairs put in order and the wish to be dead, said sideways (round nine, kinds9c).

concepts.py merges AFFAIRS_EXTRA into its VOCAB: each string is one more alternative of the
concept of that name (concepts.py's names, spelled here as strings so this module imports
nothing). Same form as concepts.VOCAB: words and short word sequences over normalised text.

- Putting one's things in order: debts paid off or back, things or a life "in order", "everything
  squared away", a beneficiary named, the ute or the van sold, the letters "in the blue box", the
  job or the flat "i wont be needing", everyone one loves visited "one last time".
- Leaving the forum for good: "log off for good", "been good knowing you lot", "if i stop posting"
  (a pet to be checked on), "thank you for the support" beside a goodbye, "please dont reply".
- A farewell kept from its people: "please dont ask why", "she does not know the real reason".
- A wish to be dead said as welcoming it ("id welcome it if it all stopped for good"), as asking or
  begging not to open one's eyes again.
"""

from __future__ import annotations


def _words(*parts: str) -> str:
    return "|".join(parts)


# "sold the ute", "selling the van": a vehicle or a thing of one's own sold (not bought, not a loan).
_SOLD = r"(?:sold|selling|flogged) (?:the|my) (?:car|ute|van|truck|motorbike|motorcycle|bike|boat|caravan|guitar|drum kit|camera|tools|records|collection)"
# Social sites one may leave for good with no harm meant ("logging off for good from facebook").
_SITES = r"(?:facebook|fb|twitter|x|instagram|insta|tiktok|reddit|social media|socials|whatsapp|snapchat|the news|youtube|discord)"

# Things given to a charity or a tip ("giving away my old clothes to charity this weekend") are a clear-out.
TO_CHARITY = (
    r"(?!(?: \w+){0,3} to (?:the |a |an |our |my )?(?:local )?(?:charity|charities|charity shops?|oxfam|food ?banks?|goodwill|"
    r"salvation army|tip|dump|hospice shop|red cross|church|jumble sale|car boot)\b)"
)
# Letters to a pen pal, the council or a newspaper, or of complaint, are not farewells.
NOT_TO_FAMILY = (
    r"(?! (?:to|for) (?:my |the |a |an |our |his |her )?(?:pen ?pals?|pen ?friends?|council|mp|landlord|letting agent|boss|"
    r"bank|insurers?|insurance|editor|papers?|newspapers?|schools?|teachers?|gp|doctors?|surgery|jobs?|employers?|hr|"
    r"solicitors?|lawyers?|clients?|customers?|santa|companies|company|prisoners?)\b)"
    r"(?! of (?:complaint|application|recommendation|reference|objection|appeal)\b)"
)

# "who gets what for christmas", "who gets what chores": a household's sharing out, not one's things.
NOT_CHORES = (
    r"(?! (?:for (?:christmas|xmas|birthdays?|dinner|tea|lunch|breakfast|the (?:party|holidays?|trip|week|weekend))|chores|jobs|"
    r"presents|gifts|rooms?|beds?|seats?|bedrooms?|at (?:christmas|dinner|tea))\b)"
)

AFFAIRS_EXTRA: dict[str, str] = {
    "farewell": _words(
        # Piece 5: affairs made tidy, things given to a named person one will not need.
        r"affairs (?:are )?(?:now )?(?:tidy|in order|sorted|settled|straight)(?! (?:at|for) (?:work|the office|my leave|the handover|the audit)\b)|(?<=\bmy )affairs (?:tidy|straight|sorted)",
        r"(?:gave|give|giving|given) (?:away )?(?:my|all my) (?!old\b|spare\b|broken\b)\w+(?: and (?:all )?my \w+)? to (?:my|the) (?:little |younger |older |baby )?(?:cousin|nephew|niece|brother|sister|friend|neighbou?r|son|daughter|mate|best mate|grandson|granddaughter)(?= *(?:$|[.,]|today|tonight|yesterday|this))",
        # Piece 4: passwords written down and left for someone, pets found homes.
        r"(?:wrote|written|writing|jotted|put) (?:all )?(?:my |the )?(?:passwords|pin numbers|pins|logins|log ins|bank details|account details) down",
        r"(?:left|put) (?:them|it|the (?:passwords|pins|pin numbers|details|letters?|notes?|cards?|envelopes?)|my (?:passwords|pins|pin numbers|will|letters?|notes?)) (?:on|in|under|by) (?:the|my) \w+(?= for (?:my|the) (?:partner|wife|husband|kids|children|family|mum|mom|dad|son|daughter|sister|brother|parents|boyfriend|girlfriend)\b)",
        r"(?:found|finding|find) (?:new |good |loving )?homes for (?:the|my|all my)",
        # Piece 3: the last words and acts in other words.
        r"(?:deleted|deleting|delete) (?:all (?:of )?)?my (?:socials|social media|accounts?|facebook|instagram|photos|journals?|diar(?:y|ies))(?! (?:app|for a (?:bit|while|week|month)|until|till|during)\b)",
        r"(?:wrote|written|writing|finished|finishing) the (?:note|letter)(?= *(?:$|[.,]| that| for| to))"
        + NOT_TO_FAMILY,
        r"(?:thank you|thanks) (?:all )?for (?:all of it|all of this|all of you)(?= *(?:$|[.,]))",
        r"(?:helped|saved|supported|carried|kept) me (?:going )?more than (?:you|anyone) (?:will ever |could ever |ever |could |will )?know",
        r"apologi[sz](?:ing|ed|e) (?:to (?:\w+ ){1,2})?for everything|(?:(?<=\bits )|(?<=\bis ))(?:nobodys|noones) fault",
        r"(?:set up|scheduled|queued|timed) (?:\w+ ){0,2}?(?:emails?|messages?|texts?|posts?|letters?) (?:to (?:send|go out|go)|for)",
        # Debts and affairs settled, things put in order.
        r"(?:(?<=\bputting )|(?<=\bput )|(?<=\bgetting )|(?<=\bgot )|(?<=\bsetting )|(?<=\bset )|(?<=\bputting my )|(?<=\bput my )|(?<=\bgetting my )|(?<=\bgot my )|(?<=\bsetting my )|(?<=\bset my )|(?<=\bput all my )|(?<=\bputting all my ))(?:things|everything|affairs|stuff|house|life) in order(?! (?:for|before) (?:the|my|our) (?:move|trip|holiday|surgery|operation|op|inspection|audit|visit|new)\b)",
        r"(?:paying|pay|paid) (?:off|back) (?:the |my |all my |all the |the last of (?:my |the )?)?(?:little |last |small |old )?(?:debts|loans?|overdraft)",
        r"(?:paying|pay|paid) (?:off )?the last of (?:the|my) (?:\w+ )?(?:debts?|loans?|credit cards?|overdraft|card|rent|arrears)",
        r"(?:wrote|written|writing) (?:a few|a couple of|two|three|four|some short|some last) (?:letters|notes|cards)"
        + NOT_TO_FAMILY,
        r"(?:dont|do not|never) (?:let (?:them|anyone|people|him|her|my \w+) )?blame (?:my \w+|her|him|them|yourselves|yourself|anyone)(?= *(?:$|[.,]|for))",
        r"(?:paying|pay|paid) back (?:everyone|everybody|all the people|the people|every one) (?:i owe\w*|who lent)",
        r"(?:(?<=\bmy )|(?<=\bsuper )|(?<=\bpension )|(?<=\bthe )|(?<=\ba ))beneficiar(?:y|ies)(?! (?:of|for)\b)",
        _SOLD + r"(?! (?:and (?:bought|got|upgraded)|to (?:buy|pay for|fund|afford))\b)",
        r"bills (?:all )?paid(?= *(?:$|[.,]| up| off| ahead))|(?:notes?|letters?|cards?) (?:all )?(?:written|sealed|finished)(?= *(?:$|[.,]))",
        # Where the letters are, for when one is gone ("the letters are in the blue box").
        r"(?:(?<=\bmy )|(?<=\bthe ))(?:notes?|letters?|envelopes?|cards?|passwords|instructions) (?:are|is) (?:in|inside|under|behind) (?:the|my|a) (?!(?:post|mail|way|works)\b)\w+",
        # Things one will not need: the job, the flat ("i wont be needing the job").
        r"(?:wont|will not|not going to) (?:be )?need(?:ing)? (?:the|my) (?:job|flat|house|room|lease|tenancy|phone|account|car|clothes|stuff|things)(?= *(?:$|[.,]|anymore|after|where))",
        # Leaving the forum and the people in it for good.
        r"log(?:ged)? off (?:for good|forever|permanently)(?! (?:from|on|of) "
        + _SITES
        + r"\b)|logging off (?:forever|permanently)(?! (?:from|on|of) "
        + _SITES
        + r"\b)",
        r"(?:(?<=\bbeen )|(?<=\bwas )|(?<=\bso )|(?<=\breally ))(?:good|nice|great|lovely|an honou?r|a pleasure|a privilege) knowing (?:you|everyone|all of you|yall|you all|you lot|you guys|u)(?= *(?:$|[.,]| all| lot| guys| here| everyone))",
        r"(?:(?<=\bif i )|(?<=\bif i ever ))(?:stop|quit) (?:posting|replying|answering|logging on|logging in|coming on here|showing up)(?= *(?:$|[.,]|for good|anymore|can|could|will|would|please|pls|someone|somebody))",
        r"(?:left|given|gave|leaving) (?:a|my|the) (?:spare )?key (?:with|to) (?:the |my )?\w+(?: door)?(?= *(?:$|[.,]))",
        r"(?:thank you|thanks) (?:all |everyone )?for (?:the|all the|your) (?:support|kindness|friendship|company)(?= *(?:$|[.,]| over| these| this| all| you| everyone))",
        r"(?:dont|do not) (?:reply|respond|answer)(?= *(?:$|[.,]))",
        # Seeing everyone one loves one last time.
        r"(?:visiting|visited|seeing|saw|ringing|rang|calling|called|phoning|phoned) (?:everyone|everybody|all the people|the people) i (?:love|care about)(?= (?:one last time|for the last time|to say goodbye)\b)",
        r"(?:looked after|taken care of|provided for|covered) financially",
        r"(?:want|wanted|would like|id like) my \w+ to have (?:my|all my)(?! (?:\w+ ){0,3}(?:one day|someday|some day|when (?:shes|hes|theyre) (?:older|18|21|grown))\b)",
    ),
    "final": _words(
        r"so (?:nobody|no one|noone|the kids|my \w+|they) (?:dont |doesnt |wont |never )?(?:has|have|is left|gets left|will have|are left|ends up|end up)(?: with)? (?:a|the|any) mess",
        r"everything(?:s| is)? (?:now |all )?(?:squared away|in order|taken care of)|everythings (?:now |all )?(?:sorted|arranged)(?= *(?:$|[.,]| now))",
        r"(?:if|when) (?:youre|you are|anyone is|someone is|somebody is) reading this(?= (?:after|when|once|it means|then)\b)",
        r"(?:so|where|and) (?:someone|somebody|they|people|my \w+|the \w+) (?:finds|sees|reads|gets|will see|will read) (?:it|them)(?= *(?:$|[.,]|after|when|later))",
    ),
    "recipient": r"(?:for|to) (?:both|each|all) (?:of )?(?:my|the) (?:kids|children|sons|daughters|boys|girls|parents|grandchildren|grandkids)",
    "denied": r"(?:^|(?<=[.,] ))(?:but )?(?:its|thats|it is|that is) not(?= *(?:$|[.,]))",
    "absent": r"(?:wont|will not|not going to|shant) be (?:a )?(?:problem|burden|bother|trouble|worry) (?:for|to) (?:anybody|anyone|everyone|you all)(?: else)?|(?:shant|wont|will not|shall not) (?:need to |have to )?(?:trouble|bother|burden) (?:anyone|anybody|you|you all|everyone)(?: else)?(?= *(?:$|[.,]|again|anymore|after))|(?:i wont|i will not|im not going to|i am not going to) be there(?= *(?:$|[.,]|anyway))",
    "secret": _words(
        r"(?:dont|do not|never) ask (?:me )?why(?= *(?:$|[.,]))",
        r"(?:doesnt|dont|does not|do not|didnt|did not) know the (?:real |actual |true )?reason(?= *(?:$|[.,]|why))",
        r"(?:they|she|he) (?:dont|do not|doesnt|does not) know (?:it was|its|this was|this is) the last(?= (?:time|one|visit|call)\b)",
        # plans11: others puzzled by the giving ("people keep asking why im being so generous")
        r"(?:people|everyone|everybody|they|she|he|my \w+) (?:keep|keeps|kept) asking (?:me )?why(?= (?:im|i am|i|ive)\b)",
    ),
    "wish": r"give anything(?= (?:for|to)\b)|(?:ask|asking|beg|begging|plead|pleading|pray|praying)(?= (?:not|never) to\b)|(?:id|i would|would|i d) (?:just |really |honestly |so )?welcome(?= (?:it|death|the end|that)\b)|(?:ask|asking|beg|begging|plead|pleading) (?:god |the universe |every night |each night )?(?:to|for)(?= (?:not|never|it|me|death|the end)\b)"
    r"|(?:ask|asking|beg|begging|plead|pleading) (?:god|the universe|jesus|the lord)(?= (?:not|never|to)\b)",
    "ending": r"(?<=\bfor my )life to (?:just )?(?:quietly |finally |peacefully |simply )?(?:end|be over|stop)(?= *(?:$|[.,]))|(?:(?<=\bask )|(?<=\bbeg )|(?<=\bpray )|(?<=\basking )|(?<=\bbegging )|(?<=\bpraying )|(?<=\bplead ))not to (?:wake up|open my eyes)(?= *(?:$|[.,]|again|ever again|tomorrow|in the morning))|(?:(?:(?<=\bif it all )|(?<=\bif it all just )|(?<=\bif everything )|(?<=\bif everything just )|(?<=\bif my life )|(?<=\bif my life just )|(?<=\bif life )|(?<=\bif life just )|(?<=\bif the whole thing )|(?<=\bif the whole thing just )|(?<=\bif all of it )|(?<=\bif all of it just ))(?:stopped|ended)|(?:(?<=\bit all )|(?<=\bit all just )|(?<=\beverything )|(?<=\beverything just )|(?<=\bmy life )|(?<=\bmy life just )|(?<=\bwhole thing )|(?<=\bwhole thing just )|(?<=\ball of it )|(?<=\ball of it just ))(?:stops|ends)) (?:for good|forever|permanently)",
}
