"""Service: remind clinicians of guidance whose review date has passed (the task queue runs it
daily, resources/tasks.py). Kept apart from resources/services.py, which is long enough."""

import datetime

from django.utils import timezone

from forum import services as forum_services
from resources import permissions
from resources.models import Resource

REVIEW_REMINDER_EVERY = datetime.timedelta(days=7)
PREFIX = "Review due"


def remind_overdue_reviews(*, now: datetime.datetime | None = None) -> int:
    """Tell the author and last reviewer of each published guide past its review date, at most
    once a week per guide and clinician (a notification, so the clinician can also get it by
    e-mail). Returns how many reminders were sent."""
    now = now or timezone.now()
    overdue = Resource.objects.filter(
        status=Resource.PUBLISHED, next_review_due__lt=timezone.localdate(now)
    ).select_related("author", "reviewed_by")
    sent = 0
    for resource in overdue:
        url = resource.get_absolute_url()
        for clinician in {c for c in (resource.author, resource.reviewed_by) if c is not None}:
            if not (clinician.is_active and permissions.can_write(clinician)
                    and permissions.holds_clinician_verification(clinician)):
                continue
            recent = clinician.notifications.filter(
                kind="resource", url=url, text__startswith=PREFIX, created_at__gte=now - REVIEW_REMINDER_EVERY
            )
            if recent.exists():
                continue
            forum_services.notify(
                clinician, kind="resource", url=url,
                text=f"{PREFIX}: “{resource.title}” was due for its clinician review on "
                f"{resource.next_review_due:%d %B %Y}. Please review it or retire it.",
            )
            sent += 1
    return sent
