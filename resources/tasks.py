"""Background jobs for guidance and clinicians (run by the Huey consumer; docs/decisions.md)."""

import logging

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from resources import reminders, services

log = logging.getLogger(__name__)


@db_periodic_task(crontab(minute="5"))
def expire_clinicians_task() -> int:
    """End verifications past their date, hourly (also `manage.py expire_clinicians`)."""
    expired = services.expire_clinicians()
    if expired:
        log.info("expired %d clinician verification(s)", len(expired))
    return len(expired)


@db_periodic_task(crontab(minute="15", hour="6"))
def remind_overdue_reviews_task() -> int:
    """Daily: remind clinicians of guidance past its review date (weekly per guide at most)."""
    return reminders.remind_overdue_reviews()
