"""The combination layer: crisis language found by concepts meeting in one sentence.

The phrase-shaped rules (rules.py) know how people often say it; this layer catches wording they
have never seen by asking which concepts (concepts.py) a sentence holds. Each combination names
its categories and keeps the words that made it, so a moderator still sees why:

    "im not going to be here tomorrow"            absent + soon      -> intent + preparations
    "i know exactly how many of my lorazepam i need"  means + count  -> method + preparations
    "looked at train times for the line by my house"  means + lookup + nearby -> plan + method
    "love you all, this is my last post"           farewell + final  -> preparations
    "im a burden, theyd be free of me"             burden + without  -> wish to be dead

The caller (grading.py) still drops a combination that is negated, someone else's or long over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from moderation.detector import concepts as c
from moderation.detector import concepts_acts as acts
from moderation.detector import concepts_harm as harm
from moderation.detector import concepts_intent as ci
from moderation.detector import concepts_known as ck
from moderation.detector import concepts_means as cm
from moderation.detector import concepts_planned as cp
from moderation.detector import concepts_surface as cs
from moderation.detector import concepts_wish as cw
from moderation.detector.away import no_reason_to_be_away
from moderation.detector.firstwords import FirstWords
from moderation.detector.gate import index
from moderation.detector.patterns import ACTIVE, ATTEMPT, INTENT, METHOD, PASSIVE, PLAN, PREPARATION, SELF_HARM

_IDIOM_BEFORE = (
    "feel like", "felt like", "feels like", "thought", "afraid", "scared", "worried", "could", "will be the",
    "convinced", "sure i was", "certain", "feeling that", "sure im", "sure i", "like im", "like i was", "like i am",
)
_JOKING = re.compile(r"\b(?:lol|lmao|haha\w*|jk|rofl)\b")


@dataclass(frozen=True)
class Combination:
    """What met in a sentence: a rule name, its categories, the anchor words' span and the evidence."""

    name: str
    categories: tuple[str, ...]
    start: int
    end: int
    evidence: tuple[str, ...]
    weak: bool = False
    not_after: tuple[str, ...] = ()
    voice: tuple[int, int] | None = None  # who thinks or acts, if the guards may read it instead (Recipe.voiced)


@dataclass(frozen=True)
class Recipe:
    """anchor: the concept the words are about; needs: each group needs one concept present (apart)."""

    name: str
    categories: tuple[str, ...]
    anchor: str
    needs: tuple[tuple[str, ...], ...]
    self_needed: bool = True
    unless: tuple[str, ...] = ()
    weak_with: tuple[str, ...] = ()
    weak: bool = False
    not_after: tuple[str, ...] = ()
    wish_first: bool = False
    voiced: bool = False  # an anchor that is someone else's may be kept by who thinks or acts (the first need)
    judged_at: int | None = None  # the anchor is someone else's belief ("they think its a sleepover"): judge this need


