"""The "experience, not instructions" nudge: does a text tell another person what to do with
their medication? (Pure functions, no database; explainable like moderation's crisis detector.)

Public API (stable; forum, realtime chat and private messages call it):

    check_advice(text) -> AdviceCheck
        .is_instruction  True when at least one sentence reads as an instruction
        .findings        (Finding(rule, label, sentence, evidence), ...) one per matching sentence

    browser_rules() -> dict   the same rules as JSON for static/js/care-nudge.js

How a sentence is judged (each step is a reason someone can read):
1. Quoted lines (Markdown "> ...") are someone else's words and are skipped.
2. Questions (ending in "?") are skipped: asking is not instructing.
3. A sentence matches one of RULES: an imperative at its start ("Just stop.", "Take 0.5 mg",
   "Don't updose"), modal advice to "you"/"u" ("you should cut 10%", "u shud", "you need
   gabapentin"), or a recommendation ("I'd suggest you...", "my advice is to...", "if I were
   you I'd...", "it's best to...", "the trick is to...", "why not...", "why don't you...", or
   "I'd jump at 2mg" offered to the reader, but not "I'd cut slower next time"/"again"/"with my
   GP"), a dose named as right for the reader ("your next cut should be 0.05", "the right dose
   for you is 0.75", "20mg is what you want"), or a command after a lead-in ("listen,", "trust
   me,", "do yourself a favour and") or after a clause about the reader ("you're under-dosed,
   take 4mg").
   The action (_ACTION) is one of these kinds: a dose amount ("take 0.5", "pop a quarter",
   "take a full 1mg", "go with 0.5", "be on at least 10mg", "go below 3mg"); a cut or taper
   rate ("cut 10%", "do micro cuts", "do 20%", "knock off 1mg", "step down by 10%", "don't
   bother with 5% cuts"); stopping or jumping ("stop taking it", "jump", "throw the pills
   away"); switching drug ("swap the Xanax for Valium", "go onto clonazepam", "change to a
   different benzo", "ask for a switch to..."); updosing ("updose", "put your dose back up",
   "add back 0.25", "up it by 1mg"); timing ("move the night dose", "switch your cut day",
   "space your cuts apart", "take it first thing", "dose every 6 hours"); other substances as
   treatment ("try melatonin", "start taking...", "get yourself on...", "smoke a bit of...").
4. Reported speech is skipped: a reporting verb before the match ("My doctor said you should
   cut") means the writer is telling their story, not instructing.
Sharing one's own dose ("I'm on 12 mg", "I cut 10%") matches no rule: none has "I" as the
one doing the action. The patterns are written so Python's re and JavaScript's RegExp (flag
"i") read them the same way; tests/forum/test_nudge.py holds the labelled corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AdviceCheck", "Finding", "RULES", "check_advice", "browser_rules", "REMINDER"]

REMINDER = (
    "A gentle reminder of rule 2: share what you did rather than telling someone what to take or do "
    "with their medication. Everyone's body and taper are different. You could write it as your own "
    "experience, for example \u201cWhat worked for me was\u2026\u201d."
)

_DRUG = (
    r"(?:benzos?|meds?|medications?|pills?|tablets?|valium|diazepam|xanax|alprazolam|klonopin|clonazepam|"
    r"ativan|lorazepam|librium|chlordiazepoxide|restoril|temazepam|halcion|triazolam|oxazepam|zopiclone|"
    r"zolpidem|ambien|gabapentin|pregabalin|lyrica|propranolol|hydroxyzine|seroquel|quetiapine|"
    r"diazapam|valum|klonipin|clonazapam|lorazapam|alprazolan|rivotril|lexotan|bromazepam|tranxene|"
    r"clorazepate|nitrazepam|mogadon|mirtazapine|remeron|trazodone|doxepin|phenibut|baclofen|flumazenil|"
    r"antihistamines?|benadryl|sleeping\s+pills?|beta[\s-]?blockers?|antidepressants?|ssris?|antipsychotics?|"
    r"z[\s-]?drugs?|(?:long|short|longer|shorter)[\s-]acting(?:\s+(?:ones?|benzos?|drugs?))?)"
)
# Things taken as treatment besides prescribed medication ("take magnesium", "try melatonin").
_SUBSTANCE = (
    r"(?:magnesium|melatonin|cbd|thc|cannabis|weed|kratom|kava|valerian|ashwagandha|l-?theanine|"
    r"5-?htp|gaba\b|passion\s*flower|supplements?|vitamins?|omega[\s-]?3|fish\s+oil|"
    r"alcohol|wine|beer|vodka|whisky|whiskey)"
)
# A number or part that is not a length of time ("take 2 mg", not "take 2 days off").
_AMOUNT = r"(?:\d+(?:\.\d+)?|\.\d+)\s*(?:mg|mcg|ml|milligrams?|%|percent)"
_TIME = r"(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|nights?|weeks?|wks?|months?|years?|yrs?)\b"
_NUM = r"(?:\d+(?:\.\d+)?|\.\d+)(?!\d|\.\d|\s*" + _TIME + r")"
_PART = r"(?:half|quarter)(?!\s+(?:an?\s+)?" + _TIME + r")"
_DOSE = (
    r"(?:" + _NUM + r"|" + _PART + r"|doses?|dosage|more|less|another|extra|morning|evening|night|bedtime|" + _DRUG +
    r"|" + _SUBSTANCE + r")"
)
_STOP_OBJECT = (
    r"(?=\s*(?:[.!,;]|$)|\s+(?:taking|using|it|them|now|completely|cold|the|your|all|today|"
    r"immediately|at|altogether|too)\b|\s+" + _DRUG + r")"
)
# Something done to a medication, in the form that follows "you should" or starts a command.
_ACTION = (
    r"(?:(?:cut|drop|reduce|lower|decrease)\b(?!\s+(?:me|us|yourself)\b|\s+down\s+on\s+(?!your|the|my))"
    r"|(?:step|ease|come|taper|cut|drop)\s+(?:it\s+)?down\s+(?:by|to)\b"
    r"|(?:knock|shave|chop|trim|take)\s+(?:(?:off|another|a|an|the)\s+)*(?:" + _NUM + r"|" + _PART + r")"
    r"|up\s+(?:it|them|that|your\s+dose|the\s+dose)\s+(?:by|to)\b"
    r"|add\s+(?:(?:back|it|them|that|the|a|an|some|another|your)\s+)*(?:" + _NUM + r"|" + _PART + r")"
    r"|(?:go|stick|settle)\s+(?:with|to|on)\s+(?:(?:the|a|an)\s+)?(?:" + _AMOUNT + r"\b|" + _NUM + r"(?!\s*[a-z]))"
    r"|do\s+(?:a\s+)?" + _AMOUNT +
    r"|bother\s+with\s+(?:[\w%.-]+\s+){0,2}(?:cuts?|tapers?|holds?|updoses?|doses?)\b"
    r"|ask\s+(?:(?:your|ur|the|a)\s+)?(?:(?:doctor|doc|gp|prescriber|psychiatrist|pdoc)\s+)?for\s+(?:a|an)\s+"
    r"(?:switch|swap|crossover|change|updose|increase|prescription|script)\s+(?:to|of|for)\s+"
    r"(?:(?:a|an|some|the)\s+)?(?:[\w-]+\s+)?" + _DRUG +
    r"|dose\s+(?:every|at\s+\d|twice|three|once|in\s+the|before|after|earlier|later)\b"
    r"|(?:updose|up-dose|reinstate|titrate|taper|halve|double|increase|wean)\b|up\s+(?:your|the)\s+dose"
    r"|stay\s+(?:at|on)\b|make\s+(?:a|an|your)\s+(?:\S+\s+)?cut\b"
    r"|cross\s*over\b|switch\s+(?:to|over)\b|jump\b"
    r"|(?:stop|quit)\b" + _STOP_OBJECT + r"|(?:come|get|go)\s+off\b"
    r"|go\s+(?:back\s+)?(?:up|down|to)\b|go\s+cold\s+turkey|get\s+(?:yourself\s+)?down\s+to\b"
    r"|(?:take|pop|swallow)\s+(?:(?:a|an|any|your|the|my|some|it|them|of|in|at|on|up)\s+)*"
    r"(?:" + _DOSE + r"|[\w-]+\s+(?:" + _NUM + r"|doses?|dosage|" + _DRUG + r"))" +
    r"|hold\s+(?:at|for|your|this|the|until|there|steady)\b"
    r"|skip\s+(?:the|your|a|an)\s+(?:\w+\s+)?(?:doses?|" + _DRUG + r")"
    r"|add\s+(?:some\s+|a\s+|an\s+)?" + _DRUG +
    r"|split\s+(?:your|the|it)\b"
    # switching drug: "swap the X for Y", "change from X to Y", "go onto X", "get switched to X"
    r"|(?:swap|switch|change|convert|replace|substitute|trade|ditch|bin)\s+(?:(?:the|your|ur|from|over|it|them|all)\s+)*"
    r"(?:\w+\s+){0,2}?" + _DRUG +
    r"|(?:swap|switch|change|convert|move|cross|go|get|transfer)\s+(?:(?:yourself|you|it|over)\s+)?"
    r"(?:to|onto|on\s+to|over\s+to|from)\s+(?:(?:a|an|the|some|\d\S*)\s+)*(?:different\s+|other\s+|new\s+)?" + _DRUG +
    r"|get\s+(?:switched|swapped|moved|changed|put)\s+(?:over\s+)?(?:to|onto|on)\b"
    r"|get\s+(?:your|ur)\s+(?:doctor|doc|gp|prescriber|psychiatrist|pdoc)\s+to\s+"
    r"(?:swap|switch|change|put|move|up|raise|lower|drop|cut|increase|prescribe)\b"
    # stopping: "throw the pills away", "bin your meds"
    r"|get\s+(?:yourself\s+)?(?:on|onto)\s+(?:(?:a|an|some|the)\s+)?(?:" + _DRUG + r"|" + _SUBSTANCE + r")"
    r"|(?:throw|chuck|flush)\s+(?:(?:the|your|ur|all|those)\s+)*" + _DRUG +
    # amounts and rates: "be on at least 10mg", "go below 3mg", "do micro cuts", "put your dose back up"
    r"|be\s+on\s+(?:(?:at\s+least|at\s+most|about|around|no\s+more\s+than|only|a)\s+)?(?:\d|" + _DRUG + r")"
    r"|go\s+(?:any\s+)?(?:below|under|above|over|lower|higher|faster|slower)\b"
    r"|do\s+(?:(?:your|the|ur|a|some|\w+)\s+){0,2}(?:micro[\s-]?)?(?:cuts?|tapers?|titrations?|reductions?|drops?|"
    r"updoses?|crossovers?)\b"
    r"|(?:put|bump|push|bring)\s+(?:(?:your|the|ur|it|that)\s+)?(?:dose\s+|" + _DRUG + r"\s+)?(?:back\s+)?"
    r"(?:up|down)\b"
    # timing: "move the night dose", "space them 8 hours apart", "take it an hour before bed"
    r"|(?:move|shift|switch|change)\s+(?:your|the|ur|those)\s+(?:\w+\s+)?(?:doses?|dosing|cut\s+days?|" + _DRUG + r")\b"
    r"|space\s+(?:out\s+)?(?:them|it|those|(?:your|the|ur)\s+(?:doses?|cuts?|drops?|reductions?|holds?|updoses?))\s+"
    r"(?:out|\d|apart|evenly|at\s+least)"
    r"|take\s+(?:it|them|your\s+dose|the\s+dose|each\s+dose)\s+(?:(?:an?|\d+|half\s+an)\s+)?"
    r"(?:hours?\s+|hrs?\s+|minutes?\s+|mins?\s+)?(?:before|after|with|at\s+\d|in\s+the|every|twice|three|once|"
    r"first\s+thing|last\s+thing|earlier|later|at\s+(?:night|bedtime|breakfast|lunch|dinner)|on\s+an?\s+(?:empty|full))\b"
    # other substances as treatment: "start taking X", "try melatonin", "have a glass of wine"
    r"|start\s+(?:on|taking|using)\b"
    r"|try\s+(?:(?:a|an|some|the|your|ur)\s+)?(?:\d|\.\d|half|quarter|" + _DRUG + r"|" + _SUBSTANCE + r")"
    r"|(?:get|drink|use|smoke)\s+(?:(?:some|a|an|the)\s+)?(?:(?:\w+\s+){1,2}of\s+(?:(?:a|an|the)\s+)?|\w+\s+)?"
    + _SUBSTANCE +
    r"|have\s+(?:(?:a|an|some)\s+)(?:(?:\w+\s+){0,2}of\s+)?" + _SUBSTANCE +
    r"|(?:water|liquid)\s+titrate|dry\s+cut"
    r"|slow\s+(?:down\s+)?(?:your|the)\s+(?:taper|cuts?)"
    r"|try\s+(?:a\s+)?(?:taking|cutting|dropping|reducing|updosing|holding|switching|splitting|swapping|"
    r"going\s+(?:down|up|off)|moving|converting|"
    r"liquid|water|dry|micro))"
)
_GERUND = (
    r"(?:cutting|dropping|reducing|lowering|taking|stopping|quitting|jumping|updosing|reinstating|holding|"
    r"switching|splitting|tapering|titrating|increasing|halving|doubling|skipping|dosing|going\s+(?:down|up|off|back)|"
    r"swapping|converting|moving|spacing)\b"
)
_FILLER = r"(?:(?:just|really|definitely|always|also|never|not|seriously|probably|first|simply|then)\s+)*"
_SOFTENER = (
    r"(?:(?:so|then|and|but|just|please|now|seriously|honestly|simply|definitely|really|ok|okay|maybe|never|"
    r"always|first|also|instead|mate|hun|listen|look|trust\s+me|do\s+yourself\s+a\s+favou?r\s+and)[\s,]+)*"
)

# (code, what the rule means, pattern). Order matters only for which reason is reported first.
RULES: tuple[tuple[str, str, str], ...] = (
    (
        "recommendation",
        "recommends a medication change to the reader",
        r"\b(?:(?:i'?d|i\s+would)\s+(?:(?:strongly|really|definitely)\s+)?(?:suggest|recommend|advise)"
        r"(?:\s+(?:that\s+)?you)?|my\s+advice\s+(?:is|would\s+be)(?:\s+to)?|if\s+i\s+were\s+you,?\s+"
        r"(?:i'?d|i\s+would)|(?:the\s+)?best\s+(?:thing|way|option|plan)\s+(?:is|would\s+be)\s+to"
        r"|(?:the\s+)?(?:trick|key|secret|answer|rule)\s+(?:is|would\s+be)\s+to"
        r"|(?:it'?s|it\s+is|it'?d\s+be|it\s+would\s+be)\s+(?:best|better|wise|safest|safer)\s+to|why\s+not"
        r"|why\s+(?:don'?t|do\s+not)\s+(?:you|u|ya))\s+"
        r"" + _FILLER + r"(?:" + _ACTION + r"|" + _GERUND + r")"
        r"|\b(?:i'?d|i\s+would)\s+(?:\S+\s+){0,8}if\s+i\s+were\s+you"
        # "I'd jump from 1mg": what the writer would do, offered to the reader; not their own
        # "next time", "again" or "if I could"
        r"|^\s*(?:(?:honestly|personally|tbh),?\s+)?(?:i'?d|i\s+would)\s+(?:just\s+|definitely\s+|personally\s+)?"
        r"" + _ACTION + r"(?!.*\b(?:next\s+time|again|if\s+i\s+(?:could|had|did|was|were\s+(?!you))|myself|"
        r"my\s+(?:own\s+)?(?:doctor|doc|gp|prescriber|psychiatrist))\b)",
    ),
    (
        "modal",
        "tells the reader what they should do with their medication",
        r"\b(?:you|u|ya)(?:'ll|\s+will)?\s+(?:really\s+|just\s+|definitely\s+|probably\s+)?"
        r"(?:(?:should|shud|shld|shuld)(?:\s+be)?|shouldn'?t|should\s+not|must|mustn'?t|gotta|"
        r"need\s+to|have\s+to|ought\s+to|better|could|can|might\s+want\s+to|may\s+want\s+to|want\s+to)\s+"
        r"" + _FILLER + r"(?:" + _ACTION + r"|" + _GERUND + r")"
        r"|\byou(?:'d|\s+had)\s+better\s+" + _FILLER + _ACTION + r"|\byou'?re\s+better\s+off\s+" + _GERUND
        + r"|\b(?:you|u)\s+(?:really\s+|definitely\s+)?need\s+(?:(?:some|a|an|to\s+(?:get|try|start))\s+)?"
        r"(?:(?:like|about|around|at\s+least|maybe)\s+)?(?:" + _DRUG + r"|" + _SUBSTANCE + r"|" + _AMOUNT + r")\b"
        # "your next cut should be 0.05", "your dose needs to come down"
        r"|\b(?:your|ur)\s+(?:next\s+|first\s+|last\s+|night\s+|morning\s+|daily\s+|new\s+)?"
        r"(?:cuts?|doses?|dosage|tapers?|reductions?|holds?|drops?|updoses?|jump)\s+"
        r"(?:should|shud|must|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+(?:be\s+(?:\w+\s+){0,2}?\.?\d[\d.]*"
        r"|(?:be\s+)?(?:smaller|bigger|lower|higher|slower|faster|less|more)\b|(?:go|come)\s+(?:down|up)\b|stay\b)",
    ),
    (
        "dose_for_you",
        "names a dose as the right one for the reader",
        r"\b(?:the\s+)?(?:right|correct|best|ideal|proper|safest|safe)\s+(?:dose|amount|cut|rate|speed)\s+for\s+"
        r"(?:you|u)\s+(?:is|would\s+be)\s+(?:\w+\s+){0,2}?\.?\d[\d.]*"
        r"|(?:\d|\.\d)[^,;.]{0,60}\b(?:is|'s)\s+what\s+(?:you|u)\s+(?:want|need|should)\b",
    ),
    (
        "imperative",
        "a command about medication",
        r"^\s*" + _SOFTENER + r"(?:(?:don'?t|do\s+not|never)\s+)?" + _ACTION
        # a command after a clause about the reader: "you're under-dosed, take 4mg"
        + r"|^\s*(?:you'?re|you\s+are|ur|your\s+\w+\s+(?:is|are))\b[^,;]{0,80}[,;]\s*" + _SOFTENER
        + r"(?:(?:don'?t|do\s+not|never)\s+)?" + _ACTION,
    ),
)

_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|suggested|suggests|advised|advises|recommended|recommends|warned|"
    r"wants\s+me|wanted\s+me|asked\s+me)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_COMPILED = tuple((code, label, re.compile(pattern, re.IGNORECASE)) for code, label, pattern in RULES)


@dataclass(frozen=True)
class Finding:
    rule: str
    label: str
    sentence: str
    evidence: str


@dataclass(frozen=True)
class AdviceCheck:
    findings: tuple[Finding, ...] = ()

    @property
    def is_instruction(self) -> bool:
        return bool(self.findings)

    @property
    def evidence(self) -> str:
        """The first matched words, for the moderators' queue."""
        return self.findings[0].evidence if self.findings else ""


