"""What the crisis detector says about a text, as concerns forum can turn into content-note
suggestions (reviewable.assessors.assess_text). Registered in HavenModerationConfig.ready().

Only a suggestion for the writer while composing: nothing is queued, alerted or stored here
(the content policy still assesses the text when it is posted).
"""

from moderation.detector import HIGH, MEDIUM, assess
from reviewable.assessors import CONCERN_SELF_HARM, CONCERN_SUICIDAL

# The detector's self-harm category; every other category it reports is about suicide.
_SELF_HARM_CATEGORY = "self_harm"


def concerns_in(text: str) -> frozenset[str]:
    """CONCERN_SUICIDAL at medium or high risk of suicide, CONCERN_SELF_HARM on self-harm evidence."""
    assessment = assess(text or "")
    if assessment.level not in (MEDIUM, HIGH):
        return frozenset()
    categories = set(assessment.categories)
    found = set()
    if _SELF_HARM_CATEGORY in categories:
        found.add(CONCERN_SELF_HARM)
    if categories - {_SELF_HARM_CATEGORY}:
        found.add(CONCERN_SUICIDAL)
    return frozenset(found)
