"""Letters timed for after, or handed out one to each (round fourteen, acts14).

A preparation is also told by letters, cards or messages that will "arrive after", "be opened afterwards" or
"reach them after" with nothing after the "after" (the writer's death is what they wait for), and by letters
written "one for each of them". Cards that arrive after the weekend, forms that should arrive after, christmas or thank
you cards, one for each of the grandchildren or the helpers, stay quiet.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

ARRIVE_AFTER, LETTERS, ONE_EACH, OCCASION, OTHERS_SENT = (
    "arrive_after",
    "letters_named",
    "one_each",
    "occasion",
    "others_sent",
)

LETTERS_VOCAB: dict[str, str] = {
    ARRIVE_AFTER: r"(?:arrive|land|get there|be opened|be read|reach (?:them|her|him|you)|be found)(?: \w+)? after(?:wards)?(?= *(?:$|[.,]))",
    LETTERS: r"(?:letters?|cards?|notes?|envelopes?|messages?|emails?)(?! (?:from|about) (?:the|my) (?:bank|council|school|gp|doctor|hospital|work)\b)",
    ONE_EACH: r"(?:^|(?<=[.,] ))(?:one|a letter|a card|a note) (?:for|to) each of (?:them|you|you all|my (?:kids|children|family|boys|girls|grandchildren|grandkids|sons|daughters|loved ones))(?= *(?:$|[.,]))",
    # cards for an occasion: "christmas cards , one for each of my grandchildren"
    # someone else's letters: "the letters my sister sent"
    OTHERS_SENT: r"(?:(?:my|his|her|their|our) \w+|he|she|they) (?:sent|posted|wrote|has sent|had sent|has written|had written)",
    OCCASION: r"christmas|xmas|birthdays?|thank you|thankyou|party|wedding|valentines?|easter|anniversary|new year|exams?|school",
}

# The recipes that read them (combine.Recipe's fields), added to concepts_now.NOW_RECIPES.
LETTERS_RECIPES: tuple[dict, ...] = (
    dict(
        name="letters-arrive-after",
        categories=("preparation",),
        anchor=ARRIVE_AFTER,
        needs=((LETTERS,),),
        self_needed=False,
        unless=("away", "dose", "news", OCCASION, OTHERS_SENT),
        judged_at=0,  # "they should arrive after": "they" are the letters, so the guards judge the letters' clause
    ),
    dict(
        name="letters-one-each",
        categories=("preparation",),
        anchor=ONE_EACH,
        needs=(("farewell", LETTERS),),
        self_needed=False,
        unless=("away", "dose", "news", OCCASION, OTHERS_SENT),
    ),
)
