"""Crisis alerts for each moderator who wants them ("Crisis alerts" kind), beside moderation's
e-mail to the moderators' shared address (moderation/alerts.py).

mailing may not import moderation, so it reads pending items through the reviewable registry's
queue reader every minute; the key `crisis:<item id>` makes each alert once per moderator. The
e-mail carries no member text, only a link to the item.
"""

import datetime

from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from mailing.models import EmailItem
from mailing.services.collect import alert_moderators
from reviewable import registry

RECENT = datetime.timedelta(days=1)
ALERT_TEXT = "A member may be at risk: a post was assessed as high risk. Please look at the review queue."


def _item_url(item) -> str:
    try:
        return reverse("moderation:item", args=[item.pk])
    except NoReverseMatch:
        return getattr(item, "url", "") or "/"


def _high_risk(item, now) -> bool:
    return (getattr(item, "is_crisis", False) and str(getattr(item, "crisis_match", "")).startswith("High")
            and getattr(item, "created_at", now) >= now - RECENT)


def collect_crisis_alerts(*, now: datetime.datetime | None = None) -> int:
    """Queue a crisis alert for every moderator for each new high-risk item. Returns how many items."""
    now = now or timezone.now()
    items = [i for kind in registry.all_kinds() for i in registry.pending_reviews(kind.kind, limit=50)
             if _high_risk(i, now)]
    keys = {f"crisis:{item.pk}": item for item in items}
    done = set(EmailItem.objects.filter(key__in=keys).values_list("key", flat=True).distinct())
    for key, item in keys.items():
        if key not in done:
            alert_moderators(text=ALERT_TEXT, url=_item_url(item), key=key, now=now)
    return len(set(keys) - done)
