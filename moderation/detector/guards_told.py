"""Guards for what a post tells as someone else's question, a topic or a symptom (round fourteen, quiet14).

Older members write long, formal posts that hold crisis words the writer does not mean as their own risk now:
a doctor's, a form's or a relative's question answered no ("the nurse asked whether i had thought of ending my
life , and i could say honestly that i do not"). guards.not_the_writers_risk asks `told_otherwise` for each match.
"""

from __future__ import annotations

import re

# Piece 1: someone else's question or fear about the words, before them in their sentence ("i asked" is the
# writer's own question).
_ASKER = re.compile(
    r"\b(?<!\bi )(?:asked|asks|ask|asking|questionnaire|form|screening|assessment)\b|"
    r"\b(?P<fear>afraid|worried|feared|scared|frightened|concerned)\b"
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
    askers = [*_ASKER.finditer(text, s_start, own)]
    if not askers:
        return False
    asker = askers[-1]
    if asker.group("fear") and _I.search(" ".join(text[s_start : asker.start()].split()[-4:])):
        return False  # "i was afraid i might": the writer's own fear
    if _BECAUSE.match(text, end) and not _ME.search(text, end, s_end):
        return True  # "my aunt asks if im suicidal because her neighbour died": the asker's reason
    stop = text.find(" . ", s_end + 3) % (len(text) + 1) if s_end < len(text) else s_end
    said = _SAID_NO.search(text, end, stop)
    return bool(said) and not _SAID_YES.search(text, end, stop)


def told_otherwise(text: str, match, sentence: tuple[int, int], own: int) -> bool:
    """The words are in someone else's question the writer answers no (round fourteen, quiet14)."""
    return _answered_no(text, sentence, own, match.end())
