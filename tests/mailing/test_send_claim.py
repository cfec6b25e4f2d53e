"""No duplicate after a crash: a message is claimed ("sending") before the mail server is called.

The guarantee (docs/email.md): at most once within the send lease, at least once after it, and a
repeat after the lease carries the same Message-ID so mail providers drop it.
"""

import datetime
import logging

import pytest
from django.core import mail
from django.utils import timezone

from forum import services as forum_services
from mailing import services
from mailing.models import OutgoingEmail
from mailing.services import delivery
from mailing.tasks import send_due_email_task
from tests.mailing.conftest import after_grace, settle

pytestmark = pytest.mark.django_db
MINUTE = datetime.timedelta(minutes=1)


@pytest.fixture
def message(topic, starter, replier):
    settle(starter, modes={"reply_mine": "now"})
    forum_services.create_post(replier, topic=topic, body="Thinking of you this week.")
    services.collect_notifications()
    [message] = services.dispatch_due(now=after_grace(timezone.now()))
    return message


def test_a_crash_between_sending_and_recording_sends_again_only_after_the_lease(message, monkeypatch, caplog):
    now = timezone.now()

    def worker_dies(message):
        raise RuntimeError("the process was killed before it wrote 'sent'")

    monkeypatch.setattr(delivery, "_record_sent", worker_dies)
    with pytest.raises(RuntimeError):
        services.deliver_email(message.pk, now=now)
    monkeypatch.undo()
    assert len(mail.outbox) == 1
    assert OutgoingEmail.objects.get(pk=message.pk).status == "sending"

    # The queue's retries inside the lease (1, 2, 4, 8 minutes later) send nothing.
    for minutes in (1, 2, 4, 8):
        services.deliver_email(message.pk, now=now + minutes * MINUTE)
    assert len(mail.outbox) == 1
    assert services.stale_claims(now=now + delivery.SEND_LEASE - MINUTE) == []

    # After the lease the minutely job finds the claim; it is sent again, same Message-ID, logged.
    later = now + delivery.SEND_LEASE + MINUTE
    assert services.stale_claims(now=later) == [message.pk]
    with caplog.at_level(logging.WARNING, logger="mailing.services.delivery"):
        assert services.deliver_email(message.pk, now=later).status == "sent"
    first, second = mail.outbox
    assert first.extra_headers["Message-ID"] == second.extra_headers["Message-ID"]
    assert "never recorded as sent" in caplog.text and first.extra_headers["Message-ID"] in caplog.text

    services.deliver_email(message.pk, now=later + 60 * MINUTE)
    assert len(mail.outbox) == 2 and services.stale_claims(now=later + 60 * MINUTE) == []


def test_the_claim_is_recorded_before_the_mail_server_is_called(message, monkeypatch):
    seen = []

    def send(self, fail_silently=False):
        seen.append(OutgoingEmail.objects.filter(pk=message.pk).values_list("status", "attempts").get())
        return 1

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", send)
    services.deliver_email(message.pk)
    assert seen == [("sending", 1)]
    message.refresh_from_db()
    assert message.status == "sent" and message.sent_at is not None


def test_a_refused_send_releases_the_claim_for_the_retry(message, monkeypatch):
    def refuse(self, fail_silently=False):
        raise ConnectionRefusedError("mail server away")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    with pytest.raises(delivery.DeliveryFailed):
        services.deliver_email(message.pk)
    message.refresh_from_db()
    assert (message.status, message.claimed_at) == ("pending", None)
    assert "mail server away" in message.last_error
    monkeypatch.undo()
    assert services.deliver_email(message.pk).status == "sent" and len(mail.outbox) == 1


def test_the_minutely_job_resends_a_stale_claim(message):
    OutgoingEmail.objects.filter(pk=message.pk).update(
        status="sending", claimed_at=timezone.now() - delivery.SEND_LEASE - MINUTE, attempts=1
    )
    send_due_email_task()
    message.refresh_from_db()
    assert message.status == "sent" and message.attempts == 2 and len(mail.outbox) == 1
