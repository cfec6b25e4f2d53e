"""Shared checks for the crisis tests: caught by the rules (not only the weighted words), and quiet for the rules.

Not a test module: the round test files import these, so each check is written once.
"""

from moderation.detector import MEDIUM, assess
from moderation.detector.patterns import WORDING

# Look-alikes other tests keep quiet for the rules that the weighted words still flag (medium, "wording"):
# the backstop's known false alarms, listed one by one so each new one is seen and counted (docs/moderation.md).
KNOWN_FALSE_ALARMS = frozenset(
    {
        "if a bus came now i wouldnt mind, its freezing at this stop",
        "i am going to finish myself a bottle of wine tonight haha",
        "im going to the bridge on saturday to take photos of the sunset",
        "ive picked the spot by the reservoir for our picnic on saturday morning before anyones up",
        "the police drove me home after my car broke down on the motorway at 2am",
        "ive decided im not doing dry january anymore. not another day",
        # Round twelve (backstop12): the operating point moved from 1 % to 2 % out-of-fold false alarms.
        "the shed needs clearing, my brother will do it on saturday so my wife isnt stuck with it",
        "the only thing i have control over right now is my breathing",
        "honestly i didnt want to wake up most mornings back then. i do now and its wild",
        "my roomie has been cutting again and i dont know who to tell",
        "thank you all for everything on my last thread. thank you all",
        "it would be better if i wasnt there when the builders come",
        "in the first 200 days i wished every night not to wake up. that wish is completely gone",
        "i wont be a problem for anyone at the party, ill sit quietly",
        "took a load of paracetamol for my back on sunday, still sore",
        "two more shifts this week and then thats it, holiday time",
        "only writing this so someone knows where the spare key is. under the mat, back on sunday",
        "the kids found the marks on the wall and i said it was the cat",
        # Round twelve's last retrain (lead, 11,838 statements): a denial the rules hear and a supply kept
        # for the taper, both flagged at medium by the weighted words alone.
        "brother keeps telling everyone im suicidal, im not, im just tired",
        "ive been saving my tablets for the last step of the taper, not for anything else",
        # Session eleven's retrains (lead, 13,754 and 14,393 statements; listed by backstop13): look-alikes of
        # rounds eight to eleven the weighted words alone now flag at medium.
        "my arms are covered in bruises from the blood tests, the nurse couldnt find a vein",
        "my son stopped me at the door with the car keys in my hand last night, he needed a lift",
        "hoping tonight is the last night of this awful insomnia",
        "so embarrassed i wish i could just vanish",
        "Mum keeps saying she'd rather be dead than go into a home",
        "i dont know if its the last time ill see her, shes moving abroad",
        # Round thirteen (backstop13): the backstop keeps its 10,000 heaviest weights (was 5,000).
        "im going through with it, the house sale i mean. completion on friday",
        "it wasnt my fault the dose went wrong, its nobodys fault really",
        # Round thirteen's last retrain (15,561 statements, with surf13's plans timed to a flatmate's absence).
        "tonight once my flatmate leaves for work im eating the lot of the leftovers",
        # Session twelve: round thirteen's look-alikes read through this strict check (they accepted any backstop flag).
        "i cut my finger on sunday night chopping onions and needed stitches",
    }
)


def quiet_for_the_rules(text: str) -> bool:
    """No rule flags text; the weighted words may, at medium, only for a listed known false alarm."""
    found = assess(text)
    return not found.is_crisis or (
        text in KNOWN_FALSE_ALARMS and found.level == MEDIUM and found.categories == (WORDING,)
    )


def caught_by_rules(text: str, category: str):
    """The rules (not only the weighted words) flag text, with `category` among the categories; the verdict."""
    found = assess(text)
    assert found.is_crisis and WORDING not in found.categories, (text, found.summary())
    assert category in found.categories, (text, found.summary())
    return found
