"""The one check for "where to go next" URLs taken from a request (forms' `next`, notification links)."""

from django.utils.http import url_has_allowed_host_and_scheme


def safe_next_url(request, candidate: str | None, default: str) -> str:
    """candidate when it stays on this site (Django's url_has_allowed_host_and_scheme: no other
    host, no `//host` or `/\\host`, no javascript:, https only when the request is), else default."""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default
