"""assess(text) -> Assessment: the graded crisis detector (pure functions, no database, no network)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from moderation.detector import episodes as ep
from moderation.detector import guards
from moderation.detector import patterns as p
from moderation.detector.combine import not_a_thought_of_it
from moderation.detector.concepts import COMPILED as _CONCEPTS
from moderation.detector.concepts import SAFE as _SAFE
from moderation.detector.episodes import DISTANT_PAST as _DISTANT_PAST
from moderation.detector.episodes import PAST_WORDS as _PAST_WORDS
from moderation.detector.episodes import RESOLVED as _RESOLVED
from moderation.detector.episodes import dated_elsewhere, used_to
from moderation.detector.episodes import is_someone_else as _is_someone_else
from moderation.detector.lexicon import normalise
from moderation.detector.phrases import find_phrase
from moderation.detector.questions import answered_for_self
from moderation.detector.reading import RULES_BY_KEY, read, rule_candidates
from moderation.detector.resolved import says_it_is_over as _says_it_is_over
from moderation.detector.rules import RULES, Rule
from moderation.detector.settled import Context, Settled, add_context, corroborate
from moderation.detector.weighed import weigh
from moderation.detector.windows import combinations

HIGH, MEDIUM, NONE = "high", "medium", "none"
HIGH_CATEGORIES = frozenset({p.INTENT, p.PLAN, p.METHOD, p.PREPARATION, p.ATTEMPT})
CATEGORY_LABELS = {
    p.PASSIVE: "wish to be dead",
    p.ACTIVE: "thoughts of suicide",
    p.METHOD: "method",
    p.INTENT: "intent",
    p.PLAN: "plan or timing",
    p.PREPARATION: "preparations",
    p.ATTEMPT: "recent attempt",
    p.SELF_HARM: "self-harm",
    p.PHRASE: "phrase added by admins",
    p.WORDING: "crisis-like wording (weighted words)",
}
# Order in which categories are named to a moderator: the most urgent first.
CATEGORY_ORDER = (p.PLAN, p.INTENT, p.ATTEMPT, p.METHOD, p.PREPARATION, p.ACTIVE, p.PASSIVE, p.SELF_HARM, p.PHRASE,
                  p.WORDING)

# A weekday names the last few days ("i tried sunday", "survived an attempt on friday"; not "on a
# friday", "every sunday"); "a year ago today" is an anniversary, not today.
_RECENT = re.compile(
    r"\b(?<!every )(?<!a )(?<!most )(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b(?:(?<!anything )(?<!never )again|now|(?<!ago )today|(?<!ago )tonight|right now|lately|recently|these days|"
    r"(?<!ago )this (?:week|morning|afternoon|evening|month|year)|last (?:night|week|weekend|month)|yesterday|"
    r"still|every (?:day|night)|constantly|tomorrow|"
    r"at the moment|currently|relapsed|relapse|(?:ive|i have|have|has) (?:just )?(?:started|begun)|"
    r"(?:minutes?|mins|an hour|hours?) (?:ago|back)|just now|moments? ago|"
    # "attempted 3 weeks ago": days or a few weeks ago is recent (kinds9a)
    r"(?:a|one|two|three|four|five|six|\d) (?:days?|weeks?) ago)\b"
)
_AGAIN = re.compile(r"\b(?:(?<!anything )(?<!never )again|still|relapsed|happening)\b")
_BACK_AGAIN = re.compile(
    r"\b(?<!never )(?<!not )(?:again|happening|coming back|came back|come back|back again|returned|returning|"
    r"creeping back|started again|starting again)\b"
)
_HEDGED = re.compile(r"\b(?:not that|doesnt mean|never said|its not like|not saying)\b|\b(?:not|never|no longer) $")
_LET_GO = re.compile(
    r"\b(?:to (?:return|hand (?:them |it )?(?:in|back)|take (?:them |it )?back|dispose|get rid)|"
    r"returned(?! (?:my|the|his|her) (?:work|library|hire|rental|spare)\b)|"
    r"handed (?:them |it )?in|disposed|disposal|flushed|got rid|(?<!not )(?<!never )(?<!wont )(?<!dont )get rid of "
    r"(?:\w+ ){0,2}(?:pills|tablets|meds|medication|leftovers|bottles?|packets|boxes|strips))\b"  # "how do you get rid"
)
# "when i said i want it all to end i meant the withdrawal": the words were about the withdrawal, said so.
_MEANT = re.compile(r"\bi (?:meant|mean (?:done with|only|just)) (?:the|this|my) (?:wave|withdrawal|taper|benzos)\b")
_JOKING = re.compile(r"\b(?:lol|lmao|haha\w*|jk|rofl)\b")
_DEATH = re.compile(r"\b(?:dead|die|(?:kill|shoot|top) (?:myself|me))\b")  # with "lol" after: hyperbole
# "checked that the suicide clause has passed": a waiting period over is no episode over.
_OVER_NOW = re.compile(
    r"\b(?:(?<!clause )(?<!period )(?<!deadline )"
    r"(?:are|is|were|have|has) (?:all |completely |just |simply )?(?:gone(?! (?:from|up)\b)|over|passed)(?: now)?|"
    r"(?:went away|faded|lifted|vanished|disappeared|thinned out|cleared|"
    r"(?<!\band i )(?<!\bthen i )stopped|eased off|eased(?! off)|subsided)"
    r"(?: completely| eventually| for good)?"
    r"(?! (?:me|myself|for|but|until|till|then|halfway|half way|part way|partway|in the middle)\b)|"
    r"(?:havent|hasnt) (?:been|come) back|(?:are|is) (?:all |long )?(?:old|healed)(?: now)?(?! (?:but|and)\b))\b"
)
_NEGATED_VERB = re.compile(
    r"\b(?:never|not|no|havent|hasnt|hadnt) (?:once|ever|really|even|having|had|been|saying|anything)\b"
)
# "i wouldnt care if i never woke up": not minding, just before the "if", welcomes it (concepts_wish.ACCEPT).
_DOUBLE_NEGATIVE = re.compile(r"\b(?:cant|couldnt|never|dont|wont) (?:stop|wait)\b"
                              r"|\b(?:havent|hasnt|never) stopped\b"
                              r"|\b(?:cant|couldnt) (?:get|shake)$"
                              r"|\bwouldnt (?:even |really )?(?:mind|care|be (?:bothered|fussed|upset))(?= *$)"
                              r"|\bif (?:\w+ ){0,2}?(?:not|dont)\b")  # "if im not better by ...": the condition's
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|ill|me|myself|my)\b")
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether|case|should|what if)\s*$")
_HEDGE_BEFORE = re.compile(r"\b(?:not that|doesnt mean|never said|not saying)\s*$")
# A wish made now about what might have happened: "i wish id died back then", "id be relieved if a lorry took me".
_WISH_NOW = re.compile(r"\b(?<!used to )(?<!would )(?<!did )(?:wish|wishes|wishing|if only)\b"
                       r"|\b(?:id|i would) (?:be |feel )?(?:\w+ )?if\b"
                       r"|(?<!felt i )(?<!thought i )(?<!felt like i )\b(?:should (?:not |never )?|shouldnt )have\b")
_BARE_LEADS = frozenset({"", "the", "my", "those", "these", "all the", "all my", "and", "but", "so"})
_BECOMING = re.compile(r"\b(?:ever|start|starting|begin|get|become|feel|feeling|find)\b")


@dataclass(frozen=True)
class Assessment:
    """What the detector found: level "high" | "medium" | "none", the categories and the words."""

    level: str = NONE
    categories: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()

    @property
    def is_crisis(self) -> bool:
        return self.level != NONE

    def summary(self) -> str:
        """For moderators: "plan + method: 'saved up' 'pills'"."""
        if not self.is_crisis:
            return ""
        names = " + ".join(CATEGORY_LABELS.get(c, c) for c in self.categories)
        words = " ".join(f"'{word}'" for word in self.evidence)
        return f"{names}: {words}" if words else names


@dataclass
class Signal:
    rule: Rule
    categories: set[str]
    evidence: str
    start: int
    end: int = 0
    sentence: tuple[int, int] = (0, 0)
    weak: bool = False
    extra_evidence: list[str] = field(default_factory=list)


def _span(text: str, start: int, end: int, marks: str) -> tuple[int, int]:
    left, right = -1, len(text)
    for mark in marks:
        left = max(left, text.rfind(mark, 0, start))
        found = text.find(mark, end)
        if found != -1 and found < right:
            right = found
    return (left + 2 if left != -1 else 0, right)


# What a sentence or a clause says is read once for all the candidates in it (speed): the guards
# below ask the same of every rule match and combination in a sentence.
@lru_cache(maxsize=256)
def _long_ago(text: str, start: int, end: int) -> re.Match | None:
    return _DISTANT_PAST.search(text, start, end)


@lru_cache(maxsize=256)
def _clause_times(clause: str) -> tuple[bool, bool]:
    """The clause says: again (or still); now (recently)."""
    return bool(_AGAIN.search(clause)), bool(_RECENT.search(clause))


@lru_cache(maxsize=256)
def _clause_long_ago(clause: str) -> bool:
    """Long ago (not a stage now, "louder in month 8"; not tonight: round thirteen); asked only where needed."""
    return bool(_DISTANT_PAST.search(clause)) and not ep.stage_now(clause) and not guards.said_tonight(clause)


@lru_cache(maxsize=256)
def _explained_away(text: str, s_start: int, s_end: int) -> bool:
    """The sentence says the words meant the withdrawal, or the means were let go of (returned,
    disposed of: in this sentence or the one before)."""
    if _MEANT.search(text, s_start, s_end):
        return True
    return bool(_LET_GO.search(text, text.rfind(" . ", 0, max(0, s_start - 3)) + 1, s_end))


def _over_and_done(text: str, match: re.Match, filler: str, clause: str, sentence: tuple[int, int]) -> bool:
    """A past episode: long ago, or in the past tense in a post that says it is over."""
    s_start, s_end = sentence
    over = _OVER_NOW.search(clause, clause.find(match.group(0)) + len(match.group(0)))
    if over and not _AGAIN.search(clause, 0, over.start()):  # "carving again, and the scars had faded": not over
        return True  # "the thoughts of killing myself i had are gone now"
    if "used to" not in clause and _WISH_NOW.search(clause, 0, clause.find(match.group(0)) + len(match.group(0))) and (
        not ep.wished_then(clause)
    ):
        return False  # the past tense is what is wished for, the wish is now
    # "the night i almost did it feels like a different person now": the now of a well present is no recency
    timed = _RESOLVED.sub(" ", clause) if "now" in clause else clause
    again, recent = _clause_times(timed)
    if _PAST_WORDS.search(match.group(0)) and _DISTANT_PAST.match(text, match.end() + 1) and not again:
        return True  # "i overdosed years ago and now i volunteer": the time belongs to the act
    if not again and (used_to(clause, match.group(0)) or not recent and (
        dated_elsewhere(text, sentence) or ep.counted_since(text, sentence)
    )):
        return True  # "i used to think about it a lot", "the platform . that was four years ago", "at 22 . im 31 now"
    lead = filler or " ".join(text[s_start : match.start()].split()[-2:])  # "i started hiding my tablets"
    opens = lead.strip() in _BARE_LEADS or (  # "wanting to be dead was": a gerund opens the clause as its subject
        lead.split()[0].endswith("ing") and clause.lstrip().startswith(lead.strip()) and not _FIRST_PERSON.search(lead)
    )
    if opens:  # a noun or "wanting to" that starts its clause: its verb follows ("selfharm was part of")
        lead = " ".join(text[match.end() : s_end].split(" , ")[0].split()[:6])  # "thoughts in withdrawal were"
    if not _PAST_WORDS.search(lead + " " + match.group(0)) and not ep.past_voice(clause, match.group(0)):
        if "used to" in filler or (_clause_long_ago(timed) and (not recent or _says_it_is_over(text))):
            return True
        return ep.past_fragment(text, s_start, clause) and not _RECENT.search(clause) and _says_it_is_over(text)
    long_ago = _long_ago(text, s_start, s_end)
    if long_ago:
        if _BACK_AGAIN.search(text, long_ago.end(), s_end):
            return False  # "overdosed years ago and its happening again": the past is back
        return not recent or _clause_long_ago(timed)
    if not recent or ep.habit_only(clause, _RECENT):  # "last year i wanted to die every day . now im off 2 years"
        return (not recent and _says_it_is_over(text)) or ep.now_contrast(text, sentence)
    return False


def _discard(text: str, match: re.Match, filler: str) -> bool:
    """Negated, hypothetical, someone else's, or over and done with."""
    if filler and p.NEGATION.search(_DOUBLE_NEGATIVE.sub("keep", filler)):
        return True
    before = text[: match.start()]
    if _CONDITIONAL.search(before[-14:]) and _BECOMING.search(filler + " " + match.group(0)[:30]):
        return True
    if _HEDGE_BEFORE.search(before[-20:]):
        return True
    c_start, c_end = _span(text, match.start(), match.end(), ".,")
    if _HEDGED.search(text, c_start, match.start()):
        return True  # "its not that i want to be dead", "im not giving up on life"
    s_start, s_end = _span(text, match.start(), match.end(), ".")
    if _DEATH.search(match.group(0)) and (
        _JOKING.search(text, match.end(), s_end) or p.SO_MUCH.search(text, s_start, match.end())
    ):
        return True  # "ill be dead by friday lol", "the queue was so long i wanted to die": hyperbole
    if _explained_away(text, s_start, s_end):
        return True  # "saved up my leftover tablets to return to the pharmacy", "i meant the withdrawal"
    if p.answered_no(text, match.end(), (s_start, s_end)) or p.not_the_writers(text, c_start, match.end()):
        return True  # "the gp asked if i had thoughts of ending my life and i honestly said no"
    next_end = text.find(" . ", s_end + 3) % (len(text) + 1)
    if p.taper_act(text, match.group(0), s_start, next_end):
        return True  # "im going to do it on monday . the last step down to nothing": "it" is the taper step
    in_clause = ep.own_clause(text, c_start, match.start())
    if not in_clause.rstrip().endswith(filler):  # a rule's filler is inside its match; a combination's before it
        in_clause += filler
    own = match.group(0)[len(filler) :] if filler and match.group(0).startswith(filler) else match.group(0)
    if filler and isinstance(match, re.Match) and "f" in match.re.groupindex:  # the act after a rule's subject
        own = text[match.end("f") : match.end()]
    at = match.end() - len(own)
    if ep.reported(in_clause, text[s_start:c_start]) or (
        _is_someone_else(in_clause, own) and not ep.receives_from_me(own, text[match.end() : c_end])
    ):
        return True
    if ep.old_words(text, (s_start, s_end), at):
        return True  # "found my old notebook . page after page of i want to die", "five years free of selfharm"
    if _over_and_done(text, match, filler, text[c_start:c_end], (s_start, s_end)):
        return True
    # a support reply about the reader or the past, a topic named, a question answered no
    return guards.not_the_writers_risk(text, match, (s_start, s_end), at)


