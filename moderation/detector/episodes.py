"""Whose words and when: a past episode that is over, someone else acting or reported speech.

The vocabularies grading._discard reads to drop a match that is long ago ("in 2019", "looking back",
"there was a time"), said to be over ("those days are long over", "its been two years since"), in
the past tense, or someone else's ("our son", "my flatmate", "a patient on my ward"), and the
functions that read them: is_someone_else (who acts in a clause), dated_elsewhere, used_to, when_i_was.
"""

from __future__ import annotations

import re

from moderation.detector import patterns as p
from moderation.detector.episodes_old import counted_since, old_words  # noqa: F401 (grading reads them as ep.*)

DISTANT_PAST = re.compile(
    r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several|few|couple of) (?:years?|yrs"
    r"?|decades?|months?|winters?|summers?|springs?|autumns?|christmases) (?:ago|back|before|later)|(?:years|d"
    r"ecades) (?:ago|before|earlier)|used to|back (?:in(?! (?:the )?(?:hospital|a and e|a e|icu|rehab|ward|psych))"
    r"(?! *(?:$|[.,]|and\b|again\b|tonight\b))|when|then)"  # "creeping back in , and": returning, not the past
    r"|when i was (?:a |\d+|younger|young|in |at |on the |little|small|teen|ki"
    r"d|child|student)|as a (?:teen|teenager|kid|child|student)|in (?:19|20)\d\d|in my (?:teens|twenties|20s|t"
    r"hirties|30s)|in the past|(?<!not )(?<!not that )(?<!not so )long ago|"
    r"in my worst (?:month|months|week|weeks|year|days|time|patch)|in (?:the"
    r" |my )?acute(?: phase| stage)?|(?:through|during|throughout) (?:most of |all of )?my (?:teens|twenties|2"
    r"0s|thirties|30s|childhood)|(?:\d+|a|an|one|two|three|four|five|six|ten) (?:weeks?|months?|years?) "
    r"since (?:i (?:last )?|(?:the|my) (?=(?:\w+ ){0,2}?(?:overdose|attempt)))|\d\d+ days? "
    r"since (?:i (?:last )?|(?:the|my) (?=(?:\w+ ){0,2}?(?:overdose|attempt)))|"
    r"when i (?:first )?(?:joined|came here|started posting)|remember when|years back|at my worst|at the time|"
    r"there was a (?:winter|summer|year|time|month) when|before i (?:got|found|started)|i (?:still )?remember|"
    r"i once|year (?:one|two|1|2)|(?:my )?first year|last (?:spring|summer|autumn|fall|winter)|(?:19|20)\d\d|"
    r"at \d+ (?:months|weeks) off|(?:at|in|around|during"
    r"|from) month (?:\d+|one|two|three|four|five|six|eight|ten)|at (?:the|my) worst(?: point)?|looking back|t"
    r"here (?:was|were) (?:a time|times|a period)|since the (?:night|day|time)|(?:from|during|in) about month "
    r"\d+|during (?:the |my )?acute|through (?:most of |all of )?month (?:\d+|one|two|three|four|five|six)|"
    r"throwback to|"
    r"in the (?:(?:19|20)?\d0s|seventies|eighties|nineties|noughties)|"
    r"in my (?!(?:last|final|remaining|next|dying|few|own)\b)(?:[a-z]+ ){1,2}days|"
    r"(?<!im )(?<!am )(?<!still )(?<!are )(?:in|at|through) the worst of it|"
    r"(?:the|that) (?:winter|summer|spring|autumn|year) i (?:came off|quit|stopped|tapered|was)|"
    r"(?:^|(?<=[.,] ))once(?= (?:stood|sat|walked|drove|tried|took|wrote|had|was|went|got|thought|planned|climbed)\b)|"
    # round twelve (quiet12): "ages ago", "a long time ago", "a lifetime ago", "this time last year"
    r"ages (?:ago|back)|a lifetime ago|(?:most|all|much) of my (?:teens|twenties|20s|thirties|30s|childhood)|"
    r"(?<!not )(?<!not a )(?<!not so )(?<!not that )(?:a )?(?:long|long long) (?:time|while) ago|"
    r"(?:this time|around this time|at this time|this week|this day|this month|today) (?:last year|(?:\w+ )?years? ago)"
    r")\b"
)

