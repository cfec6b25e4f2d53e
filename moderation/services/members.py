"""Sanctions (warn, mute, suspend, ban, lift) and moderator notes."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.models import Sanction
from accounts.permissions import describe_sanction
from accounts.services import record_audit
from forum.sanitize import clean_text
from live.events import publish_access_changed
from moderation.models import ModeratorNote
from moderation.permissions import check_sanction_member
from moderation.services.common import (
    AlreadyHandled,
    ModerationError,
    _check_can_moderate,
    _notify,
    _require_reason,
)

__all__ = [
    "warn_member",
    "mute_member",
    "suspend_member",
    "ban_member",
    "lift_sanction",
    "lift_expired_sanctions",
    "add_moderator_note",
]


# --- sanctions -------------------------------------------------------------------------------

SANCTION_VERBS = {
    Sanction.WARN: "sent you a warning",
    Sanction.MUTE: "muted your account",
    Sanction.SUSPEND: "suspended your account",
    Sanction.BAN: "banned your account",
}
SANCTION_AFTER = {
    Sanction.WARN: "Please read the community guidelines.",
    Sanction.MUTE: "You can still read everything, but you can't post, react, flag or chat until then.",
    Sanction.SUSPEND: "You won't be able to log in until then.",
    Sanction.BAN: "",
}


def _until(ends_at) -> str:
    if ends_at is None:
        return "until a moderator lifts it"
    return f"until {timezone.localtime(ends_at):%d %B %Y, %H:%M} UTC"


@transaction.atomic
def _sanction(member, *, by, kind: str, reason: str, duration: timedelta | None) -> Sanction:
    reason = _require_reason(reason)
    check_sanction_member(by, member)
    ends_at = timezone.now() + duration if duration and kind in (Sanction.MUTE, Sanction.SUSPEND) else None
    sanction = Sanction.objects.create(user=member, kind=kind, reason=reason, ends_at=ends_at, created_by=by)
    if hasattr(member, "_active_sanctions"):
        del member._active_sanctions
    after = "warning" if kind == Sanction.WARN else describe_sanction(sanction)
    record_audit(actor=by, action=f"sanction.{kind}", target=member, target_user=member, reason=reason, after=after)
    when = "" if kind == Sanction.WARN else f" {_until(ends_at)}"
    text = f"A moderator {SANCTION_VERBS[kind]}{when}. Reason: {reason} {SANCTION_AFTER[kind]}".strip()
    # The notice opens "Message the team", where members ask about or appeal the decision.
    _notify(
        member, text=f"{text} To ask about it or disagree, message the team.", url=reverse("conversations:team_new")
    )
    if kind != Sanction.WARN:
        # Open sockets close (suspend, ban) or lose posting and typing (mute) at once.
        publish_access_changed(member.pk, reason="sanction")
    return sanction


def warn_member(member, *, by, reason: str) -> Sanction:
    return _sanction(member, by=by, kind=Sanction.WARN, reason=reason, duration=None)


def mute_member(member, *, by, reason: str, duration: timedelta | None) -> Sanction:
    return _sanction(member, by=by, kind=Sanction.MUTE, reason=reason, duration=duration)


def suspend_member(member, *, by, reason: str, duration: timedelta | None) -> Sanction:
    return _sanction(member, by=by, kind=Sanction.SUSPEND, reason=reason, duration=duration)


def ban_member(member, *, by, reason: str) -> Sanction:
    return _sanction(member, by=by, kind=Sanction.BAN, reason=reason, duration=None)


@transaction.atomic
def lift_sanction(sanction: Sanction, *, by, reason: str = "") -> Sanction:
    sanction = (
        Sanction.objects.select_for_update(of=("self",)).select_related("user", "lifted_by").get(pk=sanction.pk)
    )
    if sanction.lifted_at is not None:
        who = sanction.lifted_by.username if sanction.lifted_by else "another moderator"
        raise AlreadyHandled(f"Already lifted by {who}.")
    check_sanction_member(by, sanction.user)
    sanction.lifted_at = timezone.now()
    sanction.lifted_by = by
    sanction.save(update_fields=["lifted_at", "lifted_by"])
    record_audit(
        actor=by, action="sanction.lift", target=sanction.user, target_user=sanction.user, reason=reason,
        before=sanction.get_kind_display(), after="lifted",
    )
    if sanction.kind != Sanction.WARN:
        _notify(sanction.user, text=f"A moderator lifted the {sanction.kind} on your account. Welcome back.")
        publish_access_changed(sanction.user_id, reason="sanction")
    return sanction


def lift_expired_sanctions(*, now=None) -> list[Sanction]:
    """Close mutes and suspensions whose end has passed and tell each member (run by the task
    queue every few minutes, moderation/tasks.py). They stopped applying at `ends_at` already;
    this records it (lifted_at = ends_at, no moderator) and sends the notice once."""
    now = now or timezone.now()
    lifted = []
    due = Sanction.objects.filter(
        kind__in=[Sanction.MUTE, Sanction.SUSPEND], lifted_at__isnull=True, ends_at__lte=now
    ).select_related("user")
    for sanction in due:
        with transaction.atomic():
            # Another run may have lifted it meanwhile: only the one that updates the row notifies.
            if not Sanction.objects.filter(pk=sanction.pk, lifted_at__isnull=True).update(lifted_at=sanction.ends_at):
                continue
            record_audit(
                actor=None, action="sanction.expire", target=sanction.user, target_user=sanction.user,
                before=sanction.get_kind_display(), after="ended",
            )
            if sanction.user.is_active:
                _notify(sanction.user, text=f"The {sanction.kind} on your account has ended. Welcome back.",
                        url=reverse("accounts:guidelines"))
        lifted.append(sanction)
    return lifted


@transaction.atomic
def add_moderator_note(member, *, by, text: str) -> ModeratorNote:
    _check_can_moderate(by)
    text = clean_text(text or "").strip()
    if not text:
        raise ModerationError("Please write the note.")
    note = ModeratorNote.objects.create(member=member, author=by, text=text[:2000])
    record_audit(actor=by, action="moderation.note", target=member, target_user=member, after=note.text)
    return note
