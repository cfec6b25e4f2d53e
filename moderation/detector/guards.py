"""Guards that read a whole post: a support reply, a topic named, a question answered no.

Long posts hold crisis words that are not the writer's present risk: a reply to someone in
crisis ("i was where you are, wanting to die every day . please call samaritans"), a study or an
article named with its subject ("an article on withdrawal , suicidal thoughts and selfharm"), a
screening question answered no in the next sentence ("questions . thoughts of death , plans .
it was no to all of them"). grading._discard asks `not_the_writers_risk` for each match.
"""

from __future__ import annotations

import re
from functools import lru_cache

from moderation.detector.guards_told import told_otherwise

# A reply to someone else in crisis: it sends the reader to help.
_SUPPORT = re.compile(
    r"\b(?:samaritans|lifeline|988|116 123|helpline|crisis line|listening line|findahelpline|"
    r"emergency services|text shout|call 999|call 111|nhs 111|we want you here|you matter|hang in there|"
    r"(?:i was|ive been|i have been|been) (?:exactly |just )?where you are(?! now)|"
    r"please (?:stay|hold on|dont give up)|"
    r"please (?:\w+ ){0,2}(?:talk to|tell|call|ring|text|reach out to) "
    r"(?:someone|somebody|a friend|your|them|us|anyone))\b"
)
_READER = re.compile(r"\b(?:you|your|youre|youve|youll|youd|yourself)\b|^(?:i know (?:the|how|it|that|what))\b")
_WHERE_YOU_ARE = re.compile(r"\bwhere you are\b")
_FIRST = re.compile(r"\b(?:i|im|ive|id|ill|me|my|myself)\b")
_ACTOR = re.compile(r"\b(?:i|im|ive|id|ill|me|my)\b")  # "myself" ends "killing myself", not a new actor
_NOW = re.compile(r"\b(?:now|tonight|today|again|still|at the moment|currently|anymore|yesterday|last night|"
                  r"last week|this week|this morning)\b")
_PAST = re.compile(
    r"\b(?:was|were|had|felt|wanted|tried|thought|did|went|got|been|used to|too|decided|picked|stood|spent)\b"
)
# A study, an article or a programme and what it is about, with no "i" between: the subject named.
_TOPIC = re.compile(
    r"\b(?:articles?|headlines?|study|studies|paper|survey|research|report|documentary|episode|podcast|"
    r"programme|stories|respondents|participants|patients|people|section|chapter|paragraph|"
    r"trends?|memes?|leaflet|insert|label|news|lawsuit|inquest|case) "
    r"(?:on|about|into|linked to|mentioned|reported|described|said|with|listing|lists|listed)\b|"
    # round thirteen (quiet13): "it lists suicidal thoughts", "a worrying share reported suicidal thoughts"
    r"\b(?:it|they|which|leaflet|insert|label) (?:also )?(?:lists|listed|mentions|mentioned|warns (?:of|about))\b|"
    r"\b(?:share|proportion|percent|third|quarter|half|majority|minority|fifth|number) (?:of (?:\w+ ){0,2})?"
    r"(?:reported|said|described|mentioned|had)\b|"
    r"\b(?:some|many|most|others|a few|several) (?:of them |people )?(?:mentioned|reported|described|said|had|"
    r"talked about)\b|\b(?:linked to|associated with)\b|"
    # round twelve (quiet12): "a boxed warning about", "the risk of suicidal thoughts", "it asks about suicide attempts"
    r"\b(?:warnings?|questionnaires?|surveys?|polls?|quiz|forms?|guidance|guidelines) "
    r"(?:on|about|for|of|mentions?|lists?)\b|(?<!\bat )(?<!\bat a )(?<!\bat an )(?<!\bat the )(?<!\bat very )"
    r"\b(?:the|a|an|increased|higher|raised|added|greater|lower|reduced) risks? (?:of|for)\b|"
    r"\b(?:it|they|which|that|survey|questionnaire|form|quiz|poll|study|question|questions) (?:also |even )?"
    r"(?:asks?|asked|asking) (?:\w+ )?(?:about|if|whether)\b"
    # round thirteen (surf13): "would a thread on the warning be ok . it mentions overdose"
    r"|\b(?:it|they|which|that) (?:also |even |only )?(?:mentions?|mentioned|covers|lists?)\b"
)
_ASKED_NO = re.compile(
    r"\b(?:it was|answered|said|the answer was) no to (?:all|both|each|every|them)\b|^(?:im|i am) not$"
)
_ASKED = re.compile(r"\b(?:asked|asking|ask|asks|questions?|screening|assessment)\b")


