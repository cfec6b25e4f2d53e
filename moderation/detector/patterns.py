"""The crisis detector's rules: compositional patterns over normalised text (see lexicon.normalise).

A rule is built from parts rather than listing sentences: a first-person subject (or a clause
that starts with the verb: "want to die"), up to four filler words that never cross a clause
mark and never name someone else ("she", "my friend", "who"), a verb of intent or thought, and
a self-harm object ("kill myself", "end it", "take my life", "overdose", "jump off the bridge").
The filler is captured as group ``f`` so the detector can see a negation ("i would never kill
myself") or a past tense ("i was suicidal"); group ``e``, when present, is the evidence shown to
moderators, otherwise the words after the filler are.

Weak rules (``weak=True``) count only when the same post has another signal: "i cant do this
anymore" alone is everyday withdrawal talk; beside "ive written letters to my kids" it is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

INTENT, PLAN, METHOD, PREPARATION, ATTEMPT = "intent", "plan", "method", "preparation", "attempt"
ACTIVE, PASSIVE, SELF_HARM, PHRASE = "active", "passive", "self_harm", "phrase"
WORDING = "wording"  # the weighted-word backstop (weighed.py), where the rules found nothing

# Words that mean the subject is someone else, or that start a new clause inside the filler.
_NOFILL = (
    "he|she|they|hes|shes|theyre|theyve|theyd|hed|shed|his|her|hers|him|them|their|you|youre|youve|"
    "youd|we|were|someone|somebody|people|person|everyone|everybody|anyone|anybody|nobody|friend|"
    "friends|brother|sister|mum|mom|mother|dad|father|son|daughter|wife|husband|partner|cousin|aunt|"
    "uncle|grandma|grandad|grandmother|grandfather|neighbour|neighbor|colleague|boss|doctor|member|"
    "members|man|woman|guy|girl|boy|who|that|which|if|whether|article|story|news|study|character|book|"
    "film|movie|documentary|harass_you|what|how|why|whose|someones|kids|children|patients|teens"
)
_FILL = r"(?P<f>(?:(?!(?:" + _NOFILL + r")\b)[a-z0-9]+ ){0,4}?)"
_SUBJECT = r"(?:(?:^|(?<=[.,] ))|\b(?:i|im|ive|id|ill|me|myself) )"
_END = (
    r"(?= *(?:$|[.,]|all\b|tonight|today|now\b|soon|tomorrow|for good|once and for all|by\b|this\b|before|"
    r"after|on\b|when\b|if\b|and\b|then\b|here\b|already|finally|forever|at\b|next|again|in \w+ (?:days|weeks)))"
)
_PLACES = (
    r"(?:bridge|building|roof|rooftop|cliff|cliffs|balcony|tower|car park|multi storey|ledge|window|overpass|"
    r"motorway bridge|platform)"
)
_VEHICLES = r"(?:train|bus|lorry|truck|car|traffic|tube)"
DRUGS = (
    r"(?:pills|tablets|meds|medication|medicine|benzos|sleeping pills|sleepers|painkillers|insulin|"
    r"zopiclone|zolpidem|klonopin|xanax|ativan|valium|librium|restoril|ambien|seroquel|lyrica|gabapentin|pregabalin|"
    r"quetiapine|mirtazapine|amitriptyline|propranolol|\w+pam|\w+lam|opioids|oxy\w*|codeine|paracetamol|tylenol|antidepressants|prescriptions)"
)
KILL = (
    r"(?:kill(?:ing)? myself|end(?:ing)? (?:myself|me(?= *(?:$|[.,]))|my (?:own )?life|it all|everything" + _END
    + r"|things" + _END
    + r"|my (?:own )?suffering|my existence|this life|it" + _END + r")|"
    r"finish(?:ing)? my (?:own )?life"
    r"(?!s\b| (?:story|stories|work|admin|book|memoir|savings|insurance|plan|planning|goals?|list)\b)|"
    r"tak(?:e|ing) my (?:own )?life(?! back)|"
    r"(?:commit(?:ting)?|do(?:ing)?) suicide|suicide(?! (?:rates?|prevention|risk|hotline|helpline|line|"
    r"awareness|statistics|numbers|week)\b)|(?:hang|hanging|drown|drowning|shoot|shooting|gas|gassing|"
    r"poison|poisoning|stab|stabbing|suffocate|suffocating|electrocute|off|offing) myself(?! in the (?:foot|feet))|"
    r"overdos(?:e|ing)(?! on (?:caffeine|coffee|sugar|chocolate|tv)| deaths?| rates?| crisis| epidemic| statistics)|"
    r"(?:slit(?:ting)?|open(?:ing)?|slash(?:ing)?) my (?:wrists?|throat)|"
    r"put(?:ting)? an end to (?:myself|my (?:own )?life|it all|everything|me(?= *(?:$|[.,])))|"
    r"jump(?:ing)? (?:off|from|in front of) (?:a |the |my |that |this )?(?:\w+ )?" + _PLACES + r"|"
    r"(?:jump(?:ing)?|step(?:ping)?|throw(?:ing)? myself|fall(?:ing)?) (?:off|from) (?:a |the |my |that |"
    r"this )?(?:\w+ )?" + _PLACES
    + r"|hang(?:ing)? from (?:the|a|my) \w+|throw(?:ing)? myself (?:under|in front of) (?:a |the )?" + _VEHICLES
    + r"|(?:jump(?:ing)?|step(?:ping)?)(?: off| out)? in front of (?:a |the )?" + _VEHICLES
    + r"|(?:drive|driving|crash|crashing|swerve|swerving) (?:my car |the car )?(?:into|off) (?:a|the) \w+|"
    r"(?:steer|steering) (?:my car |the car )?(?:into|off) (?:a|the) "
    r"(?!(?:skid|slide|spin|turn|bend|corner|curve|lane|driveway|space|bay|wind|car park)\b)\w+|"
    r"(?:drive|driving|crash|crashing|steer|steering) (?:my car |the car |the \w+ )?into it"
    r"(?= *(?:$|[.,]|flat out|at speed|full speed|head on))|"
    r"walk(?:ing)? into the (?:sea|ocean|river|lake|traffic)|"
    r"run(?:ning)? the engine (?:and (?:just )?(?:stay|staying|sit|sitting|wait|waiting|fall asleep|falling asleep|"
    r"not (?:getting|get) out)|in (?:the|a) (?:shut |closed )?garage|with the (?:garage )?doors? (?:shut|closed))|"
    r"swim(?:ming)? out (?:\w+ ){0,7}?(?:and|to) (?:not|never) (?:turn(?:ing)?|com(?:e|ing)|swim(?:ming)?) back|"
    r"step(?:ping)? (?:out )?in front of(?= *(?:$|[.,]|tomorrow|tonight|it|one|on))"
    r")"
)
INTENT_VERB = (
    r"(?:(?:am |m )?(?:going to|about to)|will|shall|ready to|plan(?:ning)? (?:to|on)|intend(?:ing)? to|"
    r"(?:have |ve )?(?:decided|picked|chosen) to|made up my mind to|(?:have|ve) to|need to|must|gotta|im going to)"
)
ADVERBS = (
    r"(?:(?:just|finally|really|actually|probably|definitely|seriously|literally|honestly|simply|quietly|easily|go|"
    r"try and|do it and|how to|ways to|how i could) )*"
)
THINK_VERB = (
    r"(?:(?:so |really |very |this )?close to|"
    r"want(?:ed)? to|wanting to|wish i could|would like to|d like to|(?:keep |kept |been |always |constantly |"
    r"often |"
    r"cant stop |couldnt stop |"
    r"havent stopped |not stopped )?(?:think(?:ing)?|thought) (?:about|of)|consider(?:ing|ed)?|contemplat(?:e|ing|ed)|"
    r"tempted to|(?:have|had|get|getting|having|feel|feeling|felt|fighting|resisting) (?:the |an |strong |"
    r"constant )?urges? (?:to|of)|urges? to|feel like|felt like|feeling like|fantasi[sz](?:e|ing|ed) about|"
    r"dream(?:ing|t|ed)? (?:about|of)|(?:imagin(?:e|ing|ed)|picturing|picture|visualis(?:e|ing)|see)(?: myself)?|"
    r"could just|might just|might as well|should just|(?:ve|have) been "
    r"wanting to|obsess(?:ing|ed)? (?:about|over)|the idea of|the thought of|thoughts (?:about|of))"
)
_DIE_GUARD = (
    r"(?! (?:down|off|out|of (?:embarrassment|shame|boredom|laughter|laughing|cringe)|laughing|my hair|your hair|"
    r"her hair|on (?:this|that) hill)\b)"
)
_WAKE_GUARD = (
    r"(?! (?:at(?! all(?= *(?:$|[.,]|anymore|any more|ever|tomorrow|again)))|with|in(?! the morning)|feeling|"
    r"sweating|early|before|drenched|shaking|screaming|panicking|so|as|like|to|every|"
    r"again at|again with)\b)"
)
_DEAD_GUARD = r"(?! (?:asleep|tired|on my feet|to the world|inside|set)\b)"
_SH_GUARD = (
    r"(?! (?:shaving|cooking|chopping|slicing|opening|peeling|gardening|by accident|accidentally|while|when|"
    r"in the kitchen|at (?:the )?(?:gym|work)|doing|making|trying|washing|lifting|moving|carrying|playing|"
    r"running|falling|on (?!purpose)|with (?:a |the )?(?:kitchen|bread|tin|can|kettle|iron|oven|pan|stove)|"
    r"off the|getting|reaching|because of)\b)"
)
_AFTER_DEATH = r"(?:after|when|once) (?:im gone(?! (?:to|for|out|away|on)\b)|i die|im dead|im not here)"
_FAMILY = (
    r"(?:kids|children|son|sons|daughter|daughters|boys|girls|family|wife|husband|partner|mum|mom|mother|dad|"
    r"father|parents|sister|sisters|brother|brothers|loved ones|grandchildren|grandkids|girlfriend|boyfriend|"
    r"friends|best friend)"
)
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
TIME = re.compile(
    r"\b(?:tonight|tomorrow(?: night| morning)?|this (?:weekend|week|evening|time next week)|"
    r"(?:on|by|before|this|next|until|till|after|come) (?:" + _DAYS[3:-1] + r"|the weekend|christmas|new year|"
    r"my birthday|the \d+\w*|the end of (?:the )?(?:week|month|year))|next (?:week|month)|" + _DAYS + r"|"
    r"at (?:\d+|midnight|dawn|noon)(?: ?(?:am|pm|oclock))?|when (?:everyone|they|the kids|my (?:wife|husband|"
    r"partner|family|kids)) (?:is|are|go|goes|leave|leaves)(?: \w+)?|once the kids|after the kids|"
    r"in (?:a|two|three|\d+) (?:days|weeks|hours)|the \d+(?:st|nd|rd|th))\b"
)
MEANS = re.compile(
    r"\b(?:" + DRUGS[3:-1] + r"|bottle|packet|rope|noose|belt|ligature|bridge|roof|rooftop|cliff|ledge|train|"
    r"tracks|railway|gun|shotgun|pistol|bullet|razor|razors|blade|blades|knife|overdose|overdosing|hang|"
    r"hanging|jump|jumping|drown|drowning|exhaust|carbon monoxide|charcoal|helium|poison|bleach|antifreeze|"
    r"wrists?)\b"
)
NEGATION = re.compile(
    r"\b(?:not|never|dont|didnt|doesnt|wont|wouldnt|isnt|arent|wasnt|no|nor|neither|hardly|havent|hasnt|zero|"
    r"shouldnt|couldnt|cant|stop|stopped|quit)\b"
)

# "the queue was so long i wanted to die": a consequence so large it is hyperbole.
SO_MUCH = re.compile(r"\b(?:so|too) \w+(?: \w+)? (?:that )?i (?:wanted to|could have|could|nearly|almost) die[d]?$")
_ASKED = re.compile(
    r"\b(?:asked|asks|ask|asking|questions?)\b|"
    # someone else's belief or worry about the writer ("husband thinks im suicidal", "everyone assumes"), not "i think"
    r"\b(?=thinks?\b|is c|are c|was c|assum|worr|suspect|reckon|believ|hint|check)"
    r"(?<!\bi )(?<!\bwe )(?<!\bim )(?<!\bi am )(?<!\bi was )(?<!\bi still )(?<!\bi really )(?<!\bdont )(?<!\bdidnt )"
    r"(?:thinks|think|is convinced|are convinced|was convinced|assumes?|assumed|worried|worries|suspects?|suspected|"
    r"reckons?|believes?|hinting|hints|hinted|(?:check|checked|checking) (?:if|whether))\b"
)
_ANSWERED_NO = re.compile(
    r"\b(?=sa|an|ho)(?<!couldnt )(?<!cant )(?<!didnt )(?<!wouldnt )(?<!not )"
    r"(?:said|say|answered|answer|honestly|answer is|answer was) (?:no|never|nope)\b|\bno to (?:all|both|each|every)"
    r"|\b(?:im|i am) (?:really |honestly |definitely |just )?not(?: going to| gonna)?(?= *(?:$|[.,]))"
    # "i keep telling her no", "i was like nope", "nah , ...", "i dont , its the akathisia" (round ten, guards10)
    r"|\b(?:told|tell|telling|tells) (?:(?:them|him|her|everyone|the \w+|my \w+) )?(?:no|nope)\b"
    r"|\b(?:i was|im|i was just) like (?:no|nope|nah)\b|\bi (?:dont|do not)(?= *(?:$|[.,]))"
    r"|\b(?<![a-z0-9] )(?:honestly |god )?(?:no|nope|nah)"
    r"(?= *(?:$|[.,])| (?:it|its|just|honestly|im just|im fine|im ok)\b)"
)
# The no taken back after the words: "i said no , i lied", "but honestly i am", "and hes right".
_LIED = re.compile(
    r"\b(?:real answer|truth is|truthfully|i lied|a lie|wasnt true|not true|actually yes)\b"
    r"|\bbut (?:honestly |really |actually |tbh )?(?:i am|i do|yes|i did|i have|its true)\b"
    r"|\b(?:hes|shes|theyre|he is|she is|they are) (?:right|not wrong)\b"
)


# "the guy in the book im reading wrote goodbye letters": the "im" belongs to the reading, not the act.
WATCHING = re.compile(
    r"\b(?:(?:the|a|this|that) (?:book|film|show|movie|series|article|post|thread|documentary|novel|story|episode) )?"
    r"(?:im|i am|i was|i|ive been|i have been) (?:reading|watching|watched|read|saw|seen|listening to|heard)\b"
)
_INTRUSIVE = re.compile(r"\bintrusive\b")
_LET_IT_PASS = re.compile(
    r"\b(?:horrif\w*|let it (?:go|pass|float)|float\w* past|ocd|know what it is|just a thought|came and went|"
    r"its (?:just )?(?:the )?withdrawal)"
)


def let_pass(text: str, clause_start: int, end: int) -> bool:
    """An intrusive thought named as one and let go ("it horrified me, i let it float past")."""
    if text.find("intrusive", clause_start, end) == -1:  # what _INTRUSIVE needs (speed)
        return False
    return bool(_INTRUSIVE.search(text, clause_start, end) and _LET_IT_PASS.search(text))


def answered_no(text: str, end: int, sentence: tuple[int, int]) -> bool:
    """A screening question reported with the answer no ("the gp asked ... i said no"), unless it was a lie."""
    start, stop = sentence
    answer_end = text.find(" . ", stop + 3) % (len(text) + 1)  # the answer may follow in the next sentence
    asked = _asked(text, start, stop) and _ANSWERED_NO.search(text, end, answer_end)
    return bool(asked) and not _LIED.search(text, end)


@lru_cache(maxsize=256)
def _asked(text: str, start: int, stop: int) -> bool:
    """A question in the sentence (read once for all the candidates in it: speed)."""
    return bool(_ASKED.search(text, start, stop))


# A reply to someone struggling: "please call someone", "sending you a hug", "it gets better".
_SUPPORT = re.compile(
    r"\b(?:(?:please|pls) (?:call|ring|reach out|stay|talk to|do not be alone|dont be alone)|sending (?:you )?(?:a )?"
    r"(?:big )?(?:hugs?|love)|we need you|stay with us|(?:youre|you are) not alone|it gets better|been where you are)\b"
)
_MINE = re.compile(r"\b(?:i|im|ive|id|ill|me|my|myself)\b")
_I_KNOW = re.compile(r"\bi (?:know|hear you|understand|get it|see)\b")
# "dad announced , id rather be dead ...", "song lyric , i want to die ...": someone else's words quoted.
_QUOTING = re.compile(
    # "dont care what anyone says , im ending it": what others say is set aside, not quoted
    r"\b(?<!\bi )(?<!what anyone )(?<!what anybody )(?<!what everyone )(?<!what people )(?<!what they )"
    r"(?<!what you )(?:said|says|announced|announces|declared|shouted|yelled|joked|lyrics?|song|quote|wrote|writes|"
    r"posted|texted|messaged|keeps saying|kept saying) , $|"
    r"\bquoting (?:my |a |the |her |his |their |this )?(?:\w+ ){0,2}?\w+ [.,] $|"
    r"\b(?:old|older|earlier) (?:journals?|diar(?:y|ies)|notebooks?|notes|posts|messages|entries|letters|pages)"
    r"(?: \w+){0,3}? (?:is|are|was|were) (?:full of|filled with) , $"
)
# "dont care what anyone says , im ending it", "like my therapist said , ...": no one is quoted.
_WHATEVER_SAID = re.compile(r"\b(?:what|whatever|like|as)(?: \w+){1,3} (?:says|said|say) , $")


def not_the_writers(text: str, clause_start: int, end: int) -> bool:
    """An intrusive thought let pass; in a support reply, a clause up to the match without the writer in
    it ("the urge to cut passes" is the reader's); or someone else's words quoted after a verb of saying."""
    if let_pass(text, clause_start, end):
        return True
    said = max(0, clause_start - 50)
    if _QUOTING.search(text, said, clause_start) and not _WHATEVER_SAID.search(text, said, clause_start):
        return True
    return _supportive(text) and not _MINE.search(_I_KNOW.sub("", text[clause_start:end]))


@lru_cache(maxsize=16)
def _supportive(text: str) -> bool:
    return bool(_SUPPORT.search(text))

# "i know where he keeps his insulin": the writer acts; the other person only keeps the means.
KEPT_WHERE = re.compile(r"where (?:\w+ ){1,2}?(?:keeps|kept|hides|hid|stores|stored|leaves|locks|puts)\b")
# "wait till my partner leaves for work then go": the person in a time clause is not who acts.
TIME_CLAUSE = re.compile(r"\b(?:till|until|when|once|after|before|while|as soon as) $")


def aside(before: str, start: int) -> bool:
    """The person named at start is in a side clause: where they keep something, or a time clause."""
    return bool(KEPT_WHERE.match(before, max(0, start - 6)) or TIME_CLAUSE.search(before, 0, start))
# "im going to do it on monday . the last step down to nothing": the unnamed act is a taper step.
UNNAMED_ACT = re.compile(r"\bdo(?:ing)? it\b")
TAPER_STEP = re.compile(
    r"\b(?:(?:last|next|final|big|small|first|\d+ percent) (?:step|cut|drop|reduction)|step down"
    r"|(?:down )?to (?:zero|nothing)|jump(?:ing)? to|\d+ ?(?:mg|mcg|ml)|prescriber|(?:my |the )?(?:last|final) dose)\b"
)
# "im ending it on friday , the taper i mean": any unnamed act the writer says was the taper.
IT_ACT = re.compile(r"\b(?:do|doing|end|ending|finish|finishing|going through with) it\b")
TAPER_MEANT = re.compile(
    r"\b(?:i mean(?:t)?|meaning|talking about) (?:the |my )?(?:taper|dose|cut|benzos?|\w+pam)\b"
    r"|\b(?<!not )(?<!not the )(?<!isnt the )(?:the |my )?(?:taper|dose|cut|benzos?) i mean(?:t)?\b"
    # "im going through with it , the house sale i mean": any thing named as what "it" was
    r"|(?:^|(?<=[.,] ))(?:the|my) (?!whole\b|life\b|world\b|end\b|pain\b|suffering\b)\w+(?: (?!thing\b)\w+)?"
    r" i mean(?:t)?(?= *(?:$|[.,]))"
)


def taper_act(text: str, act: str, start: int, end: int) -> bool:
    """The unnamed act in act ("do it", "ending it") is a taper step, by what text[start:end] says."""
    if UNNAMED_ACT.search(act) and TAPER_STEP.search(text, start, end):
        return True
    return bool(IT_ACT.search(act)) and bool(TAPER_MEANT.search(text, start, end))

# Words a rule cannot match without (any one of them): a sentence without one is never searched.
KILL_KEYS = frozenset(
    "myself life everything things suicide overdose overdosing jump jumping step stepping throw throwing fall falling "
    "hang hanging drive driving crash crashing swerve swerving walk walking slit slitting open opening slash slashing "
    "end ending me engine swim swimming steer steering".split()
)
DRUG_KEYS = frozenset(
    "pills tablets meds medication medicine benzos sleepers painkillers insulin zopiclone zolpidem opioids codeine "
    "paracetamol tylenol antidepressants prescriptions klonopin xanax ativan valium librium restoril ambien seroquel "
    "lyrica gabapentin pregabalin quetiapine mirtazapine amitriptyline propranolol _drug".split()
)


def index_key(token: str) -> str | None:
    """An extra key for tokens that patterns match by shape (drug names, forms of selfharm)."""
    if token.startswith("selfharm"):
        return "_selfharm"
    if len(token) > 5 and token.endswith(("pam", "lam")) or token.startswith("oxy"):
        return "_drug"
    return None


INTENT_KEYS = frozenset(
    "going about will shall ready plan planning intend intending decided made have ive need must gotta im".split()
)
THINK_KEYS = frozenset(
    "want wanted wanting wish like keep kept think thinking thought consider considering considered contemplate "
    "contemplating contemplated tempted urge urges feel felt feeling close fantasise fantasize fantasising fantasizing "
    "dream dreaming dreamt dreamed imagine imagining imagined picturing picture visualise visualising see could "
    "might should been obsessing obsessed idea thoughts".split()
)


@dataclass(frozen=True)
class Rule:
    """A pattern with its categories; keys: every group needs one of its words in the sentence."""

    name: str
    categories: tuple[str, ...]
    pattern: re.Pattern
    keys: tuple[frozenset[str], ...] = ()
    weak: bool = False


def _key_groups(keys) -> tuple[frozenset[str], ...]:
    if isinstance(keys, str):
        return tuple(frozenset(group.split()) for group in keys.split("&"))
    if isinstance(keys, frozenset | set):
        return (frozenset(keys),)
    return tuple(group for part in keys for group in _key_groups(part))


def _rule(name: str, categories: tuple[str, ...], regex: str, keys, *, weak: bool = False) -> Rule:
    regex = regex.replace("{S}", _SUBJECT + _FILL).replace("{KILL}", KILL).replace("{DRUGS}", DRUGS)
    regex = regex.replace("{INTENT}", INTENT_VERB).replace("{ADV}", ADVERBS).replace("{THINK}", THINK_VERB)
    return Rule(name, categories, re.compile(regex), _key_groups(keys), weak)
