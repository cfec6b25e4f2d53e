"""Time rules in the member's own time zone: quiet hours and when the next digest is due.

All arithmetic is on the member's wall clock (zoneinfo), then converted back to UTC, so quiet
hours that wrap midnight and the days clocks change behave as the member reads their clock.
"""

import datetime
import zoneinfo
from functools import lru_cache

UTC = datetime.UTC


@lru_cache(maxsize=1)
def time_zone_names() -> frozenset[str]:
    """The IANA time zones this machine knows (tzdata), the only ones a member may choose."""
    return frozenset(zoneinfo.available_timezones())


@lru_cache(maxsize=512)
def zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name) if name in time_zone_names() else zoneinfo.ZoneInfo("UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def _wall(now: datetime.datetime, tz: zoneinfo.ZoneInfo) -> datetime.datetime:
    """The member's wall-clock time, naive."""
    return now.astimezone(tz).replace(tzinfo=None)


def _aware(wall: datetime.datetime, tz: zoneinfo.ZoneInfo) -> datetime.datetime:
    """A wall-clock time back to UTC. A time skipped by a spring-forward change maps just past the
    change; a repeated autumn hour takes its first occurrence."""
    return wall.replace(tzinfo=tz, fold=0).astimezone(UTC)


def in_quiet_hours(pref, now: datetime.datetime) -> bool:
    if not pref.quiet_hours or pref.quiet_start == pref.quiet_end:
        return False
    t = _wall(now, zone(pref.time_zone)).time()
    start, end = pref.quiet_start, pref.quiet_end
    if start < end:
        return start <= t < end
    return t >= start or t < end  # wraps midnight, e.g. 22:00-08:00


def quiet_hours_end(pref, now: datetime.datetime) -> datetime.datetime:
    """When the quiet hours running at `now` end (UTC)."""
    tz = zone(pref.time_zone)
    wall = _wall(now, tz)
    end = datetime.datetime.combine(wall.date(), pref.quiet_end)
    if end <= wall:
        end += datetime.timedelta(days=1)
    return max(_aware(end, tz), now)


def release_time(pref, now: datetime.datetime, *, urgent: bool = False) -> datetime.datetime:
    """`now` outside quiet hours (or for an urgent kind the member lets through), else their end."""
    if pref is None or not in_quiet_hours(pref, now) or (urgent and pref.urgent_in_quiet_hours):
        return now
    return quiet_hours_end(pref, now)


def next_digest_at(pref, now: datetime.datetime) -> datetime.datetime:
    """The first digest moment after `now`: the chosen hour, daily or on the chosen weekday."""
    tz = zone(pref.time_zone)
    wall = _wall(now, tz)
    due = datetime.datetime.combine(wall.date(), datetime.time(pref.digest_hour))
    step = datetime.timedelta(days=1)
    if pref.digest_frequency == "weekly":
        due += datetime.timedelta(days=(pref.digest_weekday - due.weekday()) % 7)
        step = datetime.timedelta(days=7)
    while _aware(due, tz) <= now:
        due += step
    return _aware(due, tz)