RESOLVED = re.compile(
    r"\b(?:(?:im|i am|feeling|feel) (?:doing )?(?:so much |much |a lot |way )?(?:well|better|ok|okay|fine|safe"
    r"|good|happy|grateful|stable)(?: now)?(?!(?: \w+)? [.,] (?:im not|i am not|not|thats a lie|i lied)\b)|doi"
    r"ng (?:much |so much |really )?(?:better|well|ok|okay|great)|in a (?:much |far )?better place|clean for|("
    r"?:years|months|days) (?:clean|free)|(?<!never )(?<!didnt )(?<!not )recovered|(?<!hadnt )(?<!never )(?<!n"
    r"ot )survived(?! *(?:$|[.,])| (?:an?|my|the) (?:\w+ )?(?:attempt|overdose)\b)"  # "survived an attempt": the act
    # round thirteen (mind13): a day or an event got through on a dose is taper talk, not an episode over
    r"|got through(?! (?:it|(?:the|my|her|his|their|our|mums|dads) (?:\w+ )?(?:day|night|party|meal|wedding|funeral|"
    r"birthday|service|visit|shift|dinner|evening|weekend|christmas|\d+th)) on (?:\d+ ?(?:mg|mcg|ml)|(?:my|the|a|half"
    r"|half a) (?:\w+ )?(?:dose|hold|taper|tablet|pill)))"
    r"|came through|glad (?:i|im) (?:still )?(?:here|alive|didnt)|than"
    r"kfully|(?:it|that|they) (?:has |have )?passed|(?:went|go) away|faded|lifted|no longer (?:feel|have|think"
    r"|want)|life is good|im ok now|proud of|"
    r"(?:are|is|were) (?:all |long |completely |totally |just |simply )?(?:gone|over)(?: now)?|(?:has|have"
    r") been (?:mostly |pretty |really )?(?:good|better|ok|okay|great|fine)|ripped (?:them|it) up|threw (?:the"
    r"m|it) away|planted|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) years? off|"
    r"year (?:two|three|four|five|\d+) off|benzo free|it passes|so (?:thankful|grateful)|(?:thankful|grateful) (?"
    r":i|im|that)|now i (?:run|help|volunteer|work|support)|what helped (?:me )?was|(?:counsellor|counselor|th"
    r"erapist|gp|doctor) helped me|"
    # round eleven (guards11): a past told from a better place, "it ended", "it was temporary", "thriving now"
    r"(?:it|that|this|they|those|all that|the \w+) (?:genuinely |really |finally |eventually |actually |honestly )?"
    r"(?:ended|(?:was|were|is|are) (?:only |just )?temporary)|(?:im|i am|and|now) (?:\w+ )?thriving|"
    r"loving (?:my )?life|success story|(?:a |another )?(?:different|new) person now|"
    r"(?:therapy|counselling|counseling|time|meds|medication|dbt|cbt|support) (?:and \w+ )?"
    r"helped(?! (?:me )?(?:plan|get))|"
    r"(?:its|it has) (?:now )?been (?:over )?\w+ (?:years?|months) since|"
    r"(?:havent|have not|hasnt|not) (?:had|felt|done|thought|wanted)(?! this| so| like this| that (?:bad|low))"
    r"(?: \w+){0,4}? (?:in|for) (?:over |more than |nearly |almost |about |well over )?"
    r"(?:a|one|two|three|four|five|six|\d+|many|several) (?:years?|months)|"
    r"(?:its|it has|thats|that has) (?:long )?been over|tore (?:them|it) up|"
    r"(?:they|it|that|all that|the urges?|the thoughts|those thoughts) (?:finally |all |eventually |just )?"
    r"(?:stopped|ended|eased|subsided)"
    r"(?! (?:me|him|her|us|them|\w+ing)\b)|(?:brain|body|nervous system) (?:really )?(?:does |did )?"
    r"heal(?:s|ed)?|"
    # round twelve (quiet12): "im in a good place", "still here , still kicking", "alive and well"
    r"(?<!not )(?<!never )(?<!wasnt )(?<!isnt )in a (?:really |much |far |very )?(?:good|great|healthy|healthier|safe"
    r"|safer|happy|happier|stable|steady) place(?! to)|still (?:kicking|standing)|alive and (?:kicking|well)|"
    r"(?<!used to )(?<!didnt )(?<!dont )(?<!not )(?<!never )love my life(?! (?:but|until|till))|"
    r"glad i (?:stayed|held on|hung on)|"
    # round thirteen (quiet13): "off 3 years now", "clear of it 2 years", "havent cut since 2021", "a different life"
    r"off (?:for |since )?(?:(?:about |over |nearly )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten) years|"
    r"(?:19|20)\d\d)|(?:clean|clear|free) of (?:it|that|them)(?: for)? (?:about |over |nearly )?(?:\d+|a|one|two|three|"
    r"four|five|six|seven|eight|nine|ten) (?:years?|months)|(?:havent|have not|hasnt|not) (?:had|felt|done|thought|"
    r"wanted|cut|harmed|selfharmed|self harmed|hurt)(?: \w+){0,4}? since (?:early |late |mid )?(?:19|20)\d\d|"
    r"(?:a )?different life now|none of (?:that|it|those) (?:now|anymore)|(?:its|it has|this one has|this time has) "
    r"been (?:so |much |far |a lot )*(?:gentler|easier|kinder|calmer|smoother)|"
    r"proof (?:it|the feeling|that it) (?:ends|passes))\b"
)

