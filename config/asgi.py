"""ASGI entry point: HTTP through Django, websockets through Channels (session auth, origin check)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from accounts.middleware import websocket_auth_stack  # noqa: E402
from realtime.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        # The session's user, marked for two-step (staff powers on a socket need a session that
        # passed it), looked up on the thread pool (accounts.middleware.PooledAuthMiddleware).
        "websocket": AllowedHostsOriginValidator(websocket_auth_stack(URLRouter(websocket_urlpatterns))),
    }
)
