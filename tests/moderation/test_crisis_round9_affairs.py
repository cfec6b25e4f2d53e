"""Round nine (kinds9c, docs/moderation.md): preparations said as affairs put in order or as leaving
the forum for good, and the wish to be dead said sideways. The tuner's own wording of the kind,
both ways (not corpus statements)."""

import pytest

from moderation.detector import assess
from tests.moderation.crisis_checks import quiet_for_the_rules


@pytest.mark.parametrize(
    "text",
    [
        "been quietly sorting everything out. cancelled the phone contract, paid the last of the credit card, "
        "wrote a few notes",
        "putting my things in order so nobody has a mess to deal with after",
        "paid back everyone i owed money to this week. wanted to leave things clean",
        "made sure the kids will be looked after financially. everything is squared away",
        "logging off for good. it was nice knowing you all",
        "gonna delete this account soon and go. been good knowing yall",
        "if i stop replying can someone make sure my dog is ok. ive given my spare key to next door",
        "i want my niece to have my guitar and my records. dont ask me why",
        "if anyone reads this after im gone, my passwords are in the red notebook",
        "when im gone please dont let them blame my sister",
        "spent the day tidying up so my kids dont end up with a mess to sort after im dead",
        "deleting my instagram and my journals tonight. wrote the letter already",
        "apologised to my mum for everything today. its nobodys fault, i want her to know that",
        "thank you for all of it. bye everyone",
        "rang everyone tonight to say the things i never said. they dont know theyre goodbyes",
        "made a list of who gets what and put it under the clock",
        "called my sister and my best mate tonight. they dont know it was goodbye",
        "gave my xbox and all my games to my little cousin today. wont be needing them",
        "cancelled my phone contract and my gym. no point paying for things i wont use",
        "if something happens to me pls tell my mum i loved her. ok thats all",
    ],
)
def test_affairs_in_order_are_preparations(text):
    result = assess(text)
    assert result.level == "high", text
    assert "preparations" in result.summary()


@pytest.mark.parametrize(
    "text",
    [
        "each night i ask god not to open my eyes again",
        "honestly id welcome it if my life just stopped for good",
        "why did i survive the seizure. i wasnt meant to",
        "why did i have to survive that overdose, should of just let me go",
        "why did they bring me back after the crash",
        "the paramedics should have left me",
        "every day i wake up and im gutted that i did",
        "every time i wake up im disappointed im still here",
        "disappointed every time i wake up",
        "i wouldnt fight it if something took me in my sleep",
        "honestly if a car hit me on the way home i wouldnt be sad about it",
        "it would be better for all if i am not existing",
        "i feel it would be better if i am no more",
        "it would be better if i am not there only",
        "i think death would be a rest for me at this point",
        "wish the seizure had finished the job",
        "each night i beg not to wake up again",
        "im jealous of people who have passed away",
        "honestly death sounds like a break at this point",
        "sometimes dying seems like a gift",
        "i keep wishing to not exist anymore",
        "i would give anything for my life to just be over",
        "each morning i open my eyes and im upset that i did",
        "being alive feels like a punishment, id rather just not be",
    ],
)
def test_welcoming_the_end_or_sorry_to_be_alive_is_a_wish_to_be_dead(text):
    result = assess(text)
    assert result.is_crisis, text
    assert "wish to be dead" in result.summary()


@pytest.mark.parametrize(
    "text",
    [
        "giving away my old clothes to charity this weekend",
        "giving away all my clothes to the charity shop, they dont fit after the weight gain",
        "i wrote letters to my pen pals this week",
        "putting my things in order before the move next week",
        "paid off the last of the credit card today, such a relief",
        "changed my pension beneficiary after the divorce, had to be done",
        "sold the van and bought a smaller car, its cheaper to run",
        "my letters are in the post to the council about the bins",
        "logged off for good from twitter, best decision ever",
        "logging off for the night, talk tomorrow",
        "if i stop posting for a while its just the wave, dont worry",
        "left a key with the neighbour for the plumber tomorrow",
        "thank you for the support everyone, day 100 today!",
        "dont ask me why but i love pineapple on pizza",
        "id welcome it if the insomnia stopped for good",
        "i would welcome any advice on tapering off valium",
        "when im gone on holiday the neighbour is feeding the cat",
        "after im gone from this forum ill still read the posts now and then",
        "sorted my pension paperwork at last, what a faff",
        "can someone check on my cat while im in hospital for my knee",
        "woke up disappointed its raining again",
        "disappointed every time i wake up at 4am, never get back to sleep",
        "annoyed that i woke up at 4 again",
        "im so annoyed when i wake up, my back hurts every morning",
        "why did i make it through the taper and still feel this bad",
        "the hospital should have just let me go, i was fine to leave",
        "the nurse should have let me go home earlier",
        "i wouldnt fight it if the dog took my spot on the sofa",
        "if a bus came now i wouldnt mind, its freezing at this stop",
        "it would be easier if i wasnt there, the kids need time with their dad",
        "it would be better if i wasnt there when the builders come",
        "death would be a release for my nan, shes suffering so much",
        "i wouldnt mind not waking up at 5am for once",
        "i hope my last night on clonazepam goes ok",
        "i hope its my last night in this hospital",
        "my life stopped for good when i started benzos, but im rebuilding",
        "in the first 200 days i wished every night not to wake up. that wish is completely gone",
        "scheduled my emails to go out while im on holiday",
        "thank you for all of it, this group saved my taper",
        "it wasnt my fault the dose went wrong, its nobodys fault really",
        "part of me hopes the next wave is shorter",
        "i would give anything for a full nights sleep",
        "wrote cards for each of my grandkids for christmas",
        "im tired of waking up in this body with no energy, year 2 of protracted",
        "im jealous of people who have finished their taper",
        "made a list of who gets what for christmas",
        "made a list of who gets what and stuck it on the fridge, chores sorted for the week",
        "she doesnt know its the last time the band plays here",
        "they dont know its goodbye to the old house yet, surprise move",
        "i dont know if its the last time ill see her, shes moving abroad",
        "left the keys on the table for my husband, hes collecting the car",
        "found homes for all my tomato seedlings, the neighbours loved them",
        "gave my switch to my little brother today, hes been begging for months",
        "i wont be a problem for anyone at the party, ill sit quietly",
        "said bye to everyone at work without them noticing, hate fuss",
        "if i die in my sleep tonight at least the insomnia is over lol",
        "if something happens to the parcel pls let me know",
        "id rather not be on the group chat anymore",
        "gave my bike to my nephew today. wont be needing it with the new car",
    ],
)
def test_look_alikes_stay_quiet(text):
    assert quiet_for_the_rules(text), text  # the backstop's known false alarms aside