PAST_WORDS = re.compile(
    r"\b(?:(?:made|drove|pushed) me|"
    r"was|were|had|felt|used|got|became|did|didnt|went|wanted|tried|attempted|thought|considered|planned|"
    r"took|wrote|overdosed|burned|burnt|harmed|selfharmed|relapsed|ended|survived|hung|jumped|cut|hurt|stood|s"
    r"at|walked|started|found|gave|kept|hid|hoarded|stashed|stockpiled|swallowed|bought|googled|researched|"
    r"searched|climbed|drove|tied|spent)\b"
)

REPORTED = re.compile(
    r"\b(?<!\blike )(?<!\bas )"  # "like she said , im ending it": a comparison, not her words
    r"(?:he|she|they|someone|somebody|my (?:friend|brother|sister|mum|mom|mother|dad|father|son|daughter|wif"
    r"e|husband|partner|cousin|neighbour|neighbor|colleague|ex|bf|gf|boyfriend|girlfriend|mate|bestie|bff|roomie|"
    r"grandmother|grandma|granny|grandfather|grandad|grandpa|nan|gran|aunt|uncle)|"
    r"a (?:friend|member|man|woman|girl|boy|guy|person)"
    r"|(?:the|an|this|that) (?:\w+ )?(?:article|news|study|paper|report|book|novel|film|movie|show|documentary|"
    r"character|post|leaflet|insert|label|packet|box|warning|tiktok|video|reel|trend|meme)|"
    r"(?:the |this |that |a )?(?:user|poster|op)|^(?:mum|mom|mam|dad|nan|gran))\b(?: [a-z0-9]+){0,5}? "
    r"(?:said|says|told|tells|wrote|writes|posted|posts|texted|messaged|mentioned|admitted|keeps saying|kept sayi"
    r"ng|asked|described|talks about|talked about|used to say|would say)\b|\b(?:your|his|her|their"
    r"|someones|that|this|read|reading|see|seeing) (?:post|thread|message|comment|reply|question)s?(?: \w+){0,"
    r"4}? (?:about|on|re)\b|\b(?:old|older|earlier) (?:journals?|diar(?:y|ies)|notebooks?|notes|posts|messages|entri"
    r"es|letters|pages)(?: \w+){0,3}? (?:is|are|was|were) (?:full of|filled with)\b"  # "my old journal is full of"
    # "our lodger keeps saying", "twin sister keeps telling the family": someone else's words
    r"|(?:\b(?:my|our|his|her|their|the) |^)(?!(?:brain|mind|head|voice|gut|heart|body|thoughts?|inner|it|this)\b)"
    r"(?:\w+ )?\w+ (?:keeps|kept) (?:saying|telling (?:everyone|people|us|the family|my family|everybody))\b"
    # "flagging a dm from a new account that said id be better off dead": a message reported (round thirteen, surf13)
    r"|\b(?:a|the|an|this|that) (?:\w+ )?(?:dm|pm|message|comment|reply|email|text)(?: [a-z0-9]+){0,7}?"
    r" (?:that|which|who) (?:said|says|told|tells|wrote|writes|called)\b"
    # "my post from march where i said": the writer's own old words
    r"|\bmy (?:(?:old|earlier|first) (?:post|thread|message)|(?:post|thread|message) from (?!today|tonight)\w+)"
    r"(?: \w+){0,2}? (?:where|when|in which) (?:i )?(?:said|wrote|posted)\b"
)

