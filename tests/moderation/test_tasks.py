"""The task queue lifts mutes and suspensions that have ended and tells the member, without cron."""

from datetime import timedelta

from django.utils import timezone

from accounts.models import AuditEntry, Sanction
from moderation import services
from moderation.tasks import lift_expired_sanctions_task
from tests import factories


def test_an_ended_mute_is_lifted_once_with_a_notice_and_an_audit_entry(moderator):
    person = factories.MemberFactory()
    mute = services.mute_member(person, by=moderator, reason="Please take a break", duration=timedelta(days=3))
    other = factories.MemberFactory()
    running = services.suspend_member(other, by=moderator, reason="Spam", duration=timedelta(days=3))
    Sanction.objects.filter(pk=mute.pk).update(ends_at=timezone.now() - timedelta(minutes=1))

    lift_expired_sanctions_task()
    lift_expired_sanctions_task()

    mute.refresh_from_db()
    assert mute.lifted_at == mute.ends_at and mute.lifted_by is None
    assert Sanction.objects.get(pk=running.pk).lifted_at is None
    notices = person.notifications.filter(kind="moderation", text__contains="has ended")
    assert notices.count() == 1
    assert AuditEntry.objects.filter(action="sanction.expire", target_user=person).count() == 1


def test_bans_and_open_ended_sanctions_are_never_lifted_by_the_clock(moderator):
    person = factories.MemberFactory()
    ban = services.ban_member(person, by=moderator, reason="Abuse")
    open_mute = services.mute_member(factories.MemberFactory(), by=moderator, reason="Break", duration=None)
    lift_expired_sanctions_task()
    assert Sanction.objects.get(pk=ban.pk).lifted_at is None
    assert Sanction.objects.get(pk=open_mute.pk).lifted_at is None
