"""Reads for the e-mail settings page."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.utils import timezone

from mailing.models import MailPreference
from mailing.schedule import next_digest_at


@dataclass
class AddressState:
    verified: bool
    undeliverable_reason: str


def preference_for(user) -> MailPreference:
    """The member's settings, or unsaved defaults (nothing is written by reading)."""
    pref = MailPreference.objects.filter(user=user).first()
    if pref is None:
        pref = MailPreference(user=user)
        pref.next_digest_at = next_digest_at(pref, timezone.now())
    return pref


def address_state(user, pref: MailPreference) -> AddressState:
    addresses = EmailAddress.objects.filter(user=user, email__iexact=user.email or "", verified=True)
    verified = bool(user.email) and addresses.exists()
    return AddressState(
        verified=verified,
        undeliverable_reason=pref.undeliverable_reason if pref.undeliverable_since else "",
    )
