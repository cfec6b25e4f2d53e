"""Shared pieces of the resources services: periods, reserved slugs, telling people."""

import calendar
import datetime

from forum import services as forum_services

VERIFICATION_PERIOD = datetime.timedelta(days=365)
DEFAULT_REVIEW_MONTHS = 12
# Path segments the resources URLs use; a resource slug must never shadow them.
RESERVED_SLUGS = {"new", "review", "clinicians", "apply"}


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (the month's last day when it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def notify_member(recipient, *, text: str, url: str, actor=None) -> None:
    if recipient is None or not recipient.is_active:
        return
    forum_services.notify(recipient, kind="resource", text=text, url=url, actor=actor)


def _forget_verification(user) -> None:
    # permissions.latest_verification caches on the user object; Django caches permissions too.
    for attr in ("_clinician_verification", "_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        if hasattr(user, attr):
            delattr(user, attr)