_ADDRESS = re.compile(
    r"\b(?:please (?:\w+ ){0,3}?(?:call|ring|text|tell|talk|reach|stay|hold|go|let|dont|be)|if you(?:re|ve)?|"
    r"you (?:can|could|might|matter|are not alone|feel)|youre not alone|we want you|sending (?:support|love|hugs)|"
    r"if your (?:son|daughter|child|kid|teen|partner|husband|wife|friend|loved one|mum|mom|dad|brother|sister)|"
    r"(?:were|we are|im|i am) (?:here|there) for you|where you are)\b"
)


@lru_cache(maxsize=16)
def support_reply(text: str) -> bool:
    """The post sends its reader to help: a crisis line or "please talk to someone", said to "you"."""
    return "you" in text and bool(_SUPPORT.search(text)) and bool(_ADDRESS.search(text))


def _about_the_reader(text: str, s_start: int, s_end: int) -> bool:
    """In a support reply, a sentence about the reader, general, or the writer's own past."""
    sentence = _WHERE_YOU_ARE.sub("", text[s_start:s_end])  # "ive been where you are and im there again"
    if _READER.search(sentence) or not _FIRST.search(sentence):
        return True
    return bool(_PAST.search(sentence)) and not _NOW.search(sentence)


# "the survey asked about suicidal thoughts and honestly i have them": the writer owns what was named.
_OWNED_AFTER = re.compile(
    r"\b(?:i|im|ive) (?:\w+ )?(?:have|had|get|got|do|did|am|feel|felt|ticked|said yes|answered yes)\b"
)

# The next sentence begins with the writer gathering what was named: the topic is the writer's own.
_GATHERED_NEXT = re.compile(
    r"(?:i|ive|i have|im|i am|i) (?:just |already |now )?(?:counted|counting|saved|saving|collected|collecting|"
    r"stockpiled|stockpiling|hoarded|hoarding|hid|hidden|lined up|set aside|put aside)\b(?! down)"
)


def _topic(text: str, s_start: int, start: int, end: int, s_end: int) -> bool:
    """"an article on withdrawal , suicidal thoughts": a subject named, no "i" after the naming, and none
    owning it after the words in the sentence."""
    named = None
    for found in _TOPIC.finditer(text, s_start, end):
        named = found
    if not named or _ACTOR.search(text, named.end(), end) or _OWNED_AFTER.search(text, end, s_end):
        return False
    following = text.find(" . ", max(0, s_end - 1))  # "... warns about overdose . ive counted out 40 of them"
    return following == -1 or not _GATHERED_NEXT.match(text, following + 3)


def _answered_no_after(text: str, s_start: int, s_end: int) -> bool:
    """The question in this sentence or the one before, "it was no to all of them" / "im not" next."""
    before = text.rfind(" . ", 0, max(0, s_start - 3))
    next_start = text.find(" . ", max(0, s_end - 1))
    if next_start == -1:
        return False
    after = text.find(" . ", next_start + 3)
    following = text[next_start + 3 : after if after != -1 else len(text)].strip()
    return bool(_ASKED_NO.search(following)) and bool(_ASKED.search(text, before + 1, s_end))


