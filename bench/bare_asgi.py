"""The baseline for chat fan-out: a bare Channels broadcast consumer on the same channel layer.

No database, no authentication, no validation: connect → join one group; "join" → joined +
empty history; "send" → group_send the message to everyone and ack. It speaks just enough of
docs/realtime.md for bench/ws_load.py's client, so Haven and this app are measured with the
same client, layer and daphne in the same run (Haven's figure is then a fraction of this one).

    daphne bench.bare_asgi:application   (with REDIS_URL and HAVEN_CHANNEL_LAYER as for Haven)
"""

import json
import os

os.environ["DJANGO_SETTINGS_MODULE"] = "bench.bare_settings"

import django  # noqa: E402

django.setup()

from channels.generic.websocket import AsyncWebsocketConsumer  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from django.urls import path  # noqa: E402

GROUP = "bare.room"


class BroadcastConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        await self.channel_layer.group_add(GROUP, self.channel_name)
        await self.accept()
        await self.send(text_data=json.dumps({"type": "welcome"}))

    async def disconnect(self, code):
        await self.channel_layer.group_discard(GROUP, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        frame = json.loads(text_data or "{}")
        if frame.get("type") == "join":
            await self.send(text_data=json.dumps({"type": "joined", "room": frame.get("room")}))
            await self.send(text_data=json.dumps({"type": "history", "messages": [], "has_more": False}))
        elif frame.get("type") == "send":
            message = {"client_id": frame.get("client_id"), "source": frame.get("body")}
            await self.channel_layer.group_send(
                GROUP, {"type": "broadcast", "event": {"type": "message.new", "message": message}}
            )
            await self.send(text_data=json.dumps({"type": "ack", "client_id": frame.get("client_id")}))

    async def broadcast(self, message):
        await self.send(text_data=json.dumps(message["event"]))


async def healthz(scope, receive, send):
    """200 for any HTTP request (the process helpers wait for /healthz)."""
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"ok"})


application = ProtocolTypeRouter(
    {"http": healthz, "websocket": URLRouter([path("ws/", BroadcastConsumer.as_asgi())])}
)
