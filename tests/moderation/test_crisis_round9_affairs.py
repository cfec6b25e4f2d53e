"""Round nine (kinds9c, docs/moderation.md): preparations said as affairs put in order or as leaving
the forum for good, and the wish to be dead said sideways. The tuner's own wording of the kind,
both ways (not corpus statements)."""

import pytest

from moderation.detector import assess


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
    ],
)
def test_welcoming_the_end_is_a_wish_to_be_dead(text):
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
    ],
)
def test_look_alikes_stay_quiet(text):
    assert not assess(text).is_crisis, text