RECIPES = (
    # An ending or an act, with a time, finality or a decision: intent.
    # A wish, or one's own death put as an "if" (round twelve), before the ending keeps it a wish ("if i got
    # cancer tomorrow id be happy , at least then it would end" is not a plan).
    Recipe("ending-soon", (INTENT, PLAN), c.ENDING, ((c.SOON,),), not_after=(c.WISH, cw.IF_GONE)),
    Recipe("ending-final", (INTENT,), c.ENDING, ((c.FINAL, c.DECIDE),), not_after=(c.WISH, cw.IF_GONE)),
    Recipe("act-decided", (INTENT,), c.ACT, ((c.DECIDE, c.SOON, c.FINAL, c.DATE, c.ACT),), weak_with=(c.DOSE, c.AWAY)),
    Recipe("act-thought", (ACTIVE,), c.ACT, ((c.THOUGHT,),), weak_with=(c.DOSE,)),
    Recipe("escape-decided", (INTENT,), c.ESCAPE, ((c.DECIDE, c.FINAL, c.MEANS),), weak_with=(c.TAPER,)),
    Recipe("absent-soon", (INTENT, PREPARATION), c.ABSENT, ((c.SOON, c.FINAL, c.FAREWELL, c.DECIDE),),
           unless=(c.AWAY,)),
    # A date or a window set aside, with no taper step in sight: a plan.
    Recipe("bare-date", (PLAN,), c.BARE_DATE, (), False, unless=(c.DOSE, c.AWAY)),
    Recipe("window-soon", (PLAN,), c.WINDOW, ((c.SOON,),), False, unless=(c.DOSE, c.AWAY), weak=True),
    Recipe("window-decided", (PLAN, INTENT), c.WINDOW,
           ((c.SOON,), (c.FINAL, c.NO_RETURN, c.ACT, ci.BARE_WHEN, ci.PLAN_AT, ci.ALL_AT_ONCE)), False,
           unless=(c.DOSE, c.AWAY)),
    # "tonight after my wife falls asleep . its all ready": a bare window and a time, then everything ready.
    Recipe("window-ready", (PLAN, INTENT), ci.READY, ((ci.WINDOW_ENDS,), (c.SOON,)), False, unless=(c.DOSE, c.AWAY)),
    Recipe("when-plan", (PLAN, INTENT), c.WHEN, ((c.SOON, c.DATE, c.ACT, c.DECIDE, c.FINAL),), False,
           unless=(ci.COMPANY,), weak_with=(c.DOSE, c.TAPER)),
    # "i have it all planned . saturday night , hotel room , the pills": a plan said, a time and what or where.
    Recipe("plan-listed", (PLAN, INTENT), ci.PLAN_SAID, ((c.SOON, c.DATE), (c.PLACE, c.MEANS, ci.PLAN_ITEM)), False,
           unless=(ci.COMPANY,), weak_with=(c.DOSE, c.TAPER)),
    # "christmas then done . ill get through it for mum": an end after an event, waited for for someone's sake.
    Recipe("done-after-them", (INTENT, PLAN), ci.THEN_DONE, ((c.SOON, c.DATE), (ci.FOR_THEM, ci.THEN_DONE)),
           unless=(ci.DONE_WITH,)),
    # "been rehoming my cats one by one . two left . then im free to go": the end after the last farewell.
    Recipe("done-after-farewell", (INTENT, PREPARATION), ci.THEN_DONE, ((c.FAREWELL,),), unless=(c.AWAY,)),
    # "ill do it after payday so my sister isnt stuck with the rent": an act or a plan timed to spare others (the act
    # is the anchor: "my brother will do it on saturday so ..." is someone else's).
    *(Recipe("spared-plan", (PLAN, INTENT), act, ((ci.SPARED,),), weak_with=(c.DOSE, c.TAPER))
      for act in (c.ACT, ci.DO_IT, ci.PLAN_SAID)),
    Recipe("spared-farewell", (PREPARATION,), c.FAREWELL, ((ci.SPARED_KIN,),), unless=(c.AWAY, ci.LIFE_REASON)),
    # Means kept, counted, looked up or visited.
    Recipe("means-stored", (METHOD, PREPARATION), c.MEANS, ((c.STORE, c.COUNT),), weak_with=(c.TAPER, c.NEWS, c.SAFE)),
    Recipe("means-looked-up", (PLAN, METHOD), c.MEANS, ((c.LOOKUP,), (c.NEARBY, c.COUNT)), weak_with=(c.TAPER, c.NEWS)),
    # "my brother keeps his shotgun ... ive been thinking about it": whose the means is does not matter.
    Recipe("means-escape", (ACTIVE, METHOD), c.MEANS, ((c.ESCAPE, c.ACT, c.ENDING, c.THOUGHT),), False,
           weak_with=(c.TAPER, c.NEWS), voiced=True),
    Recipe("place-visited", (PLAN, METHOD), c.PLACE, ((c.LOOKUP,), (c.NEARBY, c.COUNT, c.SOON, c.THOUGHT))),
    # A place that will not leave the mind, beside what makes it usable ("the cliffs near us ... on my mind").
    Recipe("place-on-mind", (ACTIVE, METHOD), c.PLACE, ((c.HAUNT,), (c.NEARBY,))),
    Recipe("place-final", (PLAN, METHOD), c.PLACE,
           ((c.SOON, c.DECIDE, c.LOOKUP, c.THOUGHT), (c.NO_RETURN, c.ENDING, c.ACT)), unless=(c.AWAY,)),
    Recipe("ending-means", (ACTIVE, METHOD), c.ENDING, ((c.MEANS,), (c.STORE, c.COUNT, c.LOOKUP)),
           weak_with=(c.TAPER,)),
    # A means used on oneself, taken all at once, or a place or means avoided for what one might do.
    Recipe("means-used-on-me", (ACTIVE, METHOD), c.USE_ON, ((c.MEANS, c.PLACE),)),
    Recipe("means-used", (ACTIVE, METHOD), c.USE, ((c.MEANS,), (c.THOUGHT, c.DECIDE)), weak_with=(c.TAPER,)),
    Recipe("take-all", (ACTIVE, METHOD), c.TAKE_ALL,
           ((c.MEANS, cm.DRUG_HISTORY), (c.THOUGHT, c.DECIDE, c.WISH, c.ESCAPE, c.SOON)),
           weak_with=(c.DOSE, c.AWAY)),
    # "ive counted it . i know what it would do": the effect known, beside counting or keeping (weak).
    Recipe("effect-known", (METHOD, PREPARATION), c.EFFECT, ((c.COUNT, c.STORE),), weak=True),
    # "what happens if someone takes all their tablets at once . not for a friend"
    Recipe("asked-for-me", (METHOD,), c.LETHAL_ASKED, ((c.FOR_ME,),), False),
    Recipe("means-dread", (ACTIVE, METHOD), c.DREAD, ((c.PLACE, c.MEANS),), weak_with=(c.TAPER,)),
    Recipe("ending-looked-up", (ACTIVE, PLAN), c.ENDING, ((c.LOOKUP, c.COUNT),), weak_with=(c.NEWS, c.TAPER)),
    # Thinking of it or wishing for it.
    Recipe("ending-thought", (ACTIVE,), c.ENDING, ((c.THOUGHT, c.ESCAPE),), weak_with=(c.NEWS,),
           not_after=(cw.IF_GONE,)),
    Recipe("ending-wish", (PASSIVE,), c.ENDING, ((c.WISH,),)),
    Recipe("pinned-to-me", (PASSIVE,), c.VAGUE_END, ((c.PINNED,),)),
    Recipe("absent-wish", (PASSIVE,), c.ABSENT, ((c.WISH,),), unless=(c.AWAY,), wish_first=True),
    # Farewells and putting affairs in order.
    Recipe("farewell-final", (PREPARATION,), c.FAREWELL, ((c.FINAL, c.ABSENT, c.SOON, c.ENDING),), False,
           unless=(c.AWAY,)),
    Recipe("farewell-to-family", (PREPARATION,), c.FAREWELL, ((c.RECIPIENT,), (c.STORE, c.FINAL)), unless=(c.AWAY,)),
    Recipe("no-point-here", (PASSIVE,), c.NO_POINT, ((c.NO_POINT, c.ENDING, c.ABSENT),)),
    Recipe("farewell-acts", (PREPARATION,), c.FAREWELL, ((c.FAREWELL,),), False, unless=(c.AWAY, ci.LIFE_REASON)),
    # A farewell under a cover story the writer denies, or kept from the people it is for.
    Recipe("cover-denied", (PREPARATION,), acts.COVER, ((acts.DENIED,), (c.FAREWELL, c.ABSENT)), judged_at=0),
    Recipe("farewell-secret", (PREPARATION,), c.FAREWELL, ((acts.SECRET,),)),
    Recipe("note-kept", (PREPARATION,), acts.NOTE, ((acts.REDRAFT, c.STORE),), unless=(c.AWAY, c.DOSE, c.NEWS)),
    # A supply got by deceiving a doctor or a pharmacy, and kept.
    Recipe("supply-by-deceit", (METHOD, PREPARATION), acts.DECEIT, ((c.STORE, c.COUNT),), weak_with=(c.NEWS,)),
    Recipe("kept-for-later", (METHOD, PREPARATION), c.STORE, ((acts.LATER,), (c.MEANS,)), weak_with=(c.TAPER,)),
    # Being a burden; others better off.
    Recipe("burden-gone", (PASSIVE,), c.BURDEN, ((c.WITHOUT, c.ABSENT, c.ENDING, c.FAREWELL),), False),
    Recipe("without-me-soon", (PASSIVE,), c.WITHOUT, ((c.SOON, c.FINAL, c.ENDING, c.BETTER),), False,
           unless=(c.AWAY,)),
    # A recent act with its means or its aftermath: an attempt.
    Recipe("did-recently", (ATTEMPT,), c.DID,
           ((c.RECENT, c.AFTERMATH), (c.MEANS, c.AFTERMATH, c.COUNT, c.ENDING, c.RECENT))),
    Recipe("took-all-aftermath", (ATTEMPT,), c.TOOK_ALL, ((c.AFTERMATH, c.SIGNING_OFF),)),
    Recipe("edge-stopped", (ATTEMPT,), acts.AT_EDGE, ((acts.STOPPED,),)),
    # Self-harm: cutting with its context (a taper cut has a dose, a hold or a step nearby).
    Recipe("cutting", (SELF_HARM,), c.CUTTING, ((c.HURT_STRONG,),), unless=(c.DOSE,)),
    Recipe("cutting-again", (SELF_HARM,), c.CUTTING, ((c.HURT_CONTEXT,),), unless=(c.DOSE,), weak=True),
    Recipe("harm-act", (SELF_HARM,), c.HARM_ACT, ((c.HURT_CONTEXT,),)),
    # "my wife found the cuts . i told her it was the cat": the marks covered with a story.
    Recipe("marks-covered", (SELF_HARM,), acts.COVER, ((harm.MARKS_SEEN,),)),
    Recipe("blade-helps", (SELF_HARM,), harm.BLADE_HELPS, ((c.HURT_CONTEXT,),), unless=(harm.SHAVING,)),
    Recipe("it-again-blade", (SELF_HARM,), acts.IT_AGAIN, ((acts.BLADE,),), False, unless=(c.DOSE,)),
# concepts_now.py, concepts_mind.py, concepts_wish.py, concepts_planned.py, concepts_known.py, concepts_surface.py
) + tuple(Recipe(**fields) for fields in (
    *c.NOW_RECIPES, *c.MIND_RECIPES, *cw.WISH_RECIPES, *cp.RECIPES, *ck.RECIPES, *cs.RECIPES
))
# Anchors are searched in the whole text; the other concepts only around a sentence that holds one.
ANCHORS = frozenset(recipe.anchor for recipe in RECIPES)
NEEDS = (frozenset({c.SELF}) | frozenset(
    name for r in RECIPES for name in (*[n for g in r.needs for n in g], *r.unless, *r.weak_with)
)) - ANCHORS
Hits = dict[str, list[tuple[int, int, str]]]
Span = tuple[int, int]


