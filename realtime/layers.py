"""The channel layer Haven runs on Redis: channels-redis's pub/sub layer, told about outages.

RedisPubSubChannelLayer sends one Redis message per process and fans it out in the process,
instead of one queue per socket in Redis (bench/RESULTS.md, docs/scale.md). Delivery is at most
once, which Haven can afford because every message is stored before it is broadcast and clients
catch up from the database when they reconnect. What it lacks is a signal: when Redis goes
away its receiver quietly retries and re-subscribes, so an open socket would stop hearing its
rooms without knowing it had missed anything. Here, when the receiver loses Redis, every socket
in the process gets a ``haven.layer_lost`` message; the consumer closes it (1011), and the
browser reconnects with backoff and catches up — the same outcome as with the core layer.
"""

import asyncio
import logging

from channels_redis.pubsub import RedisPubSubChannelLayer, RedisSingleShardConnection
from channels_redis.utils import create_pool
from redis import asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

logger = logging.getLogger(__name__)

LAYER_LOST = {"type": "haven.layer_lost"}


class _WatchedShard(RedisSingleShardConnection):
    def _ensure_redis(self):
        """No silent retries with backoff (redis-py's default can hide an outage for 15 s or more):
        a lost connection surfaces at once, the sockets are told, and the next read reconnects."""
        if self._redis is None:
            pool = create_pool({**self.host, "retry": Retry(NoBackoff(), 0)})
            self._redis = aioredis.Redis(connection_pool=pool)
            self._pubsub = self._redis.pubsub()

    async def _do_receiving(self):
        while True:
            try:
                if self._pubsub and self._pubsub.subscribed:
                    message = await self._pubsub.get_message(ignore_subscribe_messages=True, timeout=0.1)
                    self._receive_message(message)
                else:
                    await asyncio.sleep(0.1)
            except (TimeoutError, asyncio.CancelledError, GeneratorExit):
                raise
            except Exception:  # noqa: BLE001 - Redis went away; the receiver retries every second
                logger.warning("channel layer lost its Redis connection", exc_info=True)
                self._tell_every_socket()
                await asyncio.sleep(1)

    def _tell_every_socket(self) -> None:
        data = self.channel_layer.channel_layer.serialize(LAYER_LOST)
        for queue in list(self.channel_layer.channels.values()):
            queue.put_nowait(data)


class HavenPubSubChannelLayer(RedisPubSubChannelLayer):
    def _get_layer(self):
        layer = super()._get_layer()
        for shard in layer._shards:
            if type(shard) is RedisSingleShardConnection:
                shard.__class__ = _WatchedShard
        return layer
