"""With Redis unreachable, the cache answers misses instead of raising, so pages keep working."""

import pytest
from django.core.cache import cache

from tests.realtime.processes import free_port

UNREACHABLE = {
    "default": {
        "BACKEND": "config.cache.TolerantRedisCache",
        "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        "OPTIONS": {"socket_timeout": 1, "socket_connect_timeout": 1},
    }
}


@pytest.fixture
def redis_down(settings):
    settings.CACHES = UNREACHABLE
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


def test_reads_are_misses_and_writes_do_nothing_while_redis_is_down(redis_down):
    assert cache.get("k", "fallback") == "fallback"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.set("k", 1) is None
    assert cache.add("k", 1) is False
    with pytest.raises(ValueError):
        cache.incr("k")
    assert cache.get_or_set("k", 7) == 7


def test_a_signed_in_member_still_gets_pages_while_redis_is_down(redis_down, member_client):
    assert member_client.get("/").status_code == 200
    assert member_client.get("/chat/").status_code == 200
