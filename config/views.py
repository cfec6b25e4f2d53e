import asyncio
import uuid

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


async def _channel_layer_roundtrip() -> None:
    layer = get_channel_layer()
    channel = await layer.new_channel("healthz.")
    token = uuid.uuid4().hex
    await layer.send(channel, {"type": "healthz.ping", "token": token})
    message = await asyncio.wait_for(layer.receive(channel), timeout=2)
    if message.get("token") != token:
        raise RuntimeError("channel layer returned a different message")


@never_cache
def healthz(request):
    """200 with each part "ok" when the database and channel layer answer, else 503 naming the failure."""
    status = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        status["db"] = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure means unhealthy
        status["db"] = f"error: {exc.__class__.__name__}"
    try:
        async_to_sync(_channel_layer_roundtrip)()
        status["channel_layer"] = "ok"
    except Exception as exc:  # noqa: BLE001
        status["channel_layer"] = f"error: {exc.__class__.__name__}"
    healthy = all(value == "ok" for value in status.values())
    status["status"] = "ok" if healthy else "unhealthy"
    return JsonResponse(status, status=200 if healthy else 503)
