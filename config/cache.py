"""A Redis cache that degrades instead of failing while Redis is unreachable.

Django's RedisCache raises on every call when Redis is down, and the cache sits under the
sessions (`cached_db`), the page cache, rate limits and presence throttling, so a Redis outage
turned every page into a 500 (bench/RESULTS.md, the Redis fault run). Here a connection or
timeout error is logged and answered as a miss: reads return the default (sessions then read
the database), writes do nothing, `add` reports "not added" and `incr` behaves as for a missing
key (ValueError), which the callers already handle. Other errors still raise.
"""

import logging
from functools import wraps

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
_UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError, OSError)


def _tolerant(answer):
    """Wrap a cache method: on a Redis outage return answer(*args, **kwargs) instead of raising."""

    def decorate(method):
        @wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except _UNAVAILABLE as exc:
                logger.warning("cache unavailable (%s): %s treated as a miss", type(exc).__name__, method.__name__)
                return answer(*args, **kwargs)

        return wrapper

    return decorate


def _default(key, default=None, *args, **kwargs):
    return default


def _missing_key(*args, **kwargs):
    raise ValueError("cache unavailable")


class TolerantRedisCache(RedisCache):
    get = _tolerant(_default)(RedisCache.get)
    get_many = _tolerant(lambda *a, **k: {})(RedisCache.get_many)
    has_key = _tolerant(lambda *a, **k: False)(RedisCache.has_key)
    add = _tolerant(lambda *a, **k: False)(RedisCache.add)
    set = _tolerant(lambda *a, **k: None)(RedisCache.set)
    set_many = _tolerant(lambda *a, **k: [])(RedisCache.set_many)
    touch = _tolerant(lambda *a, **k: False)(RedisCache.touch)
    delete = _tolerant(lambda *a, **k: False)(RedisCache.delete)
    delete_many = _tolerant(lambda *a, **k: None)(RedisCache.delete_many)
    incr = _tolerant(_missing_key)(RedisCache.incr)
    clear = _tolerant(lambda *a, **k: False)(RedisCache.clear)
