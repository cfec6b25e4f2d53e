"""Background jobs for moderation (run by the Huey consumer; docs/decisions.md)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from moderation import services


@db_periodic_task(crontab(minute="*/5"))
def lift_expired_sanctions_task() -> int:
    """Every five minutes, close mutes and suspensions that have ended and tell the member."""
    return len(services.lift_expired_sanctions())
