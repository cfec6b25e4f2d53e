"""Text assessors: what a text shows that a writer may want to mark, asked without importing
the app that knows (docs/care.md, "Suggesting notes").

Moderation registers its crisis detector's answer in its AppConfig.ready()::

    assessors.register_text_assessor(note_concerns.concerns_in)   # fn(text) -> CONCERN_* codes

and forum asks `assess_text(text)` to suggest content notes while a member writes. Pure: nothing
is queued, alerted or stored; without moderation the answer is empty. Imports nothing of Haven.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["CONCERN_SUICIDAL", "CONCERN_SELF_HARM", "register_text_assessor", "assess_text"]

CONCERN_SUICIDAL = "suicidal"
CONCERN_SELF_HARM = "self_harm"
_text_assessors: list[Callable[[str], Iterable[str]]] = []


def register_text_assessor(assessor: Callable[[str], Iterable[str]]) -> None:
    """Add fn(text) -> the CONCERN_* codes it finds (registering the same function twice keeps one)."""
    if assessor not in _text_assessors:
        _text_assessors.append(assessor)


def assess_text(text: str) -> frozenset[str]:
    """Every registered assessor's concerns for text (none without moderation)."""
    return frozenset(code for assessor in _text_assessors for code in assessor(text))
