"""Round ten (guards10): guards for false alarms and for crisis lines a guard dropped
(docs/moderation.md, "Round ten"). Each kind pinned both ways."""

import pytest

from moderation.detector import assess


# Piece 1: someone else's question or belief about the writer, answered no by the writer.
@pytest.mark.parametrize("text", [
    "my aunt thinks im suicidal because i cancelled christmas. im not, im just wiped out",
    "the gp asked if i wanted to hurt myself and i was like no, i want to sleep",
    "everyone at church assumes i want to die. i dont, i want this wave to pass",
    "the crisis nurse rang to check whether i was thinking of killing myself, told her no, just scared",
    "the psychiatrist asked if i had a plan to end it. nah, i have a plan to get through christmas",
])
def test_question_or_belief_answered_no_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize(("text", "category"), [
    ("my aunt thinks im suicidal and shes right, i want to die", "wish to be dead"),
    ("the gp asked if i wanted to end my life, i said no. i lied, i do", "thoughts of suicide"),
    ("everyone thinks im fine. im not, i want to kill myself", "thoughts of suicide"),
    ("the nurse asked if i had thoughts of suicide. i said no. i have the pills saved for friday", "plan or timing"),
    ("i think im going to kill myself tonight. nobody would notice", "intent"),
])
def test_answer_taken_back_or_signal_after_it_counts(text, category):
    result = assess(text)
    assert result.is_crisis, text
    assert category in result.summary(), (text, result.summary())


# Piece 2: a word of suicide or self-harm raised or said by someone else is a mention.
@pytest.mark.parametrize("text", [
    "the registrar mentioned suicide four times today, i think it's on her form",
    "my therapist brought up self harm again, she does it every session",
    "the gp said the word overdose about six times while explaining my new dose",
])
def test_word_mentioned_by_someone_else_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize(("text", "category"), [
    ("the word suicide keeps going round my head and i want to do it tonight", "intent"),
    ("my gp mentioned suicide and i told her yes, i have been thinking about killing myself", "thoughts of suicide"),
    ("said goodbye to my kids tonight. its time", "preparations"),
])
def test_the_writers_own_words_count(text, category):
    result = assess(text)
    assert result.is_crisis, text
    assert category in result.summary(), (text, result.summary())


# Piece 3: someone's words reported, then the writer's own clause: the reporting ends there.
@pytest.mark.parametrize(("text", "category"), [
    ("mum says its just a phase and i still want to kill myself", "thoughts of suicide"),
    ("my gp told me to be patient but i want to die", "wish to be dead"),
    ("my partner says im overreacting and i keep thinking about hanging myself", "thoughts of suicide"),
])
def test_writers_clause_after_reported_words_counts(text, category):
    result = assess(text)
    assert result.is_crisis, text
    assert category in result.summary(), (text, result.summary())


@pytest.mark.parametrize("text", [
    "my brother said he wanted to die and i was terrified for him",
    "she told me she has been cutting and i held her hand",
    "the film had a character who stockpiles her pills and writes goodbye letters. i turned it off",
])
def test_reported_words_stay_someone_elses(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())
