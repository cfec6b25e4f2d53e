"""Alerts about high-risk crisis items that leave the site: the e-mail to the moderators' address.

A Huey task (run by the consumer, immediate in tests). It lives apart from moderation/tasks.py,
which imports the services, because the services enqueue it."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from huey.contrib.djhuey import db_task

from moderation.models import Flag, QueueItem

CRISIS_SUBJECT = "A member may be at risk: please look at the review queue"
CRISIS_BODY = """{why} on {site}.

Open the crisis item: {url}

The post is still visible and its author has been shown crisis lines. The item page lists what to
do next: reach out privately, share crisis lines, and escalate to an admin if you are worried.

This e-mail goes to the moderators' address (HAVEN_MODERATORS_EMAIL) for whoever is not online.
"""


def _why(item: QueueItem) -> str:
    """The reason in a sentence: the categories the detector named, or a member's flag."""
    categories = (item.crisis_match or "").split(":", 1)[0].split("—", 1)[-1].strip()
    if item.flags.filter(reason=Flag.AT_RISK).exists():
        return "A member flagged that someone may be at risk"
    return f"A post was assessed as high risk ({categories})" if categories else "A post was assessed as high risk"


@db_task()
def email_moderators_about_crisis(item_id: int) -> bool:
    """E-mail the moderators' address about a high-risk crisis item (no member text in the mail)."""
    address = getattr(settings, "HAVEN_MODERATORS_EMAIL", "")
    item = QueueItem.objects.filter(pk=item_id).first()
    if not address or item is None or not item.alerts_moderators:
        return False
    url = getattr(settings, "HAVEN_SITE_URL", "") + reverse("moderation:item", args=[item.pk])
    body = CRISIS_BODY.format(site=settings.SITE_NAME, why=_why(item), url=url)
    send_mail(CRISIS_SUBJECT, body, None, [address])
    return True