THIRD_SUBJECT = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|someone|somebody|people|who|you|youre|youve|youd|your|anyone|anybody|wh"
    r"oever|anyones|someones|(?:past|younger|old) me|(?:my|his|her|their|our) (?:\w+ )?(?:flatmate|housemate|r"
    r"oommate|friend|brother|sister|mum|mom|mother|dad|father|son|daughter|wife|husband|partner|cousin|neighbo"
    r"ur|neighbor|colleague|aunt|uncle|grandma|grandad|"
    r"ex|bf|gf|boyfriend|girlfriend|mate|bestie|bff|roomie|fiance|fiancee|stepmum|stepdad|nan|gran)s?|"
    r"(?:a|the|this|that|an) (?:(?:old|young|main) )?(?:fr"
    r"iend|member|man|woman|lady|patient|soldier|girl|boy|guy|person|teen|teenager|character|article|study|"
    r"detective|inspector|cop|officer|killer|victim|murderer|suspect|new"
    r"s|mum|mom|dad|hero|heroine|protagonist|narrator|villain|lead)s?|^(?:flatmate|roommate|housemate|husband|wife|partner|boyfriend|girlfriend|mum|mom|mam|dad|n"
    r"an|gran|neighbou?r|colleague|(?:twin )?(?:sister|brother)|cousin|aunt|uncle)|"
    r"(?:my|his|her|their|our|the) (?:\w+ )?(?:cat|dog|kitten|puppy|pup|budgie|parrot|rabbit|hamster|horse)s?|"
    r"(?:the|this|that) (?:user|poster|op))\b"
)

# "a patient on my ward", "the lady in the bed next to me": where someone is, not who acts.
BESIDE_ME = re.compile(
    r"\b(?<!walked in )(?<!walks in )(?<!came in )(?:on|in|at|from|next to|near|beside|opposite) (?:me|my \w+)\b"
)

# "... the platform . that was four years ago": the next sentence dates what this one told.
_DATED_NEXT = re.compile(
    r"(?:that|this|it|all that|all of that|that all) (?:was|happened) (?:all )?(?:(?:back )?(?:in )?(?:19|20)\d\d|"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|a couple of) (?:years?|decades?)"
    r" ago|years ago|a (?:long|lifetime) (?:time )?ago|long ago|in (?:another|a different) life)\b"
)
# "overdosed at 22 ... im 31 now": an age then and an older age now.
_AGE_THEN = re.compile(r"\b(?:at|aged|age) (1\d|2\d|3\d|4\d)\b")
_AGE_NOW = re.compile(r"\b(?:im|i am)(?: now)? (1\d|2\d|3\d|4\d|5\d|6\d|7\d)(?= now\b| years old\b| and\b| ,)")
# "i used to think about killing myself": a habit that ended, unless now, again or still is beside it.
_USED_TO_THEN = re.compile(r"\b(?<!getting )(?<!get )(?<!got )(?<!im )(?<!am )(?<!be )(?<!was )(?<!grown )used to\b"
                           r"(?!.*\b(?:now|but|again|still|lately|these days|today|tonight)\b)")
