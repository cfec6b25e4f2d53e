"""Send "straight away" items once their grace period has passed.

Every minute (mailing.tasks): items already read on the site are skipped, items due in the
member's quiet hours wait for their end, and a member's items about one topic become one e-mail.
"""

import datetime
import hashlib
from collections import defaultdict

from django.db import transaction
from django.utils import timezone

from forum.models import TopicRead
from forum.selectors import load_reading_preferences
from mailing.kinds import BY_KEY, DIGEST, OFF, TOPIC_KINDS
from mailing.models import EmailItem, OutgoingEmail
from mailing.permissions import can_email_item
from mailing.render import Line, absolute, post_excerpt, render
from mailing.schedule import release_time
from mailing.services.collect import preferences_for

# Most specific first: the kind that names a coalesced e-mail (and its unsubscribe link).
PRECEDENCE = ["crisis_alert", "moderation", "private_message", "mention", "quote", "reply_mine",
              "reply_followed", "reaction", "guidance"]


def _is_read(item: EmailItem, reads: dict) -> bool:
    if item.notification_id and item.notification.read_at:
        return True
    return bool(item.post_id and reads.get((item.user_id, item.topic_id), -1) >= item.post.position)


def _triage(items, prefs, reads, now) -> list[EmailItem]:
    """Mark items no longer wanted; move quiet-hours items; return those to send now."""
    ready = []
    for item in items:
        pref = prefs[item.user_id]
        mode = pref.mode(item.kind)
        if _is_read(item, reads):
            item.skipped = "read on the site"
        elif not can_email_item(item):
            item.skipped = "no longer visible"
        elif mode == OFF:
            item.skipped = "switched off"
        elif mode == DIGEST:
            item.digest = True
        else:
            release = release_time(pref, now, urgent=BY_KEY[item.kind].urgent)
            if release > now:
                item.due_at = release
            else:
                ready.append(item)
    return ready


def _group_key(item: EmailItem) -> tuple:
    if item.kind in TOPIC_KINDS and item.topic_id:
        return (item.user_id, "topic", item.topic_id)
    if item.kind == "private_message" and item.url:  # several messages in one conversation
        return (item.user_id, "conversation", item.url)
    return (item.user_id, "item", item.pk)


def _message_for(group: list[EmailItem]) -> OutgoingEmail:
    user = group[0].user
    kind = min((item.kind for item in group), key=PRECEDENCE.index)
    lines = [
        Line(heading=item.text, text="", url=absolute(item.url),
             excerpt=post_excerpt(user, item.post) if item.post_id else "")
        for item in group
    ]
    if len(group) > 1 and group[0].topic_id:
        subject = f"{len(group)} new posts in “{group[0].topic.title}”"
    elif len(group) > 1 and kind == "private_message":
        subject = f"{len(group)} new private messages"
    else:
        subject = group[0].text
    # A header is one line (a title stored before titles were, or any text with a newline, would
    # make every delivery attempt fail with BadHeaderError).
    subject = " ".join(subject.split())[:200]
    text, html = render(user=user, kind=kind, subject=subject, intro="", lines=lines)
    key = "now:" + hashlib.sha256(",".join(str(i.pk) for i in group).encode()).hexdigest()
    return OutgoingEmail(user=user, kind=kind, key=key, subject=subject, body_text=text, body_html=html)


def _pending(now):
    """Items of members with anything due: all their waiting items, so a topic's later replies
    join the e-mail of its first one."""
    due_users = EmailItem.objects.filter(digest=False, message=None, skipped="", due_at__lte=now).values("user_id")
    return list(
        EmailItem.objects.filter(user_id__in=due_users, digest=False, message=None, skipped="")
        .select_related("user", "notification", "post", "topic")
        .order_by("user_id", "created_at", "pk")
    )


@transaction.atomic
def dispatch_due(*, now: datetime.datetime | None = None) -> list[OutgoingEmail]:
    """Build the e-mails that are due; the caller enqueues their delivery after commit."""
    now = now or timezone.now()
    items = _pending(now)
    if not items:
        return []
    # One member object each, with their reading preference (folded-away notes) in one query.
    members = {}
    for item in items:
        item.user = members.setdefault(item.user_id, item.user)
    load_reading_preferences(members.values())
    prefs = preferences_for({i.user_id for i in items}, now=now)
    reads = {
        (r.user_id, r.topic_id): r.last_read_position
        for r in TopicRead.objects.filter(user_id__in=prefs, topic_id__in={i.topic_id for i in items if i.topic_id})
    }
    ready = _triage(items, prefs, reads, now)
    groups: dict[tuple, list[EmailItem]] = defaultdict(list)
    for item in ready:
        groups[_group_key(item)].append(item)
    due_groups = [g for g in groups.values() if any(i.due_at <= now for i in g)]
    messages = OutgoingEmail.objects.bulk_create([_message_for(g) for g in due_groups], ignore_conflicts=False)
    for group, message in zip(due_groups, messages, strict=True):
        for item in group:
            item.message = message
    EmailItem.objects.bulk_update(items, ["skipped", "digest", "due_at", "message"])
    return messages
