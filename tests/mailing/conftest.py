import datetime

import pytest
from django.conf import settings
from django.utils import timezone

from forum import services as forum_services
from mailing import services
from mailing.models import MailPreference
from mailing.schedule import next_digest_at
from tests import factories

UTC = datetime.UTC


@pytest.fixture
def board(db):
    return factories.BoardFactory(is_public=True, name="Mail test board", slug="mail-test-board")


@pytest.fixture
def starter(db):
    """Started the topic; gets replies to it."""
    return factories.MemberFactory(username="starter")


@pytest.fixture
def replier(db):
    return factories.MemberFactory(username="replier")


@pytest.fixture
def topic(board, starter):
    return forum_services.create_topic(starter, board=board, title="Slow and steady", body="Day one of my taper.")


def settle(user, **fields) -> MailPreference:
    """Give the member settings (quiet hours off unless asked, UTC) without going through the form."""
    defaults = {"quiet_hours": False, "time_zone": "UTC"}
    pref, _ = MailPreference.objects.update_or_create(user=user, defaults={**defaults, **fields})
    pref.next_digest_at = next_digest_at(pref, fields.get("now", timezone.now()))
    pref.save(update_fields=["next_digest_at"])
    return pref


def run_minute(now: datetime.datetime) -> list:
    """What the consumer's minutely job does, at a chosen time; returns the sent messages."""
    services.purge_closed_accounts()
    services.collect_notifications(now=now)
    messages = services.dispatch_due(now=now)
    return [services.deliver_email(m.pk) for m in messages]


def after_grace(moment: datetime.datetime) -> datetime.datetime:
    return moment + datetime.timedelta(minutes=settings.HAVEN_EMAIL_GRACE_MINUTES, seconds=1)
