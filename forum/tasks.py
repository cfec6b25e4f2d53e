"""Periodic jobs for the forum (run by the Huey consumer; docs/decisions.md).

The fan-out task that services enqueue (notify_new_post_task) lives in forum/services/fanout.py,
inside the services package, so that package and this module never need each other.
"""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from forum.services.drafts import purge_old_drafts
from forum.services.reading import flush_topic_views


@db_periodic_task(crontab(hour="3", minute="40"))
def purge_old_drafts_task() -> int:
    """Daily, remove drafts untouched for 30 days (docs/care.md)."""
    return purge_old_drafts()


@db_periodic_task(crontab(minute="*"))
def flush_topic_views_task() -> int:
    """Every minute, write topic views gathered in Redis (HAVEN_DEFER_VIEW_COUNTS) to the topics."""
    return flush_topic_views()
