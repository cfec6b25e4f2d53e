"""Daily or weekly digests, at each member's hour in their time zone.

One run handles every member whose digest is due, in batches, with a fixed number of queries per
batch whatever the number of items or followed topics (asserted in tests/mailing/test_digest.py).
"""

import datetime
from collections import defaultdict

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from forum.selectors import load_reading_preferences
from mailing.kinds import OFF
from mailing.models import EmailItem, MailPreference, OutgoingEmail
from mailing.permissions import can_email_item
from mailing.render import Line, absolute, excerpt, post_excerpt, render
from mailing.schedule import in_quiet_hours, next_digest_at, quiet_hours_end
from mailing.selectors import guidance_by_stage
from mailing.services.delivery import deliverable_addresses
from resources.models import Resource
from resources.permissions import can_view_resource

BATCH = 500
TOPICS_SHOWN = 30
GUIDANCE_SHOWN = 10
FIRST_DIGEST_LOOKBACK = datetime.timedelta(days=7)


def _lines(items: list[EmailItem], guidance: list[Resource]) -> list[Line]:
    by_topic: dict = defaultdict(list)
    lines = []
    for item in items:
        if item.post_id:
            by_topic[item.topic_id].append(item)
        else:
            lines.append(Line(heading=item.text, text="", url=absolute(item.url)))
    for topic_items in list(by_topic.values())[:TOPICS_SHOWN]:
        last = topic_items[-1]
        count = len(topic_items)
        text = f"{count} new post{'s' if count != 1 else ''}" if count > 1 else last.text
        lines.append(Line(heading=f"“{last.topic.title}”", text=text, url=absolute(last.url),
                          excerpt=post_excerpt(last.user, last.post)))
    if len(by_topic) > TOPICS_SHOWN:
        lines.append(Line(heading=f"…and {len(by_topic) - TOPICS_SHOWN} more topics", text="",
                          url=absolute("/notifications/")))
    for resource in guidance:
        lines.append(Line(heading=f"Guidance: {resource.title}", text="Reviewed by a clinician",
                          url=absolute(resource.get_absolute_url()), excerpt=excerpt(resource.summary)))
    return lines


def _fresh_guidance(pref, guidance: dict[str, list[Resource]], now) -> list[Resource]:
    """New guidance for the member's stage (mailing.selectors.guidance_by_stage) reviewed since
    their last digest, that they may see; none when their "guidance" kind is off."""
    if pref.mode("guidance") == OFF:
        return []
    since = pref.last_digest_at or now - FIRST_DIGEST_LOOKBACK
    mine = guidance.get(pref.user.stage or "", [])
    return [r for r in mine if r.reviewed_at > since and can_view_resource(pref.user, r)][:GUIDANCE_SHOWN]


def _digest(pref, items, guidance, now) -> OutgoingEmail | None:
    fresh = _fresh_guidance(pref, guidance, now)
    if not items and not fresh:
        return None
    period = "week" if pref.digest_frequency == MailPreference.WEEKLY else "day"
    subject = f"Your {period} on Haven"
    intro = "Here is what happened in what you follow since your last digest."
    text, html = render(user=pref.user, kind="digest", subject=subject, intro=intro, lines=_lines(items, fresh))
    return OutgoingEmail(user=pref.user, kind="digest", key=f"digest:{pref.user_id}:{pref.next_digest_at:%Y%m%d%H}",
                         subject=subject, body_text=text, body_html=html)


def _batch(prefs: list[MailPreference], now) -> list[OutgoingEmail]:
    users = [p.user_id for p in prefs]
    addresses = deliverable_addresses([p.user for p in prefs])
    items_by_user = defaultdict(list)
    items = list(
        EmailItem.objects.filter(user_id__in=users, digest=True, message=None, skipped="")
        .select_related("post", "topic__board").order_by("created_at", "pk")
    )
    # One member object each, with their reading preference (folded-away notes) in one query.
    members = {p.user_id: p.user for p in prefs}
    load_reading_preferences(members.values())
    for item in items:
        item.user = members[item.user_id]
        if can_email_item(item):
            items_by_user[item.user_id].append(item)
        else:
            item.skipped = "no longer visible"
    guidance = guidance_by_stage({p.user.stage or "" for p in prefs})
    built, skipped = [], {"no longer visible": [i.pk for i in items if i.skipped]}
    for pref in prefs:
        if in_quiet_hours(pref, now):
            pref.next_digest_at = quiet_hours_end(pref, now)
            continue
        mine = items_by_user[pref.user_id]
        message = _digest(pref, mine, guidance, now) if pref.user_id in addresses else None
        if message:
            message.item_ids = [i.pk for i in mine]
            built.append(message)
        else:
            skipped.setdefault("no deliverable address", []).extend(i.pk for i in mine)
        pref.last_digest_at, pref.next_digest_at = now, next_digest_at(pref, now)
    # A digest already built for this period (a run that died after committing) is not built again.
    done = set(OutgoingEmail.objects.filter(key__in=[m.key for m in built]).values_list("key", flat=True))
    built = [m for m in built if m.key not in done]
    OutgoingEmail.objects.bulk_create(built)
    # Every item joins its member's new digest in one statement for the whole batch.
    keys = [m.key for m in built]
    EmailItem.objects.filter(pk__in=[pk for m in built for pk in m.item_ids]).update(
        message=Subquery(OutgoingEmail.objects.filter(user_id=OuterRef("user_id"), key__in=keys).values("pk")[:1])
    )
    for reason, ids in skipped.items():
        EmailItem.objects.filter(pk__in=ids).update(skipped=reason)
    MailPreference.objects.bulk_update(prefs, ["last_digest_at", "next_digest_at"], batch_size=200)
    return built


def build_digests(*, now: datetime.datetime | None = None, batch: int = BATCH) -> list[OutgoingEmail]:
    """Build every digest due at `now`; the caller enqueues delivery. One transaction per batch."""
    now = now or timezone.now()
    built: list[OutgoingEmail] = []
    while True:
        with transaction.atomic():
            prefs = list(
                MailPreference.objects.select_for_update(skip_locked=True)
                .filter(next_digest_at__lte=now).select_related("user").order_by("next_digest_at")[:batch]
            )
            if not prefs:
                return built
            built += _batch(prefs, now)
