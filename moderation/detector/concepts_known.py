"""Plans, means and preparations told by what is known, kept back or done (round twelve, acts12).

concepts_intent.py merges MORE into its own (so into concepts.VOCAB); combine.py adds RECIPES. Concept names
are spelled here as strings so this module imports nothing. Same form as concepts.VOCAB: words and short word
sequences over normalised text.

- Piece 1, a plan told by what the writer has settled, with the act left unnamed: a facet decided or known
  and nothing named after it ("i have decided where", "i already know how", "ive written down exactly how and
  when") beside the time of an act ("im doing it at 5am", "thats when", "friday , when my flatmates out"); a
  day picked and nothing named after it ("ive picked sunday night") beside others away ("husbands away",
  "the kids are at his mums"); only holding on till a day ("hanging on till payday") and then going or done.
  "i know how and when the shop opens" names what; a day picked for a film, a date night or a dose is an
  outing or a taper.
- Piece 2, means and preparations told by what was done with them: a supply got by a ruse and kept
  ("told the gp id run out . im collecting", "different pharmacies so nobody notices how many i have"); a
  means asked about as enough ("the whole script would be enough right", "a dose that would just stop your
  breathing . i dont want the lecture"); where the ammunition is known, beside a gun; a place or the car
  tried out ("walked out to it twice today", "went and sat in it just to see"); a pet found a home, a
  "goes to" a neighbour, debts settled "to leave it tidy for them", goodbyes written and "most of them done".
"""

from __future__ import annotations

FACET_KNOWN, PICKED, OTHERS_OUT, HOLDING_ON = "facet_known", "picked", "others_out", "holding_on"
MIXED, PICKED_FOR, TOLD_PRO, ROUNDS, DENIED = "mixed", "picked_for", "told_pro", "rounds", "ruse_denied"
HAPPENING, THEN_GONE = "happening", "then_gone"
RUSE, UNNOTICED, ENOUGH_ASKED, AMMO_KNOWN, TRIED_OUT, GOODBYES_DONE = (
    "ruse", "unnoticed", "enough_asked", "ammo_known", "tried_out", "goodbyes_done"
)
_ENDS = r"(?= *(?:$|[.,]))"
# The writer's subject and an asking verb as lookbehinds, so that a match begins at a rarer word (speed).
_BY_ME = r"(?:" + "|".join(rf"(?<=\b{s} )" for s in ("i", "ive", "i have", "id", "i had")) + r")"
_ASKED = r"(?:" + "|".join(
    rf"(?<=\b{v}{w} )" for v in ("would", "will", "could")
    for w in ("", " that", " it", " this", " they", " probably", " definitely", " really", " actually", " just",
              " that just", " it just")
) + r")"
_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|next \w+|this \w+)"
_PEOPLE = (
    r"(?:husband|wife|partner|boyfriend|girlfriend|flatmate|housemate|roommate|mum|mom|dad|parents|kids|children|family)"
)
_PET = r"(?:dog|cat|dogs|cats|pets?|rabbits?|budgie|hamsters?|horse|guinea pigs?)"
_WHO = r"(?:them|everyone|everybody|whoever|my \w+|the kids|the family)"

