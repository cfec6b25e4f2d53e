"""The role × route matrix: every URL pattern in the URL conf, as every kind of account, GET and POST.

Routes come from the URL conf itself, so a new route is included automatically, and a route
missing from tests/security/route_expectations.py fails `test_every_route_has_an_expectation`.
For each role a request is "answered" (2xx, 400/429 form errors, or a redirect that is not to a
sign-in or two-step page) or "refused" (sign-in redirect, two-step redirect, 403, 404, 405); the
table says which roles get an answer. A 5xx fails for everyone. No response body may contain a
marker word the role may not see (tests/security/matrix_world.py MARKERS).

Set HAVEN_MATRIX_PRINT=1 to print what each route answered (to fill in a new route's line), and
HAVEN_MATRIX_ONLY=journal:,mailing:settings to request only routes whose key starts so.
"""

import os
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.factories import sign_in
from tests.security.matrix_world import ANON, MARKERS, MOD_NO_2FA, MUST_SEE, ROLES, build_world
from tests.security.route_expectations import EXPECTATIONS, NOBODY, PREFIX_RULES, Route, expectation_for

pytestmark = pytest.mark.django_db

_CONVERTER = re.compile(r"<(?:(?P<conv>\w+):)?(?P<name>\w+)>")
_REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)")


def _walk(patterns, prefix: str = "", namespace: str = ""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}".strip(":") if entry.namespace else namespace
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}".strip(":") if entry.name else ""
            yield (name or f"pattern:{prefix}{entry.pattern}"), prefix + str(entry.pattern)


def all_routes() -> list[tuple[str, str]]:
    """(key, pattern) for every route; the key is the route's name, or "pattern:<pattern>" if unnamed."""
    seen, routes = set(), []
    for key, pattern in _walk(get_resolver().url_patterns):
        if (key, pattern) not in seen:
            seen.add((key, pattern))
            routes.append((key, pattern))
    return routes


def build_path(pattern: str, samples: dict, args: dict) -> str:
    def value(name: str) -> str:
        chosen = args.get(name, name)
        return str(samples.get(chosen, chosen))

    path = _CONVERTER.sub(lambda m: value(m.group("name")), pattern)
    path = _REGEX_GROUP.sub(lambda m: value(m.group("name")), path)
    return "/" + path.replace("^", "").replace("$", "").replace("\\", "")


def classify(response) -> str:
    status = response.status_code
    if status >= 500:
        return "error"
    if status in (301, 302, 303, 307, 308):
        location = response["Location"]
        if "/account/login/" in location or "/admin/login/" in location:
            return "login"
        if "/account/2fa/" in location:
            return "two_step"
        return "ok"
    if status in (403, 404):
        return "denied"
    if status == 405:
        return "method"
    return "ok"


def _sign_in_as(client, world, role) -> None:
    client.logout()
    if role != ANON:
        sign_in(client, world.users[role], two_step=False if role == MOD_NO_2FA else None)


def _still_signed_in(client, role) -> bool:
    """Whether the last request left the role's session as it was (sign-out, password change and
    sanctions end it); the next request then signs in again."""
    return role == ANON or "_auth_user_id" in client.session


