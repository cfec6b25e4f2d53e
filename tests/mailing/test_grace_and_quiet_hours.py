"""The grace period (skip what was read, one e-mail per topic) and quiet hours in the member's clock."""

import datetime
import zoneinfo

import pytest
from django.core import mail
from django.utils import timezone

from forum import services as forum_services
from forum.models import Notification, TopicRead
from mailing import services
from mailing.models import EmailItem, MailPreference
from mailing.schedule import in_quiet_hours, next_digest_at, quiet_hours_end, release_time
from tests.mailing.conftest import after_grace, run_minute, settle

pytestmark = pytest.mark.django_db
LONDON = zoneinfo.ZoneInfo("Europe/London")


def _at(*args, tz=LONDON) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=tz)


def test_several_replies_in_one_topic_within_the_grace_period_become_one_email(topic, starter, replier):
    settle(starter, modes={"reply_mine": "now"})
    for n in range(3):
        forum_services.create_post(replier, topic=topic, body=f"Reply number {n}.")
    [message] = run_minute(after_grace(timezone.now()))
    assert message.subject == "3 new posts in “Slow and steady”"
    [email] = mail.outbox
    assert all(f"Reply number {n}" in email.body for n in range(3))
    assert run_minute(after_grace(timezone.now()) + datetime.timedelta(minutes=5)) == []


def test_what_the_member_already_read_on_the_site_is_not_emailed(topic, starter, replier):
    settle(starter, modes={"reply_mine": "now", "mention": "now"})
    post = forum_services.create_post(replier, topic=topic, body="Read on the site.")
    TopicRead.objects.update_or_create(user=starter, topic=topic, defaults={"last_read_position": post.position})
    forum_services.notify(starter, kind="mention", text="Mentioned", url="/x/")
    Notification.objects.filter(recipient=starter, kind="mention").update(read_at=timezone.now())
    assert run_minute(after_grace(timezone.now())) == []
    assert mail.outbox == []
    assert set(EmailItem.objects.values_list("skipped", flat=True)) == {"read on the site"}


def test_quiet_hours_wrap_midnight():
    pref = MailPreference(quiet_hours=True, time_zone="Europe/London",
                          quiet_start=datetime.time(22), quiet_end=datetime.time(8))
    assert in_quiet_hours(pref, _at(2026, 6, 1, 23, 30))
    assert in_quiet_hours(pref, _at(2026, 6, 2, 7, 59))
    assert not in_quiet_hours(pref, _at(2026, 6, 2, 8, 0))
    assert not in_quiet_hours(pref, _at(2026, 6, 2, 21, 59))
    assert quiet_hours_end(pref, _at(2026, 6, 1, 23, 30)) == _at(2026, 6, 2, 8, 0)
    assert quiet_hours_end(pref, _at(2026, 6, 2, 1, 0)) == _at(2026, 6, 2, 8, 0)


def test_quiet_hours_end_at_eight_on_the_member_clock_across_daylight_saving_changes():
    pref = MailPreference(quiet_hours=True, time_zone="Europe/London",
                          quiet_start=datetime.time(22), quiet_end=datetime.time(8))
    # Clocks go forward at 01:00 GMT on 29 March 2026: 08:00 that morning is 07:00 UTC.
    spring = quiet_hours_end(pref, datetime.datetime(2026, 3, 28, 23, 0, tzinfo=datetime.UTC))
    assert spring == datetime.datetime(2026, 3, 29, 7, 0, tzinfo=datetime.UTC)
    assert spring.astimezone(LONDON).hour == 8
    # Clocks go back at 02:00 BST on 25 October 2026: 08:00 that morning is 08:00 UTC.
    autumn = quiet_hours_end(pref, datetime.datetime(2026, 10, 24, 22, 30, tzinfo=datetime.UTC))
    assert autumn == datetime.datetime(2026, 10, 25, 8, 0, tzinfo=datetime.UTC)
    # Daily digests stay at the member's hour either side of the change.
    daily = MailPreference(time_zone="Europe/London", digest_hour=7)
    first = next_digest_at(daily, datetime.datetime(2026, 3, 27, 12, 0, tzinfo=datetime.UTC))
    second = next_digest_at(daily, first)
    assert [first.astimezone(LONDON).hour, second.astimezone(LONDON).hour] == [7, 7]
    assert second - first == datetime.timedelta(hours=23)


def test_mail_due_in_quiet_hours_waits_until_they_end_then_is_sent(topic, starter, replier):
    settle(starter, modes={"reply_mine": "now"}, quiet_hours=True, time_zone="Europe/London")
    forum_services.create_post(replier, topic=topic, body="Late-night reply.")
    services.collect_notifications()
    night = _at(2026, 6, 1, 23, 30)
    EmailItem.objects.update(created_at=night, due_at=night)
    assert run_minute(night) == []
    assert EmailItem.objects.get().due_at == _at(2026, 6, 2, 8, 0)
    assert run_minute(_at(2026, 6, 2, 7, 59)) == []
    [message] = run_minute(_at(2026, 6, 2, 8, 0))
    assert message.status == "sent" and "Late-night reply." in mail.outbox[0].body


def test_moderation_notices_pass_quiet_hours_only_when_the_member_opted_in(starter):
    pref = settle(starter, quiet_hours=True, time_zone="Europe/London")
    night = _at(2026, 6, 1, 23, 30)
    assert release_time(pref, night, urgent=True) == _at(2026, 6, 2, 8, 0)
    pref.urgent_in_quiet_hours = True
    assert release_time(pref, night, urgent=True) == night
    assert release_time(pref, night, urgent=False) == _at(2026, 6, 2, 8, 0)
    pref.save(update_fields=["urgent_in_quiet_hours"])

    forum_services.notify(starter, kind="moderation", text="A moderator sent you a warning.", url="/guidelines/")
    services.collect_notifications()
    EmailItem.objects.update(created_at=night, due_at=night)
    [message] = run_minute(night)
    assert message.kind == "moderation" and mail.outbox[0].to == [starter.email]
