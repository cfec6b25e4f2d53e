"""A reason to be away that is no reason (combine.py's recipes that a trip or a visit makes quiet or weak).

"at the beach" is a reason to be away; "scatter my ashes at the beach" is part of the farewell, and
"my husband is away for work next week" is someone else's trip, which leaves the writer alone.
Hits are (start, end, words) over normalised text, as combine.py finds them.
"""

from __future__ import annotations

import re

# A place or an appointment that is part of the farewell itself, in its clause before the reason to be
# away: where the ashes go ("scatter my ashes at the beach"), what was cancelled or will be missed.
_FAREWELL_PART = re.compile(
    r"\b(?:ashes|scatter\w*|bury|buried|burial|funeral|grave|cremat\w*|memorial|headstone|cancel\w*)\b|"
    r"\b(?:wont|will not|not going to|no point) (?:be (?:at|there for|going to)|make|need|go to|going to)"
    r"(?: \w+){0,2} $|\bmy (?:very )?last $|\blast (?:week|day|night|post) on (?:the|this) $"
)


# "the songs i want at my funeral": the reason to be away names the farewell itself.
_FAREWELL_PLACE = re.compile(
    r"\b(?:want|wanted|like|songs?|hymns?|music|played|readings?|flowers)\b(?: \w+){0,3} "
    r"at (?:my|the) (?:funeral|memorial|wake)\b"
)


def _part_of_farewell(text: str, hit: tuple[int, int, str]) -> bool:
    clause = max(text.rfind(" . ", 0, hit[0]), text.rfind(" , ", 0, hit[0])) + 1
    return bool(_FAREWELL_PART.search(text, clause, hit[0]) or _FAREWELL_PLACE.search(text, clause, hit[1]))


# "my husband is away for work next week": someone else's reason to be away is the writer's window.
# A pet "going to my aunt" is the pet's move.
_OTHERS_AWAY = re.compile(
    r"(?:husband|wife|partner|hubby|boyfriend|girlfriend|flatmate|roommate|housemate) |"
    r"(?:my|our) (?:husband|wife|partner|boyfriend|girlfriend|mum|mom|dad|parents|family|kids|children|flatmate|"
    r"roommate|housemate|son|daughter|brother|sister)s? |(?:he|she|they|hes|shes|theyre|everyone|everybody) |"
    r"(?:the|my|our) (?:cats?|dogs?|pets?|rabbits?|birds?|budgie|hamster|horse) (?:is|are|will be|goes|go) "
)


_OTHERS_OWN = re.compile(
    r"(?:mums|moms|dads|husbands|wifes|partners|sisters|brothers|sons|daughters|parents|kids|friends|his|her|their) $"
)


# "tomorrow while everyones at work", "when hes away for work": a time clause of someone else's absence.
_OTHERS_WINDOW = re.compile(
    r"\b(?:when|while|once|as soon as) (?:hes|shes|theyre|he is|she is|they are|everyones|everybodys|everyone is"
    r"|my \w+ is|my \w+s are|the kids are) (?:\w+ ){0,2}$"
)


def _others_away(text: str, hit: tuple[int, int, str]) -> bool:
    """Someone else's trip: the clause starts with them, or it is theirs ("mums move into the care home")."""
    clause = max(text.rfind(" . ", 0, hit[0]), text.rfind(" , ", 0, hit[0])) + 1
    starts = clause + (clause > 0) * 2
    return bool(
        _OTHERS_AWAY.match(text, starts)
        or _OTHERS_OWN.search(text, max(0, hit[0] - 12), hit[0])
        or _OTHERS_WINDOW.search(text, starts, hit[0])
    )


# "saturday morning , at the reservoir , before anyones up": the place of the act is no trip.
_PLACE_OF_ACT = re.compile(
    r"(?:at|to) (?:the|a) (?:reservoir|bridge|cliffs?|cliff edge|quarry|viaduct|rooftop|roof|ledge|top floor|"
    r"multi storey|railway|tracks|level crossing)$"
)


# "the river is two streets away": a distance, not a trip.
_DISTANCE = re.compile(
    r"\b(?:streets?|roads?|miles?|minutes?|mins|doors?|km|kilometres?|metres?|meters?|steps?|blocks?|yards?) $"
)
# "im going to the bridge straight after the appointment": what comes after "after" is a time.
_A_TIME = re.compile(r"\bafter (?:the|my|this) $")


# "giving my switch and my plants away", "a note on my phone": things given away, a phone written on (plans11).
_GIVEN_AWAY = re.compile(
    r"\b(?:give|gives|giving|gave|given|hand|handing|handed|throw|throwing|threw|thrown)\b(?: \w+){0,6} $"
)
_ON_MY = re.compile(r"\b(?:on|in|into|from) my $")


def no_reason_to_be_away(text: str, hit: tuple[int, int, str]) -> bool:
    """The reason to be away is part of the farewell, someone else's, the place of the act, a distance or a time."""
    return (
        _part_of_farewell(text, hit)
        or (hit[2] == "away" and bool(_GIVEN_AWAY.search(text, max(text.rfind(" . ", 0, hit[0]) + 1, hit[0] - 50),
                                                           hit[0])))
        or (hit[2] == "phone" and bool(_ON_MY.search(text, max(0, hit[0] - 9), hit[0])))
        or _others_away(text, hit)
        or bool(_PLACE_OF_ACT.match(hit[2]))
        or (hit[2] == "away" and bool(_DISTANCE.search(text, max(0, hit[0] - 12), hit[0])))
        or bool(_A_TIME.search(text, max(0, hit[0] - 11), hit[0]))
    )