_NOW_AFTER = re.compile(r"\b(?:now|again|still|lately|these days|today|tonight|anymore|at the moment)\b")


def dated_elsewhere(text: str, sentence: tuple[int, int]) -> bool:
    """The next sentence says when it was ("that was 2016"), or an age then and an older age now."""
    if _DATED_NEXT.match(text, sentence[1] + 2):
        return True
    then = _AGE_THEN.search(text, *sentence)
    now = then and _AGE_NOW.search(text)
    return bool(now) and int(now.group(1)) > int(then.group(1))


def used_to(clause: str, words: str) -> bool:
    """The clause says "used to" before the words, and nothing after "used to" says now or again."""
    at = clause.find(words)
    return at > 0 and bool(_USED_TO_THEN.search(clause[:at])) and not _NOW_AFTER.search(clause, at + len(words))


# "when i felt everyone would be better off without me , my counsellor helped": a past time clause.
_WHEN_I_WAS = re.compile(r"\b(?:back )?when i (?:felt|was|had|thought|believed|wanted|got)\b")


def when_i_was(clause: str, words: str) -> bool:
    """The clause opens a past time ("when i felt ...") before the words."""
    at = clause.find(words)
    return at > 0 and bool(_WHEN_I_WAS.search(clause, 0, at))


# Round twelve (quiet12): "i was asking how many pills it would take", "i spent 2018 wishing": the writer's
# own verb, the last one before the words, is in the past (a combination's filler holds only three words).
_I_VERB = re.compile(r"\b(?:i|we) (?:(?:just|really|even|actually|also|only|then|once|literally) )?(\w+)")
_PAST_GERUND = re.compile(r"\b(?:spent|was|were|kept|lay|sat|went|lost|wasted)\b(?: \w+){0,5} (?:wishing|wished)\b")


def past_voice(clause: str, words: str) -> bool:
    """when_i_was, or the last "i" before the words in the clause has a verb in the past."""
    at = clause.find(words)
    if at <= 0 or when_i_was(clause, words) or wished_then(clause[:at]):
        return at > 0
    verbs = _I_VERB.findall(clause, 0, at)
    return bool(verbs) and bool(PAST_WORDS.fullmatch(verbs[-1]) or verbs[-1] == "spent")


def wished_then(clause: str) -> bool:
    """The wish is a gerund a past verb governs ("spent most of 2018 wishing"), not a wish now."""
    return "wish" in clause and bool(_PAST_GERUND.search(clause))


# Who acts: "my dads old gun", "the cats food" name whose it is; "asked my brother to be executor" who was asked.
_POSSESSIVE = re.compile(
    r"(?:my|our|the) \w+s (?!(?:is|was|has|had|keeps|kept|wants?|said|says|tried|told|thinks|thought|took|will|would|"
    r"cant|doesnt|didnt|gets|got|been|are|were|feels?|say|do|dont|just|always|never|also|"
    r"on|in|at|off|out|back|home|still|now|not|going|getting|doing|gone)\b)"  # "my dads on the ward": dad is
)
# "rang my brother to say bye": the one rung, hugged or visited is not who acts (round fourteen, side14)
_ASKED_SOMEONE = re.compile(
    r"\b(?:asked|ask|asking|told|tell|got|let|begged|want|wanted|rang|rung|phoned|called|texted|visited|hugged) $"
)
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|ill|me|myself|my)\b")


