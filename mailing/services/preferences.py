"""Members change their e-mail settings, or leave a kind with one click."""

import datetime

from django.db import transaction
from django.utils import timezone

from mailing.kinds import BY_KEY, DIGEST, KINDS, OFF
from mailing.models import EmailItem, MailPreference
from mailing.schedule import next_digest_at
from mailing.services.collect import preferences_for

SCHEDULE_FIELDS = ["digest_frequency", "digest_hour", "digest_weekday", "time_zone", "quiet_hours",
                   "quiet_start", "quiet_end", "urgent_in_quiet_hours"]


@transaction.atomic
def save_preferences(user, *, modes: dict[str, str], now: datetime.datetime | None = None,
                     **schedule) -> MailPreference:
    """Store validated settings (EmailSettingsForm.cleaned_data) and reschedule the next digest."""
    now = now or timezone.now()
    pref = preferences_for([user.pk], now=now)[user.pk]
    pref.modes = {kind.key: modes[kind.key] for kind in KINDS if kind.key in modes}
    for name in SCHEDULE_FIELDS:
        if name in schedule:
            setattr(pref, name, schedule[name])
    pref.next_digest_at = next_digest_at(pref, now)
    pref.save()
    _drop_switched_off(user, pref)
    return pref


def _drop_switched_off(user, pref: MailPreference) -> None:
    off = [kind.key for kind in KINDS if pref.mode(kind.key) == OFF]
    EmailItem.objects.filter(user=user, message=None, skipped="", kind__in=off).update(skipped="switched off")


@transaction.atomic
def unsubscribe(user, *, kind: str) -> MailPreference:
    """One-click unsubscribe: this kind off ("digest": every kind that was in the digest)."""
    pref = preferences_for([user.pk], now=timezone.now())[user.pk]
    if kind == "digest":
        keys = [k.key for k in KINDS if pref.mode(k.key) == DIGEST]
    else:
        keys = [kind] if kind in BY_KEY else []
    pref.modes = {**pref.modes, **{key: OFF for key in keys}}
    pref.save(update_fields=["modes"])
    _drop_switched_off(user, pref)
    return pref
