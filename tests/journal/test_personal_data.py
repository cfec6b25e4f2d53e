"""The journal's part of a member's data export and of removing their words on deletion."""

import pytest

from accounts.erasure import erase_content
from accounts.export import collect
from journal.models import Entry, Journal
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


def test_removing_a_members_words_removes_their_whole_journal(member):
    add_entry(member)
    add_entry(member)
    assert erase_content(member)["journal entries"] >= 2
    assert not Entry.objects.exists() and not Journal.objects.exists()
