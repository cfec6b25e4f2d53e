"""Background jobs for the forum (run by the Huey consumer; docs/decisions.md)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from forum import services


@db_periodic_task(crontab(hour="3", minute="40"))
def purge_old_drafts_task() -> int:
    """Daily, remove drafts untouched for 30 days (docs/care.md)."""
    return services.purge_old_drafts()


@db_periodic_task(crontab(minute="*"))
def flush_topic_views_task() -> int:
    """Every minute, write topic views gathered in Redis (HAVEN_DEFER_VIEW_COUNTS) to the topics."""
    return services.flush_topic_views()
