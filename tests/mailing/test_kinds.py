"""Every kind of e-mail in every mode: straight away (after the grace period), in the digest, or never."""

import datetime

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.utils import timezone

from forum import services as forum_services
from forum.models import Notification
from mailing import services
from mailing.kinds import BY_KEY, DIGEST, KINDS, NOW, OFF
from mailing.tasks import send_due_email_task
from tests import factories
from tests.mailing.conftest import after_grace, run_minute, settle

pytestmark = pytest.mark.django_db


def _recipient(kind: str, starter):
    if kind == "reply_mine":
        return starter
    return factories.MemberFactory(username="reader", roles=["moderator"] if kind == "crisis_alert" else [])


def _cause(kind: str, *, recipient, topic, replier) -> str:
    """Make the thing that should reach `recipient` as `kind`; returns a phrase the e-mail shows."""
    if kind == "crisis_alert":
        services.alert_moderators(text="A post may need urgent attention", url="/review/", key="crisis:1")
        return "A post may need urgent attention"
    if kind == "private_message":
        services.queue_email(recipient, kind=kind, text="replier sent you a message", url="/m/1/", key="message:1")
        return "replier sent you a message"
    if kind == "reply_followed":
        forum_services.subscribe(recipient, topic=topic)
    post = forum_services.create_post(replier, topic=topic, body="Thinking of you today.")
    if kind not in ("reply_mine", "reply_followed"):
        forum_kind = {"guidance": "resource"}.get(kind, kind)
        forum_services.notify(recipient, kind=forum_kind, text=f"{kind} for you", url=post.get_absolute_url(),
                              post=post if forum_kind != "resource" else None)
        return f"{kind} for you"
    return "Thinking of you today."


@pytest.mark.parametrize("mode", [NOW, DIGEST, OFF])
@pytest.mark.parametrize("kind", [k.key for k in KINDS])
def test_each_kind_arrives_as_the_member_chose(kind, mode, topic, starter, replier):
    if kind == "crisis_alert" and mode == DIGEST:
        pytest.skip("crisis alerts are straight away or off, never in a digest")
    recipient = _recipient(kind, starter)
    settle(recipient, modes={kind: mode}, digest_hour=8)
    mail.outbox.clear()
    phrase = _cause(kind, recipient=recipient, topic=topic, replier=replier)
    now = timezone.now()

    sent = run_minute(after_grace(now))
    mine = [m for m in mail.outbox if m.to == [recipient.email]]
    assert len(mine) == (1 if mode == NOW else 0)
    if mode == NOW:
        assert BY_KEY[kind].reason in mine[0].body and phrase in mine[0].body
        assert [m.kind for m in sent if m.user_id == recipient.pk] == [kind]

    later = now + datetime.timedelta(days=1, minutes=1)
    digests = [m for m in services.build_digests(now=later) if m.user_id == recipient.pk]
    assert len(digests) == (1 if mode == DIGEST else 0)
    assert [m for m in services.build_digests(now=later) if m.user_id == recipient.pk] == []  # never twice
    if mode == DIGEST:
        services.deliver_email(digests[0].pk)
        assert phrase in mail.outbox[-1].body and mail.outbox[-1].to == [recipient.email]


def test_defaults_are_mentions_messages_and_moderation_straight_away_reactions_off_the_rest_digest():
    assert {k.key for k in KINDS if k.default == NOW} == {"mention", "private_message", "moderation", "crisis_alert"}
    assert {k.key for k in KINDS if k.default == OFF} == {"reaction"}
    assert {k.key for k in KINDS if k.default == DIGEST} == {"reply_mine", "reply_followed", "quote", "guidance"}


def test_nothing_is_sent_before_the_grace_period_ends(topic, starter, replier):
    settle(starter, modes={"reply_mine": NOW})
    forum_services.create_post(replier, topic=topic, body="Hello there.")
    assert run_minute(timezone.now() + datetime.timedelta(minutes=5)) == []
    assert len(run_minute(after_grace(timezone.now()))) == 1


def test_an_unverified_address_gets_no_notification_email(topic, starter, replier):
    EmailAddress.objects.filter(user=starter).update(verified=False)
    settle(starter, modes={"reply_mine": NOW})
    forum_services.create_post(replier, topic=topic, body="Hello there.")
    [message] = run_minute(after_grace(timezone.now()))
    assert message.status == "cancelled" and mail.outbox == []


def test_the_consumers_minutely_job_sends_a_reply_email_once(settings, topic, starter, replier):
    settings.HAVEN_EMAIL_GRACE_MINUTES = 0
    settle(starter, modes={"reply_mine": NOW})
    forum_services.create_post(replier, topic=topic, body="Straight to your inbox.")
    send_due_email_task()  # immediate mode in tests: runs now, delivery task included
    send_due_email_task()
    [email] = mail.outbox
    assert email.to == [starter.email] and "Straight to your inbox." in email.body


def test_the_first_run_on_an_existing_site_does_not_email_old_notifications(topic, starter, replier):
    settle(starter, modes={"reply_mine": NOW, "mention": NOW})
    forum_services.notify(starter, kind="mention", text="An old mention", url="/x/")
    Notification.objects.update(created_at=timezone.now() - datetime.timedelta(days=30))
    forum_services.create_post(replier, topic=topic, body="A new reply.")
    run_minute(after_grace(timezone.now()))
    [email] = mail.outbox
    assert "A new reply." in email.body and "An old mention" not in email.body


def test_several_private_messages_in_one_conversation_become_one_email(starter):
    settle(starter)
    for n in range(3):
        services.queue_email(starter, kind="private_message", text=f"New private message {n}", url="/messages/7/",
                             key=f"pm:{n}")
    services.queue_email(starter, kind="private_message", text="Another conversation", url="/messages/8/", key="pm:x")
    sent = run_minute(after_grace(timezone.now()))
    assert sorted(m.subject for m in sent) == ["3 new private messages", "Another conversation"]


def test_a_private_message_notification_from_conversations_is_emailed_straight_away(starter):
    settle(starter)
    forum_services.notify(starter, kind=Notification.MESSAGE, text="New private message from willow",
                          url="/messages/3/")
    [message] = run_minute(after_grace(timezone.now()))
    assert message.kind == "private_message" and "New private message from willow" in mail.outbox[0].body