_VOCABULARIES = {name: c.COMPILED[name] for name in ANCHORS | NEEDS}
_BY_KEY, ALWAYS = index(_VOCABULARIES)
_KEYS = frozenset(_BY_KEY)
_FIRST_WORDS = FirstWords(_VOCABULARIES)


@lru_cache(maxsize=16384)
def read_word(word: str) -> tuple[frozenset[str], dict[str, re.Pattern]]:
    """The concepts a word holds a key of (its prefixes that are keys; "1mg" read as "#mg"), and
    the concepts a match of may begin at this word, each with its pattern narrowed to the
    alternatives that may (firstwords.FirstWords)."""
    keyed = "#" + word.lstrip("0123456789") if word[:1].isdigit() else word
    keys = frozenset().union(*(_BY_KEY[keyed[:end]] for end in range(2, len(keyed) + 1) if keyed[:end] in _KEYS))
    return keys, _FIRST_WORDS.at(word)


ANYWHERE = _FIRST_WORDS.anywhere  # searched the plain way: a match may begin at any word
PAIRED = _FIRST_WORDS.paired  # words after which read_pair may narrow the patterns further by the next word


def read_pair(word: str, following: str) -> dict[str, re.Pattern]:
    """read_word's patterns at a word of PAIRED followed by this word in its sentence: those of
    their alternatives whose next word may be it (firstwords.FirstWords.at)."""
    return _FIRST_WORDS.at(word, following)


