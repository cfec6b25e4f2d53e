"""The channel layer Haven runs on Redis: channels-redis's pub/sub layer, made safe across outages.

RedisPubSubChannelLayer sends one Redis message per process and fans it out in the process,
instead of one queue per socket in Redis (bench/RESULTS.md, docs/scale.md). Delivery is at most
once, which Haven can afford because every message is stored before it is broadcast and clients
catch up from the database when they reconnect. Three things are added here; without them a
member could stop hearing a room after Redis came back (the outage test in
tests/realtime/test_scale_out.py failed on exactly this):

- **Outages are told, not hidden.** When the receiver loses Redis, every socket in the process
  gets a ``haven.layer_lost`` message; the consumer closes it (4503) and the browser reconnects
  with backoff and catches up — the same outcome as with the core layer. Until the receiver has
  reconnected, new subscriptions are refused at once (the socket is refused and retries).
- **One reconnect, in one place.** redis-py's PubSub reconnects by itself on whichever call
  notices first — the receiver's read or a new socket's SUBSCRIBE — and two of them racing on
  one connection read each other's replies (an out-of-place ``CLIENT SETINFO`` error, lost
  subscriptions). Here only the receiver reconnects: under the shard's lock it opens a fresh
  pub/sub connection and subscribes to what live sockets still need, then lets subscriptions in.
- **Publishing survives a stale pooled connection.** Publishes use their own pool with one
  immediate retry: after an outage every pooled connection is dead, and with no retry the first
  publish on each failed (the first message after the outage was lost). The listening connection
  keeps no retries, so an outage still surfaces at once.

And ``group_add`` returns only once Redis has confirmed the SUBSCRIBE, so a ``join`` that reads
its history after ``group_add`` cannot miss a message published in between.
"""

import asyncio
import logging

from channels_redis.pubsub import RedisPubSubChannelLayer, RedisPubSubLoopLayer, RedisSingleShardConnection
from channels_redis.utils import _close_redis, create_pool
from redis import asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError

logger = logging.getLogger(__name__)

LAYER_LOST = {"type": "haven.layer_lost"}
# Seconds between reconnect attempts while Redis is away.
RECONNECT_INTERVAL = 0.5
# Longest wait for Redis to confirm a SUBSCRIBE before the caller is told the layer is unavailable.
CONFIRM_TIMEOUT = 5.0


