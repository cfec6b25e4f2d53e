"""Journals left behind by accounts deleted before journals were deleted with the account."""

from django.db import migrations


def delete_orphaned_journals(apps, schema_editor):
    Journal = apps.get_model("journal", "Journal")
    Journal.objects.filter(owner__deleted_at__isnull=False).delete()


class Migration(migrations.Migration):
    dependencies = [("journal", "0001_initial")]

    operations = [migrations.RunPython(delete_orphaned_journals, migrations.RunPython.noop)]
