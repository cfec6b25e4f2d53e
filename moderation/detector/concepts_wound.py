"""Self-harm told by what it leaves, by its relapse, or by hand when a symptom spikes (round eleven, means11).

Members often tell self-harm without a verb of cutting: by the wound ("deeper this time", "it wont
stop bleeding", "my wrists are a mess"), by hiding it ("long sleeves in june so my mum wont ask",
"hoodies in summer bc of my arms"), by the blade back out and kept secret ("the blade is back out .
nobody at home has a clue"), by the streak broken ("sh clean streak broken"), or by harm done with the
hands when a symptom spikes ("slap myself when the anxiety spikes . leaves marks", "hitting my head
against the wall when the zaps get bad"). The combination layer (combine.py, through concepts_now.py)
reads:

- WOUND: what a wound does that a dose cut never does; beside "did it again" (acts.IT_AGAIN) it is
  self-harm, and it is strong context for a cut (concepts_harm.HURT_STRONG);
- HIDDEN: clothes worn "to hide my wrists", "so nobody sees my arms", "so my mum wont ask": the
  harm hidden, by itself (not from the sun, pale arms, eczema or bites);
- STREAK: a self-harm streak broken, told as the relapse by itself; a cut timed for when everyone is
  asleep or in bed (concepts_intent's WINDOW) is self-harm planned;
- BLADE_OUT: a razor or blade got out, back out or used again; with the harm kept secret or done
  ("nobody knows", "did it"), never beside shaving (concepts_harm.SHAVING) or a dose;
- WOUND_EXTRA adds to HARM_ACT slapping oneself (not "awake" or "to get the blood going"), skin picked or scratched till raw,
  sleeves worn "because of my arms" and a limb "a mess" (with their context: "again", bleeding); to
  HURT_CONTEXT a symptom that spikes or gets bad ("when the zaps get bad", "every time the panic
  hits"), harm done to stop a feeling, and what it left (a bruise, swollen, marks); to HURT_STRONG
  the harm kept secret ("nobody at home has a clue"), "the only way to get through" and WOUND; and "about cutting" with a time to
  CUTTING ("thinking about cutting after everyone goes to bed").
Insect bites, blood tests, a beard and "banging my head against a brick wall" with a doctor stay quiet.
"""

# ruff: noqa: E501 - one alternation per line reads better unwrapped, as in concepts.py
from __future__ import annotations

WOUND, BLADE_OUT, STREAK, HIDDEN = "wound", "blade_out", "streak", "hidden"

_BODY = r"(?:wrists?|arms?|forearms?|thighs?|legs?|stomach|hips?)"
# Skin that is sore for an ordinary reason: from the sun, eczema, insect bites, nettles, a fall.
_NOT_SKIN = (
    r"(?!(?: \w+| ,){0,8} (?:pale|hairy|fat|flabby|skinny|sun|sunburn\w*|burn easily|eczema|psoriasis|tattoos?|rash|hives|bites|allerg\w*|veins|moles?|cold|"
    r"mosquito\w*|midges|insects|nettles|brambles|dermatitis|acne|spots|fall|fell|accident|surgery|operation|bike|gardening)\b)"
)
_WOUND = (
    r"deeper (?:this time|than (?:before|last time|ever|usual|i meant))|(?:wont|wouldnt|doesnt|didnt|cant|couldnt|will not) stop bleeding|"
    r"(?:need|needs|needed|should have had) (?:stitches|steri strips|butterfly stitches)|"
    r"my " + _BODY + r" (?:are|is|look|looks) (?:a (?:\w+ )?mess|wrecked|shredded|cut up|torn up)(?! (?:from|after|with|because|cos|bc)\b)"
)

WOUND_VOCAB: dict[str, str] = {
    WOUND: _WOUND,
    # Clothes worn to hide the arms or the marks, or so nobody asks: the harm hidden, by itself.
    HIDDEN: r"(?:hoodies?|long sleeves|sleeves|jumpers?|long trousers|trousers|leggings|cardigans?)(?=(?: \w+){0,4}? (?:to hide|to cover(?: up)?|so (?:nobody|no one|people|they|my \w+) (?:cant |wont |doesnt |dont )?(?:sees?|notices?|asks?)) (?:my|the) (?:arms|wrists|legs|thighs|cuts|marks|burns)\b" + _NOT_SKIN + r")|"
    r"(?:hoodies?|long sleeves|sleeves|jumpers?|long trousers|trousers|leggings|cardigans?)(?=(?: \w+){0,4}? so (?:my \w+|mum|dad|nobody|no one|people|they|she|he) (?:wont|doesnt|dont|cant|will not|does not) (?:ask|see|notice)(?= *(?:$|[.,])))",
    # A self-harm streak broken is the relapse told ("sh clean streak broken"; a meditation streak is not).
    STREAK: r"(?:sh|selfharm|self harm|cutting|harm free) (?:clean |free )?streak (?:is |got |was )?(?:broken|over|gone|ended|reset|done)|(?:broke|broken|reset|lost|ended) my (?:sh|selfharm|self harm|cutting|clean|harm free) (?:free |clean )?streak"
    # Round thirteen (mind13): time clean from it said gone, over or back to day one; a coping skill that failed, then the blade.
    r"|(?:clean|free) (?:from|of) (?:sh|selfharm|self harm|cutting)(?: ,)? (?:(?:gone|over|broken|ended|ruined|reset|done|wasted|down the drain|blown)(?= *(?:$|[.,]))"
    r"|(?:and )?(?:im )?back to (?:day )?(?:0|zero|one|1|square one)(?! (?:of|on|with) (?:\w+ )?(?:taper|hold|withdrawal|titration|dose|cut|\w+pam|benzos?|job|diet)\b)|(?:until|till|til) (?:last night|tonight|today|yesterday|this (?:morning|evening|week)))"
    r"|(?:ice(?: cubes?)?|(?:the )?(?:elastic|rubber|hair) band|snapping the band|red pen|cold showers?)(?: \w+){0,4}? (?:didnt|did not|wasnt|werent|stopped|doesnt|dont|wont|isnt|arent|did nothing|does nothing)(?: (?:work\w*|help\w*|enough|do(?:ing)? it|cut(?:ting)? it))?(?: \w+| ,){0,4}? (?:so )?i (?:just )?(?:used|got|grabbed|took|went for|picked up|reached for|went back to) (?:the|a|my) (?:knife|blade|razor|scissors|lighter|compass)(?= *(?:$|[.,]|again|instead|on my|tonight|last night|anyway))",
    BLADE_OUT: r"(?:the |my )?(?:blades?|razors?) (?:is |are )?back out|(?:got|took|get|getting|taken) (?:the |my )(?:blades?|razors?) (?:back )?out|(?:using|used|use) (?:a |the |my )?(?:blades?|razors?) again",
}

