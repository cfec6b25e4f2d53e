"""Guards for what a post tells as someone else's question, a topic or a symptom (round fourteen, quiet14).

Older members write long, formal posts that hold crisis words the writer does not mean as their own risk now:
a doctor's, a form's or a relative's question answered no ("the nurse asked whether i had thought of ending my
life , and i could say honestly that i do not"); research, a drug's paper or a story's scenes that name them.
guards.not_the_writers_risk asks `told_otherwise` for each match.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

# Piece 1: someone else's question or fear about the words, before them in their sentence ("i asked" is the
# writer's own question).
_ASKER = re.compile(  # (?=[acfqsw]): most words fail at their first letter (speed)
    r"\b(?=[acfqsw])(?:(?<!\bi )(?:asked|asks|ask|asking|questionnaire|form|screening|assessment)\b|"
    r"(?P<fear>afraid|worried|feared|scared|frightened|concerned)\b)"
)
_I = re.compile(r"\b(?:i|im|ive|id)\b")
_ME = re.compile(r"\b(?:i|im|ive|id|me|my)\b")
_BECAUSE = re.compile(r"(?: \w+){0,2} (?:because|cause|since) ")
# The writer's answer no, after the words in their sentence or in the next: "i do not", "i ticked no", "id never".
_SAID_NO = re.compile(
    r"\b(?:(?:i|id|and i) (?:(?:\w+ ){0,3}?(?:that|him|her|them|it) )?(?:i |id )?"
    r"(?:dont|do not|am not|im not|didnt|did not)(?= *(?:$|[.,])| (?:have|feel|get) (?:any|them|those|such)\b)|"
    r"(?:i|id) (?:(?:\w+ ){0,3}?(?:that|him|her|them) )?(?:i |id )?(?:would never|have never|had never|never)"
    r" (?:do|did|done|have|had|cut|burned|burnt|harmed|hurt|tried|attempted|considered|acted|act|thought)|"
    r"(?:ticked|circled|marked|put|wrote|said|answered|told (?:\w+ ){0,2}?)(?: honestly| truthfully)? no)\b"
)
# The no taken back, or a yes given: "i said no but that was a lie", "i ticked yes", "but honestly i do".
_SAID_YES = re.compile(
    r"\b(?:(?:said|say|answered|ticked|circled|marked|admitted|honestly|truthfully|answer (?:is|was)|told \w+) yes|"
    r"lie|lied|lying|wasnt true|not true|truth is|but (?:honestly |really |actually )?"
    r"(?:i (?:do|am|did|have)|im)(?! (?:no|not|never)\b))\b|(?:^|\. )yes\b"
)


def _answered_no(text: str, sentence: tuple[int, int], own: int, end: int) -> bool:
    """Someone else's question or fear before the words, the writer's no after them, no yes or lie."""
    s_start, s_end = sentence
    if _ASKING_WORDS.isdisjoint(_words(text)):
        return False
    askers = _askers(text)
    at = bisect_left(askers, (own,)) - 1  # the last question or fear before the words, in their sentence
    if at < 0 or askers[at][0] < s_start:
        return False
    asker, fear = askers[at]
    if fear and _I.search(" ".join(text[s_start:asker].split()[-4:])):
        return False  # "i was afraid i might": the writer's own fear
    if _BECAUSE.match(text, end) and not _ME.search(text, end, s_end):
        return True  # "my aunt asks if im suicidal because her neighbour died": the asker's reason
    stop = text.find(" . ", s_end + 3) % (len(text) + 1) if s_end < len(text) else s_end
    said = _SAID_NO.search(text, end, stop)
    return bool(said) and not _SAID_YES.search(text, end, stop)


_ASKING_WORDS = frozenset(
    "asked asks ask asking questionnaire form screening assessment afraid worried feared scared frightened "
    "concerned".split()
)


@lru_cache(maxsize=16)
def _words(text: str) -> frozenset[str]:
    """The post's words, so a guard whose key words it lacks returns at once (speed)."""
    return frozenset(text.split())


@lru_cache(maxsize=16)
def _askers(text: str) -> tuple[tuple[int, bool], ...]:
    """Where each question or fear in the post begins, and whether it is a fear (read once a post: speed)."""
    return tuple((found.start(), bool(found.group("fear"))) for found in _ASKER.finditer(text))


# Piece 2: the words as a figure in research ("raised rates of suicide attempts"), a drug's paper and what it
# warns of ("the data sheet for lorazepam says ... suicidal thoughts"), or a story's scenes ("a storyline where a
# nurse is stockpiling tablets", "the tablet stockpiling bits"), with no "i" after the words in their sentence.
_FIGURE = re.compile(
    r"(?<!\bmy )(?<!\bour )\b(?:rates?|risks?|incidence|prevalence|likelihood|odds|numbers?|statistics|figures|"
    r"cases) (?:of|for) $"
)
_DRUGS_PAPER = re.compile(
    r"\b(?:insert|leaflet|label|data sheet|datasheet|monograph|information sheet|prescribing information|"
    r"warnings?) (?:for|on|of|with|about|in) (?:the |this |that )?$"
)
_STORY = re.compile(
    r"\b(?=[bdefnpst])(?:storyline|plot|scene|episode|film|drama|series|soap|novel|book|show|programme|thriller) "
    r"(?:where|in which|involving|about|with|that)\b"
)
_SCENES = re.compile(r"(?: \w+){0,2} (?:scenes?|storylines?|plots?|episodes?|chapters?|bits|parts)\b")
_LEAD = re.compile(r"\b(?:the|those|these|that|a|an) $")


