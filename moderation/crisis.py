"""The crisis safety net's reads: assessing text (the detector plus admins' phrases) and crisis lines.

The detector itself (moderation/detector/) is pure; this module adds what lives in the database:
admins' extra phrases (CrisisPhrase, additions to the detector, never its whole) and the crisis
lines for a member's country. A human reviews every match; nothing is hidden because of one.
"""

from __future__ import annotations

from moderation.detector import HIGH, MEDIUM, NONE, Assessment, assess
from moderation.detector.phrases import find_phrase
from moderation.models import CrisisLine, CrisisPhrase

__all__ = [
    "Assessment", "HIGH", "MEDIUM", "NONE", "CRISIS_OUTCOMES", "assess_text", "is_new_crisis", "match_crisis",
    "crisis_lines_for", "prepared_reply",
]

_RANK = {NONE: 0, MEDIUM: 1, HIGH: 2}

# What a moderator records on a crisis item (moderation.services.record_crisis_outcome).
CRISIS_OUTCOMES = {
    "reached_out": "Reached out privately",
    "shared_lines": "Shared crisis lines",
    "escalated": "Escalated to an admin",
    "member_safe": "The member says they are safe for now",
    "no_reply": "No reply yet; will check again",
}

PREPARED_REPLY = (
    "Hi {name}, I'm {moderator}, one of the moderators here. I read what you wrote and I wanted to check in "
    "with you privately. It sounds like things are really hard right now, and I'm glad you told us.\n\n"
    "Are you safe at the moment? If you are thinking about ending your life or hurting yourself, please "
    "contact {line} ({how}) now. They are there to listen, any time. If you are in danger right now, please "
    "call your local emergency number.\n\n"
    "You don't have to go through this alone. I'm here, and I'd like to hear how you are doing, whenever "
    "you feel able to reply."
)


def prepared_reply(member, *, moderator) -> str:
    """A kind private message a moderator can copy, with the first crisis line for the member's country."""
    lines = crisis_lines_for(getattr(member, "country", ""))
    line, how = (lines[0][0], lines[0][1]) if lines else ("a crisis line", "see the Need help now page")
    name = getattr(member, "username", "") or "there"
    return PREPARED_REPLY.format(name=name, moderator=getattr(moderator, "username", "a moderator"), line=line, how=how)


def active_phrases() -> tuple[str, ...]:
    return tuple(CrisisPhrase.objects.filter(is_active=True).order_by("phrase").values_list("phrase", flat=True))


def assess_text(text: str) -> Assessment:
    """The detector's assessment of text, with admins' active extra phrases added."""
    return assess(text or "", extra_phrases=active_phrases())


def is_new_crisis(now: Assessment, before: Assessment) -> bool:
    """Whether an edit adds crisis language: a higher level or a category the earlier text lacked."""
    if not now.is_crisis:
        return False
    return _RANK[now.level] > _RANK[before.level] or not set(now.categories) <= set(before.categories)


def match_crisis(text: str, phrases: tuple[str, ...] | None = None) -> str | None:
    """The first of the admins' extra phrases (or of phrases) found in text, or None."""
    return find_phrase(text, active_phrases() if phrases is None else tuple(phrases))


def crisis_lines_for(country: str = "") -> list[tuple[str, str, str]]:
    """(label, how to reach, url) for the member's country first, then the rest, then "elsewhere"."""
    country = (country or "").upper()
    lines = list(CrisisLine.objects.all().order_by("position", "id"))

    def rank(line: CrisisLine) -> int:
        if country and line.country.upper() == country:
            return 0
        if line.country == CrisisLine.ELSEWHERE:
            return 2
        return 1

    lines.sort(key=rank)
    return [(line.label, line.how, line.url) for line in lines]
