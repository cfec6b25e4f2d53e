"""A farewell act under a story that makes it small (round fourteen, acts14).

Things or a pet given away, with what the people given them were told or believe said to be merely
something ("she thinks im just having a clear out", "told him it was only for a few weeks", "said it was
temporary"): the writer's "just" or "only" marks the story as a pretext, so the giving is a preparation.
A pet left while the writer is away ("for the fortnight while were on holiday"), a story with nothing given
("mum thinks im just decluttering"), something someone else gave and a spare or old thing handed on stay quiet.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

PRETEXT, OTHERS_GAVE = "pretext", "others_gave"

_WHO = r"(?:her|him|them|everyone|everybody|people|my \w+|the \w+)"
_SMALL = (
    r"(?:temporary|a loan|on loan|to borrow|for (?:a|the) (?:few|couple of|little) (?:days|weeks|months)|for (?:a|the) (?:week|fortnight|month)"
    r"|till im (?:better|well)|until im (?:better|well))"
)

PRETEXT_VOCAB: dict[str, str] = {
    PRETEXT: r"(?:thinks|think|believes|assumes|assume) (?:that )?(?:im|i am|its|it is|it was|i was|theyre) (?:just|only) (?:\w+ing\b|being \w+|a (?:clear ?out|clear up|loan|phase|spring clean|sort out|favour|present))"
    r"|(?:told|tell|telling|said to) "
    + _WHO
    + r" (?:that )?(?:its|it is|it was|theyre|they were|they are) (?:only |just )?"
    + _SMALL
    + r"|(?:(?<=\bi )|(?<=\band )|(?<=[.,] )|^)(?:said|say) (?:that )?(?:its|it is|it was|theyre|they were) (?:only |just )?"
    + _SMALL,
    # Someone else gave it ("my dad gave my son his watch"): the story is theirs too.
    OTHERS_GAVE: r"(?:(?<=[.,] )|^)(?:he|she|they|(?:my|our|his|her|their) \w+)(?: \w+)? (?:just |already )?(?:gave|gives|handed|hands|has given|had given|is giving|was giving)",
}

# The recipe that reads it (combine.Recipe's fields), added to concepts_now.NOW_RECIPES. The story is someone
# else's belief, so the guards judge the giving (the first need), not the story.
PRETEXT_RECIPES: tuple[dict, ...] = (
    dict(
        name="given-under-pretext",
        categories=("preparation",),
        anchor=PRETEXT,
        needs=(("farewell", "given"),),
        unless=("away", OTHERS_GAVE),
        judged_at=0,
    ),
)
