"""Logging entries: quick entry for today, bad input refused next to the field, edit, delete,
and the signature that follows the journal."""

from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model

from journal.models import Entry
from tests.journal.helpers import add_entry, entry_data

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_quick_entry_for_today_is_saved_and_prefills_the_next_one(member_client):
    response = member_client.post("/journal/new/", entry_data())
    assert response.status_code == 302
    entry = Entry.objects.get(journal__owner=member_client.user)
    assert entry.date == date.today() and entry.sleep == 6 and entry.doses.get().amount == 12
    html = member_client.get("/journal/").content.decode()
    assert "Today’s entry" in html and 'value="12"' in html and "Diazepam 12 mg" in html
    assert f'type="date" name="date" value="{date.today().isoformat()}"' in html


TOMORROW = object()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"amount_1": "-5"}, "amount_1", "A dose must be more than 0."),
        ({"amount_1": "0"}, "amount_1", "A dose must be more than 0."),
        ({"amount_1": "twelve"}, "amount_1", "Enter a number."),
        ({"date": TOMORROW}, "date", "cannot be in the future"),
        ({"sleep": "11"}, "sleep", "Use a number from 0 to 10."),
        ({"anxiety": "-1"}, "anxiety", "Use a number from 0 to 10."),
        ({"unit_1": "ml"}, "strength_1", "give its strength in mg per ml"),
        ({"unit_1": "drops"}, "unit_1", "Select a valid choice"),
        ({"medication_1": "other"}, "other_name_1", "Type the name of the medication."),
        ({"medication_1": ""}, "medication_1", "Choose the medication this dose is for."),
    ],
)
def test_bad_input_is_refused_next_to_its_field_keeping_what_was_typed(member_client, changes, field, message):
    # "Tomorrow" is worked out when the test runs, not when it is collected (a run crossing midnight).
    changes = {key: (date.today() + timedelta(days=1)).isoformat() if value is TOMORROW else value
               for key, value in changes.items()}
    html = member_client.post("/journal/new/", entry_data(note="A rough day", **changes)).content.decode()
    assert message in html and f'id="id_{field}_error"' in html
    assert "A rough day" in html
    assert not Entry.objects.exists()


def test_a_liquid_with_its_strength_and_an_other_medication_are_accepted(member_client):
    data = entry_data(unit_1="ml", amount_1="2.5", strength_1="2", medication_2="other", other_name_2="Gabapentin",
                      amount_2="300", unit_2="mg")
    assert member_client.post("/journal/new/", data).status_code == 302
    html = member_client.get("/journal/").content.decode()
    assert "Diazepam 2.5 ml of 2 mg/ml" in html and "Gabapentin 300 mg" in html


def test_member_edits_and_deletes_an_entry(member_client):
    entry = add_entry(member_client.user, mg="10", sleep=3)
    assert member_client.get(f"/journal/entries/{entry.pk}/edit/").status_code == 200
    member_client.post(f"/journal/entries/{entry.pk}/edit/", entry_data(amount_1="9", marker="cut"))
    entry.refresh_from_db()
    assert entry.marker == "cut" and entry.doses.get().amount == 9
    assert member_client.post(f"/journal/entries/{entry.pk}/delete/").status_code == 302
    assert not Entry.objects.exists()


def test_another_member_cannot_edit_or_delete_my_entry(client, member):
    from tests.factories import MemberFactory

    entry = add_entry(member)
    client.force_login(MemberFactory())
    assert client.get(f"/journal/entries/{entry.pk}/edit/").status_code == 404
    assert client.post(f"/journal/entries/{entry.pk}/delete/").status_code == 404
    assert Entry.objects.filter(pk=entry.pk).exists()


def test_signature_follows_the_journal(member):
    today = date.today()
    add_entry(member, day=today - timedelta(days=60), mg="40")
    add_entry(member, day=today - timedelta(days=40), mg="30", marker="cut")
    add_entry(member, day=today - timedelta(days=21), mg="25", marker="cut")
    member.refresh_from_db()
    cut = today - timedelta(days=21)
    assert member.signature == (
        f"Diazepam 25 mg · from 40 mg · tapering since {today - timedelta(days=40):%b %Y} · last cut {cut:%-d %b %Y}"
    )
    held = add_entry(member, mg="25", marker="hold")
    member.refresh_from_db()
    assert "holding since" in member.signature
    held.delete()


def test_member_turns_on_the_signature_and_sees_it_under_their_post(member_client, settings):
    from tests.forum.content_helpers import make_board, start_topic, use_stub_policy

    use_stub_policy(settings)
    add_entry(member_client.user, mg="12")
    member_client.post("/settings/", {"username": member_client.user.username, "bio": "", "country": "",
                                      "theme": "system", "text_size": "normal", "show_signature": "on"})
    topic = start_topic(User.objects.get(pk=member_client.user.pk), board=make_board(), title="Hello")
    assert "Diazepam 12 mg" in member_client.get(topic.get_absolute_url()).content.decode()


def test_stage_selector_on_the_journal_page_saves_the_stage(member_client):
    assert member_client.post("/journal/stage/", {"stage": "acute"}).status_code == 302
    assert User.objects.get(pk=member_client.user.pk).stage == "acute"
    assert 'value="acute" selected' in member_client.get("/journal/").content.decode()
