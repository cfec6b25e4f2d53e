"""Version history, diffs, and hostile input in guidance."""

from django.urls import reverse

from resources import services
from resources.citations import parse_citations
from resources.models import Resource
from tests.factories import sign_in
from tests.resources.helpers import BODY, CITATIONS, make_draft, make_published

HOSTILE = """## Fine heading

<script>alert('x')</script>
<img src="https://tracker.example/pixel.gif" onerror="alert(1)">
[click me](javascript:alert(1))
<a href="#" onclick="steal()">link</a>
<iframe src="https://evil.example"></iframe>
<p style="color:red">styled</p>

| A | B |
|---|---|
| 1 | 2 |
"""


def _revise(resource, writer, reviewer, *, body, title=None, change_note="Clearer wording"):
    services.update_draft(
        resource, editor=writer, title=title or resource.title, summary=resource.summary, body=body,
        citations=parse_citations(CITATIONS), change_note=change_note,
    )
    services.submit_resource(resource, by=writer)
    return services.sign_off_resource(resource, by=reviewer)


def test_hostile_markdown_is_sanitised_but_tables_and_headings_stay(clinician_a):
    resource = make_draft(clinician_a, body=HOSTILE)
    html = services.working_version(resource).body_html
    for bad in ("<script", "onerror", "javascript:", "onclick", "<iframe", "style=", "tracker.example"):
        assert bad not in html
    assert "<h2>Fine heading</h2>" in html
    assert "<table>" in html and "<td>1</td>" in html


def test_hostile_title_and_citation_labels_are_escaped_on_the_page(client, clinician_a, clinician_b):
    resource = make_published(
        clinician_a, clinician_b, title="<script>alert(1)</script> Guide",
        citations='doi:10.1371/journal.pone.0285584 | <img src=x onerror="alert(1)">',
    )
    page = client.get(reverse("resources:detail", args=[resource.slug])).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Guide" in page
    assert '<img src=x onerror="alert(1)">' not in page
    assert 'href="https://doi.org/10.1371/journal.pone.0285584"' in page


def test_each_published_version_is_kept_and_listed_in_the_history(client, clinician_a, clinician_b):
    resource = make_published(clinician_a, clinician_b)
    first_html = resource.current_version.body_html
    _revise(resource, clinician_b, clinician_a, body=BODY + "\n\nA new closing line.")
    resource.refresh_from_db()
    assert resource.current_version.number == 2
    assert resource.versions.get(number=1).body_html == first_html  # unchanged
    page = client.get(reverse("resources:history", args=[resource.slug])).content.decode()
    assert "Clearer wording" in page and "First version" in page
    assert f'{reverse("resources:diff", args=[resource.slug])}?from=1&amp;to=2' in page
    # Version 2 was written by the second clinician and signed off by the first.
    detail = client.get(reverse("resources:detail", args=[resource.slug])).content.decode()
    assert detail.index("dr_birch") < detail.index("dr_ash")


def test_diff_shows_added_and_removed_lines_escaped(client, clinician_a, clinician_b):
    resource = make_published(clinician_a, clinician_b, body="Keep this line.\nRemove <b>this</b> line.")
    _revise(resource, clinician_a, clinician_b, body="Keep this line.\nAdded <script>x()</script> line.")
    response = client.get(reverse("resources:diff", args=[resource.slug]) + "?from=1&to=2")
    page = response.content.decode()
    assert response.status_code == 200
    assert "<del>Remove &lt;b&gt;this&lt;/b&gt; line.</del>" in page
    assert "<ins>Added &lt;script&gt;x()&lt;/script&gt; line.</ins>" in page
    assert "<script>x()</script>" not in page
    assert "Keep this line." in page


def test_unknown_or_unpublished_versions_are_not_found(client, clinician_a, clinician_b):
    resource = make_published(clinician_a, clinician_b)
    url = reverse("resources:diff", args=[resource.slug])
    assert client.get(url + "?from=1&to=7").status_code == 404
    assert client.get(url + "?from=a&to=b").status_code == 404
    services.update_draft(resource, editor=clinician_a, title="Secret next", summary="s", body="Not public yet.")
    assert client.get(url + "?from=1&to=2").status_code == 404  # the draft is not public
    sign_in(client, clinician_b)
    assert "Not public yet." in client.get(url + "?from=1&to=2").content.decode()


def test_public_page_keeps_showing_the_published_version_while_a_new_one_is_drafted(
    client, clinician_a, clinician_b
):
    resource = make_published(clinician_a, clinician_b)
    services.update_draft(
        resource, editor=clinician_a, title="Changed title", summary="Changed", body="Draft words",
    )
    resource.refresh_from_db()
    assert resource.title == "Coming off slowly" and resource.status == Resource.PUBLISHED
    page = client.get(reverse("resources:detail", args=[resource.slug])).content.decode()
    assert "Draft words" not in page and "Changed title" not in page


def test_editing_work_in_review_sends_it_back_to_draft(clinician_a):
    resource = make_draft(clinician_a)
    services.submit_resource(resource, by=clinician_a)
    services.update_draft(resource, editor=clinician_a, title="T", summary="S", body="B")
    resource.refresh_from_db()
    assert resource.status == Resource.DRAFT
    assert services.working_version(resource).submitted_at is None


def test_reviewer_can_send_work_back_with_a_note(client, clinician_a, clinician_b):
    resource = make_draft(clinician_a)
    services.submit_resource(resource, by=clinician_a)
    sign_in(client, clinician_b)
    response = client.post(reverse("resources:return", args=[resource.slug]), {"return-note": ""})
    assert response.status_code == 400
    response = client.post(reverse("resources:return", args=[resource.slug]), {"return-note": "Add a source."})
    assert response.status_code == 302
    resource.refresh_from_db()
    assert resource.status == Resource.DRAFT
    assert clinician_a.notifications.filter(kind="resource", text__contains="Add a source.").exists()


def test_citation_errors_show_next_to_the_field_and_keep_the_text(client, clinician_a):
    sign_in(client, clinician_a)
    response = client.post(
        reverse("resources:new"),
        {"title": "T", "summary": "S", "body": "My careful text.", "citations": "doi:not-a-doi"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Line 1: “doi:not-a-doi” is not a valid DOI" in page
    assert "My careful text." in page
    assert not Resource.objects.exists()


def test_retired_guidance_is_unpinned_unlisted_and_marked(client, clinician_a, clinician_b, board):
    resource = make_published(clinician_a, clinician_b, boards=[board])
    services.retire_resource(resource, by=clinician_b, reason="Superseded")
    assert not resource.boards.exists()
    assert resource.title not in client.get(reverse("resources:library")).content.decode()
    page = client.get(reverse("resources:detail", args=[resource.slug])).content.decode()
    assert "Retired." in page
