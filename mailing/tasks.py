"""E-mail on the task queue: every minute collect and send what is due, digests every five
minutes for the members whose hour has come, and delivery with retries and backoff."""

import logging

from django.contrib.auth import get_user_model
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task, lock_task

from mailing import services

log = logging.getLogger(__name__)


@db_task(retries=5, retry_delay=60, retry_backoff=2)
def deliver_email_task(message_id: int) -> None:
    """Send one message; a failure raises and Huey retries after 1, 2, 4, 8 and 16 minutes.
    deliver_email does nothing for a message already sent or claimed within its lease, so a
    retry never duplicates (the exact guarantee: docs/email.md)."""
    services.deliver_email(message_id)


@db_task(retries=3, retry_delay=60, retry_backoff=2)
def send_address_confirmation_task(user_id: int) -> None:
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is not None:
        services.send_address_confirmation(user)


def enqueue_delivery(messages) -> None:
    for message in messages:
        deliver_email_task(message.pk)


@db_periodic_task(crontab(minute="*"))
@lock_task("mailing-send-due")
def send_due_email_task() -> int:
    """Collect new site notifications, then send the "straight away" e-mail whose grace is over."""
    services.purge_closed_accounts()
    services.collect_notifications()
    services.collect_crisis_alerts()
    messages = services.dispatch_due()
    enqueue_delivery(messages)
    # Claims whose worker died between sending and recording: sent again, same Message-ID.
    for message_id in services.stale_claims():
        deliver_email_task(message_id)
    return len(messages)


@db_periodic_task(crontab(minute="*/5"))
@lock_task("mailing-digests")
def build_digests_task() -> int:
    messages = services.build_digests()
    enqueue_delivery(messages)
    if messages:
        log.info("built %d digest(s)", len(messages))
    return len(messages)
