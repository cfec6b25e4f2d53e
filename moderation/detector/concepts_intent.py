"""Intent and plans said without a method word (round nine): more words for concepts.VOCAB, merged there.

The act is "it", "done" or "that's it"; what carries the meaning is the frame around it: a decision
that will not be argued with ("doesnt matter what anyone says", "no point pretending otherwise",
"this time im not going to stop myself"), the act with nothing after it but insistence ("im going
to do it anyway"), an end that follows an event waited for ("christmas then done", "after that im
free to go"). Same form as concepts.VOCAB: words and short word sequences over normalised text,
each entry added to the concept of that name (concepts.py's names, spelled here as strings).
"""

from __future__ import annotations

# An end that follows an event waited for ("christmas then done", "and then thats it", "after that im free to go"):
# it counts beside a time and a wait for someone else's sake ("ill get through it for mum"), or said twice.
THEN_DONE, FOR_THEM = "then_done", "for_them"
_THEM = r"(?:mum|mom|dad|my \w+|the kids|her|him|them|everyone)"
_ANYONE = r"(?:anyone|anybody|everyone|everybody|they|people|you|my \w+)"

MORE: dict[str, str] = {
    # A decision that refuses to be argued with or is held to.
    "decide": (
        r"(?:doesnt|does not|dont|do not) (?:matter|care) what " + _ANYONE + r" (?:says?|thinks?)"
        r"|(?:doesnt|does not) matter (?:anymore|now)(?= *(?:$|[.,]))"
        r"|(?:whatever|no matter what) " + _ANYONE + r" (?:says?|thinks?)|whether " + _ANYONE + r" likes? it or not"
        r"|no point pretending(?: otherwise)?(?= *(?:$|[.,]))"
        r"|(?:not going to|am not going to|wont|will not|not gonna) stop myself(?= *(?:$|[.,]|this time))"
        r"|promised myself|(?:im |i am )?making sure (?:of it|this time)"
        # "ill do it . i will .": the will said again on its own
        r"|(?:^|(?<=[.,] ))(?:and )?ill(?: (?:really|actually))?(?= *(?:$|[.,]))"
        r"|(?:this time )?i (?:actually|really) will(?= *(?:$|[.,]))"
    ),
    # The act with nothing after it but insistence, or an end that follows what is waited for.
    "act": (
        r"(?:do|go through with|going through with) it(?= (?:anyway|regardless|no matter what)(?= *(?:$|[.,])))"
        r"|do something (?:stupid|drastic|permanent|i cant (?:take back|undo))"
        r"(?= *(?:$|[.,]|(?:tonight|tomorrow|soon|this time)(?= *(?:$|[.,]))|and (?:this time|i|im)\b))"
        r"|(?:im|i am) not (?:staying|sticking around) (?:for|to see) (?:another|one more|the next|day \d+)"
    ),
    THEN_DONE: (
        r"(?:(?:^|(?<=[.,] ))|(?:and )?then |after that )"
        r"(?:(?:im |i am |its |it is )?(?:done|over)(?= *(?:$|[.,]))|(?:thats|that is) it(?= *(?:$|\.)))"
        r"|(?:then|after that) (?:im|i am|ill be|i will be) free to go(?= *(?:$|[.,]))"
    ),
    FOR_THEM: (
        r"(?:get|getting|make it|hold on|hang on) (?:through|till|until) (?:\w+ ){1,3}?for " + _THEM + r"\b"
        r"|(?:wont|will not|dont want to|not going to|do not want to) (?:ruin|wreck|spoil) (?:it|that|\w+) for "
        + _THEM
        + r"|(?:one|a) last (?:christmas|birthday|summer|holiday) with (?:me|us)"
        r"|for (?:mums|moms|dads|the kids|her|his|their) sake"
    ),
    "date": r"easter|new years (?:day|eve)",
    # "new years day", "thats 3 weeks away": a time.
    "soon": r"new years day|(?:\d+|two|three|four|five|six|a few) (?:weeks|days|months) away(?= *(?:$|[.,]))",
}
