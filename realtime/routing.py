from django.urls import path  # noqa: F401

# Websocket routes; filled in by the realtime issue.
websocket_urlpatterns = []
