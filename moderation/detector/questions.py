"""A question put to others that the writer answers for themselves ("anyone else ...? i am").

"anyone else seriously considering suicide . im" says what "im seriously considering suicide"
says: the writer's short answer after the question makes the question's words their own. The
question is rewritten in the first person (its asker "anyone else", "who else is", "is it normal
to" becomes "i" or "im"; "they", "their", "them" become "i", "my", "me") and read like any other
sentence, so it counts at the level its content carries and the usual guards still apply. An
answer that goes on to say it passes or is a symptom, or one in the past ("i did"), is no answer
for now: the question stays someone else's. The answer may come inside the question ("anyone else
considering offing themselves or is it just me") or after a fragment of a few words ("... ? not the
symptoms . me"); "your" in "is it normal to think about ending your life" is the asker's own.
"""

from __future__ import annotations

import re

from moderation.detector.episodes import RESOLVED

_CUE = (
    "anyone", "anybody", "who else", "normal", "any of you", "others", "everyone", "everybody", "is it ", "asking for",
    "just me",
)
# The asker at the start of a sentence; group "be" when the asking verb makes a continuous tense.
_ASKER = re.compile(
    r"(?:^|(?<= \. ))(?:(?:so|honestly|genuinely|seriously|serious question|quick question|ok|okay) ,? )?"
    r"(?:(?P<be>(?:is|are) (?:there )?(?:anyone|anybody|any of you)(?: else)?(?: here| out there)?|"
    r"who else(?: here)? is)|(?P<have>(?:has|have) (?:anyone|anybody|any of you)(?: else)?(?: here| out there)?)|"
    r"(?:does|do|did) (?:anyone|anybody|any of you|everyone|everybody)(?: else)?(?: here| out there)?(?: ever)?|"
    r"do others(?: ever)?|is it (?:just me or is it )?normal to|who else(?: here)?|"
    r"(?P<bare>is it (?:just me or is it )?(?:normal|weird|bad|ok|okay) (?:that|if|when))|"
    r"(?:anyone|anybody|any of you)(?: else)?(?: here| out there)?(?: ever)?) "
)
# The writer's own short answer: the whole next sentence, up to four more words after a comma.
_ANSWER = re.compile(
    r"(?:(?:yes|yeah|yep|yup|well|honestly|because|cause|cos|coz) ,? ?)?(?:i am|im|i do|me|me too|same|same here|"
    r"i have|ive|yes me|me as well|me also|i still do|still do|im still|asking for (?:me|myself|a friend))"
    r"(?: too| as well| also| still)?"
    r"(?: , (?P<tail>(?:\w+ ?){1,4})| and (?P<more>(?:\w+ ?){1,10}))?$"
)
# Round twelve (mind12): the answer told as now or just done ("i did again last night", "ive done it 4 times
# today", "im in it right now", "thats me tonight"): the question's words are the writer's own for now; a
# time long ago ("i did , years ago", "at month 3") is no such answer.
_RECENTLY = (
    r"(?:last night|tonight|today|this morning|this afternoon|this evening|yesterday|just now|an hour ago|"
    r"(?:a few|a couple of|two|three|\d+) (?:minutes|hours|nights|days) ago|"
    r"(?:a few |\d+ |two |three )?times (?:today|tonight|this week))"
)
_NOW_ANSWER = re.compile(
    r"(?:(?:yes|yeah|yep|yup|honestly|well) ,? ?)?(?:(?:i did|ive done it|i have done it|did it|done it)"
    r"(?: (?:again|too|myself))?(?: ,)?(?: (?:\w+ ){0,2}?" + _RECENTLY + r")|"
    r"(?:im|i am|thats me|that is me|me) (?:in it |there |like that |in that place )?"
    r"(?:right now|now|rn|tonight|today|at the moment))"
    r"(?: , (?P<tail>(?:\w+ ?){1,4})| and (?P<more>(?:\w+ ?){1,10}))?$"
)
# The asker's own answer inside the question: "anyone else considering it or is it just me".
# Round eleven (wish11): "or is that only me", ", asking for me" (or "for a friend": the ironic way to say it).
_JUST_ME = re.compile(
    r"(?: or (?:is (?:it|that|this) )?(?:just |only )?me| ,? asking for (?:me|myself|a friend))(?: \w+){0,4}$"
)
_NOT_NOW = re.compile(r"\b(?:pass|passes|passed|symptom|symptoms|normal|fine|ok|okay|over|gone|used to|ago|did)\b")
_THEIRS = {
    "they": "i", "their": "my", "them": "me", "themselves": "myself", "themself": "myself", "theyre": "im",
    "theyd": "id", "theyve": "ive", "theyll": "ill", "your": "my", "yourself": "myself",
    "you": "i", "youre": "im", "youd": "id", "youve": "ive",  # "is it normal to wish you were dead": the asker's own
}
_THEIR_WORD = re.compile(r"\b(?:" + "|".join(_THEIRS) + r")\b")
_ING = re.compile(r"^(?:\w+ )?\w+ing\b")