def _owns(before: str, subject: re.Match) -> bool:
    """"my dads" in "my dads old gun" names whose it is; "my wifes friend" is still a person acting."""
    owner = _POSSESSIVE.match(before, subject.start())
    return bool(owner) and owner.end() >= subject.end()


# "my sister will get the insurance money when im gone": the other person receives, the writer is the one leaving.
_RECEIVES = re.compile(r"(?:get|gets|have|inherit|inherits) (?:the|my|all|everything|what)\b")


def receives_from_me(matched: str, after: str) -> bool:
    """The words are someone's receiving, and the rest of the clause names the writer ("when im gone")."""
    return bool(_RECEIVES.match(matched)) and bool(_FIRST_PERSON.search(after))


def is_someone_else(before: str, matched: str) -> bool:
    """The clause so far names another person as its subject and no "i" or "me" follows.

    "my dads old gun", "my mums oxy": a possessive names whose it was, not who acts.
    """
    subjects = [
        m for m in THIRD_SUBJECT.finditer(before)
        if not _owns(before, m) and not p.aside(before, m.start()) and not _ASKED_SOMEONE.search(before, 0, m.start())
    ]
    after = p.WATCHING.sub("", before[subjects[-1].end() :].rstrip() + " " + matched) if subjects else ""
    after = BESIDE_ME.sub("", after)  # "a patient on my ward", "the lady in the bed next to me"
    return bool(subjects) and not _FIRST_PERSON.search(after.replace("kill myself", "kill"))  # "he wanted to kms"


# "suicidal thoughts getting louder in month 8": a stage of withdrawal is a time the writer may be in
# now; with a verb in the present and none in the past it dates nothing ("at month 8 i was" still does).
_STAGE = re.compile(
    r"\b(?:(?:at|in|around|during|from)(?: about)? month \w+|at \d+ (?:months|weeks) off|year (?:one|two|1|2)|"
    r"first year)\b"
)
_PRESENT = re.compile(r"\b(?:im|i am|am|is|are|getting|gets|keeps?|keeping|growing|cant|wont|now)\b")


def stage_now(clause: str) -> bool:
    """Every long-ago word of the clause is a stage of withdrawal, and its verb is in the present."""
    if not _PRESENT.search(clause) or PAST_WORDS.search(clause):
        return False
    return all(_STAGE.fullmatch(found.group(0)) for found in DISTANT_PAST.finditer(clause))


# "if my wife leaves like she said she would , thats it for me": a comparison with what someone said,
# not their words reported. "my son , 24 , said id be better off dead": the saying after an aside.
_AS_SAID = re.compile(r"\b(?:like|as) (?:\w+ ){1,2}(?:said|says|told \w+|mentioned)$")
_SAYING_FIRST = re.compile(
    r"(?:said|says|told (?:me|us|everyone)|wrote|texted|messaged|posted|announced|keeps saying|kept saying)\b"
)

# "he kept saying , im a burden , youd be better off": a quote that runs on past one short clause (round thirteen).
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|used to say|would say|wrote|writes|(?<!\bi )(?:kept|keeps) saying)"
    r"(?: , (?:[a-z]+ ){1,4}?[a-z]+)? *,? *$"
)

# "mum said suicide is selfish and i still want to kill myself": a clause of the writer's own after
# someone's words ends what was reported (round ten, guards10).
_OWN_CLAUSE = re.compile(r"\b(?:and|but|so|yet|because|cos|though) (?=(?:i|im|ive|id|ill)\b)")


def own_clause(text: str, c_start: int, start: int) -> str:
    """The clause up to start, from after its last "and i", "but i", "so i": the writer's own clause."""
    ends = [found.end() for found in _OWN_CLAUSE.finditer(text, c_start, start + 4) if found.end() <= start]
    return text[ends[-1] if ends else c_start : start]


