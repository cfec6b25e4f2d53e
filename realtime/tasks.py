"""Background jobs for chat (run by the Huey consumer; docs/decisions.md)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from realtime.services import clear_stale_presence


@db_periodic_task(crontab(minute="*"))
def clear_stale_presence_task() -> int:
    """Every minute, drop presence left by a process that died (also `manage.py clear_stale_presence`)."""
    return clear_stale_presence()["deleted"]
