"""Hearing what services publish, from plain (sync) test code, on whichever channel layer the
settings configure: in-memory, channels-redis's core layer or its pub/sub layer.

The pub/sub layer keeps its channels and group subscriptions per event loop, and each
`async_to_sync` call runs in a loop of its own; a listener that joined a group through
`async_to_sync` had left that loop before anything was published, so on the pub/sub layer it
heard nothing ("You can only call group_add() on channels that exist in-process"). A
LayerListener keeps one event loop running in a background thread for its whole life: the
channel, the group subscriptions, the layer's receiving task and every read live on it.
"""

import asyncio
import threading
import weakref

from channels.layers import get_channel_layer

from live.events import event_of


class LayerListener:
    """A channel in groups; `events()` returns the event of every message received so far (decoded)."""

    def __init__(self, *groups: str, timeout: float = 0.5):
        self.layer = get_channel_layer()
        self.timeout = timeout
        self._loop = asyncio.new_event_loop()
        thread = threading.Thread(target=self._loop.run_forever, name="layer-listener", daemon=True)
        thread.start()
        # Stop the loop when the listener is dropped (tests never close it by hand).
        weakref.finalize(self, self._loop.call_soon_threadsafe, self._loop.stop)
        self.channel = self._run(self.layer.new_channel())
        for group in groups:
            self._run(self.layer.group_add(group, self.channel))

    def _run(self, coroutine, wait: float = 10):
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(wait)

    def events(self, timeout: float | None = None) -> list[dict]:
        """Every event received until none arrives for `timeout` seconds."""
        timeout = self.timeout if timeout is None else timeout

        async def drain() -> list[dict]:
            found = []
            while True:
                try:
                    message = await asyncio.wait_for(self.layer.receive(self.channel), timeout)
                except TimeoutError:
                    return found
                found.append(event_of(message))

        return self._run(drain(), wait=60)
