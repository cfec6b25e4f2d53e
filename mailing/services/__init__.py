"""Writes for e-mail: collect what to tell members, build messages, deliver them, handle bounces.

Public entry points (other apps may call these; mailing never is imported by forum):
- `queue_email(user, kind=..., text=..., url=..., key=...)` - tell one member something by e-mail
  (e.g. a crisis alert for a moderator, a private message) under their settings for that kind.
- `alert_moderators(text=..., url=..., key=...)` - a crisis alert for every moderator who wants it
  (collect_crisis_alerts does this for high-risk review items, read through reviewable.registry).
"""

from mailing.services.bounces import clear_undeliverable, record_bounce, send_address_confirmation
from mailing.services.collect import alert_moderators, collect_notifications, queue_email
from mailing.services.crisis import collect_crisis_alerts
from mailing.services.delivery import deliver_email, purge_closed_accounts, stale_claims
from mailing.services.digest import build_digests
from mailing.services.dispatch import dispatch_due
from mailing.services.preferences import save_preferences, unsubscribe

__all__ = [
    "alert_moderators",
    "build_digests",
    "clear_undeliverable",
    "collect_crisis_alerts",
    "collect_notifications",
    "deliver_email",
    "dispatch_due",
    "purge_closed_accounts",
    "queue_email",
    "record_bounce",
    "save_preferences",
    "send_address_confirmation",
    "stale_claims",
    "unsubscribe",
]