# "does anyone else lie in bed hoping their heart just stops . mine races all night and ...": the writer's
# own of what the question named ("mine does", "mine is every night now"), not denied or over.
_MINE = re.compile(r"mine(?: \w+){0,4}(?: and(?: \w+){1,10})?$")
_MINE_NOT = re.compile(r"\b(?:not|isnt|doesnt|dont|never|wasnt|didnt|no)\b")


# Round eleven (guards11): "anyone else ever just want to die at 4am", "is it just me or do other people think
# about it": a question that shares a feeling (wanting, wishing, hoping, feeling like, thinking about, lying
# awake, an urge) right after its asker is the writer's own, answered or not.
_SHARED = re.compile(
    r"(?:(?:ever|just|lowkey|low key|sometimes|secretly|also|still|really|kinda|constantly|randomly) )*"
    r"(?:want|wish|wishing|hope|hoping|pray|praying|feel like|feeling like|think about|thinking about|lie awake|"
    r"lay awake|lie in bed|get (?:the |these )?urges?|have (?:the |these )?urges?|got (?:a|the|their|them) )"
)
_JUST_ME_FIRST = re.compile(
    r"(?:^|(?<= \. ))is it (?:just|only) me or (?:do|does|is|are) (?:anyone|anybody|everyone|other people|others|"
    r"people)(?: else)? "
)


def _answer(sentence: str) -> bool:
    if sentence.startswith("mine"):
        return bool(_MINE.match(sentence)) and not (
            _MINE_NOT.search(sentence) or _NOT_NOW.search(sentence) or RESOLVED.search(sentence)
        )
    found = _ANSWER.match(sentence) or _NOW_ANSWER.match(sentence)
    if not found:
        return False
    tail = found.group("tail") or found.group("more") or ""
    return not (_NOT_NOW.search(tail) or RESOLVED.search(tail))


def _answered(sentences: list[str], i: int) -> bool:
    """The next sentence answers, or the one after a fragment of a few words ("... ? not the symptoms . me")."""
    if i < len(sentences) and _answer(sentences[i].strip(" .")):
        return True
    return i + 1 < len(sentences) and sentences[i].count(" ") < 3 and _answer(sentences[i + 1].strip(" ."))


def _first_person(question: str) -> str | None:
    asker = _ASKER.match(question) or _JUST_ME_FIRST.match(question)
    if not asker:
        return None
    rest = question[asker.end() :]
    if asker.re is _JUST_ME_FIRST:
        return "i " + _THEIR_WORD.sub(lambda m: _THEIRS[m.group(0)], rest)
    if rest.startswith("elses "):
        return None  # "does anyone elses husband talk about it": someone else's person, not the asker
    if asker.group("bare"):  # "is it normal that you want to ...": the clause has its own subject
        return _THEIR_WORD.sub(lambda m: _THEIRS[m.group(0)], rest)
    if asker.group("be") or (not asker.group("have") and _ING.match(rest)):
        subject = "im"
    else:
        subject = "i have" if asker.group("have") else "i"
    return subject + " " + _THEIR_WORD.sub(lambda m: _THEIRS[m.group(0)], rest)


# "asking for my partner": the question is put for someone else.
_FOR_ANOTHER = re.compile(r"\basking for (?:(?:my|our|his|her|their) \w+|a (?!friend\b)\w+)")


def _shared(question: str) -> bool:
    """The question shares a feeling right after its asker ("anyone else ever just want to ..."), or opens
    "is it just me or do other people ..."."""
    if _JUST_ME_FIRST.match(question):
        return True
    asker = _ASKER.match(question)
    if not asker or asker.group("have") or not _SHARED.match(question, asker.end()):
        return False
    return "normal" not in asker.group(0) and "others" not in asker.group(0)  # "is it normal to": a question


def answered_for_self(text: str) -> str:
    """The text with each question to others that the next sentence answers "i am" put in the first person."""
    if not any(cue in text for cue in _CUE):
        return text
    sentences = text.split(" . ")
    changed, for_another = False, bool(_FOR_ANOTHER.search(text))
    for i in range(len(sentences)):
        just_me = _JUST_ME.search(sentences[i]) if " or " in sentences[i] or "asking for" in sentences[i] else None
        if not just_me and not (_ASKER.match(sentences[i]) or _JUST_ME_FIRST.match(sentences[i])):
            continue  # no asker to put in the first person (_first_person): whatever answers it (speed)
        shared = not for_another and _shared(sentences[i])
        if just_me or _answered(sentences, i + 1) or shared:
            rewritten = _first_person(sentences[i][: just_me.start()] if just_me else sentences[i])
            if rewritten:
                sentences[i], changed = rewritten, True
    return " . ".join(sentences) if changed else text
