from django.urls import path

from realtime.consumers import ChatConsumer

# One websocket endpoint for everything live; the protocol is in docs/realtime.md.
websocket_urlpatterns = [
    path("ws/", ChatConsumer.as_asgi()),
]
