"""E-mail carries private words only to people who may read them (the matrix world's markers).

The whole mail pipeline runs as the periodic tasks would a day later: notifications collected,
crisis alerts, "straight away" e-mail, digests, delivery. Every text and HTML part then goes to
an address whose role may see each marker word in it.
"""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

import forum.services
from forum.models import Topic
from mailing import services as mailing_services
from mailing.kinds import NOW
from mailing.models import OutgoingEmail
from tests.factories import BoardFactory, MemberFactory
from tests.security.matrix_world import MARKERS, build_world

pytestmark = pytest.mark.django_db


def run_mail_pipeline() -> list[OutgoingEmail]:
    later = (timezone.now() + timedelta(days=1)).replace(hour=12)  # outside anyone's default quiet hours
    mailing_services.collect_notifications(now=later)
    mailing_services.collect_crisis_alerts(now=later)
    messages = mailing_services.dispatch_due(now=later + timedelta(hours=1))
    messages += mailing_services.build_digests(now=later + timedelta(days=8))
    for message in messages:
        mailing_services.deliver_email(message.pk)
    return messages


def test_emails_carry_private_words_only_to_those_who_may_read_them():
    mailing_services.collect_notifications()  # the cursor starts before the world's notifications
    world = build_world()
    role_of = {user.email: role for role, user in world.users.items()}
    run_mail_pipeline()
    assert mail.outbox, "the world's private messages and team conversation send e-mail"
    problems, reached = [], set()
    for message in mail.outbox:
        text = "\n".join([message.subject, message.body, *(content for content, _ in message.alternatives)])
        for address in message.to:
            role = role_of.get(address)
            for marker, allowed in MARKERS.items():
                if marker in text and role is not None:
                    reached.add((role, marker))
                    if role not in allowed:
                        problems.append(f"{message.subject!r} to {role} carried {marker}")
    assert not problems, "\n".join(problems)


def test_a_post_hidden_or_removed_before_its_email_goes_is_not_quoted_in_it():
    follower, author, moderator = MemberFactory(), MemberFactory(), MemberFactory(roles=["moderator"], mfa=True)
    topic = forum.services.create_topic(author, board=BoardFactory(is_public=True), title="Followed", body="Hello")
    forum.services.subscribe(follower, topic=topic)
    mailing_services.save_preferences(follower, modes={"reply_followed": NOW})
    mailing_services.collect_notifications()
    hidden = forum.services.create_post(author, topic=topic, body="MAILHIDDENWORD flagged away")
    removed = forum.services.create_post(author, topic=topic, body="MAILREMOVEDWORD taken down")
    forum.services.set_post_visibility(hidden, hidden=True)
    forum.services.remove_post(removed, by=moderator, reason="Unkind")
    run_mail_pipeline()
    sent = "\n".join(m.body + "".join(c for c, _ in m.alternatives) for m in mail.outbox if follower.email in m.to)
    assert "MAILHIDDENWORD" not in sent
    assert "MAILREMOVEDWORD" not in sent


def test_a_title_typed_with_a_newline_is_one_line_and_its_email_is_delivered():
    follower, author = MemberFactory(), MemberFactory()
    board = BoardFactory(is_public=True)
    forum.services.subscribe(follower, board=board)
    mailing_services.save_preferences(follower, modes={"reply_followed": NOW})
    mailing_services.collect_notifications()
    topic = forum.services.create_topic(author, board=board, title="Two\nlines", body="Hello there")
    assert topic.title == "Two lines"
    Topic.objects.filter(pk=topic.pk).update(title="Stored before\nthe fix")  # rows written earlier
    forum.services.subscribe(follower, topic=topic)
    forum.services.create_post(author, topic=topic, body="A reply")
    forum.services.create_post(author, topic=topic, body="Another reply")
    messages = run_mail_pipeline()
    assert messages and all(m.status == OutgoingEmail.SENT for m in OutgoingEmail.objects.filter(user=follower))
    subjects = [m.subject for m in mail.outbox if follower.email in m.to]
    assert "3 new posts in “Stored before the fix”" in subjects