Firsts = list[tuple[int, dict[str, re.Pattern]]]
Sentence = tuple[frozenset[str], Firsts]


def _sentence(text: str, span: Span) -> Sentence:
    """The concepts whose key words the sentence holds and a match of may begin at one of its
    words (the only ones worth searching for), and its words' offsets with the concepts a match
    may begin at each (normalised text: words between single spaces)."""
    possible, starts = set(ALWAYS), set(ANYWHERE)
    firsts: Firsts = []
    at = span[0]
    words = text[span[0] : span[1]].split(" ")
    for number, word in enumerate(words):
        keys, patterns = read_word(word)
        if keys:
            possible |= keys
        if patterns and word in PAIRED and number + 1 < len(words):
            patterns = read_pair(word, words[number + 1])
        if patterns:
            firsts.append((at, patterns))
            starts.update(patterns)
        at += len(word) + 1
    return frozenset(starts.intersection(possible)), firsts


def _search(names, text: str, span: Span, firsts: Firsts) -> Hits:
    """What finditer() would find of each concept in the span: its pattern tried at the words a
    match may begin at, left to right, each after the previous match (firstwords.FirstWords)."""
    found: Hits = {}
    anywhere, stop = _FIRST_WORDS.anywhere, span[1]
    for name in names:
        if anywhere and name in anywhere:
            hits = [(m.start(), m.end(), m.group(0)) for m in c.COMPILED[name].finditer(text, *span)]
        else:
            hits, end = [], -1
            for at, patterns in firsts:
                if name in patterns and at >= end:
                    here = patterns[name].match(text, at, stop)
                    if here:
                        end = here.end()
                        hits.append((at, end, here.group(0)))
        if hits:
            found[name] = hits
    return found


