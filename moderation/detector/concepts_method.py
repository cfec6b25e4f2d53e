"""A method thought about, with what it would do (round ten, kinds10a).

Thoughts of a method are often said as a question about the method itself, or as a place or a
means that will not leave the mind, with no verb of ending: "idk if hanging would hurt", "been
reading about which overdoses dont hurt", "if i took all my valium with a bottle of wine that would
do it right", "wondering if the car in the shut garage would work", "keep picturing stepping in
front of the night train , itd be quick". The combination layer (combine.py, through
concepts_now.py) reads:

- METHOD_ACT: a way of dying named as the subject of the question ("hanging would", "which
  overdoses"), with WOULD_WORK (would it work, hurt, be quick, do it, be enough);
- TAKE_IF: "if i took all my ..." with WOULD_WORK ("that would do it");
- a car "in the shut garage" (concepts_now.CAR_IN_GARAGE) with WOULD_WORK ("would work after a
  winter" of a car "in the garage" is a car);
- a place thought about "for the wrong reasons", or one "you can get on to" (nearness) that
  stays in the mind ("ive been thinking about that alot").
EXTRA adds alternatives to existing vocabularies: stepping in front of a train or a lorry, pictured,
is the act at a place; going to sleep for good and "one step and done" are endings; what benzos and alcohol do together, asked, is a lethal
question (beside "asking for me").
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

METHOD_ACT, WOULD_WORK, TAKE_IF, WRONG_REASONS = "method_act", "would_work", "take_if", "wrong_reasons"

METHOD_VOCAB: dict[str, str] = {
    # "i dont know if hanging would hurt": the not-knowing is part of the question, no negation of it.
    METHOD_ACT: r"(?:(?:dont|do not) know|not sure|unsure) (?:if|whether) (?:an? )?(?:hanging|overdose|drowning)(?= (?:would|will|is|hurts?)\b)|hanging(?= (?:would|will|is|hurts?|itself|myself)\b)|hanging myself|(?:which|what|an) overdoses?|overdos(?:e|es|ing)(?= (?:would|will|dont|doesnt|is|hurts?)\b)|"
    r"(?:drowning|jumping (?:off|from) (?:a|the) (?:\w+ )?(?:bridge|roof|building|cliff|car park))(?= (?:would|will|is|hurts?)\b)",
    # What it would do: work, hurt, be quick, be enough ("hurt the plaster" is a wall).
    WOULD_WORK: r"(?:would|will|does|do|dont|doesnt|wouldnt|wont|might) (?:it |that |they )?(?:work|hurt(?= *(?:$|[.,?]| much| less| at all| the least))|do it|be quick|be enough|be painless)(?= *(?:$|[.,?]| right| though| tho| or not| wouldnt it| isnt it))|"
    r"(?:itd|it would|that would|thatd|it will|itll) (?:be (?:quick|quicker|fast|painless|over (?:quick|fast|quickly))|do it)(?= *(?:$|[.,?]| right| though| tho| wouldnt it| isnt it))|"
    r"(?:dont|doesnt|wont|wouldnt) hurt(?= *(?:$|[.,?]))|(?<=\boverdose )hurts(?= *(?:$|[.,?]| much))",
    TAKE_IF: r"(?:if|what if) i (?:took|take|swallowed|swallow|downed|had) (?:all|every one of|the whole|the lot|them all|a whole)(?: of)?(?: (?:my|the|them))?",
    WRONG_REASONS: r"for the wrong reasons(?= *(?:$|\.| lately| recently| now| again))|not (?:for|to see|to enjoy|to look at) the view(?= *(?:$|[.,]))",
}

METHOD_EXTRA: dict[str, str] = {
    # "stepping in front of the night train", "going to sleep for good", "one step and done".
    "place_act": r"(?:(?<=\bpicturing )|(?<=\bimagining )|(?<=\bi thought about )|(?<=\bthinking about )|(?<=\bpicturing just ))(?:stepping|walking|jumping|throwing myself) in front of(?= (?:a|the) (?:\w+ )?(?:train|bus|lorry|truck)\b(?! (?:doors?|station|driver)\b))",
    "place": r"(?:(?<=\bin front of a )|(?<=\bin front of the ))(?:bus|lorry|truck)",
    "ending": r"(?:go|going) to sleep (?:for good|forever)(?! (?:tonight|now)\b)|one step (?:and|n) (?:done|gone|its over|its done|thats it)(?= *(?:$|[.,]))",
    # "looked up what benzos and alcohol together does . asking for me"
    "lethal_asked": r"what (?:\w+ )?(?:benzos?|pills|tablets|\w+pam|\w+lam|valium|xanax|meds) (?:and|with|plus) (?:alcohol|booze|wine|vodka|drink) (?:together )?(?:does|do|would do)",
    # "a roof you can get on to"
    "nearby": r"(?:you|i|anyone|people) can (?:get|climb) (?:on|onto|up|out)(?: to| onto)?(?= *(?:$|[.,]))",
    "haunt": r"(?:thinking|thought|think) about (?:it|that|this) (?:alot|lots|loads|nonstop|non stop)(?= *(?:$|[.,]))",
    # "the car and the garage", "the car in the shut garage"
    "car_in_garage": r"the car in the (?:shut|closed|locked|sealed) garage|the car and the garage(?= *(?:$|[.,]))",
    # "keep imagining walking in front of a lorry"
    "thought": r"(?:keep|kept|been|cant stop) imagining",
}

# The recipes that read them (combine.Recipe's fields), added to concepts_now.NOW_RECIPES.
METHOD_RECIPES: tuple[dict, ...] = (
    dict(name="method-would-work", categories=("active", "method"), anchor=METHOD_ACT, needs=((WOULD_WORK,),), weak_with=("news",)),
    dict(name="take-if-would-work", categories=("active", "method"), anchor=TAKE_IF, needs=((WOULD_WORK,),), weak_with=("dose",)),
    dict(name="car-would-work", categories=("active", "method"), anchor="car_in_garage", needs=((WOULD_WORK,),), self_needed=False),
    dict(name="place-wrong-reasons", categories=("active", "method"), anchor="place", needs=((WRONG_REASONS,), ("thought", "haunt", "lookup")),
         judged_at=0),  # "a cliff on the trail i used to hike": the place is old, the thought is now
)
