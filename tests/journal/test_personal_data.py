"""The journal's part of a member's data export and of account deletion (always deleted with the account)."""

import pytest

from accounts.erasure import erase_personal_data
from accounts.export import collect
from accounts.services import delete_account
from journal.models import Entry, Journal
from tests.factories import DEFAULT_PASSWORD, MemberFactory
from tests.journal.helpers import add_entry

pytestmark = pytest.mark.django_db


def test_the_export_holds_every_journal_entry_with_its_doses_and_ratings(member):
    add_entry(member, mg="12.5", marker="cut", sleep=4, note="steadier", visibility="private")
    data = collect(member)
    (entry,) = data["journal"]
    assert entry["marker"] == "cut" and entry["sleep"] == 4 and entry["note"] == "steadier"
    assert entry["doses"] == [{"medication": "diazepam", "other_name": "", "amount": "12.5", "unit": "mg",
                               "strength_mg_per_ml": None}]
    assert data["journal_settings"][0]["visibility"] == "private"


def test_the_journal_eraser_removes_the_whole_journal(member):
    add_entry(member)
    add_entry(member)
    assert erase_personal_data(member)["journal"] >= 2
    assert not Entry.objects.exists() and not Journal.objects.exists()


@pytest.mark.parametrize("erase_text", [False, True])
def test_deleting_an_account_deletes_its_journal_whether_or_not_the_posts_text_goes(member, erase_text):
    other = MemberFactory()
    add_entry(member, note="my own record", visibility="members")
    add_entry(other, note="someone else's record")
    delete_account(member, erase_text=erase_text)
    assert not Journal.objects.filter(owner=member).exists()
    assert not Entry.objects.filter(note_source="my own record").exists()
    assert Entry.objects.filter(journal__owner=other).count() == 1


def test_the_delete_account_page_says_the_journal_goes_with_the_account(member_client):
    html = member_client.get("/settings/delete/").content.decode()
    assert "deleted with your account, whichever choice you make" in html
    assert "Your taper journal" in html


def test_deleting_an_account_from_the_page_keeping_posts_removes_the_journal(member_client, member):
    add_entry(member, note="kept nowhere")
    response = member_client.post("/settings/delete/", {"what_happens": "keep", "password": DEFAULT_PASSWORD})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert not Entry.objects.filter(note_source="kept nowhere").exists()
