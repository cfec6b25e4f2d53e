"""Attempts told by the rescue, by what gave way, or by what happened (round eleven, means11).

Round ten (concepts_stopped.py) read attempts told by what stopped them before the means could work.
Members also tell them by who came between them and the act ("my mum caught me before i could
finish it", "a neighbour got in before it was too late", "the police brought me home , i was on the
railway bridge"), by the means they were holding when stopped ("my husband stopped me at the car .
i had the pills in my pocket"), by what gave way ("stepped off the chair and the beam cracked"), or
by a bare "i tried a few days ago" and "after what happened on monday". The combination layer
(combine.py, through concepts_now.py) reads:

- "found_before" (extra): caught, stopped or grabbed "before i could" do it, finish, swallow, jump
  ("caught me before i could eat the cake", "... finish my toast" are food);
- LATE_RESCUE: someone got in, there or to the writer "before it was too late" or "just in time",
  beside "i tried" / "i did try" (concepts.DID): a vet in time for a calf is no attempt;
- CARRYING: a means held in the hand or the pocket, beside someone stopping the writer and a recent
  time ("my gp stopped me taking the pills" holds nothing);
- STEPPED_OFF with GAVE_WAY: the chair or stool kicked or stepped off and the ligature or its point
  gave way (not beside DIY, curtains or a light bulb);
- "stopped" (extra): the police or a stranger brought or drove the writer home or back, read with
  acts.AT_EDGE ("i was on the railway bridge"), which now also reads a sentence opening "was on the
  bridge"; "did" (extra): talked down off a flyover or a roof; "i tried" with "a few days ago", and "after what happened" with its time
  ending the clause ("... on saturday with the chip pan" names an accident); "aftermath" (extra): a
  mental health unit or a crisis house.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

LATE_RESCUE, CARRYING, STEPPED_OFF, GAVE_WAY, ORDINARY_JOB = "late_rescue", "carrying", "stepped_off", "gave_way", "ordinary_job"

_LIGATURE = r"(?:belt|rope|cord|noose|ligature|scarf|flex|cable|dressing gown cord)"

RESCUE_VOCAB: dict[str, str] = {
    LATE_RESCUE: r"(?:got|came|broke|burst|climbed|forced their way|forced his way|forced her way) (?:in|here|there|through|to me|through the door)(?: just)? (?:before it was too late|in time)(?= *(?:$|[.,]| and| to))",
    CARRYING: r"(?:with|had|holding|was holding) (?:the|my|a) (?:\w+ )?(?:" + _LIGATURE[3:-1] + r"|pills|tablets|knife|blade|razor|hose|hosepipe|bottle|gun|bag of pills|meds|lot)(?: \w+)? in my (?:hands?|pocket|bag|coat|fist)",
    STEPPED_OFF: r"(?:stepped|kicked|pushed|jumped) (?:off |away )?(?:the |a |my )?(?:chair|stool)(?: away| out| over)?",
    GAVE_WAY: r"(?:the )?(?:" + _LIGATURE[3:-1] + r"|beam|hook|rail|curtain rail|bannister|banister|pipe|branch|loft hatch|bracket) (?:snapped|broke|gave way|cracked|came (?:down|away|out)(?: of the (?:ceiling|wall))?|pulled out|didnt hold|wouldnt hold)",
    ORDINARY_JOB: r"diy|curtains?|(?:light ?)?bulbs?|painting|decorating|shelf|shelves|pictures?|fairy lights|decorations|smoke alarm|washing line|hammock|swing",
}

RESCUE_EXTRA: dict[str, str] = {
    "found_before": r"(?:caught|stopped|found|grabbed|got to) me (?:just )?before i (?:could|had a chance to|got to|managed to) (?:\w+ ){0,2}?(?:do it|do anything|finish|go through with it|swallow|take|jump|step|tie|kick|use|drink)"
    r"(?: (?:it|them|the lot|all of them|the rest|off|in|out|the (?:\w+ )?(?:pills|tablets|rope|belt|cord|knife|blade|razor|bottle)))?(?= *(?:$|[.,]))",
    "stopped": r"(?:police|paramedics|a stranger|a passerby|someone|security|the coastguard|a man|a woman|a lorry driver|a taxi driver) (?:brought|drove|took|walked|led|carried) me (?:home|back|down)",
    "at_edge": r"(?:^|(?<=[.,] ))was (?:up |out )?on (?:the|a) (?:\w+ )?(?:bridge|ledge|railings?|cliffs?|cliff edge|parapet|top floor|rooftop|viaduct|flyover)(?= *(?:$|[.,]|on|last|at|again|yesterday|tonight))",
    # "talked me down off the flyover": brought back from the edge ("the police drove me home from the cliffs" is left
    # to the place recipes: a lift home from a cliff walk or a breakdown on a bridge reads the same).
    "did": r"talked me (?:down |back )?(?:off|from) (?:the |a )?(?:\w+ )?(?:flyover|viaduct|cliffs?|cliff edge|parapet|rooftop|roof|multi storey|car park|top floor|pier|ledge|edge|bridge|railings?)|"
    r"(?:i )?tried(?= (?:again )?(?:a few|a couple of|couple of|\d+|two|three) (?:days|nights|weeks) ago(?= *(?:$|[.,])))|(?<=\bafter )what happened(?= (?:on|last|this) \w+(?: night| morning| evening)?(?= *(?:$|[.,])))",
    "aftermath": r"mental health unit|psych unit|psychiatric (?:unit|ward|hospital)|crisis house|inpatient unit",
}

# The recipes that read them (combine.Recipe's fields), added to concepts_now.NOW_RECIPES.
RESCUE_RECIPES: tuple[dict, ...] = (
    # "i tried . my sister got there before it was too late".
    dict(name="tried-rescued", categories=("attempt",), anchor="did", needs=((LATE_RESCUE,),)),
    # "my husband stopped me at the car last night . i had the pills in my pocket".
    dict(name="stopped-carrying", categories=("attempt",), anchor="stopped", needs=((CARRYING,), ("recent", "aftermath")), unless=("dose",)),
    # "stepped off the chair and the beam cracked . this was last night".
    dict(name="stepped-gave-way", categories=("attempt",), anchor=STEPPED_OFF, needs=((GAVE_WAY,), ("recent", "aftermath", "shaking")),
         unless=(ORDINARY_JOB,)),
)