def _signals(text: str, context: Context) -> list[Signal]:
    spans, index, sentences = read(text)
    present, found, settled = set(index), [], Settled(context)
    done: set[tuple[int, int]] = set()  # a sentence a rule found high-risk cannot rise: combinations skip it
    woken = frozenset().union(*(RULES_BY_KEY.get(key, ()) for key in present))
    # Candidates sentence by sentence (speed: Settled finds the six words shown early); signals in rules' order.
    candidates = sorted((number, order, RULES[rule]) for order, rule in enumerate(sorted(woken))
                        for number in rule_candidates(RULES[rule], index, present))
    for number, order, rule in candidates:
        raises = not rule.weak and bool(HIGH_CATEGORIES.intersection(rule.categories))
        may_skip = settled.strong and (not raises or spans[number] in done)
        if may_skip and settled.settles(spans[number][0], rule.categories, sentence=spans[number]):
            continue  # nothing it finds here could change the assessment (settled.py)
        for match in rule.pattern.finditer(text, *spans[number]):
            if may_skip and settled.settles(match.start(), rule.categories, sentence=spans[number]):
                continue  # kept or dropped, it changes nothing
            groups = match.groupdict()
            filler = groups.get("f") or ""
            if _discard(text, match, filler):
                continue
            start = match.end("f") if "f" in groups else match.start()
            evidence = text[start : match.end()].strip(" ,.")[:60]
            signal = Signal(rule, set(rule.categories), evidence, match.start(), match.end(), spans[number], rule.weak)
            found.append((order, number, len(found), signal))
            settled.keep(signal)
            if raises:
                done.add(spans[number])
    found = [signal for *_order, signal in sorted(found, key=lambda kept: kept[:3])]
    return found + _combined_signals(text, spans, done, sentences, settled)