WOUND_EXTRA: dict[str, str] = {
    "harm_act": (
        r"slap(?:ping|ped|s)? (?:myself|my (?:own )?(?:face|head|cheeks?|legs?|arms?))(?!(?: \w+){0,2} (?:awake|out of it|to (?:get|warm|wake|stay|keep|bring))\b)|"
        r"pick(?:ing|ed)? at my (?:skin|arms?|legs?|face|scalp)(?= (?:\w+ ){0,3}?(?:raw|bleed\w*|bled|on purpose))|"
        # The clothes are the anchor, so "again" or "in june" beside them is context apart from it.
        r"(?:hoodies?|long sleeves|sleeves|jumpers?|long trousers|trousers|leggings|cardigans?)(?=(?: \w+){0,4}? (?:because of|bc of|cos of) my (?:arms|wrists|legs|thighs)\b" + _NOT_SKIN + r")|"
        # "my thighs are a mess again": a limb "a mess" with its context (not from nettles, eczema or a fall).
        r"(?:my )?" + _BODY + r" (?:are|is|look|looks) (?:a (?:\w+ )?mess|wrecked|shredded|cut up|torn up)(?! (?:from|after|with|because|cos|bc)\b)" + _NOT_SKIN + r"|"
        r"scratch(?:ed|ing)? (?:at )?my forearms?"
    ),
    "hurt_context": (
        r"(?:when|whenever|every time|each time) (?:the |my )?(?:\w+ )?(?:zaps?|panic|anxiety|tinnitus|akathisia|thoughts?|urges?|noise|crawling|rage|dp|dr|pain|voices|cravings?|insomnia|feeling) (?:gets?|got|get) (?:bad|too much|worse|unbearable|loud|too loud)|"
        r"(?:when|whenever|every time|each time) (?:the |my )?(?:\w+ )?(?:zaps?|panic|anxiety|akathisia|thoughts?|urges?|rage|dp|crawling) (?:spikes?|spiked|hits?|come|comes|came|kicks? in|starts?)|"
        r"(?:just )?to (?:make|stop) (?:the|my) (?:\w+ )?(?:thoughts|feeling|feelings|noise|panic|crawling|voices?|buzzing)(?: stop)?|bruise|bruised|swollen|(?:leaves|left|leaving) (?:a )?marks?|" + _WOUND
    ),
    "hurt_strong": r"(?:the )?(?:only|one) (?:way|thing) (?:to get|that gets|i (?:can )?get|that helps me get) (?:me )?(?:through|thru)|(?:nobody|no one)(?: \w+){0,2} (?:knows|has a clue|has any idea|suspects)(?= *(?:$|[.,]))|" + _WOUND,
    "cutting": r"(?<=\babout )cutting(?= (?:myself )?(?:tonight|later|after|when|once|till|until|as soon))",
}

# The recipes that read them (combine.Recipe's fields), added to concepts_now.NOW_RECIPES.
WOUND_RECIPES: tuple[dict, ...] = (
    # "my wrists are a mess rn . i did it again", "did it again last night and this one wont stop bleeding".
    dict(name="again-wound", categories=("self_harm",), anchor="it_again", needs=((WOUND,),), self_needed=False, unless=("dose",)),
    dict(name="harm-hidden", categories=("self_harm",), anchor=HIDDEN, needs=()),
    dict(name="streak-broken", categories=("self_harm",), anchor=STREAK, needs=(), self_needed=False),
    # "thinking about cutting after everyone goes to bed": a cut timed for when others are asleep (a taper cut has a dose beside it).
    dict(name="cutting-window", categories=("self_harm",), anchor="cutting", needs=(("window", "window_ends"),), unless=("dose",)),
    # "the blade is back out . nobody at home has a clue", "got the razor out ... did it".
    dict(name="blade-out", categories=("self_harm",), anchor=BLADE_OUT, needs=(("hurt_strong", "done_now"),), self_needed=False,
         unless=("dose", "shaving")),
)
