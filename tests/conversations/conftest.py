import itertools
from datetime import timedelta

import pytest
from django.utils import timezone

from tests import factories

_ids = itertools.count(1)


def old_member(**kwargs):
    """A member past the new-member limits (10 approved posts, joined 30 days ago)."""
    user = factories.MemberFactory(**kwargs)
    user.date_joined = timezone.now() - timedelta(days=30)
    user.save(update_fields=["date_joined"])
    return user


def cid() -> str:
    return f"test-{next(_ids)}"


@pytest.fixture(autouse=True)
def _in_memory_layer(settings):
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}


@pytest.fixture
def alice(db):
    return old_member(username="alice_w")


@pytest.fixture
def bea(db):
    return old_member(username="bea_k")


@pytest.fixture
def cal(db):
    return old_member(username="cal_r")


@pytest.fixture
def newcomer(db):
    return factories.NewMemberFactory(username="newcomer")


@pytest.fixture
def team(db):
    return [factories.MemberFactory(roles=["moderator"], mfa=True, username=f"mod_{n}") for n in (1, 2)]