MORE: dict[str, str] = {
    # Piece 1. "i have decided where", "i already know how", "ive written down exactly how and when"
    FACET_KNOWN: (
        _BY_ME + r"(?:(?:already|now|finally) )?(?:decided|know|worked out|figured out"
        r"|written down|wrote down|chosen|picked|sorted)(?: out)?(?: exactly| already)? (?:where|how|when)"
        r"(?: (?:and|,) (?:where|how|when))*" + _ENDS
    ),
    # "ive picked sunday night ." (nothing named after it)
    PICKED: (
        _BY_ME + r"(?:(?:already|finally|now) )?(?:picked|chosen|chose|set|settled on|decided on)"
        r" (?:the |a )?" + _DAY + r"(?: night| morning| evening| afternoon)?" + _ENDS
    ),
    # "husbands away", "the kids are at his mums", "my wife is on nights"
    OTHERS_OUT: (
        r"(?:(?:my|the|his|her) )?" + _PEOPLE + r"(?:s| is| are| will be| s| re)? (?:both |all )?(?:away|out"
        r"|at (?:his|her|their|my|the) \w+|on (?:holiday|nights|a night shift|a trip)|staying (?:at|with) \w+)"
    ),
    # "which night for the film ? ive picked sunday": a day picked for an outing or asked about
    PICKED_FOR: (
        r"(?:which|what) (?:night|day|time|date|evening)|(?:for|to) (?:the|a|our) (?:film|movie|party|meal|dinner|quiz"
        r"|game|match|trip|visit|takeaway|date|wedding|birthday)\b"
    ),
    # "only hanging on till payday", "just holding on until the kids are back at school"
    HOLDING_ON: r"(?:(?:only|just|barely|only just|im|i am) )?(?:hanging|holding) on (?:till|until|til)(?: \w+){1,3}",
    THEN_GONE: r"then (?:im|i am|ill be|i will be) (?:gone|done|out)(?= *(?:$|[.,]))",
    # "its happening friday night": the time of an act left unnamed
    HAPPENING: (
        r"(?:^|(?<=[.,] ))(?:its|it is|its all|it will be|itll be) (?:happening|going to happen)"
        r"(?= (?:tonight|tomorrow|\w+day|this|next|on|at)\b)"
    ),
    # Piece 2. A supply got by a ruse: a run-out claimed, or a round of pharmacies.
    RUSE: (
        # the claim is the anchor (the teller, a need: "my doctor" would read as someone else acting)
        r"(?:" + "|".join(rf"(?<=\b{s} )" for s in ("id", "i had", "ive", "i have"))
        + r")(?:run out|lost (?:them|it|my \w+))"
    ),
    ROUNDS: (
        r"(?:going|went|go|been going|been) (?:round |to )(?:two|three|several|multiple|various|different|all the)"
        r" (?:different )?(?:pharmacies|chemists|doctors|gps|surgeries)"
    ),
    TOLD_PRO: (
        r"(?:told|tell|telling) (?:the|my) (?:gp|doctor|pharmacist|prescriber|chemist|nurse)(?= (?:that )?(?:id|i))"
    ),
    UNNOTICED: (
        r"so (?:that )?(?:nobody|no one|noone|they|he|she|my \w+|the (?:gp|doctor|pharmacist|pharmacy|chemist))"
        r" (?:never |wont |doesnt |cant )?"
        r"(?:notices?|knows?|finds? out|realises|realizes|twigs?|clocks?|can tell|sees?)"
    ),
    # "i havent run out", "i didnt lose them": the claim denied
    DENIED: (
        r"(?:i|ive|i have) (?:havent|have not|didnt|did not|not) (?:really )?"
        r"(?:run out|lost (?:them|it)|lose (?:them|it))"
    ),
    # "would probably be enough right", "would just stop your breathing"
    ENOUGH_ASKED: (
        r"(?:" + _ASKED + r"|would (?:\w+ ){1,5}?)be enough(?: right| yeah| do you think)?(?= *(?:$|[.,?]))"
        r"|" + _ASKED + r"stop (?:your|my|the|someones|a persons) (?:breathing|heart)"
    ),
    # "all my valium plus the gabapentin": means put together
    MIXED: r"\bplus (?:the|my|all|a|an|another|some)\b|\ball my\b(?= \w+ (?:plus|and|with)\b)",
    "for_me": r"(?:dont|do not) (?:want|need) (?:the|a|any) (?:lecture|speech|sermon)",
    # "i know exactly where the shells are"
    AMMO_KNOWN: (
        _BY_ME + r"(?:know|knew|found|find) (?:exactly |just )?where (?:(?:he|she|they|\w+) (?:keeps|hides|puts|stores"
        r"|kept|hid|put|stored) )?(?:the|his|her|my|their|\w+s)"
        r" (?:shells|bullets|ammo|ammunition|cartridges|rounds|gun key|key to the gun \w+)"
        r"(?: (?:are|is)(?: kept| hidden)?)?"
        + _ENDS
    ),
    # "walked out to it twice today", "went and sat in it today just to see"
    TRIED_OUT: (
        r"(?:walked|drove|driven|went|been) (?:out )?to (?:it|there)"
        r"(?= (?:twice|again|a few times|\w+ times|every \w+|most \w+)\b)"
        r"|(?:sat|sit|sitting|stood|standing) (?:in|on|at|by) (?:it|there)(?: \w+){0,2} (?:just )?to see"
        r"(?= *(?:$|[.,]| what| how| if))"
    ),
    "farewell": (
        r"found (?:new |good |a new |a good )?homes? for (?:my |both (?:my |the )?|all my )(?:\w+ )?" + _PET
        + r"|(?:writing|wrote|written|finished|sending|sent) (?:my |all my |the )?goodbyes"
    ),
    GOODBYES_DONE: (
        r"(?:done|finished|written|sent|posted) (?:most|all|half|the rest|nearly all) of them(?: now| already| today)?"
        + _ENDS
    ),
    "for_after": (
        r"(?:someone|somebody)(?: who| whos| who is| wholl| who will| that will| thatll)"
        r" (?:going to )?be (?:around|here)" + _ENDS
        + r"|(?:leave|leaving) (?:it|things|everything|it all)(?: \w+)? (?:tidy|sorted|in order|neat|simple|easy)"
        r" for " + _WHO + _ENDS
    ),
    "given": (
        r"(?:made sure|sorted it so|arranged it so|arranged for) (?:that )?(?:the|my) " + _PET
        + r" (?:goes|will go|gets to go|is going) to (?:my|a|the|our) \w+"
    ),
}

