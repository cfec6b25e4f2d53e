"""Reads for the e-mail settings page and the digests."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from forum.models import Board
from forum.stages import STAGE_GROUP, group_for_stage
from mailing.models import MailPreference
from mailing.schedule import next_digest_at
from resources.models import Resource
from resources.selectors import guidance_not_pinned_to_groups, pinned_resources_for_boards


@dataclass
class AddressState:
    verified: bool
    undeliverable_reason: str


def active_member(user_id: int):
    """The active account with this id (a signed link's owner), or None."""
    return get_user_model().objects.filter(pk=user_id, is_active=True).first()


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


def guidance_by_stage(stages) -> dict[str, list[Resource]]:
    """The guidance for each member stage ("" = no stage chosen), newest review first.

    The home page's mapping, reused: a stage's board group (forum.stages.group_for_stage), that
    group's boards, the published guidance pinned to them (resources.selectors.
    pinned_resources_for_boards, what the home page's `pinned_guidance` shows). Everyone also gets
    general guidance, pinned to no stage's boards; a member with no stage gets only that.
    Queries: one for the boards, one per stage group asked for (at most four), one for general.
    """
    groups = {group_for_stage(stage) for stage in stages} - {None}
    boards = list(Board.objects.filter(group__slug__in=groups).select_related("group")) if groups else []
    pinned = {
        group: pinned_resources_for_boards([b for b in boards if b.group.slug == group]) for group in sorted(groups)
    }
    general = guidance_not_pinned_to_groups(set(STAGE_GROUP.values()))
    found = {}
    for stage in set(stages):
        unique = {r.pk: r for r in [*pinned.get(group_for_stage(stage), []), *general] if r.reviewed_at}
        found[stage] = sorted(unique.values(), key=lambda r: r.reviewed_at, reverse=True)
    return found
