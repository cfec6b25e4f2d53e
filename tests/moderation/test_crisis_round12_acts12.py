"""Round twelve (acts12, docs/moderation.md): plans told by what is settled with the act unnamed (piece 1), and
means and preparations told by what was done with them (piece 2), with their look-alikes. The tuner's own wording
both ways (not corpus statements); the probe written before each fix."""

import pytest

from moderation.detector import CATEGORY_LABELS, assess

PLAN, INTENT = CATEGORY_LABELS["plan"], CATEGORY_LABELS["intent"]
METHOD, PREPARATION = CATEGORY_LABELS["method"], CATEGORY_LABELS["preparation"]

CRISIS = [
    ('im doing it saturday night. ive already worked out where', PLAN),
    ('sunday is when. i know how and where', PLAN),
    ('tonight once she leaves for her shift, thats when. ive decided how', PLAN),
    ('ive chosen thursday night. the kids are at their dads and my wife is on nights', PLAN),
    ('i have picked friday. my flatmates away all weekend', PLAN),
    ('just holding on till my sons birthday, then im done', PLAN),
    ('only hanging on until the lease ends, then thats it for me', PLAN),
    ('im not joking, ill be ending it', INTENT),
    ('i fully intend to die, i just needed someone to know', INTENT),
    ('its happening friday night. i already know how', PLAN),
    ('holding on until christmas for the kids, then im gone', PLAN),
    # Piece 2
    ('told my doctor id lost them so i got another box. i didnt lose them. saving them', PREPARATION),
    ('been going round different chemists so the gp never finds out how many i have', PREPARATION),
    ('all my valium plus the gabapentin would be enough right', METHOD),
    ('what amount of pregabalin would stop your heart. i dont want the lecture', METHOD),
    ('my brother keeps a shotgun in the shed and i know where the cartridges are', METHOD),
    ('theres a bridge over the motorway near my flat. i walked out to it again tonight', METHOD),
    ('the car in the locked garage is all i think about. sat in it last night just to see', METHOD),
    ('found a new home for my dog and the cat this week. she deserves someone who will be around', PREPARATION),
    ('sold the car and cancelled my phone contract. want to leave everything sorted for my mum', PREPARATION),
    ('wrote my goodbyes last night. finished all of them now', PREPARATION),
    ('my grandad has a shotgun and i know where he keeps the cartridges', METHOD),
    ('theres a quarry near my mums. drove out to it twice this week', METHOD),
]

# Look-alikes: the rules stay quiet (the weighted words may still read one, at medium: not this round's work).
QUIET = [
    'ill do the bathroom tiles on saturday, already worked out how',
    'thats when the pharmacy opens. i know where',
    'im doing it at 9am, the jump to 5mg, ive decided when',
    'ive picked friday night. the kids are at their dads so its date night for us',
    'ive picked saturday for my next cut. husbands away so i can rest',
    'just holding on till friday, then im going to my sisters for the weekend',
    'only hanging on till payday then im done with this job',
    'i intend to die of old age in a house by the sea',
    'ill be ending my lease in march',
    'ill be ending it with him tonight',
    'been going to different pharmacies because nobody has diazepam in stock',
    'told the gp id run out early because i misread the label, she was fine about it',
    'would 2mg of diazepam be enough to take the edge off before the flight',
    'can pregabalin stop your breathing if you have copd? my gp never said',
    'my dad has a rifle for the farm and only he knows where the bullets are',
    'theres a lovely bridge near the park, walked out to it with my daughter to feed the ducks',
    'the new car is in the garage, went and sat in it just to see how it feels',
    'found good homes for both our foster cats this week, the rescue was thrilled',
    'writing my goodbyes to the team before i leave the job on friday, done most of them now',
    'paid off my overdraft, want to leave it tidy for them before i move out',
    'tonight. pills counted out for the week ahead',
    'which night for the film? ive picked sunday night. husbands out at football',
    'told the gp id run out early because i misread the label. im collecting the new box on monday',
    'ive run out of patience with my gp, so nobody knows how hard this is',
    'holding on until the wave passes, then im going to bed',
    'its happening friday night, the party. i already know how to get there',
    'its on tomorrow at 8. i know where',
    'im holding on till the weekend for my sisters visit, then im gone to hers',
    'holding on till payday, then im done with takeaways for a month',
    'drove out to it again this week, the new garden centre, lovely cafe',
]


@pytest.mark.parametrize(("text", "category"), CRISIS)
def test_settled_plans_and_means_kept_are_high_with_their_category(text, category):
    found = assess(text)
    assert found.level == "high", (text, found.summary())
    assert category in found.summary(), (text, found.summary())


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_stay_quiet_for_the_rules(text):
    found = assess(text)
    assert found.categories in ((), ("wording",)), (text, found.summary())


def test_evidence_names_the_words():
    assert "picked sunday night" in assess("ive picked sunday night. my wife is away till monday").evidence
    assert "know where the cartridges are" in assess(
        "my brother keeps a shotgun in the shed and i know where the cartridges are").evidence
