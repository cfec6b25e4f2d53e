"""No route answers with a server error, whatever it is sent (deterministic light fuzzing).

Every URL pattern of the URL conf, as a member and as an admin, gets: ids far beyond
any integer column and odd strings in the path, absurd and nonsense query strings (page numbers,
cursors, filters), and a POST body of wrong types, over-long values and NUL characters under
the field names Haven's forms use (Django's admin pages: the odd path values only). A 4xx or a
redirect is fine; a 5xx is a finding.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import Resolver404, resolve, reverse

from journal.models import Entry
from tests.factories import MemberFactory, sign_in
from tests.security.matrix_world import ADMIN, MEMBER, build_world
from tests.security.route_expectations import Route, expectation_for
from tests.security.test_route_matrix import all_routes, build_path

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999999"
ODD = "x%27%22%3C%3E%00%C3%28"  # ' " < > NUL and an invalid UTF-8 sequence
QUERY = (
    f"?page={HUGE}&after=-1&target=abc&last_id={HUGE}&id={HUGE}&before={HUGE}&q={ODD}&composer={ODD}&to={ODD}"
    f"&kind={ODD}&status={ODD}&sort={ODD}&equivalent={ODD}&next={ODD}&from={ODD}&until={ODD}&user={ODD}"
    f"&board={ODD}&stage={ODD}&format={ODD}"
)
FIELDS = [
    "body", "title", "subject", "note", "text", "reason", "kind", "action", "to", "client_id", "composer", "target",
    "discard", "last_id", "stage", "visibility", "date", "marker", "medication_1", "other_name_1", "amount_1",
    "unit_1", "strength_1", "time_zone", "digest_hour", "quiet_start", "quiet_end", "collapsed_notes",
    "is_welcomer", "notes", "note_other", "board", "topic", "duration", "items", "ids", "position", "token",
    "email", "file", "csv", "allow_from", "username", "reply", "outcome", "theme", "text_size", "profession",
    "registration_number", "citations", "summary", "boards", "state", "locked", "pinned", "page", "next",
]
BAD_VALUES = [HUGE, "-1", "\x00", "x" * 70_000, "1e400", "NaN", "0000-00-00", "<script>alert(1)</script>", "[]"]


def garbage_body(round_: int) -> dict:
    """One wrong value per field name, rotated so each field meets each kind of wrong value."""
    return {name: BAD_VALUES[(index + round_) % len(BAD_VALUES)] for index, name in enumerate(FIELDS)}


def _garbage_samples(samples: dict) -> dict:
    return {key: HUGE if isinstance(value, int) else ODD for key, value in samples.items()}


@pytest.mark.parametrize("role", [MEMBER, ADMIN])  # a member's and every staff code path
def test_no_route_answers_garbage_with_a_server_error(role, settings, quiet_request_log):
    settings.HAVEN_RATE_LIMITS = {action: ("", "") for action in settings.HAVEN_RATE_LIMITS}
    client = Client(raise_request_exception=False)
    world = build_world()
    garbage = _garbage_samples(world.samples)
    errors = []
    sign_in(client, world.users[role])
    for number, (key, pattern) in enumerate(all_routes()):
        if key in ("account_logout", "admin:logout") or (role != ADMIN and key.startswith(("admin:", "pattern:admin"))):
            continue  # signing out ends the run; the admin turns non-admins away at its door
        rule = expectation_for(key, pattern) or Route(get=frozenset(), post=frozenset())
        path = build_path(pattern, world.samples, rule.args)
        requests = [("GET", build_path(pattern, garbage, rule.args), None)]
        if not key.startswith(("admin:", "pattern:admin")):
            # Django's admin pages (its own code, 138 routes) get the garbage ids only: its POSTs
            # delete or change rows by design, and its query strings are its own filters.
            requests += [("POST", path, garbage_body(number)), ("GET", path + QUERY, None)]
        for method, url, data in requests:
            response = client.get(url) if method == "GET" else client.post(url, data)
            if response.status_code >= 500:
                errors.append(f"{method} {key} {url[:120]} -> {response.status_code}")
            if "_auth_user_id" not in client.session:
                sign_in(client, world.users[role])
    assert not errors, f"{len(errors)} server errors for {role}:\n" + "\n".join(errors)


def test_the_admin_answers_an_id_beyond_any_integer_column_as_missing(client):
    admin = MemberFactory(roles=["admin"], mfa=True, is_staff=True, is_superuser=True)
    sign_in(client, admin)
    for view in ("change", "history", "delete"):
        response = client.get(f"/admin/conversations/messagingsettings/{HUGE}/{view}/")
        assert response.status_code in (302, 404), view


@pytest.mark.parametrize("path", ["/u/a\x00b/", "/u/a\x00b/journal/", "/review/member/a\x00b/",
                                  "/messages/people/a\x00b/block/", "/t/1/a\x00b/", "/email/unsubscribe/a\x00b/"])
def test_a_nul_in_a_path_segment_matches_no_route(path):
    """PostgreSQL refuses NUL in a query: such a segment must never reach a look-up (a 500 there)."""
    with pytest.raises(Resolver404):
        resolve(path)


def test_a_journal_import_holding_a_nul_is_refused_beside_the_file_field(client):
    member = MemberFactory()
    sign_in(client, member)
    upload = SimpleUploadedFile("journal.csv", b"date,note\n2026-01-02,fine\n2026-01-03,bad\x00note\n", "text/csv")
    response = client.post(reverse("journal:import"), {"file": upload})
    assert response.status_code == 200
    assert "Line 3: this line holds a NUL character." in response.content.decode()
    assert not Entry.objects.filter(journal__owner=member).exists()
