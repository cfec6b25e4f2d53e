"""The crisis level as a field (issue 10): queue order and who is told, never read from the wording."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse
from django.utils import timezone

import forum.services
from forum.models import Post
from mailing import services as mailing
from moderation.alerts import email_moderators_about_crisis
from moderation.models import Flag, QueueItem
from moderation.services import file_flag
from tests import factories
from tests.mailing.conftest import run_minute, settle


def _item(post, **kwargs):
    return QueueItem.objects.create(
        kind="post", content_type=ContentType.objects.get_for_model(Post), object_id=post.pk,
        author=post.author, title="t", summary=kwargs.pop("summary", "s"), **kwargs,
    )


def test_crisis_items_come_high_before_medium_then_oldest_first(db, public_topic, moderator_client):
    now = timezone.now()
    posts = [forum.services.create_post(factories.MemberFactory(), topic=public_topic, body=f"p{n}") for n in range(5)]
    old_medium = _item(posts[0], is_crisis=True, crisis_level="medium", created_at=now - timedelta(days=3))
    new_high = _item(posts[1], is_crisis=True, crisis_level="high", created_at=now)
    old_high = _item(posts[2], is_crisis=True, crisis_level="high", created_at=now - timedelta(days=1))
    flagged_medium = _item(posts[3], is_crisis=True, crisis_level="medium", flag_weight=9, created_at=now)
    heavy = _item(posts[4], flag_weight=20, created_at=now - timedelta(days=5))
    ids = [i.pk for i in moderator_client.get(reverse("moderation:queue")).context["page"].object_list]
    assert ids == [old_high.pk, new_high.pk, old_medium.pk, flagged_medium.pk, heavy.pk]


@pytest.fixture
def shared_address(settings):
    settings.HAVEN_MODERATORS_EMAIL = "moderators@haven.example.org"
    return settings.HAVEN_MODERATORS_EMAIL


def test_the_shared_email_follows_the_level_field_not_the_words(db, public_topic, shared_address):
    posts = [forum.services.create_post(factories.MemberFactory(), topic=public_topic, body=f"p{n}") for n in range(2)]
    high = _item(posts[0], is_crisis=True, crisis_level="high", crisis_match="plan: 'friday'")
    medium = _item(posts[1], is_crisis=True, crisis_level="medium", crisis_match="High risk — in the words only")
    assert email_moderators_about_crisis.call_local(high.pk) is True
    assert email_moderators_about_crisis.call_local(medium.pk) is False
    assert [m.to for m in mail.outbox] == [[shared_address]]
    assert "assessed as high risk (plan)" in mail.outbox[0].body


def test_a_someone_may_be_at_risk_flag_reaches_the_shared_address_and_each_moderator(
    db, public_topic, shared_address, django_capture_on_commit_callbacks
):
    moderator = factories.MemberFactory(username="mod_on", roles=["moderator"])
    settle(moderator)
    post = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="Quiet day, tired.")
    with django_capture_on_commit_callbacks(execute=True):
        file_flag(post, flagger=factories.MemberFactory(), reason=Flag.AT_RISK, note="")
    item = QueueItem.objects.get(is_crisis=True)
    assert item.crisis_level == "high"
    assert mailing.collect_crisis_alerts() == 1
    run_minute(timezone.now())
    sent = {m.to[0]: m for m in mail.outbox}
    assert set(sent) == {shared_address, moderator.email}
    assert "A member flagged that someone may be at risk" in sent[shared_address].body


def test_a_flag_on_a_medium_item_raises_it_to_high_and_alerts_once(
    db, public_topic, shared_address, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="i want to die")
    item = QueueItem.objects.get(is_crisis=True)
    assert item.crisis_level == "medium" and mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        file_flag(post, flagger=factories.MemberFactory(), reason=Flag.AT_RISK, note="")
        file_flag(post, flagger=factories.MemberFactory(), reason=Flag.AT_RISK, note="")
    item.refresh_from_db()
    assert item.crisis_level == "high"
    assert len(mail.outbox) == 1
