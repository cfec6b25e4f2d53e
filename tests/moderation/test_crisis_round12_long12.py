"""Round twelve (long12): guards for false alarms on the quiet side of the backstop's sets AF-AI
(docs/moderation.md, "Round twelve"). Each guard is scoped to its own clause or sentence; pinned both ways."""

import pytest

from moderation.detector import assess


# Piece 1: someone else's story: a character in a film or book, a relative's saying, "my dads on the ward"
# (dad is), "i think of her every time": quiet; the writer's own thought or means beside them counts.
@pytest.mark.parametrize("text", [
    "in the series finale last week the heroine takes an overdose, i had to leave the room",
    "my nan used to say, ill be dead before this kettle boils, bless her",
    "my uncle would say i want to die in my own bed, and he did at 88",
    "my dads in hospital after an overdose on his heart tablets, im 5 months off xanax and worn out",
    "im two years off my own clonazepam and i think of him every time i pass the pharmacy",
])
def test_someone_elses_story_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize(("text", "level", "word"), [
    ("watched a drama where the protagonist swallows a bottle of pills and i keep thinking i should do the same",
     "high", "thinking"),
    ("my nan used to say it gets better. it didnt, ill be dead by friday", "high", "be dead"),
    ("my brothers on holiday and i have his insulin in my hand, thinking of using it on myself", "high", "insulin"),
    ("i keep my old clonazepam in a drawer and i think of taking it all every time i open it", "high", "clonazepam"),
])
def test_own_risk_beside_someone_elses_story_counts(text, level, word):
    found = assess(text)
    assert found.level == level and word in found.evidence, (text, found.summary())


# Piece 2: the feeling named in general as a symptom (no "i" in the sentence), a denial over "X or Y",
# "years free of A and free of B": quiet; the feeling the writer's own now, or back tonight, counts.
@pytest.mark.parametrize("text", [
    "the urge to self harm is just a symptom of the acute phase, it passes",
    "friend, the thoughts of suicide are a withdrawal symptom, they lie",
    "i have no intention of harming myself or ending my life, promise, just exhausted",
    "four years free of valium and free of self harm too, it does get better",
])
def test_symptom_named_or_denied_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize(("text", "level", "word"), [
    ("the desire to die is a symptom i know but tonight i cant fight it", "high", "the desire to die"),
    ("the thoughts of suicide are a symptom but mine are getting louder every night", "medium", "suicide"),
    ("18 months free of benzos and free of self harm but tonight i cut again", "medium", "cut"),
    ("i have no plans for christmas or any reason to live, i want to die", "medium", "want to die"),
])
def test_own_feeling_beside_a_symptom_or_denial_counts(text, level, word):
    found = assess(text)
    assert found.level == level and word in found.evidence, (text, found.summary())


# Piece 3: taper talk with hard words (cutting tablets, "jumped off from 1mg", someone else's affairs): quiet;
# cutting oneself, jumping off a place, one's own affairs in order: crisis.
@pytest.mark.parametrize("text", [
    "im cutting tablets with a craft blade now, the splitter broke",
    "my sisters affairs are sorted at last so i can hold my dose in peace",
    "jumped off from 1mg klonopin last week, the last step, feeling wobbly but ok",
])
def test_taper_talk_with_hard_words_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize(("text", "level", "word"), [
    ("i cut my arm with the blade i use for cutting tablets, couldnt stop", "medium", "cut my arm"),
    ("my affairs are sorted and the pills are counted for friday", "high", "affairs are sorted"),
    ("jumped off the multistorey by the station last night and survived", "high", "jumped off"),
])
def test_own_act_beside_taper_words_counts(text, level, word):
    found = assess(text)
    assert found.level == level and word in found.evidence, (text, found.summary())


# Piece 4: dying as the price of one more chore, and "tables" (a real word): quiet; one more day or night of
# this, or tablets lined up: crisis.
@pytest.mark.parametrize("text", [
    "if i have to read one more leaflet telling me to breathe im going to die",
    "if we get one more letter from the council i swear ill jump off a bridge",
    "thinking of painting the garden tables this weekend if the zaps allow",
])
def test_one_more_chore_and_tables_stay_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize(("text", "level", "word"), [
    ("if i have to live one more day like this im going to die by my own hand", "high", "by my own hand"),
    ("if i have to face one more night of this i will jump off a bridge", "high", "jump off a bridge"),
    ("lined up my tablets on the kitchen table, im going to take them all tonight", "high", "lined up my tablets"),
])
def test_one_more_day_of_this_counts(text, level, word):
    found = assess(text)
    assert found.level == level and word in found.evidence, (text, found.summary())


# Piece 5: "feel like ive been hit by a bus" (tiredness, with a time nearby): quiet; hoping to be hit counts.
@pytest.mark.parametrize("text", [
    "day 40 and i feel like i got hit by a truck this morning, dizzy too",
    "slept 2 hours and now i feel like i was hit by a train, any tips for tomorrow",
])
def test_hit_by_a_bus_tiredness_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize(("text", "word"), [
    ("i hope i get hit by a bus tomorrow on the way to work", "hit by a bus"),
    ("i keep hoping a truck hits me tonight so i dont have to wake up", "truck hits me"),
])
def test_hoping_to_be_hit_counts(text, word):
    found = assess(text)
    assert found.is_crisis and word in found.evidence, (text, found.summary())
