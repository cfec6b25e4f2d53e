"""Attempts told by what stopped, interrupted or followed them (round ten, kinds10a).

A member often tells an attempt without naming the act, by what came between it and its end or
by what they feel right after it. The combination layer (combine.py, through concepts_now.py) reads:

- FOUND_BEFORE: someone reached the writer before the means could work ("mum found me before it
  worked", "my flatmate found me before the pills kicked in", "they got to me before it could
  work"): an attempt by itself ("found me before school" is not one);
- TIED_UP with INTERRUPTED: a ligature set up, then someone or something came between ("had the
  rope up , my sister came home early", "had the belt round the door handle when my son knocked");
  a rope "for the washing" or "tied to the car" is no ligature;
- BEGAN_IT with STOPPED_PART: the act begun and stopped part way, with what it left ("started to
  do it tonight and stopped halfway . im sitting on the bathroom floor now", "... still shaking");
- AFTER_REGRET: what the writer says right after taking them ("kind of regret it", "dont know why
  im typing this", "log on one last time"; not "dont know what to do": mostly a sleepless night), beside a plain "took them" or all of
  one's tablets a moment ago.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

FOUND_BEFORE, TIED_UP, INTERRUPTED, BEGAN_IT, STOPPED_PART, AFTER_REGRET = (
    "found_before", "tied_up", "interrupted", "began_it", "stopped_part", "after_regret",
)

STOPPED_VOCAB: dict[str, str] = {
    FOUND_BEFORE: r"(?:found|stopped|got to|reached) me (?:just )?before (?:it|they|(?:the |my |all the )?(?:\w+ )?(?:pills|tablets|meds|drugs|stuff|overdose|gas|fumes|poison))"
    r" (?:could |had |did |had a chance to |started to |began to )?(?:work|worked|kick in|kicked in|take effect|took effect|take hold|took hold|do anything|did anything)"
    r"(?= *(?:$|[.,]| and (?:called|rang|phoned|rushed|drove)\b))",
    TIED_UP: r"had (?:the|a|my) (?:rope|noose|cord|ligature) (?:up|tied|ready|set up)(?! (?:to|on|for|onto|off|in) )|"
    r"had (?:the|a|my) (?:rope|noose|belt|cord|ligature|flex) (?:round|around|over) (?:the (?:\w+ )?(?:door|banister|bannister|beam|pipe|rail|hook|handle|door handle|loft hatch))\b|"
    r"(?<!my )the (?:rope|noose|ligature) was (?:up|tied|ready|set up)(?! (?:to|on|for|onto|in) )",
    # What came between ("my sister came home early", "the doorbell went", "my son knocked", "the dog started barking").
    INTERRUPTED: r"knocked|knocking|doorbell (?:went|rang)|(?:door|phone) (?:went|rang)|(?:came|got|come) (?:home|in|back|round|upstairs|through the door)(?: early)?|walked in|(?:started|kept) barking|called my name|heard (?:the|my) (?:door|key|car|front door)|key (?:went|turned)",
    BEGAN_IT: r"(?:started|began|begun) (?:to do it|doing it)(?! (?:with|for|on)\b)(?! , (?:the|a|my|our)\b)",
    STOPPED_PART: r"stopped (?:myself )?(?:half ?way|part ?way|in the middle)(?: (?:through|thru))?|(?:couldnt|could not|didnt) finish(?: it)?(?= *(?:$|[.,]))",
    AFTER_REGRET: r"(?:kind of |kinda |already |starting to |i )?regret(?:ting)? (?:it|this|doing it)(?: now| already)?(?= *(?:$|\.))|"
    r"(?:dont|do not|not sure|no idea) (?:know )?why im (?:typing|writing|telling (?:you|anyone|someone)|posting)(?: (?:this|here|anyone|you))?(?= *(?:$|[.,]))|"
    r"(?:check in|log on|come on|post) (?:here )?(?:one last time|for the last time)",
}

# "took them about 20 min ago": a plain act a moment ago (added to concepts_now.TAKEN_NOW).
STOPPED_EXTRA: dict[str, str] = {
    "taken_now": r"(?:already |just )?(?:took|taken|swallowed|downed|necked|popped) (?:them|the (?:pills|tablets|lot))"
    r"(?= (?:about |around |maybe |like |nearly )?(?:\d+|an?|half an?|a few|a couple of) (?:min|mins|minutes?|hours?|hrs?) (?:ago|back)\b)",
}

# The recipes that read them (combine.Recipe's fields), added to concepts_now.NOW_RECIPES.
STOPPED_RECIPES: tuple[dict, ...] = (
    dict(name="found-before-it-worked", categories=("attempt",), anchor=FOUND_BEFORE, needs=()),
    dict(name="tied-interrupted", categories=("attempt",), anchor=TIED_UP, needs=((INTERRUPTED, "under_way", "aftermath"),)),
    dict(name="began-stopped", categories=("attempt",), anchor=BEGAN_IT, needs=((STOPPED_PART,), ("under_way", "shaking", "scared_now", "aftermath")),
         unless=("dose",)),
    dict(name="taken-regret", categories=("attempt",), anchor="taken_now", needs=((AFTER_REGRET,),), unless=("dose", "away", "taper")),
    dict(name="took-all-regret", categories=("attempt",), anchor="took_all", needs=(("moments_ago",), (AFTER_REGRET,))),
)
