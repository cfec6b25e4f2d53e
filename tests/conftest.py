import os
import time
from types import SimpleNamespace

import django_ratelimit.core
import pytest
from django.conf import settings
from huey.contrib.djhuey import HUEY

from reviewable import registry
from tests import factories

NEEDS_POSTGRES = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
    reason="set DATABASE_URL to a PostgreSQL database to run this test",
)
NEEDS_REDIS = pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="set REDIS_URL to run this test")


@pytest.fixture(autouse=True)
def _test_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.ACCOUNT_RATE_LIMITS = False
    # Tasks run at once, in the test's process and transaction, on Huey's in-memory storage.
    HUEY.immediate = True


@pytest.fixture(autouse=True)
def _steady_rate_windows(monkeypatch):
    """django-ratelimit counts in fixed windows of the clock. A test that posts 30 replies on a busy
    machine can straddle a window's end and see the count start again (10 replies got through where
    the limit allows 8). Each test sees one steady moment, so limits are tested, not the clock."""
    moment = time.time()
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: moment))


@pytest.fixture(autouse=True)
def _restore_content_policy():
    """Tests may install a stub content policy; every test starts with the real one."""
    policy = registry.content_policy()
    yield
    registry.set_content_policy(policy)


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def member(db):
    return factories.MemberFactory()


@pytest.fixture
def moderator(db):
    return factories.MemberFactory(roles=["moderator"], mfa=True)


@pytest.fixture
def clinician(db):
    return factories.MemberFactory(roles=["clinician"], mfa=True)


@pytest.fixture
def admin_user(db):
    return factories.MemberFactory(roles=["admin"], mfa=True)


@pytest.fixture
def member_client(client, member):
    return factories.sign_in(client, member)


@pytest.fixture
def moderator_client(client, moderator):
    return factories.sign_in(client, moderator)


def pytest_report_header(config):
    db = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    layer = settings.CHANNEL_LAYERS["default"]["BACKEND"].rsplit(".", 1)[-1]
    return f"haven: database={db} channel_layer={layer}"
