"""Death said sideways: euphemism, metaphor and faith language (round fourteen, side14).

- Piece 1, a death named by a euphemism, read wherever concepts.ENDING is (so with a wish, a thought, a time
  or a decision beside it, by the recipes that read ENDING): "the long sleep", "let the sea have me", "switch
  myself off", "put myself to sleep for good", "hand in my notice on life", "put myself out of my misery",
  "hope i wont open my eyes in the morning". A long sleep after a bad night, switching off from the news, a
  notice handed in at work and a pet put out of its misery stay quiet.
- ... and going home or being collected, said to a god ("ready to go home now lord", "whoever is up there ,
  come and collect me"): a wish, unless the home is left from a ward, a shift or a trip.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

CALLED_HOME, FAITH, LEFT_FROM = "called_home", "faith", "left_from"

SIDEWAYS_VOCAB: dict[str, str] = {
    # Going home, collected or fetched, wanted or waited for.
    CALLED_HOME: r"(?:ready|want|wanna|longing|waiting|time|asking|begging|praying|wish|hoping) (?:for (?:you|him|them) )?to (?:go|come|be called|be taken|be brought) home(?! from\b)"
    r"|(?:ready|waiting|want|hoping|asking) to be (?:collected|fetched|called|taken)(?= *(?:$|[.,]|now|soon|home|any ?time|whenever))"
    r"|(?:come and|please) (?:collect|fetch) me(?= *(?:$|[.,]|now|soon|home|any ?time|whenever))",
    FAITH: r"lord|god|jesus|heaven|angels?|(?:(?<=\bup )|(?<=\bout ))there(?= *(?:$|[.,]))|in charge up there|whenever (?:you|he|she|they) (?:are|is|want|wants)(?: ready)?|any ?time(?= *(?:$|[.,]))",
    # Home left from somewhere: a ward, a shift, a trip.
    LEFT_FROM: r"hospital|ward|clinic|rehab|detox|discharg\w*|work|shift|office|school|uni|holiday|trip|party|pub|visit|abroad|the nurses?|the doctors?",
}

SIDEWAYS_EXTRA: dict[str, str] = {
    "ending": r"(?<=\bthe )(?:long|big|eternal|endless|final|forever) sleep(?! (?:in|at|on|of|i had|last)\b)"
    r"|let(?:ting)? (?:the )?(?:river|sea|water|waves|tide|lake|loch|current|canal|earth|ground) (?:have|swallow|keep) me(?! (?:for (?:a|the|an)|on)\b)"
    r"|switch(?:ing)? (?:myself|me) off(?! (?:from|for (?:the|a|an)|at|with|by|after|before|in)\b)"
    r"|put(?:ting)? (?:myself|me) to sleep (?:for good|forever|permanently)"
    r"|notice on (?:life|living|existence|the world|this world)"
    r"|put(?:ting)? myself out of (?:my|this) misery"
    r"|(?:wont|will not|never|not) (?:open|opening) (?:my|their) eyes(?= *(?:$|[.,]|in the morning|tomorrow|again))",
}

# The recipe that reads them (combine.Recipe's fields), added to concepts_now.NOW_RECIPES.
SIDEWAYS_RECIPES: tuple[dict, ...] = (
    dict(
        name="called-home", categories=("passive",), anchor=CALLED_HOME, needs=((FAITH,),), unless=(LEFT_FROM, "away")
    ),
)
