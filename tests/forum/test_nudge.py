"""The "experience, not instructions" detector (forum/nudge.py) against its labelled corpus."""

import re

import pytest

from forum.nudge import RULES, browser_rules, check_advice
from tests.forum.nudge_corpus import BLIND_A, BLIND_B, HELD_OUT, TUNING


def scores(corpus) -> tuple[float, float, list[str]]:
    caught = wrong = missed = 0
    mistakes = []
    for sentence, is_instruction in corpus:
        found = check_advice(sentence).is_instruction
        caught += found and is_instruction
        wrong += found and not is_instruction
        missed += is_instruction and not found
        if found != is_instruction:
            mistakes.append(f"{'missed' if is_instruction else 'wrongly caught'}: {sentence}")
    precision = caught / (caught + wrong) if caught + wrong else 0.0
    recall = caught / (caught + missed) if caught + missed else 0.0
    return precision, recall, mistakes


def test_the_corpus_has_at_least_two_hundred_sentences_in_both_directions():
    corpus = TUNING + BLIND_A + BLIND_B + HELD_OUT
    assert len(corpus) >= 200
    assert sum(label for _, label in corpus) >= 100
    assert sum(not label for _, label in corpus) >= 100


def test_the_tuning_corpus_scores_at_least_ninety_percent_precision_and_recall():
    precision, recall, mistakes = scores(TUNING + BLIND_A + BLIND_B)
    print(f"tuning: precision {precision:.2f}, recall {recall:.2f}")
    assert precision >= 0.9 and recall >= 0.9, mistakes


def test_the_whole_corpus_with_the_held_out_part_scores_at_least_ninety_percent():
    precision, recall, mistakes = scores(TUNING + BLIND_A + BLIND_B + HELD_OUT)
    held_precision, held_recall, held_mistakes = scores(HELD_OUT)
    # Reported, not tuned on (docs/care.md quotes these figures).
    print(f"whole: precision {precision:.2f}, recall {recall:.2f}; "
          f"held out: precision {held_precision:.2f}, recall {held_recall:.2f}")
    assert precision >= 0.9 and recall >= 0.9, mistakes


def test_the_held_out_part_never_nudges_someone_sharing_their_own_experience():
    precision, _, mistakes = scores(HELD_OUT)
    assert precision >= 0.9, mistakes


@pytest.mark.parametrize("text", ["I'm on 12 mg.", "I take 0.5 mg at night.", "What worked for me was cutting 5%."])
def test_sharing_ones_own_dose_never_brings_up_the_reminder(text):
    assert not check_advice(text).is_instruction


def test_a_finding_says_which_rule_and_words_brought_it_up():
    check = check_advice("I know how you feel. You should cut 10% now!")
    assert check.is_instruction
    [finding] = check.findings
    assert finding.rule == "modal"
    assert finding.sentence == "You should cut 10% now!"
    assert check.evidence == "You should cut"


def test_quoted_lines_and_questions_and_reported_speech_are_left_alone():
    text = "> @sam wrote:\n> Just stop taking it.\n\nShould I updose? My doctor said you should cut 10%."
    assert not check_advice(text).is_instruction


def test_curly_apostrophes_are_read_like_straight_ones():
    assert check_advice("Don\u2019t updose.").is_instruction


def test_the_blind_set_keeps_ninety_percent_in_both_directions():
    """BLIND_A was written by someone who never saw the rules; its first run scored P 1.00, R 0.48."""
    precision, recall, mistakes = scores(BLIND_A)
    assert precision >= 0.9 and recall >= 0.9, mistakes


def test_the_second_blind_set_keeps_ninety_percent_in_both_directions():
    """BLIND_B, measured blind: P 1.00 / R 0.317 before this work, P 1.00 / R 0.500 after round one."""
    precision, recall, mistakes = scores(BLIND_B)
    assert precision >= 0.9 and recall >= 0.9, mistakes


@pytest.mark.parametrize("text", [
    "you're doing great, take it easy", "take a few more days off work", "your dose should be decided with your doctor",
    "the right dose for you is something only your doctor can say", "the trick is to keep busy",
    "why don't you tell us how it went", "drink some water", "you're at 2mg, stop worrying about it",
    "take 2 days off work", "take off half a day if you can", "add a half hour walk to your day",
    "go with 2 friends if you can", "stick to 1 cup of coffee",
])
def test_the_new_frames_stay_quiet_on_kind_words_that_name_no_medication_change(text):
    assert not check_advice(text).is_instruction


@pytest.mark.parametrize(("text", "evidence"), [
    ("Listen, take a full 2mg tonight.", "Listen, take a full 2"),
    ("Your next dose should be 1.5, not 2.", "Your next dose should be 1.5"),
    ("You're too high, drop to 3mg.", "You're too high, drop"),
    ("Ask your GP for a switch to diazepam.", "Ask your GP for a switch to diazepam"),
])
def test_the_new_frames_report_the_words_that_made_it_an_instruction(text, evidence):
    assert check_advice(text).evidence == evidence


def test_the_browser_gets_the_same_patterns_in_a_form_javascript_can_compile():
    data = browser_rules()
    assert [rule["pattern"] for rule in data["rules"]] == [pattern for _, _, pattern in RULES]
    for rule in data["rules"]:
        # No Python-only syntax: inline flags, named groups, lookbehind, possessive quantifiers.
        assert not re.search(r"\(\?[aiLmsux]|\(\?P<|\(\?<[=!]|\+\+|\*\+", rule["pattern"]), rule["code"]
    assert "rule 2" in data["reminder"]
