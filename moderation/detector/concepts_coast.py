"""A walk out to the coast's high edges with no return (round thirteen, acts13).

concepts.PLACE names bridges, cliffs and platforms; a plan is also told by the coast's other edges ("out to
the headland", "up to the clifftop", "along the harbour wall") with a day and no coming back. These edges
are walked for the view far more often than cliffs are named, so they are read only with a time and no
return (the place-final recipe's shape), never merely as a place visited: "walking out to the headland on
saturday with the dog" stays quiet, and so does "not coming back till dark" (concepts.NO_RETURN ends its
clause).
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

EDGE = "coast_edge"

COAST_VOCAB: dict[str, str] = {
    EDGE: r"headlands?|clifftops?|cliff tops?|sea wall|harbour wall|harbor wall|breakwater",
}

# The recipe that reads it (combine.Recipe's fields), added to concepts_now.NOW_RECIPES.
COAST_RECIPES: tuple[dict, ...] = (
    dict(
        name="edge-no-return",
        categories=("plan", "method"),
        anchor=EDGE,
        needs=(("soon", "decide", "lookup", "thought"), ("no_return", "ending", "act")),
        unless=("away",),
    ),
)
