"""Words for the crisis detector: spelling, text-speak and the small vocabularies the patterns use.

Pure data and one normalising function; no Django, no network. Every rule works on the
normalised text: lower case, apostrophes dropped ("don't" -> "dont", "I'm" -> "im"), text-speak
and common misspellings spelled out, and punctuation reduced to clause marks (" , ") and
sentence marks (" . ") that a pattern's filler words never cross.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Whole-token replacements (after lower-casing and dropping apostrophes).
TOKENS = {
    "gonna": "going to", "gunna": "going to", "gona": "going to", "finna": "going to",
    "imma": "im going to", "ima": "im going to", "wanna": "want to", "wana": "want to",
    "wnat": "want", "wnt": "want", "wamt": "want", "whant": "want", "tryna": "trying to",
    "abt": "about", "shing": "selfharming", "shd": "selfharmed", "bout": "about", "b": "be", "kms": "kill myself",
    "kmsl": "laughing", "kys": "harass_you",
    "ctb": "kill myself", "killmyself": "kill myself",
    "unalive": "kill myself", "unaliving": "killing", "unalived": "killed", "sewerslide": "suicide",
    "suicde": "suicide", "sucide": "suicide", "suiside": "suicide", "suicid": "suicide",
    "suiscide": "suicide", "su1cide": "suicide", "suicidial": "suicidal", "sucidal": "suicidal",
    "suicidel": "suicidal", "suicidle": "suicidal", "suisidal": "suicidal", "suacidal": "suicidal",
    "suicdal": "suicidal", "suicidall": "suicidal", "od": "overdose", "oding": "overdosing",
    "oded": "overdosed", "overdoze": "overdose", "pils": "pills", "pillz": "pills",
    "tabs": "tablets", "dnt": "dont", "didnt": "didnt", "cnt": "cant", "cannot": "cant", "u": "you",
    "ur": "your", "r": "are", "im": "im", "iam": "im", "ive": "i have", "bc": "because",
    "cuz": "because", "coz": "because", "cba": "cant be bothered", "cos": "because", "tho": "though", "rn": "right now",
    "tmrw": "tomorrow", "til": "till", "untill": "until", "tmr": "tomorrow", "tmrow": "tomorrow", "2moro": "tomorrow",
    "2morrow": "tomorrow", "tomoz": "tomorrow", "tonite": "tonight", "2nite": "tonight",
    "2night": "tonight", "nite": "night", "anymore": "anymore", "anymor": "anymore",
    "nomore": "anymore", "alvie": "alive", "alivee": "alive", "kil": "kill", "killin": "killing",
    "dieing": "dying", "dye": "die", "goin": "going", "gettin": "getting", "myslef": "myself",
    "goodbyes": "goodbye", "bye": "goodbye", "byee": "goodbye", "everythin": "everything",
    "evry": "every", "nothin": "nothing", "somethin": "something", "litterally": "literally",
    "meds": "meds", "medz": "meds", "tablts": "tablets", "pillls": "pills", "hurtin": "hurting",
    "cuttin": "cutting", "dissapear": "disappear", "dissappear": "disappear", "disapear": "disappear",
    "dissapeared": "disappeared", "dissapearing": "disappearing",
    "wakeup": "wake up", "noone": "no one", "nobody": "nobody",
    "dont": "dont", "doesnt": "doesnt", "wont": "wont", "cant": "cant",
    # Street and forum names for the drugs, and common slips in the words the means are described with.
    "zopi": "zopiclone", "zopis": "zopiclone", "zoppy": "zopiclone", "zoppies": "zopiclone", "vallies": "valium",
    "xans": "xanax", "xannies": "xanax", "kpins": "klonopin", "klonnies": "klonopin", "multistorey": "multi storey",
    "balkony": "balcony", "balkon": "balcony",
    "hgh": "high", "hight": "high", "hieght": "height", "wknd": "weekend", "wkend": "weekend", "yrs": "years",
    # Chat and journal short forms.
    "ppl": "people", "yr": "year", "hrs": "hours", "mins": "minutes", "wks": "weeks",
    "smth": "something", "sth": "something", "rly": "really", "pls": "please", "plz": "please",
    "4ever": "forever", "4eva": "forever", "2day": "today", "b4": "before", "tn": "tonight", "no1": "no one",
    "some1": "someone", "every1": "everyone", "any1": "anyone", "luv": "love", "thx": "thanks", "txt": "text",
    "txts": "texts", "gna": "going to", "jus": "just", "wk": "week", "wd": "withdrawal",
    # Phone and voice-to-text spellings: "n" for and, dropped g's ("thinkin bout endin").
    "n": "and", "wud": "would", "wld": "would", "thru": "through", "bak": "back", "em": "them",
    "sry": "sorry", "mornin": "morning", "idk": "i dont know", "thinkin": "thinking", "endin": "ending",
    "doin": "doing", "takin": "taking",
    "poppin": "popping", "walkin": "walking", "plannin": "planning", "feelin": "feeling", "tryin": "trying",
}

# Two-word spellings, joined as the tokens are read: (previous word, word) -> replacement for both.
PAIRS = {
    ("self", "harm"): "selfharm", ("self", "harming"): "selfharming", ("self", "harmed"): "selfharmed",
    ("self", "harms"): "selfharm", ("self", "injury"): "selfharm", ("self", "injure"): "selfharm",
    ("self", "injuring"): "selfharming", ("sewer", "slide"): "suicide", ("un", "alive"): "kill myself",
    ("my", "self"): "myself", ("i", "m"): "im", ("i", "am"): "im", ("i", "will"): "ill",
    ("i", "would"): "id", ("do", "not"): "dont", ("did", "not"): "didnt", ("does", "not"): "doesnt",
    ("will", "not"): "wont", ("would", "not"): "wouldnt", ("can", "not"): "cant", ("is", "not"): "isnt",
    ("any", "more"): "anymore", ("any", "longer"): "anymore", ("no", "more"): "anymore", ("good", "bye"): "goodbye",
    ("kill", "myself"): "kill myself",
}
# A word read differently after certain words: (previous word, word) -> the word.
AFTER = {
    ("want", "2"): "to", ("better", "of"): "off",
    ("going", "2"): "to", ("have", "2"): "to", ("need", "2"): "to", ("ready", "2"): "to",
    ("about", "2"): "to", ("plan", "2"): "to", ("trying", "2"): "to", ("try", "2"): "to", ("wish", "2"): "to",
    ("want", "too"): "to", ("going", "too"): "to", ("need", "too"): "to", ("ready", "too"): "to",
    ("have", "too"): "to", ("wish", "too"): "to", ("on", "sh"): "selfharm", ("to", "sh"): "selfharm",
    ("did", "sh"): "selfharm", ("from", "sh"): "selfharm", ("for", "sh"): "selfharm",
    # "my sh", "no sh for a month": "sh" after a few words is self-harm ("sh is back": concepts.HARM_ACT).
    ("my", "sh"): "selfharm", ("the", "sh"): "selfharm",
    ("no", "sh"): "selfharm", ("and", "sh"): "selfharm", ("about", "sh"): "selfharm", ("of", "sh"): "selfharm",
    ("with", "sh"): "selfharm", ("planning", "2"): "to", ("decided", "2"): "to", ("going", "4"): "for",
}

# Long words people misspell: one typo away (a missing, extra, swapped or wrong letter) still counts.
SPELLED = ("suicide", "suicidal", "myself", "tomorrow", "overdose", "anymore", "goodbye", "tonight",
           "killing", "tablets")

# Words that are one typo away from a SPELLED word but are real words of their own.
REAL_WORDS = {"billing", "filling", "milling", "willing", "killings", "pilling", "tilling", "tablet", "tables",
              "goodbyes", "tonights", "overdosed", "overdoses", "suicides"}

CLAUSE_WORDS = frozenset({"but", "though", "although", "however", "except", "yet"})

_SENTENCE_CHARS = ".!?;:\n\r\u2014\u2013\u2026"
_CLAUSE_CHARS = ",()[]\"\u201c\u201d/"
_DROPPED_CHARS = "'\u2019\u2018\u02bc`\u00b4*"
_LAUGHING_CHARS = "\U0001f602\U0001f923\U0001f606\U0001f639"  # tears of joy, rolling, grinning squint, cat: "lol"
_OD_D = re.compile(r"\bod['\u2019]d\b")
# A word with a symbol or digit for a letter between two letters ("k!ll", "d1e", "unal1ve").
_MASKED = re.compile(r"(?<![\w!@$|])[a-z]+(?:[!1@$0|3][a-z]+)+(?![\w!@$|])")
_SPACED = re.compile(r"(?<!\w)(?:[a-z] ){3,}[a-z](?!\w)")
_UNMASK = str.maketrans({"!": "i", "1": "i", "@": "a", "$": "s", "0": "o", "|": "l", "3": "e"})
_MASKED_WORDS = frozenset(
    "kill killing killed die died dying dead suicide suicidal unalive myself overdose hang hanging cutting".split()
)
_DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")
# Cheap tests first (speed): what each of the patterns above cannot match without.
_MASK_THEN_LETTER = re.compile(r"[!1@$0|3](?=[a-z])")  # _MASKED: a mask character before a letter
_TWO_LETTERS = re.compile(r" [a-z] [a-z] ")  # _SPACED: the second and third of its single letters
_MARKS = re.compile(r"[^a-zA-Z0-9 ]+")  # the characters _CHARS changes (letters, digits and spaces stay)


class _CharMap(dict):
    """str.translate table: letters and digits stay, marks become " . " or " , ", the rest a space."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isascii() and (char.isalnum() or char == " "):
            value = char
        elif char in _SENTENCE_CHARS:
            value = " . "
        elif char in _CLAUSE_CHARS:
            value = " , "
        elif char in _DROPPED_CHARS:
            value = ""
        elif char in _LAUGHING_CHARS:
            value = " lol "  # "ill shoot myself \U0001f602" is a joke told as one
        elif char == "&":
            value = " and "  # "a&e" is "a and e"
        elif char == "%":
            value = " percent "  # "cut 10%" is a taper step (concepts.DOSE)
        else:
            value = " "
        self[code] = value
        return value