# The wish, the urge or the part of the writer that would want it, denied before the words: "i dont
# have any wish to be dead", "no intention of giving up on life", "nothing in me wants to die".
_DENIED_BEFORE = re.compile(
    r"\b(?:(?:(?:dont|do not|didnt|never|wont)(?: once| ever| really)? (?:have|had|feel|felt|get|got)|"
    r"havent (?:got |had |felt )?|"
    r"(?:have|had|feel|felt|with|got|theres|there is|harbou?r|hold) (?:no|zero)|not)"
    r"(?: (?:any|a|an|one|a single|even a|the (?:slightest|least|smallest)))? (?:[a-z]+ )?"
    r"(?:wish|wishes|desire|intention|intentions|intent|urge|urges|plans?|thoughts?|inclination|interest)"
    r"(?: whatsoever| at all| anymore)? (?:to|of|in|about|for)(?: \w+)?"
    r"(?:(?: \w+){0,3} (?:or|nor))?|"  # "no thoughts of hurting myself or ending my life": the "or" denied too
    r"(?:nothing|no part|not (?:a|one) (?:single )?(?:part|bit|piece)|no bit|no piece|none) (?:in|of) me"
    r"(?: that| which| even| ever| really)*(?: \w+){0,2}) $"
)
# The words named, then denied: "self harm has never been something ive done", "suicide never crossed my mind".
_DENIED_AFTER = re.compile(
    r" (?:(?:(?:has|have|had|is|was|were) (?:never|not|no longer)|isnt|wasnt|hasnt|havent|werent|arent|never)"
    r"(?: ever| really| once| even)*(?: been)? (?:something|a thing|an option|on the table|on my radar|part of my|"
    r"for me|my thing|an issue|a problem)|(?:has |have )?(?:never|not) (?:once )?(?:crossed|entered) my mind|"
    # round fourteen (side14): "the long sleep isnt the answer" said to someone, unless "but" takes it back
    r"(?:isnt|is not|is never|was never|arent|are not) (?:the|an|any|a) (?:answer|solution|way out)"
    r"(?!(?: ,| \w+){0,6} but\b))\b"
)
# Round fourteen (side14): "i wonder about the long sleep , but id never act on it": the thought told, the act disowned.
_NEVER_ACTED = re.compile(
    r"(?: ,)? but (?:i |id |i would |ill |i will |i know i )?"
    r"(?:never|not|wont|would never|will never|wouldnt|could never)"
    r"(?: ever)? (?:act on (?:it|them|that)|do (?:it|that|anything)|go through with (?:it|that))\b"
    r"(?! (?:yet|again|tonight|today|now|this time|anymore)\b)"
)
# "suicidal . no .": a bare word put as a question and answered no in the next sentence.
_BARE_NO = re.compile(r"(?:no|nope|nah|never|not at all|not really|god no|absolutely not|no way|not even close)"
                      r"(?: , \w+)?(?: \.|$)(?! (?:well|but|actually|i mean|i lied|ok|okay|yes|maybe)\b)")


# Round twelve (long12): "the desire to die is a symptom , not truth": the feeling named in general as a
# symptom, in a sentence with no "i" (a support reply's line, not the writer's own).
_A_SYMPTOM = re.compile(
    r"(?: feelings?| thoughts?| urges?)? (?:is|are) (?:(?:just|only|simply|literally|purely) )?(?:a |the )?"
    r"(?:(?:withdrawal|benzo|brain|acute|common|known) )?(?:symptoms?|withdrawal talking|the benzos talking)\b"
)