# "the risk of overdose goes up . ive counted out all my pills": the writer gathers what was named, next.
_GATHERED_NEXT = re.compile(
    r"\b(?:i|ive|i have|im|i am) (?:just |already |now |got )?(?:counted|counting|saved|saving|collected|"
    r"collecting|stockpiled|stockpiling|hoarded|hoarding|hid|hidden|lined up|set aside|put aside|kept back)\b"
)


def _gathered_next(text: str, s_end: int) -> bool:
    stop = text.find(" . ", s_end + 3) % (len(text) + 1) if s_end < len(text) else s_end
    return bool(_GATHERED_NEXT.search(text, s_end, stop))


def _told_as_a_story(text: str, sentence: tuple[int, int], own: int, end: int) -> bool:
    """A figure, a drug's paper or a story names the words, no "i" follows them in their sentence and the
    writer gathers nothing in the next."""
    s_start, s_end = sentence
    before = text[max(s_start, own - 60) : own]
    named = before.endswith(("of ", "for ")) and bool(_FIGURE.search(before))
    if not named and any(word in before for word in _PAPERS):
        named = bool(_DRUGS_PAPER.search(before))
    if not named and not _STORY_WORDS.isdisjoint(_words(text)):
        told = _stories(text)
        at = bisect_left(told, own) - 1  # the last story named before the words, in their sentence
        named = at >= 0 and told[at] >= s_start and not _ME.search(text, told[at], own)
    if not named:
        named = bool(_SCENES.match(text, end)) and bool(_LEAD.search(before))
    return named and not _I.search(text, end, s_end) and not _gathered_next(text, s_end)


_STORY_WORDS = frozenset(
    "storyline plot scene episode film drama series soap novel book show programme thriller".split()
)
_PAPERS = ("insert", "leaflet", "label", "sheet", "monograph", "prescribing", "warning")


@lru_cache(maxsize=16)
def _stories(text: str) -> tuple[int, ...]:
    """Where each story named in the post ends (read once for all the matches in it: speed)."""
    return tuple(found.end() for found in _STORY.finditer(text))


# Piece 3: a thought that comes unbidden, named by the writer as what withdrawal brings, in its sentence or the next
# ("i know its benzo brain", "i know these are withdrawal obsessions"), with no want, plan or "but" after it.
_A_THOUGHT = re.compile(r"\b(?:thoughts?|intrusive|images?|pictures?|obsess\w*|flashes)\b")
_NAMED_WITHDRAWALS = re.compile(
    r"\bi know (?:(?!but\b|not\b|isnt\b)\w+ ){0,8}?(?:benzo brain|withdrawal|wd|obsessions?|obsessive|compulsive|"
    r"intrusive|ocd|symptoms?)\b"
)
_ACTED_ON = re.compile(
    r"\b(?:but(?! i know\b)|though|going to|gonna|plan\w*|ready|tempted|tonight|"
    r"(?<!dont )(?<!do not )(?<!not )(?<!never )(?:want|wanted|wanting|act on (?:them|it)|do it))\b"
)


def _withdrawals_thought(text: str, sentence: tuple[int, int], own: int, end: int) -> bool:
    """A thought named by the writer as withdrawal's, nothing wanted or planned in its sentence or after."""
    s_start, s_end = sentence
    if "know" not in _words(text) or not _A_THOUGHT.search(text, s_start, end):
        return False
    stop = text.find(" . ", s_end + 3) % (len(text) + 1) if s_end < len(text) else s_end
    named = _NAMED_WITHDRAWALS.search(text, end, stop)
    return bool(named) and not _ACTED_ON.search(text, s_start, own) and not _ACTED_ON.search(text, end, stop)