# Tables a refused request may still write: its session (a sign-in redirect keeps "next").
_MAY_WRITE_WHEN_REFUSED = re.compile(r'^\s*(?:INSERT INTO|UPDATE|DELETE FROM)\s+"?django_session"?', re.IGNORECASE)
_WRITE = re.compile(r"^\s*(?:INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


class WriteLog:
    """Records the SQL writes made while a request runs (connection.execute_wrapper)."""

    def __init__(self):
        self.statements: list[str] = []

    def __call__(self, execute, sql, params, many, context):
        if _WRITE.match(sql) and not _MAY_WRITE_WHEN_REFUSED.match(sql):
            self.statements.append(sql[:120])
        return execute(sql, params, many, context)


def _request(client, method: str, path: str, data: dict):
    log = WriteLog()
    with connection.execute_wrapper(log):
        response = client.get(path) if method == "GET" else client.post(path, data)
    return response, log.statements


def _body(response) -> str:
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    return raw.decode(errors="replace")


def _check(role, key, method, response, expected_roles, body: str, writes: list[str]) -> list[str]:
    problems = []
    category = classify(response)
    answered = category == "ok"
    if category == "error" or answered != (role in expected_roles):
        want = "answered" if role in expected_roles else "refused"
        problems.append(f"{method} {key}: {role} got {response.status_code} ({category}), expected {want}")
    if not answered and writes:
        problems.append(f"{method} {key}: {role} was refused but the database changed: {writes[0]}")
    for marker, allowed in MARKERS.items():
        if marker in body and role not in allowed:
            problems.append(f"{method} {key}: {role} was shown {marker}")
    return problems


def _mail_problems(world) -> list[str]:
    """No e-mail (text or HTML part) carries a marker to an address whose role may not see it."""
    role_of = {user.email: role for role, user in world.users.items()}
    problems = []
    for message in mail.outbox:
        parts = [message.subject, message.body, *(content for content, _ in getattr(message, "alternatives", []))]
        text = "\n".join(str(part) for part in parts)
        for address in message.to:
            role = role_of.get(address)
            problems += [f"e-mail {message.subject!r} to {role} carried {marker}" for marker, allowed in MARKERS.items()
                         if role is not None and marker in text and role not in allowed]
    return problems


def test_every_route_has_an_expectation():
    missing = [key for key, pattern in all_routes() if expectation_for(key, pattern) is None]
    assert not missing, "Add these routes to tests/security/route_expectations.py: " + ", ".join(missing)


def test_the_expectations_name_only_routes_that_exist():
    keys = {key for key, _ in all_routes()}
    stale = sorted(set(EXPECTATIONS) - keys)
    assert not stale, f"These expectations name routes that no longer exist: {stale}"
    assert PREFIX_RULES


def _methods(key: str, rule, role: str):
    yield "GET", rule.get
    # The admin answers every POST through the same gate as its GETs: POST only as the roles it admits.
    if not key.startswith(("admin:", "pattern:admin/")) or role in rule.post:
        yield "POST", rule.post


@pytest.mark.parametrize("role", ROLES)
def test_role_route_matrix(role, settings, quiet_request_log):
    settings.HAVEN_RATE_LIMITS = {action: ("", "") for action in settings.HAVEN_RATE_LIMITS}
    client = Client(raise_request_exception=False)  # a 500 is a finding to report, not a crash
    world = build_world()
    problems, observed, seen = [], [], set()
    _sign_in_as(client, world, role)
    only = tuple(filter(None, os.environ.get("HAVEN_MATRIX_ONLY", "").split(",")))
    for key, pattern in all_routes():
        if only and not key.startswith(only):
            continue
        rule = expectation_for(key, pattern) or Route(get=NOBODY, post=NOBODY)  # missing: the test above fails
        path = build_path(pattern, world.samples, rule.args) + rule.query.format(**world.samples)
        for method, expected in _methods(key, rule, role):
            response, writes = _request(client, method, path, rule.data)
            body = _body(response)
            seen.update(marker for marker in MARKERS if marker in body)
            observed.append(f"{method} {key} {path} -> {response.status_code} {classify(response)}")
            problems += _check(role, key, method, response, expected, body, writes)
            if not _still_signed_in(client, role):
                _sign_in_as(client, world, role)
    if os.environ.get("HAVEN_MATRIX_PRINT"):
        print(f"\n## {role}\n" + "\n".join(observed))
    problems += _mail_problems(world)
    if not only:
        problems += [f"{role} never came across {marker}" for marker in sorted(MUST_SEE.get(role, set()) - seen)]
    assert not problems, f"{len(problems)} problems for {role}:\n" + "\n".join(problems)
