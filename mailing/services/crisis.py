"""Crisis alerts for each moderator who wants them ("Crisis alerts" kind), beside moderation's
e-mail to the moderators' shared address (moderation/alerts.py).

mailing may not import moderation, so it reads pending items through the reviewable registry's
queue reader every minute; the key `crisis:<item id>` makes each alert once per moderator. The
e-mail carries no member text, only a link to the item. High risk is read from the item's
structured `crisis_level` ("high": the detector's high risk or a "Someone may be at risk" flag),
never from the wording of `crisis_match`. A moderator whose address is HAVEN_MODERATORS_EMAIL
is skipped: the shared e-mail already reached them.
"""

import datetime

from django.conf import settings
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
    """A high-risk item by its structured level (the detector's high, or a "Someone may be at risk" flag)."""
    return (getattr(item, "is_crisis", False) and getattr(item, "crisis_level", "") == "high"
            and getattr(item, "created_at", now) >= now - RECENT)


def _shared_address() -> str:
    """The moderators' shared address: it already gets moderation's crisis e-mail, so a moderator
    whose own address it is gets no second copy of the same alert."""
    return getattr(settings, "HAVEN_MODERATORS_EMAIL", "") or ""


def collect_crisis_alerts(*, now: datetime.datetime | None = None) -> int:
    """Queue a crisis alert for every moderator for each new high-risk item. Returns how many items."""
    now = now or timezone.now()
    items = [i for kind in registry.all_kinds() for i in registry.pending_reviews(kind.kind, limit=50)
             if _high_risk(i, now)]
    keys = {f"crisis:{item.pk}": item for item in items}
    done = set(EmailItem.objects.filter(key__in=keys).values_list("key", flat=True).distinct())
    for key, item in keys.items():
        if key not in done:
            alert_moderators(text=ALERT_TEXT, url=_item_url(item), key=key, now=now, skip_email=_shared_address())
    return len(set(keys) - done)
