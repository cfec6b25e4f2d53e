"""The graded detector (moderation/detector/) replaces the default phrase list of migration 0002.

CrisisPhrase now holds only admins' additions. The defaults are removed (an admin can add any of
them back); leaving them would add bare matches such as "self harm" on top of the detector, which
knows "an article about self harm" from "i self harmed last night".
"""

from django.db import migrations

from moderation.migrations._crisis_defaults_0002 import PHRASES


def remove_defaults(apps, schema_editor):
    apps.get_model("haven_moderation", "CrisisPhrase").objects.filter(phrase__in=PHRASES).delete()


def restore_defaults(apps, schema_editor):
    CrisisPhrase = apps.get_model("haven_moderation", "CrisisPhrase")
    for phrase in PHRASES:
        CrisisPhrase.objects.get_or_create(phrase=phrase)


class Migration(migrations.Migration):
    dependencies = [("haven_moderation", "0004_queueitem_advice")]

    operations = [migrations.RunPython(remove_defaults, restore_defaults)]
