"""QueueItem.crisis_level: the crisis level as a field, filled from the words already stored."""

from django.db import migrations, models


def fill_levels(apps, schema_editor):
    QueueItem = apps.get_model("haven_moderation", "QueueItem")
    crisis = QueueItem.objects.filter(is_crisis=True)
    crisis.filter(crisis_match__startswith="Medium").update(crisis_level="medium")
    # "High risk — …", a member's "Someone may be at risk" flag (no words) and anything else: high.
    crisis.exclude(crisis_match__startswith="Medium").update(crisis_level="high")


class Migration(migrations.Migration):

    dependencies = [
        ("haven_moderation", "0005_detector_replaces_default_phrases"),
    ]

    operations = [
        migrations.AddField(
            model_name="queueitem",
            name="crisis_level",
            field=models.CharField(
                blank=True, choices=[("high", "High risk"), ("medium", "Medium risk")], default="", max_length=6
            ),
        ),
        migrations.RunPython(fill_levels, migrations.RunPython.noop),
    ]
