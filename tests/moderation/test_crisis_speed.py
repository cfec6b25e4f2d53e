"""The detector's speed-ups must find exactly what the plain forms find (speed itself: bench/)."""

import re
from pathlib import Path

import pytest

from moderation.detector import combine
from moderation.detector import concepts as c
from moderation.detector import patterns as p
from moderation.detector.firstwords import FirstWords, first_pairs, first_words
from moderation.detector.gate import core, more_keys, states, word_keys
from moderation.detector.lexicon import normalise
from moderation.detector.reading import read, rule_candidates
from moderation.detector.rules import ALL_KEYS, RULES

_SENTENCES = [
    "i think im done , ive had it , id rather not , ill go",
    "me and my cat , myself , mine , i",
    "imagine him , idle minds , mimic the ill , illness , times , time , item , mine , immy",
    "my_self myself1 i2 im. me, . my",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_the_fast_self_pattern_finds_the_same_words_as_the_plain_one(sentence):
    plain = re.compile(r"\b(?:" + c.VOCAB[c.SELF] + r")\b")
    fast = c.COMPILED[c.SELF]
    for start in range(0, len(sentence), 3):
        expected = [(m.span(), m.group(0)) for m in plain.finditer(sentence, start)]
        assert [(m.span(), m.group(0)) for m in fast.finditer(sentence, start)] == expected


def test_the_fast_self_pattern_still_finds_the_writer():
    words = [m.group(0) for m in c.COMPILED[c.SELF].finditer("im sure my tin is mine , ill see , me too")]
    assert words == ["im", "my", "mine", "ill", "me"]


# The combination layer tries a concept's pattern only at the words a match may begin at
# (gate.first_words); it must find exactly what finditer() over the sentence finds.
_DATA = Path(__file__).parent / "data"


def _corpus_sentences() -> list[str]:
    texts = []
    for path in sorted(_DATA.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                texts.append(normalise(line.split("\t")[-1]))
    return texts + [normalise(" . ".join(texts[i : i + 7])) for i in range(0, len(texts), 7)]


def test_every_concept_has_words_its_matches_begin_at():
    assert not combine._FIRST_WORDS.anywhere  # a concept that may begin anywhere is searched the slow way


def test_concept_searches_at_first_words_find_what_finditer_finds():
    names = sorted(combine.ANCHORS | combine.NEEDS)
    for text in _corpus_sentences():
        start = 0
        for piece in text.split(" . "):
            span = (start, start + len(piece))
            start += len(piece) + 3
            _possible, firsts = combine._sentence(text, span)
            found = combine._search(names, text, span, firsts)
            for name in names:
                expected = [(m.start(), m.end(), m.group(0)) for m in c.COMPILED[name].finditer(text, *span)]
                assert found.get(name, []) == expected, (name, text[span[0] : span[1]])


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:kill(?:ing)? myself|(?:a |only a )?few)\b",
         {("kill", False), ("a", True), ("only", True), ("few", True)}),
        (r"\b(?:\d*(?:mg|ml)|taper\w*)\b", {("#", False), ("mg", True), ("ml", True), ("taper", False)}),
        (r"(?:i(?<!\wi)(?:m|ve)?|my)\b", None),  # "my" is not known to begin a word
        (r"\b(?:\w+ing|cut)\b", None),
        (r"\b(?:(?<=\bto )die|stop)\b", {("die", True), ("stop", True)}),
        (r"\b(?:die(?= now)|sto[pr])", {("die", False), ("stop", False), ("stor", False)}),
    ],
)
def test_first_words_reads_where_matches_begin(pattern, expected):
    found = first_words(re.compile(pattern))
    assert (set(found) if found else None) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bthe (?:end|last)\b", {("the", True, frozenset({("end", True), ("last", True)}))}),
        # a part that may come once at most is read with what follows it ("really" is then a whole word)
        (
            r"\bi(?: really)? want\b",
            {("i", True, frozenset({("really", True)})), ("i", True, frozenset({("want", True)}))},
        ),
        (
            r"\b(?:the )?pain (?:will|is) end\b",  # speed14: "the" is followed by "pain"
            {("the", True, frozenset({("pain", True)})), ("pain", True, frozenset({("will", True), ("is", True)}))},
        ),
        (r"\bi (?:\w+ )?want\b", {("i", True, None)}),  # any word may follow
        (r"\bmy(?: life)?\b", {("my", True, None), ("my", True, frozenset({("life", True)}))}),  # may end
        # a repeated part is read alone: its word may go on past it ("a": a start)
        (r"\bto(?: (?:a|b))+c", {("to", True, frozenset({("a", False), ("b", False)}))}),
        (r"\bto(?: a)+b", {("to", True, frozenset({("a", False)}))}),  # "to a ab": a word starting "a"
        (r"\bon (?:\d+|day)s\b", {("on", True, frozenset({("#", False), ("days", True)}))}),
    ],
)
def test_first_pairs_reads_what_the_next_word_may_be(pattern, expected):
    assert set(first_pairs(re.compile(pattern))) == expected


