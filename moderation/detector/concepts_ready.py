"""The last messages sent, and the writer nearly ready (round thirteen, acts13).

A preparation is also told by messages that are the last ones ("sent my last texts", "wrote the last emails",
"finished the last letters") beside the writer saying they are nearly or almost ready, with nothing they are
ready for: the last emails to clients before a leave, "nearly ready for the holiday" or "for the handover",
and messages about a rota stay quiet.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

LAST_SENT, READY_NOW = "last_sent", "ready_now"

READY_VOCAB: dict[str, str] = {
    LAST_SENT: r"(?:wrote|written|sent|finished|posted) (?:the|my) last (?:emails|messages|letters|texts|notes)"
    r"(?! (?:to|for) (?:clients|work|the office|customers|the (?:\w+ )?(?:group|admins|team)|my (?:boss|team|manager|colleagues|clients))\b)(?!(?: \w+){0,4} about\b)",
    READY_NOW: r"(?:im |i am )?(?:nearly|almost|all|just about) ready(?= *(?:$|[.,]| now(?= *(?:$|[.,]))))",
}

# The recipe that reads them (combine.Recipe's fields), added to concepts_now.NOW_RECIPES.
READY_RECIPES: tuple[dict, ...] = (
    dict(
        name="last-sent-ready", categories=("preparation",), anchor=LAST_SENT, needs=((READY_NOW,),), unless=("away",)
    ),
)
