"""Crisis alerts by e-mail for each moderator who keeps the kind on, read from the review queue."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.utils import timezone

from forum import services as forum_services
from forum.models import Post
from mailing import services
from moderation.models import QueueItem
from tests import factories
from tests.mailing.conftest import run_minute, settle

pytestmark = pytest.mark.django_db


def _crisis_item(post, level="high", words="self-harm: 'cut'"):
    """The level is a field: the words shown to moderators do not decide who is e-mailed."""
    return QueueItem.objects.create(
        kind="post", content_type=ContentType.objects.get_for_model(Post), object_id=post.pk, author=post.author,
        title="t", summary="s", is_crisis=True, crisis_level=level, crisis_match=words,
    )


def test_each_moderator_who_wants_crisis_alerts_gets_one_email_per_high_risk_item(topic, replier):
    wants = factories.MemberFactory(username="mod_on", roles=["moderator"])
    declined = factories.MemberFactory(username="mod_off", roles=["moderator"])
    settle(wants)
    settle(declined, modes={"crisis_alert": "off"})
    post = forum_services.create_post(replier, topic=topic, body="A hard night.")
    _crisis_item(post)
    _crisis_item(forum_services.create_post(replier, topic=topic, body="Medium."), level="medium",
                 words="High risk — in the words only")

    assert services.collect_crisis_alerts() == 1
    assert services.collect_crisis_alerts() == 0  # once per item
    run_minute(timezone.now())
    [email] = [m for m in mail.outbox if "mod_" in m.to[0]]
    assert email.to == [wants.email]
    assert "A member may be at risk" in email.body and "/review/" in email.body
    assert "A hard night." not in email.body  # no member text leaves the site
    assert all(m.to != [replier.email] for m in mail.outbox)


def test_a_moderator_whose_address_is_the_shared_one_gets_one_email_not_two(topic, replier, settings):
    shared = factories.MemberFactory(username="mod_shared", roles=["moderator"])
    other = factories.MemberFactory(username="mod_other", roles=["moderator"])
    settings.HAVEN_MODERATORS_EMAIL = shared.email.upper()
    settle(shared)
    settle(other)
    _crisis_item(forum_services.create_post(replier, topic=topic, body="A hard night."))

    assert services.collect_crisis_alerts() == 1
    run_minute(timezone.now())
    assert [m.to for m in mail.outbox if "mod_" in m.to[0]] == [[other.email]]