def test_patterns_narrowed_by_the_next_word_find_what_finditer_finds():
    whole = re.compile(
        r"\b(?:the (?:end|last)|i(?: really)? want|to(?: a)+b|on \d+ days|my(?: life)?|(?:the )?pain is over)\b"
    )
    words = FirstWords({"x": whole})
    texts = ["the end", "the last", "the lad", "i really want", "i want", "i wont", "to a a ab", "to b", "on 12 days"]
    texts += ["my own", "the pain is over", "pain is over", "the painful", "i reallyx want", "the mornings"]
    for text in texts:
        first, _space, following = text.partition(" ")
        pattern = words.at(first, following.split(" ")[0]).get("x")
        expected = whole.match(text)
        assert ((pattern.match(text) if pattern else None) is not None) == (expected is not None), text


def test_the_shared_word_pass_narrows_concepts_as_the_sentence_reading_does():
    """reading.read narrows each word's concept patterns by the next word as combine._sentence does
    (the concept search at those words is checked against finditer above)."""
    for text in _corpus_sentences()[:3000]:
        spans, _index, sentences = read(text)
        assert sentences == [combine._sentence(text, span) for span in spans], text



def _rule_key(token: str) -> str | None:
    if token in ALL_KEYS:
        return token
    return p.index_key(token) if token.endswith(("pam", "lam")) or token.startswith(("oxy", "sel")) else None


def test_the_shared_word_pass_indexes_the_rule_keys_of_each_sentence():
    """reading.read: each rule key word (or a drug or self-harm word's shape key) names the
    sentences it occurs in (bit n: sentence n)."""
    for text in _corpus_sentences()[:3000]:
        spans, index, _sentences = read(text)
        expected: dict[str, int] = {}
        for number, (start, end) in enumerate(spans):
            for key in {_rule_key(token) for token in text[start:end].split()} - {None}:
                expected[key] = expected.get(key, 0) + 2**number
        assert index == expected, text


# Gating a rule: the further key groups read from its pattern and its core must never keep a rule
# from a sentence it matches that holds its own key words (rules.py: whole words, written by hand).
def _own_keys_hold(rule, index, number: int) -> bool:
    return all(any(index.get(key, 0) >> number & 1 for key in group) for group in rule.keys)


def test_every_rule_has_its_own_name():
    """The gate keeps a rule's further keys and core by its name (reading.rule_candidates): two rules of
    one name would share the second's, and the first would never read sentences it matches."""
    names = [rule.name for rule in RULES]
    assert sorted(name for name in set(names) if names.count(name) > 1) == []


def test_rule_candidates_hold_every_sentence_a_rule_matches():
    for text in _corpus_sentences():
        spans, index, _sentences = read(text)
        present = set(index)
        for rule in RULES:
            matched = {
                number for number, span in enumerate(spans)
                if _own_keys_hold(rule, index, number) and rule.pattern.search(text, *span)
            }
            if matched:
                assert matched <= set(rule_candidates(rule, index, present)), (rule.name, text)


def test_every_sentence_a_rule_matches_holds_its_own_key_words():
    """A rule's own key words are written by hand (rules.py): a word its pattern can match that they
    leave out ("suicide attempts", "until it bruises", "rehomed my rabbits") is never read by it."""
    for text in _corpus_sentences():
        spans, index, _sentences = read(text)
        for rule in RULES:
            for number, span in enumerate(spans):
                if rule.pattern.search(text, *span):
                    assert _own_keys_hold(rule, index, number), (rule.name, text[span[0] : span[1]])


def test_a_rules_core_leaves_out_its_subject_and_filler():
    found = core(re.compile(r"(?:^|(?<=[.,] )|\bi )(?P<f>(?:\w+ ){0,4}?)(?:want|wish) to die"))
    assert found.search("so i really want to die") and not found.search("so i really want to dine")
    assert core(re.compile(r"want to die")) is None  # nothing left out: the pattern itself
    assert core(re.compile(r"(a)?b\1")) is None  # a back-reference to a part left out
    assert core(re.compile(r"(?:^|\bi )[a-z]+ die")) is None  # tried at every letter: no cheaper


_HOPE_DIE = r"\b(?:hope|wish) i (?:die|am dead)\b"


@pytest.mark.parametrize(
    ("pattern", "given", "expected"),
    [
        (_HOPE_DIE, frozenset(), (frozenset({"hope", "wish"}), frozenset({"die", "dead"}))),
        (_HOPE_DIE, frozenset({"wish", "hope"}), (frozenset({"die", "dead"}),)),
        (r"\b(?:\w+ )?die\b", frozenset({"die"}), ()),
    ],
)
def test_more_keys_reads_further_word_groups_a_match_needs(pattern, given, expected):
    assert more_keys(re.compile(pattern), given) == expected


# Import time: the key groups are read from every concept and rule pattern at import. Each state
# (a place in the pattern, what follows it, the letters read) is read once, so the cost is the
# pattern's states; round eight's DOING_NOW once took 60 s when paths were enumerated instead.
_MOST_STATES = 5_000  # the largest pattern reads ~1,200 today


def test_every_pattern_is_read_in_a_bounded_number_of_states():
    patterns = {**c.COMPILED, **{rule.name: rule.pattern for rule in RULES}}
    costly = {name: states(pattern) for name, pattern in patterns.items() if states(pattern) > _MOST_STATES}
    assert not costly  # split the vocabulary, or fold its optional parts together


def test_many_optional_parts_in_a_row_cost_states_not_paths():
    pattern = re.compile(r"\b" + "".join(f"(?:w{n} )?" for n in range(40)) + r"end\b")
    assert states(pattern) < 2_000  # 2 ** 40 paths
    assert word_keys(pattern)  # read to the end: keys found, the pattern is gated