class _Words:
    """The span of a combination's anchor words, shaped like the re.Match that _discard reads."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _index: int = 0) -> str:
        return self._text[self._start : self._end]


def _filler(text: str, sentence_start: int, start: int) -> str:
    """The words before a combination's anchor in its clause, as a rule's filler."""
    comma = text.rfind(" , ", sentence_start, start)
    before = _DOUBLE_NEGATIVE.sub("keep", text[comma + 3 if comma != -1 else sentence_start : start])
    words = before.split()
    # "never once thought about", "not having thoughts of": a negation one word further back
    return " ".join(words[-5:] if _NEGATED_VERB.search(" ".join(words[-5:-1])) else words[-3:])


def _voice_kept(text: str, made) -> bool:
    """"my brother keeps his shotgun under the stairs . ive been thinking about it": the anchor is
    someone else's, the thought in another clause is the writer's own."""
    start, end = made.voice
    between = text[min(made.end, start) : max(made.end, start)]
    if " , " not in between and " . " not in between and " and i" not in between:
        return False  # the same clause: the guards already read it
    begins = text.rfind(" . ", 0, start) + 3 if text.rfind(" . ", 0, start) != -1 else 0
    filler = _filler(text, begins, start)
    if not _FIRST_PERSON.search(filler) or _CONCEPTS[_SAFE].search(text, start, _span(text, start, end, ".,")[1]):
        return False  # "just too close to stuff": no one named as thinking it; "thinking i should buy a lock"
    clause = _span(text, made.start, made.end, ".,")[0]
    return _is_someone_else(text[clause : made.start], made.evidence[0]) and not _discard(
        text, _Words(text, start, end), filler
    )


def _voice_dropped(text: str, voice: tuple[int, int]) -> bool:
    """The thought or the act a means was read with is a joke, quoted or someone else's."""
    start, end = voice
    c_start, _c_end = _span(text, start, end, ".,")
    s_start, s_end = _span(text, start, end, ".")
    if _DEATH.search(text, start, end) and _JOKING.search(text, end, s_end) or not_a_thought_of_it(text, start, end):
        return True  # "ill kill myself lol", "im not thinking of ending anything", "i think about her a lot"
    in_clause = ep.own_clause(text, c_start, start)
    return p.not_the_writers(text, c_start, end) or ep.reported(in_clause, text[s_start:c_start]) or _is_someone_else(
        in_clause, text[start:end]
    )


