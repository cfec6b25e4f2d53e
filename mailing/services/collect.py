"""Turn site notifications (and direct calls) into EmailItems under each member's settings.

forum never imports mailing: the consumer's minutely job reads new forum notifications after a
cursor. Anything else (crisis alerts, private messages without a site notification) calls
`queue_email`.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.permissions import ROLE_GROUPS
from forum.models import Notification
from mailing.kinds import BY_KEY, DIGEST, NOW, OFF, email_kind_for
from mailing.models import CollectCursor, EmailItem, MailPreference
from mailing.permissions import can_receive_crisis_alerts
from mailing.schedule import next_digest_at

BATCH = 2000
# Notifications newer than this may still be committing in another transaction; the cursor stays
# behind them so they are read next time (the unique notification column absorbs re-reads).
SETTLE = datetime.timedelta(seconds=30)
FIRST_RUN_HORIZON = datetime.timedelta(hours=1)


def grace() -> datetime.timedelta:
    return datetime.timedelta(minutes=settings.HAVEN_EMAIL_GRACE_MINUTES)


def preferences_for(user_ids, *, now) -> dict[int, MailPreference]:
    """Every member's preference row, creating missing ones with defaults (two queries)."""
    prefs = {p.user_id: p for p in MailPreference.objects.filter(user_id__in=user_ids)}
    missing = [MailPreference(user_id=uid) for uid in set(user_ids) - set(prefs)]
    for pref in missing:
        pref.next_digest_at = next_digest_at(pref, now)
    if missing:
        MailPreference.objects.bulk_create(missing, ignore_conflicts=True)
        prefs.update({p.user_id: p for p in missing})
    return prefs


def _item(notification, *, kind: str, mode: str, now) -> EmailItem:
    post = notification.post
    return EmailItem(
        user_id=notification.recipient_id, kind=kind, digest=(mode == DIGEST), notification=notification,
        post=post, topic_id=post.topic_id if post else None, text=notification.text, url=notification.url,
        created_at=notification.created_at, due_at=notification.created_at + grace() if mode == NOW else now,
    )


def _wanted(notification, prefs) -> tuple[str, str] | None:
    post = notification.post
    mine = bool(post and post.topic.author_id == notification.recipient_id)
    kind = email_kind_for(notification.kind, is_my_topic=mine)
    if kind is None or not notification.recipient.is_active:
        return None
    if BY_KEY[kind].moderators_only and not can_receive_crisis_alerts(notification.recipient):
        return None
    mode = prefs[notification.recipient_id].mode(kind)
    return None if mode == OFF else (kind, mode)


@transaction.atomic
def collect_notifications(*, now: datetime.datetime | None = None) -> int:
    """Queue e-mail items for forum notifications created since the last run. Returns how many."""
    now = now or timezone.now()
    cursor = CollectCursor.objects.select_for_update().filter(pk=1).first()
    if cursor is None:
        # First run on an existing site: never e-mail the notification history (only the last hour).
        latest = Notification.objects.filter(created_at__lt=now - FIRST_RUN_HORIZON).order_by("-pk").first()
        CollectCursor.objects.create(pk=1, last_notification_id=latest.pk if latest else 0)
        cursor = CollectCursor.objects.select_for_update().get(pk=1)
    fresh = list(
        Notification.objects.filter(pk__gt=cursor.last_notification_id)
        .select_related("recipient", "post__topic")
        .order_by("pk")[:BATCH]
    )
    if not fresh:
        return 0
    prefs = preferences_for({n.recipient_id for n in fresh}, now=now)
    items = []
    for notification in fresh:
        wanted = _wanted(notification, prefs)
        if wanted:
            items.append(_item(notification, kind=wanted[0], mode=wanted[1], now=now))
    EmailItem.objects.bulk_create(items, ignore_conflicts=True)
    settled = [n.pk for n in fresh if n.created_at <= now - SETTLE]
    if len(fresh) == BATCH or len(settled) == len(fresh):
        cursor.last_notification_id = fresh[-1].pk
    elif settled:
        cursor.last_notification_id = max(cursor.last_notification_id, min(
            n.pk for n in fresh if n.created_at > now - SETTLE) - 1)
    cursor.save(update_fields=["last_notification_id"])
    return len(items)


def queue_email(user, *, kind: str, text: str, url: str, key: str, now=None) -> EmailItem | None:
    """Tell one member something by e-mail under their settings for `kind`. `key` is unique per
    member: queueing the same key twice does nothing. Returns the item, or None if not wanted."""
    now = now or timezone.now()
    if not user.is_active or (BY_KEY[kind].moderators_only and not can_receive_crisis_alerts(user)):
        return None
    mode = preferences_for([user.pk], now=now)[user.pk].mode(kind)
    if mode == OFF:
        return None
    try:
        with transaction.atomic():
            return EmailItem.objects.create(
                user=user, kind=kind, digest=(mode == DIGEST), key=key, text=text[:300], url=url,
                created_at=now, due_at=now if BY_KEY[kind].urgent else now + grace(),
            )
    except IntegrityError:
        return None


def alert_moderators(*, text: str, url: str, key: str, now=None, skip_email: str = "") -> int:
    """A crisis alert e-mail for every moderator whose "Crisis alerts" kind is on (not to skip_email)."""
    count = 0
    staff = [ROLE_GROUPS["moderator"], ROLE_GROUPS["admin"]]
    moderators = get_user_model().objects.filter(is_active=True, groups__name__in=staff).distinct()
    if skip_email:
        moderators = moderators.exclude(email__iexact=skip_email)
    for moderator in moderators:
        count += queue_email(moderator, kind="crisis_alert", text=text, url=url, key=key, now=now) is not None
    return count
