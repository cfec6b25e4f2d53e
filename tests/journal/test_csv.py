"""CSV export and import: a round trip keeps everything; a bad row names its line and imports nothing."""

from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from journal.csvio import HEADER
from journal.models import Dose, Entry
from tests.journal.helpers import add_entry

pytestmark = pytest.mark.django_db


def _upload(client, text: str):
    return client.post("/journal/import/", {"file": SimpleUploadedFile("j.csv", text.encode(), "text/csv")})


def test_export_then_reimport_gives_back_the_same_entries(member_client):
    add_entry(member_client.user, day=date.today() - timedelta(days=1), mg="12.5", marker="cut", sleep=4,
              note="=SUM(A1) felt *better*")
    add_entry(member_client.user, mg="12.5", medication="clonazepam", mood=0, visibility="private")
    response = member_client.get("/journal/export.csv")
    assert response["Content-Type"].startswith("text/csv") and "attachment" in response["Content-Disposition"]
    text = response.content.decode()
    assert text.splitlines()[0] == ",".join(HEADER) and "'=SUM(A1)" in text
    Entry.objects.all().delete()
    assert _upload(member_client, text).status_code == 302
    entries = list(Entry.objects.order_by("date"))
    assert [(e.marker, e.sleep, e.mood, e.visibility) for e in entries] == [("cut", 4, None, "journal"),
                                                                          ("", None, 0, "private")]
    assert entries[0].note_source == "=SUM(A1) felt *better*" and "<em>better</em>" in entries[0].note_html
    assert [str(d.amount.normalize()) + d.medication for d in Dose.objects.order_by("entry__date")] == [
        "12.5diazepam", "12.5clonazepam"]


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        ("2020-01-03,,diazepam,,-1,mg,,,,,,,,,,,,,,", "A dose must be more than 0."),
        ("2020-01-03,,diazepam,,5,mg,,,,,,,11,,,,,,,", "sleep must be a whole number from 0 to 10"),
        ("3 Jan 2020,,diazepam,,5,mg,,,,,,,,,,,,,,", "is not a date"),
        (f"{date.today() + timedelta(days=2)},,diazepam,,5,mg,,,,,,,,,,,,,,", "cannot be in the future"),
        ("2020-01-03,,diazepam,,5,ml,,,,,,,,,,,,,,", "strength in mg per ml"),
        ("2020-01-03,,unobtainium,,5,mg,,,,,,,,,,,,,,", "not in the medication list"),
        ("2020-01-03,stop,diazepam,,5,mg,,,,,,,,,,,,,,", "marker must be"),
    ],
)
def test_import_stops_at_the_first_bad_row_with_its_line_and_imports_nothing(member_client, bad_row, message):
    good = "2020-01-01,,diazepam,,10,mg,,,,,,,3,,,,,,,\n2020-01-02,cut,Diazepam,,9,mg,,,,,,,,,,,,,,\n"
    html = _upload(member_client, ",".join(HEADER) + "\n" + good + bad_row + "\n").content.decode()
    assert "Line 4:" in html and message in html and "Nothing was imported" in html
    assert not Entry.objects.exists()


def test_import_refuses_a_file_without_the_header(member_client):
    html = _upload(member_client, "2020-01-01,,diazepam,,10,mg\n").content.decode()
    assert "Line 1:" in html and not Entry.objects.exists()


def test_import_updates_the_signature(member_client):
    rows = ["2020-01-01,,diazepam,,10,mg,,,,,,,,,,,,,,", "2020-02-01,cut,diazepam,,8,mg,,,,,,,,,,,,,,"]
    text = "\n".join([",".join(HEADER), *rows]) + "\n"
    assert _upload(member_client, text).status_code == 302
    member_client.user.refresh_from_db()
    assert member_client.user.signature.startswith("Diazepam 8 mg · from 10 mg")
