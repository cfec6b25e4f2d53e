"""Round eleven (guards11): guards for false alarms and for crisis lines a guard dropped
(docs/moderation.md, "Round eleven"). Each probe pinned both ways."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import quiet_for_the_rules


# Piece 1: a past episode told from a better place ("it ended", "it was temporary", "im 24 and happy",
# "loving life", "a different person now", "therapy helped"): over, unless the post says it is back or now.
@pytest.mark.parametrize("text", [
    'freshman year i swallowed a bottle of my roommates pills. senior year now and i made deans list',
    'overdosed at 19, spent a week in the icu. im 24 and honestly happy, it gets better',
    'i really wanted to be dead during the first months off lorazepam. that ended. it genuinely ended',
    'the urge to cut was constant in my taper. it was temporary, like everything in withdrawal',
    'i planned my own funeral in my head through most of month 5. these days i plan holidays instead lol',
    'my suicidal phase on the taper felt endless but it wasnt. two years off valium and loving life',
    'i once had the rope in my wardrobe. counselling and time helped a lot and i threw it out ages ago',
    'honestly i didnt want to wake up most mornings back then. i do now and its wild',
])
def test_past_told_from_a_better_place_stays_quiet(text):
    assert quiet_for_the_rules(text), text  # the backstop's known false alarms aside


@pytest.mark.parametrize("text", [
    'i was suicidal for most of my taper and it hasnt ended. tonight is the worst its been',
    'the urge to cut was gone for a year. its back and i did it again last night',
    'everyone says it ends but i still want to be dead every single day',
    'overdosed at 19 and again last week. im 24 and i dont see the point',
    'i got through month 5 but now i have the pills counted out for friday',
    'i thought the dark thoughts were temporary. its month 14 and i still wish i wasnt alive',
])
def test_past_that_is_back_or_still_here_counts(text):
    assert assess(text).is_crisis, text


# Piece 2: someone else's words or acts named in younger members' words (my mate, my ex, my bf, my bestie,
# my roomie; "their last message"; a tiktok, a leaflet or a packet that says it); someone receiving the
# writer's things "when im gone" is still the writer's preparation.
@pytest.mark.parametrize("text", [
    'my bestie keeps saying she wants to kms over her exams. its just how she talks but it worries me',
    'my bf tried to overdose in march, thats why he gets weird when i mention my pills',
    'my ex said she wanted to end it all when i left. i told her mum straight away',
    'the leaflet in the box says may cause suicidal thoughts, very reassuring at 2am',
    'saw a tiktok about someone hoarding pills for months, had to put my phone down',
    'my roomie has been cutting again and i dont know who to tell',
    'their last message was basically a goodbye and nobody has heard from them since',
    'my gf texted me saying she had the pills ready. called 999 and they got to her in time',
    'my gf will get everything in her nans flat when she passes, its all sorted',
])
def test_someone_elses_words_in_younger_voices_stay_quiet(text):
    assert quiet_for_the_rules(text), text  # the backstop's known false alarms aside


@pytest.mark.parametrize("text", [
    'my ex says im better off dead and honestly im starting to agree, i want to die',
    'my mate thinks im joking when i say kms but i have the pills saved for tonight',
    'saw a tiktok about overdosing and now im counting my tablets to see if its enough',
    'my bf doesnt know i cut my arms again last night',
    'the leaflet says may cause suicidal thoughts and yeah, i want to kill myself',
    'my gf will get everything when im gone, its all sorted with the bank',
])
def test_writers_own_crisis_beside_someone_else_counts(text):
    assert assess(text).is_crisis, text


# Piece 3: a question to others that shares the writer's own feeling ("anyone else ever just want to die",
# "does anyone else lie awake wishing they could not exist", "is it just me or do other people ...") is the
# writer's own, answered or not; "is it normal to", "has anyone had", "anyone else know someone who",
# "anyone elses mum" and a question "asking for my cousin" stay questions about others.
@pytest.mark.parametrize("text", [
    'anyone else know someone who tried to overdose during a taper? asking for my cousin',
    'what happens if you take two diazepam by mistake. asking for a friend, she panicked',
    'anyone else hate the adverts about suicide on the tube, they feel so fake',
    'has anyone else had a gp ask if they want to kill themselves, felt so awkward',
    "does anyone else's mum cry that they wish they were dead every time the bills come",
    'anyone else dream about dying on this taper? the vivid dreams are wild',
    'anyone else see the news about the guy who jumped off the bridge in town, so sad',
])
def test_question_about_others_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize("text", [
    'does anyone else lie awake wishing they could just not exist anymore',
    'anyone else ever just want to die for like no reason at 4am',
    'anyone else feel like everyone would be better off if they just disappeared',
    'anyone else got a stash of pills put aside for when they finally decide',
    'how many of these would it take to not wake up. asking for myself tbh',
    'is it just me or do other people think about killing themselves every night',
])
def test_shared_feeling_question_is_the_writers_own(text):
    assert assess(text).is_crisis, text


# Piece 4: a thought of death with its crisis reading disclaimed after it, in its sentence or the next ("not in
# a suicidal way", "its not suicidal", "not a wanting it way", "not because i want it"); a disclaimer that
# says the opposite ("not in a healthy way", "not in a scared way"), one undone ("now it is"), or one said
# before the words ("not in a dramatic way but i wish i was dead") disclaims nothing.
@pytest.mark.parametrize("text", [
    'i think about death a lot since coming off, not in a suicidal way, more like existential dread',
    'been daydreaming about not existing, not in a dark way, more like wanting a break from my own brain',
    'i could honestly die for a proper sleep. not literally, dont panic',
    'the thought of dying pops up more on this taper but its not suicidal, my gp says its the anxiety',
    'thinking about my own death a lot but in a scared-of-it way, not a wanting-it way',
    'death keeps crossing my mind at 3am, not because i want it, its just the withdrawal fear',
])
def test_thought_of_death_disclaimed_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize("text", [
    'i think about death a lot and not in a healthy way. i dont want to be here',
    'not in a dramatic way but i genuinely wish i was dead most days',
    'its not just intrusive, i actually want to kill myself tonight',
    'people think im joking when i say i want to die. im not joking',
    'i keep thinking about dying and honestly it is in a suicidal way now',
    'i think about not existing, and not in a scared way, in a peaceful way',
])
def test_thought_of_death_not_disclaimed_counts(text):
    assert assess(text).is_crisis, text


# Piece 5: night-time idioms: a thing "at 2am" or "every night" that "is going to be the end of me" (the hour
# is the thing's, not a plan's), and a caption "me at 4am doing x : this is how i die"; a time, a means or a
# decision as what ends the writer still counts.
@pytest.mark.parametrize("text", [
    'the construction noise at 7am is going to be the end of me',
    'this insomnia at 4am every night is going to be the end of me',
    'my group chat at 1am is gonna be the end of me, 300 messages',
    'me at 4am reading about side effects: yep this is how i die',
    'me at 2am eating cereal over the sink. this is how i go out',
    'the smoke alarm beeping at 5am will be the end of me i swear',
])
def test_night_time_idiom_stays_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize("text", [
    'tonight is going to be the end of me',
    'at 3am i decided this is how i die, with the pills',
    'the pills at 2am will be the end of me, ive counted them out',
    'at 4am i will end it, im done',
    'its 3am and honestly i wish this was how i die, in my sleep',
])
def test_time_or_means_that_ends_me_counts(text):
    assert assess(text).is_crisis, text