def _merge(parts: list[dict]) -> dict[str, list[tuple[int, int, str]]]:
    merged: dict[str, list[tuple[int, int, str]]] = {}
    for part in parts:
        for name, hits in part.items():
            merged.setdefault(name, []).extend(hits)
    return merged


def _apart(
    hits: list[tuple[int, int, str]], anchor: tuple[int, int, str], *, other_words: bool = False
) -> tuple[int, int, str] | None:
    """The first hit that does not overlap the anchor's words (other_words: nor repeats them)."""
    for hit in hits:
        if (hit[1] <= anchor[0] or hit[0] >= anchor[1]) and not (other_words and hit[2] == anchor[2]):
            return hit
    return None


# "the neighbours building work is going to be the end of me": a thing named as what will end me is an
# idiom; a time, a means or an act ("that will be the end of me", "tonight will be") is not.
_THING_ENDS_ME = re.compile(
    r"\b(?:the|my|this|these|those|our|his|her|their)(?: (?!(?:tonight|today|tomorrow|night|day|weekend|week|"
    r"time|date|plan|jump|fall|bridge|rope|pills|tablets|overdose|bottle|drive|car|gun)\b)[a-z0-9]+){1,3}"
    r"(?: at \d+(?:am|pm)?| at night| every night)*(?: [a-z]+)? "  # "the music at 2am": the hour is the thing's
    r"(?:is|are|will|is going to|are going to|is gonna|are gonna|might|could|would) (?:be|become) $|"
    # "work is going to be the end of me": a bare noun opening its clause
    r"(?:^|(?<=[.,] ))(?!(?:it|this|that|tonight|today|tomorrow|i|im|which|what|there|here|he|she|they)\b)[a-z]+ "
    r"(?:is|will|is going to|is gonna|might|could|would) (?:be|become) $"
)
# "i want the fear to die", "wish this feeling would die": what is to die is a symptom, not the writer.
_SOMETHING_DIES = re.compile(
    r"\b(?:want|wants|wanted|wish|wishing|need|hope|hoping|let|make)(?: for)? (?:the|this|that|my|these|those|all the) "
    r"(?!(?:body|heart|brain|life|self|whole|own)\b)[a-z]+(?: [a-z]+)? (?:to|would|will|could|can)(?: just| finally)? $"
)

