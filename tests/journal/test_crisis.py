"""Journal notes and the crisis detector: a shared note is read like a post (the writer sees the
calm panel, moderators get a crisis item); an "only me" note shows the writer the panel and tells
no one; a private note that is later shared is checked then."""

import io

import pytest
from django.test import Client

from journal import services
from journal.models import Entry
from moderation.models import QueueItem
from reviewable import registry
from tests.factories import MemberFactory, sign_in
from tests.journal.helpers import add_entry, entry_data

pytestmark = pytest.mark.django_db

CRISIS = "I want to end my life tonight"
PRIVATE_PANEL = "This note is private. Nobody has been told"
SHARED_PANEL = "a moderator has been told and will look in on you"


def _items():
    return QueueItem.objects.filter(kind="journal_entry")


def _save(client, **changes):
    return client.post("/journal/new/", entry_data(**changes), follow=True).content.decode()


def test_a_private_note_shows_only_the_writer_the_panel_and_tells_no_one(member_client):
    html = _save(member_client, note=CRISIS)
    assert PRIVATE_PANEL in html and "You are not alone" in html
    assert SHARED_PANEL not in html
    assert not _items().exists()
    assert Entry.objects.get().note_source == CRISIS  # saved as written
    # Shown once: the next visit is the ordinary page.
    assert "You are not alone" not in member_client.get("/journal/").content.decode()


def test_a_note_shared_with_members_goes_to_moderators_as_a_crisis_item(member_client, member):
    services.set_journal_visibility(member, visibility="members")
    html = _save(member_client, note=CRISIS)
    assert SHARED_PANEL in html and PRIVATE_PANEL not in html
    item = _items().get()
    assert item.is_crisis and item.object_id == Entry.objects.get().pk


def test_an_everyday_note_shows_no_panel_and_queues_nothing(member_client, member):
    services.set_journal_visibility(member, visibility="public")
    html = _save(member_client, note="Slept badly, walked to the shop, felt a bit better after lunch.")
    assert "You are not alone" not in html
    assert not _items().exists()


def test_an_entry_kept_private_in_a_shared_journal_tells_no_one(member_client, member):
    services.set_journal_visibility(member, visibility="members")
    html = _save(member_client, note=CRISIS, visibility="private")
    assert PRIVATE_PANEL in html
    assert not _items().exists()


def test_an_edit_that_shares_a_private_note_is_checked_then(member_client, member):
    services.set_journal_visibility(member, visibility="members")
    entry = add_entry(member, note=CRISIS, visibility="private")
    assert entry.crisis is not None and not entry.crisis.shared
    assert not _items().exists()
    response = member_client.post(f"/journal/entries/{entry.pk}/edit/", entry_data(note=CRISIS, visibility="journal"),
                                  follow=True)
    assert SHARED_PANEL in response.content.decode()
    assert _items().get().is_crisis


def test_an_edit_of_a_private_note_that_adds_crisis_words_is_checked_privately(member_client, member):
    entry = add_entry(member, note="A calm day.")
    response = member_client.post(f"/journal/entries/{entry.pk}/edit/", entry_data(note=CRISIS), follow=True)
    assert PRIVATE_PANEL in response.content.decode()
    assert not _items().exists()


def test_an_unchanged_private_note_is_not_checked_again_on_edit(member_client, member):
    entry = add_entry(member, note=CRISIS)
    response = member_client.post(f"/journal/entries/{entry.pk}/edit/", entry_data(note=CRISIS, sleep=3), follow=True)
    assert "You are not alone" not in response.content.decode()


def test_sharing_the_whole_journal_checks_the_notes_it_shares(member_client, member):
    add_entry(member, note=CRISIS)  # inherits the journal's "only me"
    add_entry(member, note=CRISIS + " again", visibility="private")  # stays private
    assert not _items().exists()
    response = member_client.post("/journal/visibility/", {"visibility": "members"}, follow=True)
    assert SHARED_PANEL in response.content.decode()
    item = _items().get()
    assert Entry.objects.get(pk=item.object_id).visibility == "journal"


def test_a_csv_import_checks_its_notes(member_client):
    csv = ("date,medication_1,amount_1,unit_1,note\n"
           f"2026-01-02,diazepam,10,mg,{CRISIS}\n")
    upload = io.BytesIO(csv.encode())
    upload.name = "journal.csv"
    response = member_client.post("/journal/import/", {"file": upload}, follow=True)
    html = response.content.decode()
    assert "Imported 1 entries" in html, html[:3000]
    assert PRIVATE_PANEL in html
    assert not _items().exists()


def test_moderators_see_a_note_only_while_it_is_shared(member, moderator):
    services.set_journal_visibility(member, visibility="members")
    entry = add_entry(member, note=CRISIS)
    item = _items().get()
    moderator_client = Client()
    sign_in(moderator_client, moderator)
    page = moderator_client.get(f"/review/{item.pk}/")
    assert page.status_code == 200 and "end my life" in page.content.decode()
    services.update_entry(entry, date=entry.date, marker="", ratings={}, doses=[], note=CRISIS, visibility="private")
    entry = Entry.objects.select_related("journal__owner").get(pk=entry.pk)
    assert "end my life" not in registry.kind_for(entry).html_of(entry)
    html = moderator_client.get(f"/review/{item.pk}/").content.decode()
    # The detector's finding recorded while it was shared stays; the note itself is not shown.
    assert "since made this entry private" in html and f"<p>{CRISIS}</p>" not in html


def test_other_members_cannot_open_a_private_entry_as_a_reviewable(member):
    entry = add_entry(member, note="mine")
    spec = registry.kind_for(entry)
    assert not spec.can_view(MemberFactory(), entry)
    assert spec.can_view(member, entry)


def test_the_journal_page_says_plainly_what_happens_to_notes(member_client):
    html = member_client.get("/journal/").content.decode()
    assert "Your journal is a private diary. Notes only you can see are never passed on to anyone" in html


def test_a_member_can_flag_a_shared_note_for_a_moderator(client, member):
    services.set_journal_visibility(member, visibility="members")
    entry = add_entry(member, note="Thinking of stopping everything at once tomorrow.")
    sign_in(client, MemberFactory())
    page = client.get(f"/u/{member.username}/journal/").content.decode()
    assert f'href="/flag/journal_entry/{entry.pk}/"' in page
    response = client.post(f"/flag/journal_entry/{entry.pk}/", {"reason": "at_risk", "note": ""}, follow=True)
    assert "Thank you" in response.content.decode()
    assert _items().get(object_id=entry.pk).is_crisis


def test_a_private_note_cannot_be_flagged(client, member):
    entry = add_entry(member, note="mine alone", visibility="private")
    services.set_journal_visibility(member, visibility="members")
    sign_in(client, MemberFactory())
    assert client.get(f"/flag/journal_entry/{entry.pk}/").status_code == 404
