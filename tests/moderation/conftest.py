import pytest

from tests import factories


@pytest.fixture
def board(db):
    return factories.BoardFactory(is_public=True)


@pytest.fixture
def new_member(db):
    return factories.NewMemberFactory()


@pytest.fixture
def trusted_member(db):
    return factories.MemberFactory(is_trusted=True)


@pytest.fixture
def public_topic(db, board, member):
    """A public topic started (through forum.services) by an established member."""
    return factories.start_topic(member, board=board, title="Sleep in week six", body="Anyone else awake at 4?")


def make_moderator(**kwargs):
    return factories.MemberFactory(roles=["moderator"], mfa=True, **kwargs)
