"""Round ten (kinds10a, docs/moderation.md): attempts told by what stopped, interrupted or followed
them; thoughts of a method; self-harm; and their quiet look-alikes (taper talk, symptoms, errands).
The tuner's own wording of each kind, both ways (not corpus statements)."""

import pytest

from moderation.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        "my flatmate found me before the pills kicked in. im home now",
        "the paramedics got to me before the tablets worked. discharged this morning",
        "had the belt round the door handle when my son knocked. thats the only reason im here",
        "the rope was up and i was on the stool when the doorbell went",
        "i started to do it last night and stopped halfway through. still shaking",
        "swallowed them half an hour ago. starting to regret it",
        "already took them. wanted to check in here one last time",
        "drank a bottle of wine and took all my zopiclone half an hour ago. not sure why im writing this",
    ],
)
def test_an_attempt_told_by_what_stopped_or_followed_it_is_high(text):
    found = assess(text)
    assert found.level == "high", text
    assert "recent attempt" in found.summary(), found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "my mum found me before school and drove me to the gp",
        "my partner found me asleep on the sofa before the film ended",
        "had the rope up for the washing when it started raining",
        "had the tent rope tied when my son came home early from school",
        "started to do the cut tonight and stopped halfway, too rough",
        "took them about 20 min ago and still wide awake, the zopiclone does nothing",
        "took it an hour ago and already regret it, the new brand makes me so groggy",
        "took them 20 mins ago like the pharmacist said. kind of regret switching brands",
        "ive already taken them, just wanted to check in before bed",
        "i was standing on the chair to change the bulb when the phone rang",
    ],
)
def test_errands_doses_and_interruptions_stay_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize(
    "text",
    [
        "idk if hanging would be quick. been on my mind all week",
        "wondering whether drowning would hurt, the lake is right there",
        "if i swallowed the whole lot with the gin would that do it",
        "the garage door shuts tight. the car in the closed garage would do it",
        "theres a multi storey by the station. i go up there for the wrong reasons lately",
        "keep imagining walking in front of a lorry on the bypass, it would be over fast",
        "googled what pills and vodka together does. not for a friend",
    ],
)
def test_a_method_thought_about_with_what_it_would_do_is_high(text):
    found = assess(text)
    assert found.level == "high", text
    assert "method" in found.summary(), found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "not sure if the new pills would work for sleep, gp says give it two weeks",
        "wondering if the car in the garage would work after a whole winter sat there",
        "idk if hanging the mirror would hurt the plaster",
        "hanging the washing out would be quick if the rain held off",
        "stepping in front of the train doors at rush hour is a nightmare",
        "one step and done, the taper is over",
        "im going to sleep for good tonight hopefully, the zopiclone is finally working",
        "a bloke in my group said hed thought about jumping in front of a train, he is ok now",
    ],
)
def test_questions_about_doses_errands_and_others_stay_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())


@pytest.mark.parametrize(
    "text",
    [
        "bit my hand so hard it bled last night. it helps and i hate that",
        "keep banging my head on the door when the panic gets bad",
        "scratched my arms raw, not wanting to die, just wanting it to stop",
        "want to cut so badly right now. waiting till the house is asleep",
        "took a razor apart again tonight. i know what its for",
        "dug my nails in so hard it bled. third night now",
    ],
)
def test_self_harm_with_its_state_or_its_blade_is_read(text):
    found = assess(text)
    assert found.is_crisis, text
    assert "self-harm" in found.summary(), found.summary()


@pytest.mark.parametrize(
    "text",
    [
        "the dog bit my arm so hard it bled, had to get a tetanus jab",
        "took the razor apart to clean it, hair everywhere",
        "took the razor apart again for the blade, it needed a new one",
        "want to cut so bad but my prescriber says hold for another month",
        "counting down until everyones asleep so i can watch my show in peace",
        "scratched my arms raw in the brambles clearing the garden",
        "burnt myself on the oven again, my arm has a blister",
        "when the panic gets bad i go for a walk and it helps",
    ],
)
def test_accidents_doses_and_errands_stay_quiet(text):
    assert not assess(text).is_crisis, (text, assess(text).summary())