def sentences(text: str) -> list[str]:
    """The writer's own sentences: Markdown quote lines dropped, split at . ! ? and line breaks."""
    own = "\n".join(line for line in (text or "").translate(_APOSTROPHES).splitlines()
                    if not line.lstrip().startswith(">"))
    return [part.strip() for part in _SENTENCE_END.split(own) if part and part.strip()]


def check_sentence(sentence: str) -> Finding | None:
    """Why this one sentence reads as an instruction, or None."""
    if sentence.rstrip().endswith("?"):
        return None
    for code, label, pattern in _COMPILED:
        found = pattern.search(sentence)
        if found is None:
            continue
        if _REPORTED.search(sentence[: found.start()]):
            return None
        return Finding(rule=code, label=label, sentence=sentence, evidence=found.group(0).strip())
    return None


def check_advice(text: str) -> AdviceCheck:
    """Whether text tells another person what to take or do with their medication, and why."""
    findings = [finding for sentence in sentences(text) if (finding := check_sentence(sentence))]
    return AdviceCheck(findings=tuple(findings))


def browser_rules() -> dict:
    """The rules for the composer's script (same patterns; compiled there with the "i" flag)."""
    return {
        "rules": [{"code": code, "label": label, "pattern": pattern} for code, label, pattern in RULES],
        "reported": _REPORTED.pattern,
        "reminder": REMINDER,
    }
