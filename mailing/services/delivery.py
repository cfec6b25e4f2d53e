"""Send one OutgoingEmail exactly once, and forget the mail of closed accounts."""

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


def deliver_email(message_id_: int) -> OutgoingEmail:
    """Send a pending message. Already sent, failed or cancelled: nothing happens, so a retried
    or duplicated task never sends twice. Raises DeliveryFailed for the queue to retry."""
    with transaction.atomic():
        message = OutgoingEmail.objects.select_for_update().select_related("user").get(pk=message_id_)
        if message.status != OutgoingEmail.PENDING:
            return message
        address = deliverable_address(message.user)
        if address is None:
            message.status, message.body_text, message.body_html = OutgoingEmail.CANCELLED, "", ""
            message.save(update_fields=["status", "body_text", "body_html"])
            return message
        message.attempts += 1
        try:
            _build(message, address).send()
        except Exception as error:  # noqa: BLE001 - any transport error is retried, then given up
            message.last_error = f"{type(error).__name__}: {error}"[:300]
            if message.attempts >= MAX_ATTEMPTS:
                message.status = OutgoingEmail.FAILED
            message.save(update_fields=["attempts", "status", "last_error"])
            log.warning("e-mail %s attempt %s failed: %s", message.pk, message.attempts, message.last_error)
        else:
            message.status, message.sent_at, message.last_error = OutgoingEmail.SENT, timezone.now(), ""
            message.save(update_fields=["attempts", "status", "sent_at", "last_error"])
    if message.status == OutgoingEmail.PENDING:
        raise DeliveryFailed(message.last_error)
    return message


@transaction.atomic
def purge_closed_accounts() -> int:
    """Drop everything queued for deactivated or deleted accounts (nothing keeps their address,
    but their pending items and message bodies go too)."""
    items, _ = EmailItem.objects.filter(user__is_active=False).delete()
    cancelled = OutgoingEmail.objects.filter(user__is_active=False, status=OutgoingEmail.PENDING).update(
        status=OutgoingEmail.CANCELLED, body_text="", body_html=""
    )
    return items + cancelled
