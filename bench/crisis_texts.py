"""Neutral sentences the crisis benches mix corpus statements into (crisis_bench.py, crisis_backstop_eval.py)."""

NEUTRAL = [
    "Week nine of my taper and the mornings are still the hardest part.",
    "My prescriber agreed to hold for two weeks before the next step.",
    "I walked to the park today and sat in the sun for twenty minutes.",
    "Does anyone else find that noise is harder to bear in the evenings?",
    "Thank you all for the kind replies on my last thread, it helped a lot.",
    "I have been keeping a symptom diary, which makes the windows easier to see.",
    "Tinnitus was loud last night, but I slept about four hours in total.",
    "My sister came round and we made soup, a small good day.",
]
