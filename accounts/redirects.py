"""The one check for "where to go next" URLs taken from a request (forms' `next`, notification links)."""

from urllib.parse import urlsplit

from django.utils.http import url_has_allowed_host_and_scheme


def safe_next_url(request, candidate: str | None, default: str) -> str:
    """candidate when it is a path or URL that stays on this site (Django's
    url_has_allowed_host_and_scheme: no other host, no `//host` or `/\\host`, no javascript:, https
    only when the request is), else default."""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) and (candidate.startswith("/") or urlsplit(candidate).scheme):
        # Only a path or a full URL: anything else ("-1", "home") would be taken by
        # django.shortcuts.redirect for a view name and fail with NoReverseMatch.
        return candidate
    return default
