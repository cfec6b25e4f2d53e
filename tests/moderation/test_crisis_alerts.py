"""High risk reaches every moderator online within two seconds; offline moderators get an e-mail."""

import time

import pytest
from django.core import mail

import forum.services
from moderation.models import Flag, QueueItem
from realtime.handlers import db
from tests import factories
from tests.realtime.conftest import Socket, immediate_on_commit, keep_test_connection, run  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_on_commit")]

HIGH = "if this doesnt stop by friday im going to end it"


@pytest.fixture(autouse=True)
def _in_memory_layer(settings):
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    settings.HAVEN_CHAT_DB_THREAD_SENSITIVE = True


async def _next_crisis_alert(sock, timeout=2):
    return await sock.receive_type("queue.crisis", timeout=timeout)


def test_every_online_moderator_hears_about_high_risk_within_two_seconds(public_topic):
    first, second = factories.MemberFactory(roles=["moderator"], mfa=True), factories.MemberFactory(
        roles=["moderator"], mfa=True
    )
    author = factories.MemberFactory()

    async def scenario():
        sockets = [Socket(first), Socket(second)]
        for sock in sockets:
            assert (await sock.open())["moderator"] is True
        started = time.monotonic()
        await db(forum.services.create_post)(author, topic=public_topic, body=HIGH)
        alerts = [await _next_crisis_alert(sock) for sock in sockets]
        elapsed = time.monotonic() - started
        for sock in sockets:
            await sock.close()
        return alerts, elapsed

    alerts, elapsed = run(scenario)
    item = QueueItem.objects.get(is_crisis=True)
    assert elapsed < 2, f"the second moderator heard after {elapsed:.2f}s"
    for alert in alerts:
        assert alert["item_id"] == item.pk and alert["level"] == "high"
        assert alert["url"].endswith(f"/review/{item.pk}/")
        assert "plan or timing + intent" in alert["text"]
        assert "friday" not in alert["text"]  # the member's words are one click away, not in the alert


def test_medium_risk_reaches_the_queue_but_sends_no_alert(public_topic):
    moderator, author = factories.MemberFactory(roles=["moderator"], mfa=True), factories.MemberFactory()

    async def scenario():
        sock = Socket(moderator)
        await sock.open()
        await db(forum.services.create_post)(author, topic=public_topic, body="i want to die")
        events = []
        while not await sock.nothing(timeout=0.3):
            events.append(await sock.receive())
        await sock.close()
        return events

    events = run(scenario)
    assert "queue.crisis" not in [event["type"] for event in events]
    assert "queue.count" in [event["type"] for event in events]
    assert QueueItem.objects.get(is_crisis=True).crisis_match.startswith("Medium risk")


def test_members_never_hear_crisis_alerts(public_topic, member):
    author = factories.MemberFactory()

    async def scenario():
        sock = Socket(member)
        await sock.open()
        await db(forum.services.create_post)(author, topic=public_topic, body=HIGH)
        heard = []
        while not await sock.nothing(timeout=0.3):
            heard.append((await sock.receive())["type"])
        await sock.close()
        return heard

    heard = run(scenario)
    assert "queue.crisis" not in heard and "queue.count" not in heard


def test_high_risk_is_emailed_to_the_moderators_address_without_the_members_words(public_topic, settings):
    settings.HAVEN_MODERATORS_EMAIL = "moderators@haven.example.org"
    settings.HAVEN_SITE_URL = "https://haven.example.org"
    forum.services.create_post(factories.MemberFactory(), topic=public_topic, body=HIGH)
    item = QueueItem.objects.get(is_crisis=True)
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["moderators@haven.example.org"]
    assert f"https://haven.example.org/review/{item.pk}/" in sent.body
    assert "friday" not in sent.body and "friday" not in sent.subject


def test_no_address_no_email_and_medium_risk_is_never_emailed(public_topic, settings):
    settings.HAVEN_MODERATORS_EMAIL = ""
    forum.services.create_post(factories.MemberFactory(), topic=public_topic, body=HIGH)
    settings.HAVEN_MODERATORS_EMAIL = "moderators@haven.example.org"
    forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="i want to die")
    assert mail.outbox == []


def test_a_someone_may_be_at_risk_flag_alerts_whatever_the_detector_says(public_topic, settings):
    settings.HAVEN_MODERATORS_EMAIL = "moderators@haven.example.org"
    post = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="Quiet day, tired.")
    from moderation.services import file_flag

    file_flag(post, flagger=factories.MemberFactory(), reason=Flag.AT_RISK, note="")
    item = QueueItem.objects.get(is_crisis=True)
    assert item.object_id == post.pk and item.crisis_match == ""
    assert len(mail.outbox) == 1
