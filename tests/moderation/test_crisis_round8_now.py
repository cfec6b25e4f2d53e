"""Round eight (kinds8e, docs/moderation.md): an attempt happening now or just done, written from
inside it, and firm intent followed by a refusal of help, which is not a retraction. The lead's
own wording of the kind, both ways (not corpus statements)."""

import pytest

from moderation.detector import assess


@pytest.mark.parametrize("text", [
    "swallowed the lot about ten minutes ago, just wanted someone to know",
    "took every tablet in the box half an hour ago",
    "downed them all an hour back",
    "already took them. getting drowsy. bye all",
    "ive swallowed what was left. on the kitchen floor writing this",
    "started on the pills, 9 so far, not sure i want to stop",
    "took all the old zopiclone with vodka, i can feel it kicking in",
    "took everything i had. so this is goodbye",
    "swallowed the whole bottle. love you all, bye",
    "done it. took them all. sorry everyone",
    "im finishing it tonight. not after advice",
    "going to end this myself since nobody will help",
    "done. going to finish this one way or another",
    "i'm ending it, don't bother replying",
])
def test_counts(text):
    assert assess(text).is_crisis, text


@pytest.mark.parametrize("text", [
    "took all my tablets on time today, go me",
    "swallowed my pride and asked for help an hour ago",
    "i started taking them again at 0.5mg, day 3",
    "finished the taper an hour ago!!",
    "ending it with my psychiatrist, not after advice on that",
    "took them all in 2015, i survived and im well",
    "im not going to do anything",
    "not suicidal",
    "took my diazepam. getting drowsy. night all",
    "read 9 so far, not sure i want to stop",
    "im finishing it tonight, the book is brilliant",
])
def test_stays_quiet(text):
    assert not assess(text).is_crisis, text
