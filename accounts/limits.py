"""Posting limits: how often one member may start topics, reply, edit, react and send messages.

Built on django-ratelimit's core counter (`django_ratelimit.core.get_usage`) over Django's
shared cache (Redis in production), so every web process and consumer counts together. Each
action has one or more rates ("8/m,120/h"); new members get stricter ones. Rates come from
settings.HAVEN_RATE_LIMITS, read from the environment (HAVEN_RATE_<ACTION> and
HAVEN_RATE_<ACTION>_NEW, see README.md).

Callers (views, consumers) call `check_rate_limit(user, "reply")` once per attempted write,
after permission checks, and answer `RateLimited` with a calm message, its `retry_after`
seconds (the Retry-After header) and the member's typed text kept.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django_ratelimit.core import get_usage

logger = logging.getLogger(__name__)

ACTIONS = ("topic", "reply", "edit", "reaction", "message", "conversation")

_WHAT = {
    "topic": "starting topics",
    "reply": "replying",
    "edit": "editing",
    "reaction": "reacting",
    "message": "sending messages",
    "conversation": "starting conversations",
}


class RateLimited(Exception):
    """The member has done this too often just now. `retry_after` is in whole seconds."""

    def __init__(self, action: str, retry_after: int):
        self.action = action
        self.retry_after = max(1, int(retry_after))
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return (
            f"You're {_WHAT.get(self.action, 'posting')} faster than Haven allows just now. "
            f"Please take a short pause and try again in {_describe_wait(self.retry_after)}. "
            "Nothing you wrote has been lost."
        )


def _describe_wait(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = -(-seconds // 60)
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours = -(-minutes // 60)
    return f"{hours} hour{'s' if hours != 1 else ''}"


@dataclass(frozen=True)
class _Subject:
    """What django-ratelimit's key function receives in place of a request."""

    user_id: int
    method: str = "POST"


def _key(group: str, subject: _Subject) -> str:
    return f"user:{subject.user_id}"


def is_new_member(user) -> bool:
    """New members (still under pre-moderation: fewer approved contributions than
    HAVEN_PREMODERATION_THRESHOLD, and not trusted) get the stricter limits."""
    if getattr(user, "is_trusted", False) or getattr(user, "is_superuser", False):
        return False
    return getattr(user, "approved_contributions", 0) < settings.HAVEN_PREMODERATION_THRESHOLD


def rates_for(user, action: str) -> list[str]:
    """The rates ("count/period") that apply to user for action; empty means no limit."""
    if action not in ACTIONS:
        raise ValueError(f"unknown rate-limited action {action!r}")
    member_rates, new_rates = settings.HAVEN_RATE_LIMITS[action]
    chosen = new_rates if is_new_member(user) else member_rates
    return [rate.strip() for rate in chosen.split(",") if rate.strip()]


def check_rate_limit(user, action: str) -> None:
    """Count one `action` by user; raise RateLimited when any of its rates is exceeded.

    Every attempt counts (a refused one too), so hammering the button does not help. If the
    cache is unreachable the write is allowed (and logged): posting must not depend on Redis.
    """
    rates = rates_for(user, action)
    if not rates or not getattr(user, "is_authenticated", False):
        return
    subject = _Subject(user_id=user.pk)
    waits = []
    for rate in rates:
        try:
            usage = get_usage(subject, group=f"haven.{action}", key=_key, rate=rate, increment=True)
        except Exception:  # noqa: BLE001 - any cache failure: fail open, never lose a post
            logger.warning("rate limit for %s unavailable; allowing it", action, exc_info=True)
            return
        if usage is None:  # RATELIMIT_ENABLE = False
            return
        if usage["should_limit"] and usage["limit"] > 0:
            waits.append(usage["time_left"])
    if waits:
        raise RateLimited(action, max(waits))


def with_retry_after(response, limited: RateLimited | None):
    """For views: a form refused by a limit answers 429 with Retry-After (the typed text stays in the form)."""
    if limited is not None:
        response.status_code = 429
        response["Retry-After"] = str(limited.retry_after)
    return response
