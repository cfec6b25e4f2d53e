"""One announcement per member and post (reply, mention or quote), so the fan-out task may retry.

Before the constraint, any repeats already stored (a post approved, hidden and approved again was
announced twice) are reduced to the oldest one.
"""

from django.db import migrations, models
from django.db.models import Min

KINDS = ["reply", "mention", "quote"]


def keep_oldest_announcement(apps, schema_editor):
    Notification = apps.get_model("forum", "Notification")
    announced = Notification.objects.filter(kind__in=KINDS, post__isnull=False)
    repeated = announced.values("recipient_id", "post_id").annotate(first=Min("pk"), n=models.Count("pk"))
    for row in repeated.filter(n__gt=1).iterator():
        announced.filter(recipient_id=row["recipient_id"], post_id=row["post_id"]).exclude(pk=row["first"]).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("forum", "0010_welcome_finished"),
    ]

    operations = [
        migrations.RunPython(keep_oldest_announcement, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="notification",
            constraint=models.UniqueConstraint(
                condition=models.Q(("kind__in", ["reply", "mention", "quote"]), ("post__isnull", False)),
                fields=("recipient", "post"),
                name="forum_notif_one_per_post",
            ),
        ),
    ]
