"""Someone else's tablets kept from them for their safety (round fourteen, acts14).

A carer hides, locks away or keeps a husband's, a mother's or a son's tablets "so he wouldnt take too many":
the purpose is the other person's safety, so the keeping is safekeeping, not a supply stored (concepts.SAFE,
which weakens means kept). Tablets hidden "so i can take them all", "for myself" or "so nobody would stop me"
are still the writer's, and "so he cant take them off me" is no purpose of safety.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

_THEM = r"(?:he|she|they|my \w+|mum|mom|dad|the kids)"
_TOO_MANY = r"(?:take|have|swallow|get) (?:too many|too much|extra|more than (?:his|her|their|the) \w+|the lot|them all|all of them)"

SAFEKEEPING_EXTRA: dict[str, str] = {
    "safe": r"so (?:that )?"
    + _THEM
    + r" (?:wouldnt|wont|cant|couldnt|doesnt|dont|didnt|would not|will not|cannot|could not|does not) (?:be able to )?(?:"
    + _TOO_MANY
    + r")",
}