_HIT_LIKE = re.compile(r"\blike (?:ive|i have|i had|id|i was|i got|im) (?:just )?(?:been )?$")


def _is_idiom(text: str, anchor: tuple[int, int, str], sentence_start: int) -> bool:
    """"i feel like im going to die", "this taper will be the death of me": withdrawal talk."""
    if anchor[2] == "the end of me":
        return bool(_THING_ENDS_ME.search(text, max(sentence_start, anchor[0] - 60), anchor[0]))
    if anchor[2].startswith("hit by"):  # "i wake up feeling like ive been hit by a bus": how tired, not a wish
        return bool(_HIT_LIKE.search(text, max(sentence_start, anchor[0] - 30), anchor[0]))
    if not anchor[2].startswith(("die", "be dead")):
        return False
    before, after = text[sentence_start : anchor[0]], text[anchor[1] : text.find(" . ", anchor[1]) % (len(text) + 1)]
    if _SOMETHING_DIES.search(before) or (text.startswith("me ") and before.endswith("this is how i ")):
        return True  # "me at 4am googling symptoms : this is how i die": a caption and its punchline
    return any(words in before for words in _IDIOM_BEFORE) or bool(_JOKING.search(after))


_NOTHING_ELSE = re.compile(r" (?:of|about) (?:anything|nothing) (?:else|but)\b")
_NOT_BEFORE = re.compile(r"\b(?:not|never|dont|didnt|no longer|isnt|arent|wasnt|(?<!havent )(?<!hasnt )(?<!never )"
                         r"(?<!cant )(?<!couldnt )stopped)(?: \w+)? $")
# "i cant stop thinking about him": a person (round thirteen, quiet13: the verb after the thought)
_ABOUT_SOMEONE = re.compile(
    r"(?: (?:thinking|worrying|wondering))? (?:about|of) (?:(?:her|him)"
    r"(?= (?:a lot|all the time|every (?:day|time|year|night)|whenever|constantly|often|and|so|too|[.,])|$)|"
    r"my (?:aunt|uncle|mum|mom|dad|brother|sister|friend|son|daughter|nan|gran|grandma|grandad|wife|husband|partner)\b)"
)


def not_a_thought_of_it(text: str, start: int, end: int) -> bool:
    """The thought a means was read with is denied ("im not thinking of ending anything"), is of a
    person ("i think about her a lot"), or is an idiom ("work is going to be the end of me")."""
    if text[start:end] == "the end of me":
        return bool(_THING_ENDS_ME.search(text, max(0, start - 60), start))
    if not c.COMPILED[c.THOUGHT].match(text, start, end) or _NOTHING_ELSE.match(text, end):
        return False  # "im not thinking of anything else but the pills"
    return bool(_NOT_BEFORE.search(text, max(0, start - 20), start) or _ABOUT_SOMEONE.match(text, end))