class _WatchedShard(RedisSingleShardConnection):
    _broken = False
    _listener = None
    _confirming: dict[str, asyncio.Future]

    def _ensure_redis(self):
        if self._redis is None:
            self._confirming = {}
            self._redis = aioredis.Redis(connection_pool=create_pool({**self.host, "retry": Retry(NoBackoff(), 1)}))
            self._listener = aioredis.Redis(connection_pool=create_pool({**self.host, "retry": Retry(NoBackoff(), 0)}))
            self._pubsub = self._listener.pubsub()

    # --- the channel layer's calls -----------------------------------------------------------

    async def publish(self, channel, message):
        # The pool serves concurrent publishes; the shard's lock only guards subscriptions.
        self._ensure_redis()
        await self._redis.publish(channel, message)

    async def subscribe(self, channel):
        async with self._lock:
            if self._broken:
                raise RedisConnectionError("The channel layer is reconnecting to Redis.")
            confirmed = self._confirming.get(channel) if self._redis is not None else None
            if channel not in self._subscribed_to:
                self._ensure_redis()
                self._ensure_receiver()
                confirmed = self._confirming[channel] = asyncio.get_running_loop().create_future()
                try:
                    await self._pubsub.subscribe(channel)
                except Exception:
                    # The listening connection failed under us: the same as the receiver noticing.
                    self._lose()
                    raise
                self._subscribed_to.add(channel)
        if confirmed is not None:
            try:
                await asyncio.wait_for(asyncio.shield(confirmed), CONFIRM_TIMEOUT)
            except TimeoutError:
                raise RedisConnectionError(f"Redis did not confirm the subscription to {channel}.") from None

    async def unsubscribe(self, channel):
        async with self._lock:
            if channel not in self._subscribed_to:
                return
            self._subscribed_to.discard(channel)
            if self._broken or self._pubsub is None:
                return  # the reconnect subscribes only to what is still needed
            try:
                await self._pubsub.unsubscribe(channel)
            except Exception:
                self._lose()
                raise

    async def flush(self):
        listener = self._listener
        self._listener = None
        self._broken = False
        await super().flush()
        if listener is not None:
            await _close_redis(listener)

    # --- the receiver ------------------------------------------------------------------------

    async def _do_receiving(self):
        while True:
            if self._broken:
                await asyncio.sleep(RECONNECT_INTERVAL)
                await self._reconnect()
                continue
            pubsub = self._pubsub
            if pubsub is None or not pubsub.subscribed:
                await asyncio.sleep(0.1)
                continue
            try:
                message = await pubsub.get_message(timeout=0.1)
            except (TimeoutError, asyncio.CancelledError, GeneratorExit):
                raise
            except Exception:  # noqa: BLE001 - Redis went away; tell the sockets, then reconnect
                logger.warning("channel layer lost its Redis connection", exc_info=True)
                self._lose()
                continue
            if message is None:
                continue
            if message["type"] == "subscribe":
                self._confirm(message["channel"])
            elif message["type"] == "message":
                self._receive_message(message)

    def _confirm(self, channel) -> None:
        name = channel.decode() if isinstance(channel, bytes) else channel
        future = self._confirming.pop(name, None)
        if future is not None and not future.done():
            future.set_result(True)

    def _lose(self) -> None:
        self._broken = True
        for future in self._confirming.values():
            if not future.done():
                future.set_exception(RedisConnectionError("The channel layer lost Redis."))
                future.exception()  # retrieved here, so an abandoned waiter logs nothing
        self._confirming.clear()
        self._tell_every_socket()

    def _tell_every_socket(self) -> None:
        data = self.channel_layer.channel_layer.serialize(LAYER_LOST)
        for queue in list(self.channel_layer.channels.values()):
            queue.put_nowait(data)

    def _still_needed(self) -> set[str]:
        layer = self.channel_layer
        return {name for name in self._subscribed_to if name in layer.channels or name in layer.groups}

    async def _reconnect(self) -> None:
        """A fresh pub/sub connection subscribed to what live sockets need; the old one is closed."""
        async with self._lock:
            old = self._pubsub
            needed = self._still_needed()
            pubsub = self._listener.pubsub()
            try:
                await self._listener.ping()
                if needed:
                    await pubsub.subscribe(*needed)
            except Exception:  # noqa: BLE001 - still away; try again shortly
                logger.debug("channel layer: Redis still unavailable", exc_info=True)
                await _quietly_close(pubsub)
                return
            self._pubsub, self._subscribed_to, self._broken = pubsub, needed, False
            logger.warning("channel layer reconnected to Redis (%d subscriptions)", len(needed))
        await _quietly_close(old)


async def _quietly_close(pubsub) -> None:
    if pubsub is None:
        return
    try:
        await pubsub.aclose()
    except Exception:  # noqa: BLE001 - the connection is already gone
        logger.debug("closing an old pub/sub connection failed", exc_info=True)


class _HavenLoopLayer(RedisPubSubLoopLayer):
    """Leaves no trace of a channel or group membership whose SUBSCRIBE failed."""

    async def _subscribe_to_channel(self, channel):
        try:
            await super()._subscribe_to_channel(channel)
        except BaseException:
            self.channels.pop(channel, None)
            raise

    async def group_add(self, group, channel):
        group_channel = self._get_group_channel_name(group)
        already = channel in self.groups.get(group_channel, ())
        try:
            await super().group_add(group, channel)
        except BaseException:
            members = self.groups.get(group_channel)
            if members is not None and not already:
                members.discard(channel)
                if not members:
                    del self.groups[group_channel]
            raise


class HavenPubSubChannelLayer(RedisPubSubChannelLayer):
    def _get_layer(self):
        layer = super()._get_layer()
        if type(layer) is RedisPubSubLoopLayer:
            layer.__class__ = _HavenLoopLayer
            for shard in layer._shards:
                if type(shard) is RedisSingleShardConnection:
                    shard.__class__ = _WatchedShard
        return layer
