"""Default crisis phrases (statements of intent, not everyday talk) and crisis lines (PRODUCT.md)."""

from django.db import migrations

PHRASES = [
    # Ending one's life
    "kill myself",
    "killing myself",
    "end my life",
    "ending my life",
    "end my own life",
    "take my own life",
    "taking my own life",
    "take my life",
    "want to die",
    "wanna die",
    "wish i was dead",
    "wish i were dead",
    "want to be dead",
    "better off dead",
    "better off without me",
    "don't want to be alive",
    "do not want to be alive",
    "don't want to live anymore",
    "don't want to live any more",
    "do not want to live anymore",
    "no reason to live",
    "not worth living",
    "end it all",
    "ending it all",
    "suicide plan",
    "plan to commit suicide",
    "going to commit suicide",
    "want to commit suicide",
    "i am suicidal",
    "i'm suicidal",
    "i feel suicidal",
    "feeling suicidal",
    "say goodbye forever",
    # Self-harm (not bare "hurt myself" or "cut myself": "I cut myself cooking" is everyday talk)
    "want to hurt myself",
    "going to hurt myself",
    "urge to hurt myself",
    "hurt myself on purpose",
    "hurting myself on purpose",
    "want to harm myself",
    "harm myself",
    "harming myself",
    "self harm",
    "want to cut myself",
    "cutting myself",
    "overdose on purpose",
    "take all my pills",
    "take all of my pills",
]

LINES = [
    # (country, label, how, url, position)
    ("US", "988 Suicide & Crisis Lifeline (United States)", "Call or text 988", "https://988lifeline.org", 10),
    ("CA", "9-8-8 Suicide Crisis Helpline (Canada)", "Call or text 988", "https://988.ca", 20),
    ("GB", "Samaritans (United Kingdom)", "Call 116 123, free, any time", "https://www.samaritans.org", 30),
    ("IE", "Samaritans (Ireland)", "Call 116 123, free, any time", "https://www.samaritans.ie", 40),
    ("AU", "Lifeline (Australia)", "Call 13 11 14", "https://www.lifeline.org.au", 50),
    ("US", "Emergency services (United States)", "Call 911", "", 60),
    ("CA", "Emergency services (Canada)", "Call 911", "", 61),
    ("GB", "Emergency services (United Kingdom)", "Call 999", "", 62),
    ("IE", "Emergency services (Ireland)", "Call 112 or 999", "", 63),
    ("AU", "Emergency services (Australia)", "Call 000", "", 64),
    ("*", "Find a helpline anywhere", "Free, confidential helplines in many countries", "https://findahelpline.com", 90),
    ("*", "Emergency services elsewhere", "Call your local emergency number (112 in much of the world)", "", 91),
]


def add_defaults(apps, schema_editor):
    CrisisPhrase = apps.get_model("haven_moderation", "CrisisPhrase")
    CrisisLine = apps.get_model("haven_moderation", "CrisisLine")
    for phrase in PHRASES:
        CrisisPhrase.objects.get_or_create(phrase=phrase)
    if not CrisisLine.objects.exists():
        for country, label, how, url, position in LINES:
            CrisisLine.objects.create(country=country, label=label, how=how, url=url, position=position)


def remove_defaults(apps, schema_editor):
    apps.get_model("haven_moderation", "CrisisPhrase").objects.filter(phrase__in=PHRASES).delete()


class Migration(migrations.Migration):
    dependencies = [("haven_moderation", "0001_initial")]

    operations = [migrations.RunPython(add_defaults, remove_defaults)]