def _combined_signals(
    text: str, spans: list[tuple[int, int]], done: set, sentences: list, settled: Settled
) -> list[Signal]:
    """Concepts meeting in a sentence (combine.py), unless negated, someone else's or long over."""
    found = []
    for made, sentence in combinations(text, spans, skip=done, sentences=sentences, settled=settled):
        if settled.settles(made.start, made.categories, sentence=sentence):
            continue  # kept or dropped, it changes nothing (settled.py)
        if _discard(text, _Words(text, made.start, made.end), _filler(text, sentence[0], made.start)) and not (
            made.voice and not made.weak and _voice_kept(text, made)
        ):
            continue
        if made.voice and _voice_dropped(text, made.voice):
            continue  # "quoting my son , i want to die . is this the benzos": the thought is not the writer's
        rule = Rule(made.name, made.categories, re.compile(""), weak=made.weak)
        signal = Signal(rule, set(made.categories), made.evidence[0], made.start, made.end, sentence, made.weak)
        signal.extra_evidence.extend(made.evidence[1:])
        found.append(signal)
        settled.keep(signal)
    return found


def _phrase_signals(text: str, phrases: tuple[str, ...]) -> list[Signal]:
    found = find_phrase(text, phrases)
    if not found:
        return []
    rule = Rule("admin-phrase", (p.PHRASE,), re.compile(""))
    return [Signal(rule, {p.PHRASE}, found, 0, len(text))]


