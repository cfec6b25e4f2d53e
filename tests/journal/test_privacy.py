"""Who sees what: owner, another member and a visitor, for every journal and entry visibility."""

import pytest

from journal import services
from tests.factories import MemberFactory
from tests.journal.helpers import add_entry

pytestmark = pytest.mark.django_db

JOURNAL = ["private", "members", "public"]
ENTRY = ["journal", "private", "members", "public"]
RANK = {"private": 0, "members": 1, "public": 2}
PROFILE_QUERIES = 13  # the profile page with its recent activity and the journal link


def _expected(viewer: str, journal: str, entry: str) -> bool:
    if viewer == "owner":
        return True
    needed = 1 if viewer == "member" else 2
    level = RANK[journal] if entry == "journal" else min(RANK[journal], RANK[entry])
    return level >= needed


@pytest.mark.parametrize("journal_visibility", JOURNAL)
@pytest.mark.parametrize("viewer", ["owner", "member", "visitor"])
def test_privacy_matrix(client, viewer, journal_visibility):
    owner = MemberFactory(username="willow")
    for entry_visibility in ENTRY:
        add_entry(owner, visibility=entry_visibility, note=f"secret-{entry_visibility}-note")
    services.set_journal_visibility(owner, visibility=journal_visibility)
    if viewer == "owner":
        client.force_login(owner)
    elif viewer == "member":
        client.force_login(MemberFactory())
    response = client.get("/u/willow/journal/", follow=True)
    journal_visible = viewer == "owner" or RANK[journal_visibility] >= (1 if viewer == "member" else 2)
    assert (response.status_code == 200) == journal_visible
    html = response.content.decode()
    for entry_visibility in ENTRY:
        seen = f"secret-{entry_visibility}-note" in html
        assert seen == (journal_visible and _expected(viewer, journal_visibility, entry_visibility)), entry_visibility
    if journal_visible and viewer != "owner":
        assert ('name="robots" content="noindex"' in html) == (journal_visibility != "public")


@pytest.mark.parametrize("journal_visibility", JOURNAL)
@pytest.mark.parametrize("viewer", ["owner", "member", "visitor"])
def test_the_profile_links_to_the_journal_exactly_when_the_viewer_may_see_it(client, viewer, journal_visibility):
    owner = MemberFactory(username="willow")
    add_entry(owner, note="secret-note")
    services.set_journal_visibility(owner, visibility=journal_visibility)
    if viewer != "visitor":
        client.force_login(owner if viewer == "owner" else MemberFactory())
    html = client.get("/u/willow/").content.decode()
    if viewer == "owner":
        assert '<a href="/journal/">Your taper journal</a>' in html
        return
    may_see = RANK[journal_visibility] >= (1 if viewer == "member" else 2)
    assert ('<a href="/u/willow/journal/">Taper journal</a>' in html) == may_see
    if not may_see:  # no link and no hint that a journal exists
        assert "/u/willow/journal/" not in html and "aper journal" not in html
    assert client.get("/u/willow/journal/").status_code == (200 if may_see else 404)


def test_no_profile_link_for_a_member_without_a_journal_or_a_deleted_one(client, member):
    MemberFactory(username="rowan")
    client.force_login(member)
    assert "aper journal" not in client.get("/u/rowan/").content.decode()


def test_the_profile_link_costs_one_query(client, member, django_assert_max_num_queries):
    owner = MemberFactory(username="willow")
    add_entry(owner)
    services.set_journal_visibility(owner, visibility="members")
    client.force_login(member)
    client.get("/u/willow/")
    with django_assert_max_num_queries(PROFILE_QUERIES) as captured:
        assert "Taper journal" in client.get("/u/willow/").content.decode()
    assert sum("journal_journal" in query["sql"] for query in captured.captured_queries) == 1


def test_owner_only_pages_need_sign_in_and_show_only_your_own_journal(client, member):
    add_entry(member, note="mine-only")
    for url in ["/journal/", "/journal/report/", "/journal/export.csv", "/journal/import/", "/journal/new/"]:
        assert client.get(url).status_code == 302
    client.force_login(MemberFactory())
    for url in ["/journal/", "/journal/report/", "/journal/export.csv"]:
        assert "mine-only" not in client.get(url).content.decode()


def test_owner_pages_are_never_indexed(member_client):
    services.set_journal_visibility(member_client.user, visibility="public")
    for url in ["/journal/", "/journal/report/", "/journal/new/", "/journal/import/"]:
        assert 'content="noindex"' in member_client.get(url).content.decode()


def test_a_deleted_members_public_journal_is_no_longer_shown(client, member):
    from accounts.services import delete_account

    add_entry(member)
    services.set_journal_visibility(member, visibility="public")
    url = f"/u/{member.username}/journal/"
    assert client.get(url).status_code == 200
    delete_account(member)
    assert client.get(f"/u/deleted-{member.pk}/journal/").status_code == 404
    assert client.get(url).status_code == 404