_CHARS = _CharMap()


def _edits(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for a, b in splits if b for c in letters}
    inserts = {a + c + b for a, b in splits for c in letters}
    return deletes | swaps | changes | inserts


@lru_cache(maxsize=1)
def spelling() -> dict[str, str]:
    """Each misspelling (one edit from a long key word) -> the key word, plus TOKENS."""
    table: dict[str, str] = {}
    for word in SPELLED:
        for variant in _edits(word):
            if variant not in REAL_WORDS and variant not in SPELLED:
                table.setdefault(variant, word)
    table.update(TOKENS)
    return table


@lru_cache(maxsize=1)
def _split_spelling() -> dict[str, list[str]]:
    """spelling() with each replacement already split into its words."""
    return {word: mapped.split() for word, mapped in spelling().items()}


# The second words of PAIRS and AFTER: only these need the pair looked up (speed).
_SECOND_WORDS = frozenset(second for _first, second in [*PAIRS, *AFTER]) | {"kms", "myself"}


@lru_cache(maxsize=1)
def _special_words() -> frozenset[str]:
    """The words _words does anything with; any other word is kept as it is, whatever precedes it."""
    return frozenset(spelling()) | _SECOND_WORDS | CLAUSE_WORDS | {".", ","}


def _words(text: str) -> list[str]:
    """Mapped words with one mark between clauses (a sentence mark wins over a clause mark)."""
    table, special = _split_spelling(), _special_words()
    out: list[str] = []
    previous = "."
    for word in text.split():
        if word not in special:  # most words (speed): what the branches below would do with them
            out.append(word)
            previous = word
            continue
        if word in (".", ","):
            if previous not in (".", ",") and out:
                out.append(word)
            elif word == "." and out:
                out[-1] = "."
            previous = word
            continue
        if word in CLAUSE_WORDS and previous not in (".", ","):
            out.append(",")
        pair = (previous, word)
        if word not in _SECOND_WORDS:
            out.extend(table[word] if word in table else (word,))
        elif pair in PAIRS and out:
            out[-1:] = PAIRS[pair].split()
        elif word == "kms" and previous.isdigit():
            out.append("kilometres")
        elif pair in AFTER:
            out.append(AFTER[pair])
        elif word == "myself" and out[-2:] == ["kill", "myself"]:
            pass
        else:
            out.extend(table[word] if word in table else (word,))
        previous = word
    while out and out[-1] in (".", ","):
        out.pop()
    return out


