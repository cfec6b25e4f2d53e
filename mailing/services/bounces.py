"""Hard bounces and complaints reported by the operator's mail provider.

A hard-bounced or complaining address gets no notification e-mail until the member confirms it
(a signed link sent as account e-mail from the e-mail settings page, or changing the address).
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from mailing.kinds import KINDS, OFF
from mailing.models import EmailItem, MailPreference, OutgoingEmail
from mailing.render import absolute
from mailing.services.collect import preferences_for
from mailing.tokens import confirm_token

log = logging.getLogger(__name__)
HARD, SOFT, COMPLAINT = "hard", "soft", "complaint"
EVENTS = (HARD, SOFT, COMPLAINT)


@transaction.atomic
def record_bounce(*, address: str, event: str, detail: str = "", now: datetime.datetime | None = None) -> int:
    """Mark the account(s) using `address`. Soft bounces are only logged (the queue retries).
    A complaint also switches every kind off. Returns how many accounts were marked."""
    if event not in EVENTS:
        raise ValueError(f"unknown bounce event {event!r}; use one of {', '.join(EVENTS)}")
    if event == SOFT:
        log.info("soft bounce reported for an address (%s)", detail[:100])
        return 0
    now = now or timezone.now()
    users = list(get_user_model().objects.filter(email__iexact=address.strip()))
    prefs = preferences_for([u.pk for u in users], now=now)
    reason = "The address bounced" if event == HARD else "You marked our e-mail as unwanted"
    for pref in prefs.values():
        pref.undeliverable_since, pref.undeliverable_reason = now, f"{reason}. {detail}".strip()[:200]
        if event == COMPLAINT:
            pref.modes = {kind.key: OFF for kind in KINDS}
        pref.save(update_fields=["undeliverable_since", "undeliverable_reason", "modes"])
    OutgoingEmail.objects.filter(user__in=users, status=OutgoingEmail.PENDING).update(
        status=OutgoingEmail.CANCELLED, body_text="", body_html="")
    EmailItem.objects.filter(user__in=users, message=None, skipped="").update(skipped="address undeliverable")
    return len(users)


@transaction.atomic
def clear_undeliverable(user, *, address: str) -> bool:
    """The member confirmed `address` (signed link): mail them again if it is still theirs.
    Returns False when the address has changed since the link was sent."""
    if not user.email or user.email.lower() != address.lower():
        return False
    MailPreference.objects.filter(user=user, undeliverable_since__isnull=False).update(
        undeliverable_since=None, undeliverable_reason=""
    )
    return True


def send_address_confirmation(user) -> bool:
    """Account e-mail (sent even to an address marked undeliverable): a signed link that, opened,
    lets notification e-mail flow again. Returns False when the member has no address."""
    if not (user.is_active and user.email):
        return False
    link = absolute(reverse("mailing:confirm", args=[confirm_token(user.pk, user.email)]))
    body = render_to_string("mailing/email/confirm_address.txt", {
        "site_name": settings.SITE_NAME, "name": user.username, "link": link,
        "settings_url": absolute(reverse("mailing:settings")),
    })
    send_mail(f"Confirm your address for {settings.SITE_NAME}", body, settings.DEFAULT_FROM_EMAIL, [user.email])
    return True