_QUIET = ("company", "dose")
RECIPES: tuple[dict, ...] = (
    # "im doing it at 5am , i have decided where", "thats when . i already know how"
    dict(name="facet-decided", categories=("plan", "intent"), anchor=FACET_KNOWN,
         needs=(("when", "bare_when", "do_it", "plan_said", "window", "window_ends", HAPPENING),),
         unless=(*_QUIET, "away")),
    # "ive picked sunday night . husbands away and the kids are at his mums"
    dict(name="day-picked", categories=("plan", "intent"), anchor=PICKED,
         needs=((OTHERS_OUT, "window", "window_ends", FACET_KNOWN),), unless=(*_QUIET, PICKED_FOR)),
    # "only hanging on till payday so the rent is covered , then im going"
    dict(name="holding-on-till", categories=("plan", "intent"), anchor=HOLDING_ON,
         needs=(("act", "ending", "final", "then_done", "absent", THEN_GONE),), unless=(*_QUIET, "away", "done_with")),
    # Piece 2: a ruse and the supply kept or hidden
    dict(name="supply-by-ruse", categories=("method", "preparation"), anchor=RUSE, needs=((TOLD_PRO,), (DENIED,)),
         unless=("news",)),
    dict(name="supply-unnoticed", categories=("method", "preparation"), anchor=ROUNDS, needs=((UNNOTICED,),),
         unless=("news",)),
    dict(name="enough-asked", categories=("method",), anchor=ENOUGH_ASKED,
         needs=(("means",), ("count", "take_all", "for_me", MIXED)), weak_with=("news",)),
    dict(name="ammo-known", categories=("method", "preparation"), anchor=AMMO_KNOWN, needs=(("tied_or_gun",),)),
    dict(name="place-tried-out", categories=("plan", "method"), anchor=TRIED_OUT,
         needs=(("place", "car_in_garage"),), unless=("away",)),
    dict(name="goodbyes-done", categories=("preparation",), anchor="farewell", needs=((GOODBYES_DONE,),),
         unless=("away", "life_reason", "dose")),
)
