"""Send one OutgoingEmail (at most once within a lease, at least once), and forget the mail of
closed accounts."""

import datetime
import logging

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from mailing.models import EmailItem, MailPreference, OutgoingEmail
from mailing.render import message_id, unsubscribe_url

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 6
# Longer than any one SMTP conversation can take (EMAIL_TIMEOUT, default 30 s, per step): a claim
# younger than this belongs to a worker that may still be sending.
SEND_LEASE = datetime.timedelta(minutes=10)


class DeliveryFailed(Exception):
    """The mail server refused or failed; the task queue retries with backoff."""


def deliverable_address(user) -> str | None:
    """The member's address if notification e-mail may go to it: an active account, a verified
    address, and no unconfirmed hard bounce or complaint. Unverified addresses get account mail only."""
    if not user.is_active or not user.email:
        return None
    if MailPreference.objects.filter(user=user, undeliverable_since__isnull=False).exists():
        return None
    if not EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists():
        return None
    return user.email


def deliverable_addresses(users) -> dict[int, str]:
    """deliverable_address for many members in two queries: {user id: address}."""
    users = [u for u in users if u.is_active and u.email]
    marked = MailPreference.objects.filter(user__in=users, undeliverable_since__isnull=False)
    blocked = set(marked.values_list("user_id", flat=True))
    verified = {
        (uid, email.lower())
        for uid, email in EmailAddress.objects.filter(user__in=users, verified=True).values_list("user_id", "email")
    }
    return {u.pk: u.email for u in users if u.pk not in blocked and (u.pk, u.email.lower()) in verified}


def _build(message: OutgoingEmail, address: str) -> EmailMultiAlternatives:
    unsubscribe = unsubscribe_url(message.user_id, message.kind)
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address],
        headers={
            "Message-ID": message_id(message.key),
            # RFC 8058 one-click unsubscribe (the link needs no sign-in; the POST carries no cookie).
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    email.attach_alternative(message.body_html, "text/html")
    return email


def deliver_email(message_id_: int, *, now: datetime.datetime | None = None) -> OutgoingEmail:
    """Send a message at most once within SEND_LEASE, at least once after it (docs/email.md).

    Claim first, in its own committed transaction (status "sending", claimed_at); then send, with
    no transaction or lock held; then record "sent". A process that dies between the send and the
    record leaves the claim behind: a retry within the lease sends nothing, and once the lease has
    passed the message is sent again with the same Message-ID (logged). Sent, failed or
    cancelled: nothing happens. Raises DeliveryFailed for the queue to retry.
    """
    now = now or timezone.now()
    message, address = _claim(message_id_, now)
    if address is None:
        return message
    try:
        _build(message, address).send()
    except Exception as error:  # noqa: BLE001 - any transport error is retried, then given up
        _release(message, error)
        if message.status == OutgoingEmail.PENDING:
            raise DeliveryFailed(message.last_error) from error
        return message
    _record_sent(message)
    return message


def _claim(message_id_: int, now) -> tuple[OutgoingEmail, str | None]:
    """Mark the message "sending" and commit; the address when this worker should send it."""
    with transaction.atomic():
        message = OutgoingEmail.objects.select_for_update().select_related("user").get(pk=message_id_)
        if message.status == OutgoingEmail.SENDING:
            if message.claimed_at and message.claimed_at > now - SEND_LEASE:
                log.info("e-mail %s is being sent since %s: not sending it twice", message.pk, message.claimed_at)
                return message, None
            log.warning(
                "e-mail %s was claimed at %s and never recorded as sent: sending it again with the same "
                "Message-ID %s", message.pk, message.claimed_at, message_id(message.key),
            )
        elif message.status != OutgoingEmail.PENDING:
            return message, None
        address = deliverable_address(message.user)
        if address is None:
            message.status, message.body_text, message.body_html = OutgoingEmail.CANCELLED, "", ""
            message.save(update_fields=["status", "body_text", "body_html"])
            return message, None
        message.status, message.claimed_at, message.attempts = OutgoingEmail.SENDING, now, message.attempts + 1
        message.save(update_fields=["status", "claimed_at", "attempts"])
    return message, address


def _release(message: OutgoingEmail, error: Exception) -> None:
    """The send failed: back to pending for the queue's retry, or given up after MAX_ATTEMPTS."""
    message.last_error = f"{type(error).__name__}: {error}"[:300]
    message.status = OutgoingEmail.FAILED if message.attempts >= MAX_ATTEMPTS else OutgoingEmail.PENDING
    message.claimed_at = None
    OutgoingEmail.objects.filter(pk=message.pk, status=OutgoingEmail.SENDING).update(
        status=message.status, last_error=message.last_error, claimed_at=None
    )
    log.warning("e-mail %s attempt %s failed: %s", message.pk, message.attempts, message.last_error)


def _record_sent(message: OutgoingEmail) -> None:
    message.status, message.sent_at, message.last_error = OutgoingEmail.SENT, timezone.now(), ""
    OutgoingEmail.objects.filter(pk=message.pk, status=OutgoingEmail.SENDING).update(
        status=message.status, sent_at=message.sent_at, last_error=""
    )


def stale_claims(*, now: datetime.datetime | None = None) -> list[int]:
    """Messages claimed longer than SEND_LEASE ago and never recorded: the worker died. The
    minutely job enqueues them again (they go out with their original Message-ID)."""
    now = now or timezone.now()
    return list(
        OutgoingEmail.objects.filter(status=OutgoingEmail.SENDING, claimed_at__lte=now - SEND_LEASE)
        .values_list("pk", flat=True)
    )


@transaction.atomic
def purge_closed_accounts() -> int:
    """Drop everything queued for deactivated or deleted accounts (nothing keeps their address,
    but their pending items and message bodies go too)."""
    items, _ = EmailItem.objects.filter(user__is_active=False).delete()
    cancelled = OutgoingEmail.objects.filter(user__is_active=False, status=OutgoingEmail.PENDING).update(
        status=OutgoingEmail.CANCELLED, body_text="", body_html=""
    )
    return items + cancelled
