"""Round eleven (wish11, docs/moderation.md): wishes to be dead said indirectly, and the look-alikes
that share their words. The tuner's own probes of each kind, both ways (not corpus statements)."""

import pytest

from moderation.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        "honestly not waking up tomorrow is the nicest thought ive had all week",
        "every night i get into bed kind of hoping its my last",
        "i wouldnt be bothered if i didnt wake up in the morning",
        "please let tonight be the night i dont wake up",
        "the idea of never waking up is the only thing that calms me down",
        "lying here hoping this is the last time i close my eyes",
        "tbh i wouldnt care if i went to sleep and that was it",
        "not waking up sounds pretty good right now ngl",
        "hoping tonight is the last night i ever have to open my eyes in this flat",
        "wouldnt even be upset if i never woke up again",
    ],
)
def test_not_waking_up_welcomed_is_a_wish_to_be_dead(text):
    found = assess(text)
    assert found.is_crisis, (text, found.summary())


@pytest.mark.parametrize(
    "text",
    [
        "not waking up at 4am for once is the nicest thing this week",
        "hoping tonight is the last night of this awful insomnia",
        "i wouldnt care if i never woke up before ten again, mornings are evil",
        "please let tonight be the night i sleep right through",
        "hoping its the last time i have to do a step this big",
        "the idea of never waking up to an alarm again is why i want to retire",
        "my nan says every night she hopes she doesnt wake up, it breaks my heart",
        "back then i used to go to bed hoping i wouldnt wake up. thats over now, two years well",
        "going to bed hoping its the last time the neighbours party til 3",
        "lying here hoping this is the last time i close my eyes on a night shift",
    ],
)
def test_sleep_an_alarm_or_someone_elses_wish_stays_quiet(text):
    assert not assess(text).is_crisis, assess(text).summary()