# Piece 4: a past told as over in long sentences: the words in the past tense, dated long ago in their sentence
# ("in 1998", "fifteen years ago", "a long time back", "my first withdrawal was") with the end told after them
# ("it passed", "that day came and went , and i am now eighty one", "have been well ever since", "this one is
# completely different"), or the end in their own sentence ("been gone for a year now"); nothing back after.
_PAST_TENSE = re.compile(r"\b(?:was|were|had|wanted|made|tried|attempted|overdosed|felt|convinced|certain|set|did)\b")
_DATED = re.compile(
    r"\b(?:in|by|around|back in) (?:19|20)\d\d\b|\b(?:\w+ ){0,2}?(?:years?|decades?) (?:ago|back|before)\b|"
    r"\b(?:a long time|long) (?:ago|back)\b|\bwhen i was (?:\d+|young|younger|a teenager|in my \w+)\b|"
    r"\b(?:(?:my|the) )?(?:first|previous|earlier|old) (?:taper|withdrawal|go at tapering)\b"
)
_OVER = re.compile(
    r"\b(?:it|that|they|those|which) (?:all )?(?:passed|lifted|faded|ended)\b|\bcame and went\b|"
    r"\b(?:i|and) (?:\w+ ){0,3}?recovered\b|\b(?:been|(?:it|they|that|those) (?:is|are|was|were)) "
    r"(?:long |all |completely )?gone\b|"
    r"\b(?:well|content|happy|fine|healthy|good ones|good years)(?: and \w+)? (?:ever )?since\b|"
    r"\b(?:i am|im) now (?:\w+ )?(?:\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\w*\b|"
    r"\b(?:totally|completely|entirely|very) different\b|\bnever looked back\b"
)
_BACK = re.compile(
    r"\b(?:again|back(?! then| in\b)|returned|returning|lately|recently|tonight|today|tomorrow|last (?:night|week)|"
    r"yesterday|the other day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"these days|this (?:week|month|time|year)|next (?:week|month)|still|same (?:plan|thoughts?|feelings?|urges?)|"
    r"now i (?:want|wish|feel|am|have)|anymore)\b"
)


def _told_as_over(text: str, sentence: tuple[int, int], own: int, end: int) -> bool:
    """The words in the past tense, dated long ago with the end told after, or ended in their sentence."""
    s_start, s_end = sentence
    clause_end = text.find(" , ", end, s_end) % (s_end + 1)  # "selfharm was part of": the verb after a noun
    if not _PAST_TENSE.search(text, s_start, clause_end):
        return False
    # the end told anywhere after the words when the sentence dates them, else in their own sentence
    dated = _DATED.search(text, s_start, s_end)
    return bool(_OVER.search(text, end, len(text) if dated else s_end)) and not _BACK.search(text, end)


# Piece 5: the words as a general truth, how common or normal they are ("cutting is far more common in withdrawal
# than doctors admit", "suicidal thoughts are very common in acute"), in a sentence with no "i" in it.
_COMMON = re.compile(
    r"(?: thoughts?| feelings?| urges?)? (?:is|are) (?:(?:much|far|a lot|so|very|really|quite|incredibly|"
    r"surprisingly|more|far more|fairly|extremely) )*(?:common|normal|usual|frequent|widespread|prevalent)\b"
)


def _a_general_truth(text: str, sentence: tuple[int, int], end: int) -> bool:
    return bool(_COMMON.match(text, end)) and not _ME.search(text, *sentence) and not _gathered_next(text, sentence[1])


# Piece 6: young members' hyperbole: the words as what a small thing does to the writer every time it happens
# ("every time my manager books a 4pm meeting i want to jump off the roof lol"), laughed at after them in their
# sentence; a trigger that is waking, being alone or the means themselves ("every time i look at my pills") is not.
_EVERY_TIME = re.compile(r"\b(?:every time|everytime|whenever|each time) (?P<trigger>(?:\w+ ){1,10})$")
_HEAVY_TRIGGER = re.compile(
    r"\b(?:wake|wakes|woke|waking|alone|empty|night|mirror|eyes|breathe|pills?|tablets?|meds|rope|knife|blades?|"
    r"bridge|train|think|remember)\b"
)
_LAUGHED = re.compile(r"\b(?:lol|lmao|lmfao|haha\w*|rofl|jk)\b")


def _every_time_joke(text: str, sentence: tuple[int, int], own: int, end: int) -> bool:
    s_start, s_end = sentence
    if not _joking(text):
        return False
    before = text[max(s_start, own - 80) : own]
    said = ("time" in before or "whenever" in before) and _EVERY_TIME.search(before)
    return bool(said) and not _HEAVY_TRIGGER.search(said.group("trigger")) and bool(_LAUGHED.search(text, end, s_end))


def _joking(text: str) -> bool:
    words = _words(text)
    every = "time" in words or "whenever" in words or "everytime" in words
    return every and (not _LAUGHS.isdisjoint(words) or "haha" in text)


_LAUGHS = frozenset("lol lmao lmfao haha hahaha hahahaha rofl jk".split())


def told_otherwise(text: str, match, sentence: tuple[int, int], own: int) -> bool:
    """The words are in someone else's question the writer answers no, in a figure, a paper or a story, or a
    thought the writer names as withdrawal's, a past told as over, a general truth, or a joke about a small thing
    every time (round fourteen, quiet14)."""
    end = match.end()
    return (
        _answered_no(text, sentence, own, end)
        or _told_as_a_story(text, sentence, own, end)
        or _withdrawals_thought(text, sentence, own, end)
        or _told_as_over(text, sentence, own, end)
        or _a_general_truth(text, sentence, end)
        or _every_time_joke(text, sentence, own, end)
    )
