import pytest

from tests import factories


@pytest.fixture
def board(db):
    return factories.BoardFactory(is_public=True, name="Pinned test board", slug="pinned-test-board")


@pytest.fixture
def clinician_a(db):
    return factories.MemberFactory(username="dr_ash", roles=["clinician"], mfa=True, clinician_title="GP")


@pytest.fixture
def clinician_b(db):
    return factories.MemberFactory(username="dr_birch", roles=["clinician"], mfa=True, clinician_title="Pharmacist")