def reported(in_clause: str, before: str = "") -> bool:
    """The clause up to the words reports someone else's (REPORTED, not "like she said"), or opens
    with the verb of saying whose subject is before an aside in the sentence (before: that part)."""
    if any(not _AS_SAID.search(in_clause, 0, found.end()) for found in REPORTED.finditer(in_clause)):
        return True
    verb = _SAYING_FIRST.match(in_clause.lstrip())
    if verb and before:
        return bool(REPORTED.search(" ".join(before.replace(",", " ").split() + [verb.group(0)])))
    # "my mum used to say , ill be dead before ...": the sentence opens with someone's verb of saying
    said = _SAID_BEFORE.search(before)
    return bool(said) and any(found.end() > said.start() for found in REPORTED.finditer(before))


# "last year i wanted to kill myself every day . now im off two years , working": a present told as
# well after a past that was habitual ("every day" then is no recency now).
_HABIT = re.compile(r"\b(?:every (?:single )?(?:day|night|morning)|constantly|daily)\b")
_CONTRAST = re.compile(r"(?:but |and )?(?:now|today|these days|nowadays)\b")
_CONTRAST_BAD = re.compile(
    r"\b(?:again|back|worse|still|but|cant|want|wanting|thinking|struggl\w*|hard|bad|scared|alone|hospital|ward|"
    r"ready|done|gone|sorry|goodbye|over)\b"
)
_CONTRAST_GOOD = re.compile(
    r"\b(?:happy|thriving|laughed|cooking|gardening|volunteer\w*|enjoying|loving|healthy|glad|grateful|thankful|"
    r"proud|small problems|off (?:\w+ ){0,2}(?:years?|months?)|(?:years?|months?) (?:off|free|clean)|"
    r"(?:work|working|studying|driving|sleeping|running|walking|laughing|cooking|singing)(?: \w+)? again)\b"
)
# "i work again", "sleeping again": a life come back, not the trouble (its "again" is no relapse).
_GOOD_AGAIN = re.compile(
    r"\b(?:work|working|studying|driving|drive|sleeping|sleep|running|walking|laughing|laugh|cooking|singing|reading)"
    r"(?: \w+)? again\b"
)
_THEN = re.compile(r"\b(?:last year|every (?:single )?(?:day|night|morning)|constantly|daily)\b")


def habit_only(clause: str, recent) -> bool:
    """The clause's only word of recency is a habit ("every day"), which a past verb puts in the past."""
    return bool(_HABIT.search(clause)) and not recent.search(_HABIT.sub("", clause))


def now_contrast(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence says last year or every day, and the next opens with now or today and tells a well
    present ("now im off two years , working")."""
    if not text.startswith(" . ", sentence[1] - 1) or not _THEN.search(text, *sentence):
        return False
    start = sentence[1] + 2
    end = text.find(" . ", start) % (len(text) + 1)
    if not _CONTRAST.match(text, start, end):
        return False
    told = text[start:end]
    if _CONTRAST_BAD.search(_GOOD_AGAIN.sub(" ", told) if "again" in told else told):
        return False
    return bool(_CONTRAST_GOOD.search(told))


def past_fragment(text: str, sentence_start: int, clause: str) -> bool:
    """A clause of a few words with no verb and no "i" ("suicidal thoughts daily") after a sentence in the
    past tense: it is told in it; or after a clause of its sentence told long ago in the past ("i overdosed
    years ago , long before benzos": round twelve)."""
    if clause.count(" ") > 4 or _PRESENT.search(clause) or PAST_WORDS.search(clause):
        return False
    if _FIRST_PERSON.search(clause):
        return False
    at = text.find(clause, sentence_start)
    if at > sentence_start + 2 and PAST_WORDS.search(text, sentence_start, at):
        return True  # "during the taper i selfharmed for a while , cutting": told in the sentence's past (round 13)
    if at > sentence_start + 2 and DISTANT_PAST.search(text, sentence_start, at):
        return bool(PAST_WORDS.search(text, sentence_start, at))
    if sentence_start < 3:
        return False
    return bool(PAST_WORDS.search(text, text.rfind(" . ", 0, sentence_start - 3) + 1, sentence_start))