def _unmask(found: re.Match) -> str:
    """ "k!ll", "unal1ve", "d1e", "su!c1de", "s u i c i d e": a crisis word masked to get past filters."""
    word = found.group(0).translate(_UNMASK).replace(" ", "")
    return word if word in _MASKED_WORDS or spelling().get(word) in _MASKED_WORDS else found.group(0)


def normalise(text: str) -> str:
    """Lower case, no apostrophes, spelled out, with " , " between clauses and " . " between sentences."""
    text = (text or "").lower()
    if "w/" in text:
        text = text.replace("w/o ", "without ").replace("w/ ", "with ")
    if _MASK_THEN_LETTER.search(text) and _MASKED.search(text):
        text = _MASKED.sub(_unmask, text)
    if _TWO_LETTERS.search(text) and _SPACED.search(text):
        text = _SPACED.sub(_unmask, text)
    if "od'd" in text or "od\u2019d" in text:
        text = _OD_D.sub("overdosed", text)
    if _has_decimal(text):
        text = _DECIMAL.sub("", text)  # "0.25mg" is one dose ("025mg"), not two sentences
    text = _MARKS.sub(_translate, text.replace(" - ", " , "))  # text.translate(_CHARS), faster
    return " ".join(_words(text))


def _translate(marks: re.Match) -> str:
    return marks.group(0).translate(_CHARS)


def _has_decimal(text: str) -> bool:
    """A "." between two digits (what _DECIMAL looks for; str.isdecimal() is what \\d matches)."""
    at = text.find(".", 1)
    while at != -1:
        if text[at - 1].isdecimal() and text[at + 1 : at + 2].isdecimal():
            return True
        at = text.find(".", at + 1)
    return False
