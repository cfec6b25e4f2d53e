"""Background jobs for the forum (run by the Huey consumer; docs/decisions.md)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from forum import services


@db_periodic_task(crontab(hour="3", minute="40"))
def purge_old_drafts_task() -> int:
    """Daily, remove drafts untouched for 30 days (docs/care.md)."""
    return services.purge_old_drafts()
