"""The chart and the report: SVG without scripts or inline styles, a summary and a table, the
cuts-and-holds table with percent change, and constant queries for a 2,000-entry journal."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from journal.models import Entry
from tests.journal.helpers import add_entry, bulk_journal

pytestmark = pytest.mark.django_db


def test_chart_is_server_drawn_svg_with_a_summary_and_a_data_table(member_client):
    add_entry(member_client.user, day=date.today() - timedelta(days=10), mg="20", anxiety=7)
    add_entry(member_client.user, mg="18", marker="cut", anxiety=5)
    html = member_client.get("/journal/").content.decode()
    svg = html[html.index("<svg class=\"chart-svg\""):html.index("</svg>")]
    assert "<polyline" in svg and "style=" not in svg and "<script" not in svg
    assert "2 entries from" in html and "Diazepam went from 20 mg to 18 mg" in html
    assert "anxiety rated 7 out of 10 at the start and 5 at the latest entry" in html
    assert "The numbers behind the chart" in html and "<table>" in html


def test_diazepam_equivalent_is_always_an_approximate_range(member_client):
    add_entry(member_client.user, mg="1", medication="alprazolam")
    html = member_client.get("/journal/").content.decode()
    assert "Alprazolam 1 mg" in html and "approximately 10–20 mg diazepam" in html
    html = member_client.get("/journal/?equivalent=on").content.decode()
    assert 'class="chart-band"' in html and "Approximately this much diazepam" in html


def test_report_lists_cuts_and_holds_with_percent_change_and_says_it_is_self_reported(member_client):
    today = date.today()
    add_entry(member_client.user, day=today - timedelta(days=20), mg="20", note="first week")
    add_entry(member_client.user, day=today - timedelta(days=10), mg="18", marker="cut")
    add_entry(member_client.user, mg="18", marker="hold")
    html = member_client.get("/journal/report/").content.decode()
    assert "self-reported" in html and "-10.0%" in html and "Hold" in html
    assert "first week" not in html
    # The monthly table is printed once, in the report's own section (not again under the chart).
    assert "Average rating per month" in html and "The numbers behind the chart" not in html
    with_notes = member_client.get("/journal/report/?notes=1").content.decode()
    assert "<dt>" + (today - timedelta(days=20)).strftime("%-d %b %Y") + "</dt><dd><p>first week</p></dd>" in with_notes
    assert with_notes.count("<dt>") == 1  # only entries with a note are listed


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_a_2000_entry_journal_renders_chart_and_report_in_constant_queries(member_client):
    urls = ["/journal/?equivalent=on", "/journal/report/?notes=1&equivalent=on"]
    bulk_journal(member_client.user, 20)
    member_client.get("/")  # first request of the session: starts a visit, fills per-session caches
    small = [_count(member_client, url) for url in urls]
    Entry.objects.all().delete()
    bulk_journal(member_client.user, 2000)
    large = [_count(member_client, url) for url in urls]
    assert small == large and large[0] <= 12 and large[1] <= 9, (small, large)
    assert "2000 entries from" in member_client.get(urls[1]).content.decode()


def test_equivalence_page_shows_both_tables_with_sources_and_the_warning(client):
    html = client.get("/equivalence/").content.decode()
    assert "Equivalents vary widely between people and between tables" in html
    assert "Alprazolam" in html and "≈ 0.5 mg" in html and "≈ 1 mg" in html
    assert "Bromazepam" in html and "≈ 5–6 mg" in html and "†" in html
    assert "NHS Scotland" in html and "VA/DoD" in html