def assess(text: str, extra_phrases: tuple[str, ...] = ()) -> Assessment:
    """Grade text: high (intent, plan, method, preparations, attempt), medium (ideation, self-harm) or none."""
    normalised = answered_for_self(normalise(text))
    signals = []
    if normalised:
        context = Context(normalised)  # add_context's searches, shared with Settled (speed)
        signals = corroborate(_signals(normalised, context))
        add_context(normalised, signals, context)
    if extra_phrases:
        signals += _phrase_signals(text, tuple(extra_phrases))
    if not signals:
        # Nothing the rules can explain: the weighted words may still find crisis-like wording (medium at most).
        weighed = weigh(normalised) if normalised else None
        if weighed and weighed.flagged:
            return Assessment(level=MEDIUM, categories=(p.WORDING,), evidence=weighed.evidence)
        return Assessment()
    categories: set[str] = set()
    evidence: list[str] = []
    for signal in sorted(signals, key=lambda s: s.start):
        categories |= signal.categories
        for word in [signal.evidence, *signal.extra_evidence]:
            if word and word not in evidence:
                evidence.append(word)
    level = HIGH if categories & HIGH_CATEGORIES else MEDIUM
    ordered = tuple(c for c in CATEGORY_ORDER if c in categories)
    return Assessment(level=level, categories=ordered, evidence=tuple(evidence[:6]))