def _named_as_symptom(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    named = text.startswith("the ", start) or text.startswith("the ", max(0, start - 4))
    return named and bool(_A_SYMPTOM.match(text, end)) and not _FIRST.search(text, *sentence)


# Round thirteen (quiet13): "i was worried id get suicidal", "the gp worried i might get suicidal": a fear of
# becoming it, unless it came true after ("and now i am"); "people keep assuming i must want to die . i dont .":
# others' belief in the sentence, denied by the next one.
_FEARED = re.compile(
    r"\b(?:worr\w*|afraid|scared|fear\w*|warned|terrified|expect\w*)(?: that)? (?:id|i would|i might|i may|ill|i will|"
    r"i could|i was going to|im going to) (?:get|become|go|turn|end up|start (?:feeling|being)) $"
)
_FEAR_CAME_TRUE = re.compile(r"\b(?:and now|now i|and i (?:am|did|do|have)|which i (?:am|did|have))\b")
_ASSUMED = re.compile(
    r"\b(?:people|everyone|everybody|they|he|she|my \w+|doctors?|friends|family|nurses?)(?: \w+){0,2} "
    r"(?:assum\w*|think|thinks|thought|ask|asks|asking|asked|worr(?:y|ies|ied))\b"
)
_DENIED_NEXT = re.compile(r"(?:no , )?(?:i dont|i do not|im not|i am not|i wasnt|i havent|nope|no)(?= *(?:$|\.|,))")


# Round thirteen (quiet13): a clause told long ago that also says tonight or today is not only the past
# ("two years since my last attempt and tonight i want to kill myself"); grading._over_and_done asks.
_TONIGHT = re.compile(r"\b(?:(?<!ago )tonight|(?<!ago )today|right now)\b")


_THEN_BEFORE = re.compile(r"\b(?:ago|since|years?|months?|(?:19|20)\d\d)\b")


def said_tonight(clause: str) -> bool:
    """Tonight, today or right now after the words that date the past ("reminded me today that ... ago" is not)."""
    now = _TONIGHT.search(clause)
    return bool(now) and bool(_THEN_BEFORE.search(clause, 0, now.start()))


def _feared(text: str, s_start: int, own: int, end: int, s_end: int) -> bool:
    """A fear of becoming it before the words (own: where they start after a rule's subject), not come true after."""
    comma = text.rfind(" , ", s_start, own)
    return bool(_FEARED.search(text, comma + 3 if comma != -1 else s_start, own)) and not _FEAR_CAME_TRUE.search(
        text, end, s_end
    )


# Round thirteen (quiet13): intrusive thoughts named typical of withdrawal, "just noise" or "the drug doing it" in
# their sentence or the next ("intrusive thoughts about death , my gp says its typical of withdrawal"), unless
# doubted after ("but", "not sure"); thoughts only, not a want or an act.
_CALLED_SYMPTOM = re.compile(
    r"\b(?:typical|common|normal|classic|part|a symptom) (?:of|for|in) (?:benzo |protracted )?(?:withdrawal|wd|the "
    r"taper|tapering|the benzos?|benzos?|the drugs?)\b|\b(?:theyre|they are|its|it is|thats) (?:just |only )?(?:noise|"
    r"the (?:drugs?|benzos?|withdrawal) (?:doing it|talking))\b"
)
_DOUBTED = re.compile(r"\b(?:but|though|except|not sure|dont (?:think|believe)|doubt)\b")


def _called_a_symptom(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    if "thought" not in text[start:end] and "intrusive" not in text[sentence[0] : start]:
        return False
    stop = text.find(" . ", sentence[1] + 2) % (len(text) + 1)
    named = _CALLED_SYMPTOM.search(text, end, stop)
    return bool(named) and not _DOUBTED.search(text, end, stop) and "not " not in text[named.start() - 5 : named.end()]


def _denied(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Denied before the words or after them in their clause, named as a symptom, or a bare word answered no."""
    comma = text.rfind(" , ", sentence[0], start)  # -1 + 3 would skip a post's first two letters
    clause = comma + 3 if comma != -1 else sentence[0]
    if _DENIED_BEFORE.search(text, clause, start) or _DENIED_AFTER.match(text, end):
        return True
    if _NEVER_ACTED.search(text, end, sentence[1]):
        return True
    if _named_as_symptom(text, sentence, start, end):
        return True
    bare = text[sentence[0] : sentence[1]].split()
    if 0 < len(bare) <= 4 and text.startswith(" , ", end) and _BARE_NO.match(text, end + 3):
        return True  # "grumpy , yes . suicidal , no" (round thirteen, quiet13)
    if _ASSUMED.search(text, sentence[0], start) and _DENIED_NEXT.match(text, sentence[1] + 2):
        return True
    return 0 < len(bare) <= 3 and bool(_BARE_NO.match(text, sentence[1] + 2))


# "her last post sounded bad": the words are someone else's thing (a possessive opens the clause).
_THEIRS = re.compile(r"(?:(?:\w+ ){0,3}(?:about|of|from|in|on|at|read|saw|seen|reading|seeing) )?(?:his|her|their) ")
_WRITING = re.compile(r"(?:\w+ ){0,2}?(?:posts?|messages?|notes?|letters?|texts?|status|words|threads?|comments?|"
                      r"goodbye)\b")
# "from wanting to die to running a 10k": where the writer came from, not where they are.
_FROM = re.compile(r"\b(?:from|went from|gone from|came from|come from)(?: (?!to\b)\w+){0,2}"
                   r"(?: (?:wanting|wishing|trying|planning|going) to)? $")
_TO_WELL = re.compile(r" to (?!(?:die|dying|death|end|ending|kill|killing|suicide|suicidal|overdos\w*|attempt\w*)\b)"
                      r"(?!(?:planning|doing|trying|thinking|wanting|needing) (?:it|how|when|about)\b)\w+")
_DEATH_WORDS = re.compile(r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|overdos\w*|end it|pills|tablets|rope)\b")
# "is it normal to feel like dying during a cut . asking for my partner": the question is someone else's.
_ASKING_FOR = re.compile(
    r"\basking for (?:my|our) (?:\w+ )?(?:partner|wife|husband|son|daughter|mum|mom|dad|brother|sister|teen|kid|"
    r"child|boyfriend|girlfriend|flatmate)\b"
)


def _someone_elses(text: str, s_start: int, start: int, end: int) -> bool:
    """A possessive opens the clause before the words; the words sit between "from" and "to" a well
    present; or the post asks for a named other and the sentence has no "i" before the words."""
    comma = text.rfind(" , ", s_start, start)
    clause = comma + 3 if comma != -1 else s_start
    theirs = "his " in text or "her " in text or "their " in text  # "their last post": "their" holds no "her "
    if theirs and _THEIRS.fullmatch(text, clause, start) and _WRITING.match(text, start):
        return True
    if _TO_WELL.match(text, end) and (_FROM.search(text, clause, start) or text.startswith("from ", start)):
        return not _DEATH_WORDS.search(text, end, text.find(" , ", end) % (len(text) + 1))
    return _asks_for_another(text) and not _FIRST.search(text, s_start, end)


@lru_cache(maxsize=16)
def _asks_for_another(text: str) -> bool:
    return "asking for" in text and bool(_ASKING_FOR.search(text))


# "my gp said the word suicide 4 times", "the counsellor brought up self harm": the word named as said,
# written or raised by someone, a mention, not the writer's use ("i said the word suicide" is the writer's;
# "the word overdose is stuck in my head" is the writer's own thought).
_MENTIONED = re.compile(
    r"(?<!\bi )(?<!\bive )(?<!\bi have )(?<!\bi had )\b(?:mentioned|mentions|mentioning|brought up|brings up|"
    r"bringing up|raised|said|says|saying|used|uses|using|wrote|writes|typed|printed)"
    r"(?: the (?:words?|phrase|term))? $"
)
_A_WORD = re.compile(r"(?:suicid|selfharm|self harm|overdos|death\b|dying\b)")


def _mentioned(text: str, s_start: int, own: int) -> bool:
    """A word of suicide, self-harm or death right after someone's verb of saying or raising it: a mention.
    The verb must have a subject before it ("said goodbye to my kids" opening a sentence is the writer's)."""
    if not _A_WORD.match(text, own):
        return False
    said = _MENTIONED.search(text, max(s_start, own - 40), own)
    return bool(said) and bool(text[max(s_start, text.rfind(" , ", s_start, said.start()) + 3) : said.start()].strip())


# Embarrassment in the sentence makes wanting to vanish a blush ("so embarrassed i wish i could just vanish"),
# unless it is for good ("so ashamed i want to disappear forever").
_SHAME = re.compile(r"\b(?:embarrass\w*|mortified|cringe\w*|awkward|red faced|blush\w*)\b")
_VANISH = re.compile(r"\b(?:disappear|vanish)\w*(?! (?:forever|for good|permanently)\b)")


# Round eleven (guards11): "i think about death a lot , not in a suicidal way", "its not suicidal", "in a scared
# of it way , not a wanting it way", "not because i want it": the crisis reading disclaimed after the words,
# in their sentence or the next ("not in a healthy way" and "not in a scared way" disclaim nothing).
_DISCLAIMED = re.compile(
    r"\b(?:not|never|isnt|nothing)(?: in| like)? (?:a |an |any )?(?:suicidal|wanting(?: it| to)?|kms|"
    r"kill(?:ing)? myself|harmful|want (?:it|to die)|dark|"
    r"self ?harm\w*|(?:i|id) (?:want|would) (?:it|to)|(?:actually|really) wanting)"
    r"(?: (?:way|sense|kind of way|thing|thoughts?|type)|$| ,| \.)|"
    r"\b(?:its|it is|im|i am|they are|theyre|but|and) (?:not|never) (?:suicidal|about wanting)\b|"
    r"\bnot because i (?:want|wanted) (?:it|to)\b"
)
# "not self harm , i meant it": the denial says it was worse, not that it was nothing (round thirteen, acts13).
_DISCLAIM_UNDONE = re.compile(
    r"\b(?:now|anymore|until|but (?:now|lately|tonight)|i meant (?:it|to die)(?= *(?:$|[.,])))\b"
)


# "i carved into my arm tonight . im not suicidal": self-harm is not disclaimed by denying suicide.
_HARM_ACT = re.compile(r"\b(?:carv|cut|burn|scratch|bit|hit|punch|harm|blade|razor|bled|bleed|scar)\w*")


def _disclaimed(text: str, words: str, end: int, s_end: int) -> bool:
    """The sentence after the words, or the next one, disclaims the crisis reading, and nothing after undoes it."""
    stop = text.find(" . ", s_end + 3) % (len(text) + 1) if s_end < len(text) else s_end
    found = _DISCLAIMED.search(text, end, stop)
    if not found or _DISCLAIM_UNDONE.search(text, found.end(), stop):
        return False
    return not _HARM_ACT.search(words) or "harm" in found.group(0)


# Round twelve (long12): "if i have to sit through one more appointment im going to die", "if i have to fill in
# one more form ill jump off a roof": dying as the price of one more chore (not one more day, night or wave).
_ONE_MORE = re.compile(
    r"\bif (?:i|we) (?:have to|hear|see|get|read|fill in|sit through|sit thru|do|answer|take)(?: \w+){0,3} one more "
    r"(?!(?:day|night|week|month|year|hour|minute|second|morning|evening|wave|time|round|minute|dose|step)s?\b)\w+"
)
_PRICE = re.compile(r"\b(?:die|be dead|jump off a (?:roof|bridge|cliff)|scream)\b")


def _one_more_chore(text: str, s_start: int, start: int, end: int) -> bool:
    return "one more" in text and bool(_PRICE.search(text, start, end)) and bool(_ONE_MORE.search(text, s_start, start))


def not_the_writers_risk(text: str, match, sentence: tuple[int, int], own: int) -> bool:
    """A support reply's sentence about the reader or the past, a topic named, a question answered no,
    the words denied or someone else's (own: where the words start after a rule's subject and filler)."""
    (s_start, s_end), start, end = sentence, match.start(), match.end()
    if support_reply(text) and _about_the_reader(text, s_start, s_end):
        return True
    if _topic(text, s_start, start, end, s_end) or _answered_no_after(text, s_start, s_end):
        return True
    if _mentioned(text, s_start, own) or ("not" in text and _disclaimed(text, match.group(0), end, s_end)):
        return True
    if _VANISH.search(text, start, end) and _SHAME.search(text, s_start, s_end):
        return True
    if _one_more_chore(text, s_start, start, end):
        return True
    if _feared(text, s_start, own, end, s_end) or _called_a_symptom(text, sentence, start, end):
        return True  # round thirteen (quiet13)
    if told_otherwise(text, match, sentence, own):
        return True  # round fourteen (quiet14)
    return _denied(text, sentence, start, end) or _someone_elses(text, s_start, own, end)
