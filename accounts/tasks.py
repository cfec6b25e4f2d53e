"""Background jobs for accounts (run by the Huey consumer; immediate in tests)."""

from django.contrib.auth import get_user_model
from huey.contrib.djhuey import db_task

from accounts import export


@db_task()
def prepare_export_task(user_id: int) -> str:
    """Build a large data export into storage; the export page then offers it by a signed link."""
    user = get_user_model().objects.get(pk=user_id, is_active=True)
    return export.save_export(user)