def _wished(recipe: Recipe, window: Hits, anchor: tuple[int, int, str], span: tuple[int, int]) -> bool:
    """"i hope i dont wake up tomorrow" is a wish (medium), not a plan: a wish word before the anchor."""
    return any(span[0] <= hit[0] < anchor[0] for name in recipe.not_after for hit in window.get(name, ()))


def _outside(recipe: Recipe, window: Hits, names: tuple[str, ...], anchor=None, text: str = "") -> bool:
    """A reason to be away (or the like) in the window, apart from the anchor and not inside the
    recipe's own words ("gave my plants away" is a farewell, "after my daughters wedding" a time),
    nor part of the farewell itself ("ashes at the beach", "cancelled my appointment")."""
    found = [
        hit for name in names for hit in window.get(name, ())
        if (anchor is None or _apart([hit], anchor))
        and not (name == c.AWAY and no_reason_to_be_away(text, hit))
    ]
    if not found:
        return False
    own = [anchor] if anchor else list(window.get(recipe.anchor, ()))
    own += [hit for group in recipe.needs for name in group for hit in window.get(name, ())]
    return any(not any(s[0] <= hit[0] and hit[1] <= s[1] for s in own) for hit in found)


# "holding at 10mg . theres a rope in the shed and i keep thinking about it": a taper step in another sentence
# says nothing of a means no taper doses, kept somewhere, counted or said to work (round thirteen, acts13); in the
# means' own sentence it still weakens ("the rope course", "my insulin pump settings" have none of these).
_NO_DOSE = re.compile(r"(?:shot)?guns?|rifles?|pistol|rope|cord|belts?|noose|ligature|scarf|helium|charcoal|hosepipe")
_KEPT_IN = ("in ", "under ", "behind ", "on top ")  # "in the shed", not "buying"


def _own_taper(window: Hits, anchor: tuple[int, int, str], span: tuple[int, int]) -> Hits:
    if c.TAPER not in window or not _NO_DOSE.fullmatch(anchor[2]):
        return window
    kept = any(hit[2].startswith(_KEPT_IN) for hit in window.get(c.STORE, ()))
    if not (kept or c.COUNT in window or "would_work" in window):
        return window
    return {**window, c.TAPER: [hit for hit in window[c.TAPER] if span[0] <= hit[0] < span[1]]}


def _cook(
    recipe: Recipe, window: dict, own: dict, text: str, span: tuple[int, int], own_voice: bool
) -> Combination | None:
    """The recipe made from an anchor in this sentence and its needs in this or a neighbouring one."""
    if recipe.anchor not in own or any(window.keys().isdisjoint(group) for group in recipe.needs):
        return None  # a need with no hit in the window (speed: most recipes stop here)
    if _outside(recipe, window, recipe.unless, text=text):
        return None
    if recipe.self_needed and c.SELF not in window and not own_voice:
        return None
    for anchor in own[recipe.anchor]:
        if _is_idiom(text, anchor, span[0]) or _wished(recipe, window, anchor, span):
            continue
        evidence, voice, found = [anchor[2]], None, []
        for number, group in enumerate(recipe.needs):
            hit = None
            for name in group:  # the first concept of the group with a hit apart from the anchor
                hits = window.get(name, ())
                if recipe.wish_first:
                    hits = [h for h in hits if h[1] <= anchor[0]]
                # The same words said twice ("thank you all ... thank you all again") are one act, not two.
                hit = _apart(hits, anchor, other_words=name == recipe.anchor)
                if hit:
                    break
            if hit is None:
                break
            evidence.append(hit[2])
            found.append(hit)
            if recipe.voiced and number == 0:
                voice = hit[:2]
        else:
            weak = recipe.weak or _outside(recipe, _own_taper(window, anchor, span), recipe.weak_with, anchor, text)
            at = anchor if recipe.judged_at is None else found[recipe.judged_at]
            return Combination(recipe.name, recipe.categories, at[0], at[1], tuple(evidence), weak, voice=voice)
    return None
