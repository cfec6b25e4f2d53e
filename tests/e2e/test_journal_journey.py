"""Browser journey through the taper journal (issue 11): set a stage, log a week, see the chart,
turn on the signature and see it under a post, open the report, export and re-import the CSV;
a private note in crisis shows only its writer the calm panel (axe-scanned in every theme); a
visitor reaches a public journal from its member's profile and finds no link to a private one."""

import re
import time
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import AXE_PATH, axe_violations, format_violations, log_in

pytestmark = pytest.mark.browser


def _log_day(page, day: date, dose: str, sleep: str) -> None:
    page.get_by_role("link", name="Add an entry for another day").click()
    page.get_by_label("Date").fill(day.isoformat())
    page.get_by_label("Medication", exact=True).select_option("diazepam")
    page.get_by_label("Dose", exact=True).fill(dose)
    page.get_by_label("Sleep problems").fill(sleep)
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text(f"Saved your entry for {day.day} {day:%B %Y}")).to_be_visible()


def test_member_keeps_a_taper_journal_from_stage_to_report(new_context, live_server_e2e, tmp_path):
    server = live_server_e2e
    context = new_context(viewport={"width": 390, "height": 844})
    context.add_init_script(path=str(AXE_PATH))  # axe-core for the crisis panel's scan, under the strict CSP
    page = context.new_page()
    log_in(page, server, server.user("journaler"))

    # A stage, chosen in Settings, puts the member's boards first on the home page.
    page.goto(server("/settings/"))
    page.get_by_label("Your stage").select_option("tapering")
    page.get_by_role("button", name="Save settings").click()
    page.goto(server("/"))
    expect(page.get_by_text("Your stage: Tapering")).to_be_visible()

    # A week of entries in under a minute: six past days, then today's quick entry.
    page.goto(server("/journal/"))
    started = time.monotonic()
    today = date.today()
    for back, dose in zip(range(6, 0, -1), ["20", "20", "20", "18", "18", "18"], strict=True):
        _log_day(page, today - timedelta(days=back), dose, str(back))
    quick = page.locator("form.entry-form")
    expect(quick.get_by_label("Dose", exact=True)).to_have_value("18")
    quick.get_by_label("Change today").select_option("hold")
    quick.get_by_label("Anxiety").fill("4")
    quick.get_by_role("button", name="Save today’s entry").click()
    assert time.monotonic() - started < 60

    # The chart, its summary and its table.
    expect(page.locator("svg.chart-svg polyline").first).to_be_visible()
    expect(page.locator("#chart-caption")).to_contain_text("7 entries from")
    expect(page.locator("#chart-caption")).to_contain_text("Diazepam went from 20 mg to 18 mg")

    # The signature under the member's post.
    page.goto(server("/settings/"))
    page.get_by_label("Show my taper signature under my posts").check()
    page.get_by_role("button", name="Save settings").click()
    page.goto(server(server.obj("boards")["introductions"]["url"]))
    page.get_by_role("link", name="Start a topic").click()
    page.get_by_label("Title").fill("Keeping a journal")
    page.get_by_label("Your message").fill("Writing things down helps me remember the good days.")
    page.get_by_role("button", name="Start topic").click()
    expect(page.locator(".post-signature").first).to_contain_text("Diazepam 18 mg · from 20 mg")

    # The report for the prescriber.
    page.goto(server("/journal/"))
    page.get_by_role("link", name=re.compile("Report for your prescriber")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Taper report")
    expect(page.locator(".report-statement")).to_contain_text("self-reported")
    expect(page.get_by_role("cell", name="-10.0%")).to_be_visible()

    # Export, then import the same file: every entry comes back (now twice).
    page.goto(server("/journal/"))
    with page.expect_download() as download:
        page.get_by_role("link", name="Download your journal (CSV)").click()
    path = tmp_path / "journal.csv"
    download.value.save_as(path)
    assert path.read_text().count("\n") == 8
    page.get_by_role("link", name="Import entries from a CSV file").click()
    page.get_by_label(re.compile("CSV file")).set_input_files(str(path))
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_text("Imported 7 entries.")).to_be_visible()

    # A private note in crisis: the calm panel, for the writer only, accessible in every theme.
    page.get_by_role("link", name="Add an entry for another day").click()
    page.get_by_label("Medication", exact=True).select_option("diazepam")
    page.get_by_label("Dose", exact=True).fill("18")
    page.get_by_label("Note (optional)").fill("I want to end my life tonight")
    page.get_by_role("button", name="Save entry").click()
    panel = page.get_by_role("region", name="You are not alone")
    expect(panel).to_contain_text("This note is private. Nobody has been told")
    report = []
    for theme in ["light", "dark", "calm"]:
        page.evaluate("(theme) => { document.documentElement.dataset.theme = theme; }", theme)
        violations = axe_violations(page)
        if violations:
            report.append(format_violations(violations, f"journal crisis panel · {theme} theme"))
    assert not report, "\n" + "\n".join(report)


def test_visitor_reads_a_public_journal_but_not_a_private_one(new_context, live_server_e2e):
    server = live_server_e2e
    page = new_context(watch=False).new_page()  # the private journal's 404 is expected here
    response = page.goto(server.page_url("journal_public"))
    assert response.status == 200
    expect(page.locator("svg.chart-svg")).to_be_visible()
    response = page.goto(server(f"/u/{server.user('member')['username']}/journal/"))
    assert response.status == 404
    # The writer's profile links to their public journal; the member's private one is not hinted at.
    page.goto(server(f"/u/{server.user('writer')['username']}/"))
    page.get_by_role("link", name="Taper journal").click()
    expect(page.locator("svg.chart-svg")).to_be_visible()
    page.goto(server(f"/u/{server.user('member')['username']}/"))
    expect(page.get_by_role("link", name=re.compile("journal", re.IGNORECASE))).to_have_count(0)


def test_report_prints_dark_on_white_from_the_dark_theme(new_context, browser, live_server_e2e):
    from tests.e2e.helpers import signed_in_state

    server = live_server_e2e
    page = new_context(storage_state=signed_in_state(browser, server, "member")).new_page()
    page.goto(server.page_url("journal_report"))
    page.evaluate("() => { document.documentElement.dataset.theme = 'dark'; }")
    page.emulate_media(media="print")
    colour = page.evaluate("() => getComputedStyle(document.querySelector('h1')).color")
    assert colour == "rgb(31, 35, 40)", colour
    assert page.locator(".site-header").is_hidden() and page.locator("form.report-options").is_hidden()
    expect(page.locator("svg.chart-svg")).to_be_visible()
