"""Second round on the crisis detector (issue 10): whole kinds of wording, not listed sentences.

Blind set B showed kinds the combination layer missed: euphemisms for dying (slipping away, a
one-way trip, not making it through), preparations kept secret or made "for whoever finds it",
self-harm acts other than cutting, attempts named with their aftermath, and passive wishes said
as hopes. It also showed quiet talk it flagged: past episodes that are over, sign-offs and
hyperbole with a joke marker. These statements were written for this test, not copied from set B.
"""

import pytest

from moderation.detector import assess


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("some nights i pray i just slip away before morning", ("slip away",)),
        ("i keep hoping a bus hits me so it stops", ("bus hits me",)),
        ("honestly id be glad to never open my eyes again", ("never open my eyes",)),
        ("ive decided. its going to be by my own hand", ("by my own hand",)),
        ("handed my spare keys and bank details to my sister. she didnt ask why", ("bank details",)),
        ("cleaned the house and paid the rent ahead for whoever comes after", ("cleaned the house",)),
        ("gave away my guitar and my books. nearly done now", ("gave away my",)),
        ("scratched my legs raw again last night", ("scratched my legs",)),
        ("threw myself against the wall on purpose", ("threw myself",)),
        ("tried to end things on saturday. woke up in the ambulance", ("tried to end things",)),
        ("the 14th is the day. ive made my peace", ("14th is the day",)),
        ("when the tenancy is up at the end of march i wont be anywhere", ("be anywhere",)),
        ("i wont be renewing my meds, i wont be alive to need them", ("wont be alive",)),
        ("i keep going back to the bridge at night and looking down", ("bridge",)),
        ("driving to the cliffs tomorrow. not coming back", ("cliffs", "not coming back")),
        ("heading to the station tonight. one way trip", ("one way trip",)),
        ("sh again last night, had to hide it from my flatmate", ("sh again",)),
    ],
)
def test_kinds_of_crisis_wording_seen_in_set_b_are_caught_with_their_words(text, words):
    summary = assess(text).summary()  # what the moderator reads: categories and the words
    assert summary and all(word in summary for word in words), (text, summary)


@pytest.mark.parametrize(
    "text",
    [
        "back in 2021 i was writing goodbye letters every night. now i volunteer on a helpline",
        "i relapsed on cutting at month 6. im 2 years free now and so grateful",
        "i nearly didnt go through with the move but im so thankful i did",
        "this heat is unbearable, ill be dead by lunchtime lol",
        "im out for the night, talk tomorrow everyone",
        "gave away my old clothes to the charity shop today",
        "returning my leftover tablets, the chemist will take them back",
        "a man in my old support group said hed saved his pills. he got help and is fine now",
        "sorry for being such hard work this week, thanks for listening",
        "when i die i want my ashes scattered at the beach, morbid i know",
        "flying out tomorrow, one way trip to spain for the new job",
        "getting the last train home tonight, finally",
    ],
)
def test_past_episodes_sign_offs_and_jokes_stay_quiet(text):
    assert not assess(text).is_crisis, assess(text).summary()
