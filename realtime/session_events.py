"""Sign-out and password changes reach open sockets at once (docs/realtime.md, "Live permissions").

Django and allauth announce these with their own signals and there is no Haven service on
those paths, so these receivers publish the event (through live.events, after commit). The
consumer closes the matching sockets with 4401. Connected in RealtimeConfig.ready().
"""

from live.events import publish_access_changed


def _session_key(request) -> str | None:
    return getattr(getattr(request, "session", None), "session_key", None)


def on_signed_out(sender, request=None, user=None, **kwargs) -> None:
    """Only this session's sockets close; the member's other devices stay connected."""
    if user is not None:
        publish_access_changed(user.pk, reason="signed_out", session_key=_session_key(request))


def on_password_changed(sender, request=None, user=None, **kwargs) -> None:
    """Every socket of the member reconnects; sessions signed out by the change are refused (4401)."""
    if user is not None:
        publish_access_changed(user.pk, reason="password_changed")
