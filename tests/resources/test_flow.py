"""The whole journey, through the pages: apply -> verify -> draft -> sign-off -> pinned ->
review overdue -> re-reviewed."""

import datetime

from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditEntry
from resources.models import ClinicianApplication, Resource
from tests import factories
from tests.factories import sign_in
from tests.resources.helpers import fresh

APPLICATION = {
    "profession": "Psychiatrist",
    "registration_number": "GMC 1234567",
    "issuing_body": "General Medical Council",
    "jurisdiction": "United Kingdom",
    "registry_url": "https://www.gmc-uk.org/registrants/1234567",
    "statement": "I work in addiction psychiatry and support people coming off benzodiazepines.",
}


def test_member_becomes_clinician_publishes_guidance_and_it_is_re_reviewed_when_overdue(
    client, admin_user, clinician_b, board, django_capture_on_commit_callbacks
):
    applicant = factories.MemberFactory(username="dr_cedar", mfa=True)

    # 1. The member applies from the library page's link.
    sign_in(client, applicant)
    library = client.get(reverse("resources:library"))
    assert reverse("resources:apply") in library.content.decode()
    response = client.post(reverse("resources:apply"), APPLICATION)
    assert response.status_code == 302
    application = ClinicianApplication.objects.get(applicant=applicant)
    assert application.status == "pending"
    assert "waiting for an admin" in client.get(reverse("resources:apply")).content.decode()

    # 2. An admin verifies it from the queue; the applicant is told and gets the badge.
    sign_in(client, admin_user)
    queue = client.get(reverse("resources:applications"))
    assert "dr_cedar" in queue.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("resources:verify", args=[application.pk]))
    assert response.status_code == 302
    applicant = fresh(applicant)
    assert applicant.clinician_title == "Psychiatrist"
    assert applicant.notifications.filter(kind="resource", text__contains="verified clinician").exists()
    assert AuditEntry.objects.filter(action="clinician.verify", target_user=applicant).exists()

    # 3. The new clinician drafts guidance pinned to a board and sends it for review.
    sign_in(client, applicant)
    response = client.post(
        reverse("resources:new"),
        {
            "title": "Why tapers are individual",
            "summary": "There is no single right pace.",
            "audience_note": "People thinking about a taper",
            "body": "## The short version\n\nTalk to your own prescriber.",
            "citations": "doi:10.1371/journal.pone.0285584 | Ritvo AD et al. 2023",
            "boards": [board.pk],
            "discussion_board": board.pk,
            "change_note": "",
        },
    )
    assert response.status_code == 302, response.content.decode()
    resource = Resource.objects.get(title="Why tapers are individual")
    assert resource.status == "draft"
    assert client.get(reverse("resources:detail", args=[resource.slug])).status_code == 200
    client.logout()
    assert client.get(reverse("resources:detail", args=[resource.slug])).status_code == 404
    sign_in(client, applicant)
    client.post(reverse("resources:submit", args=[resource.slug]))
    resource.refresh_from_db()
    assert resource.status == "in_review"

    # The author cannot sign off their own work.
    response = client.post(reverse("resources:sign_off", args=[resource.slug]), {"review-review_months": 12})
    assert response.status_code == 403
    assert "second clinician" in response.content.decode()

    # 4. A second clinician signs it off: published, pinned, discussion topic opened.
    sign_in(client, clinician_b)
    assert resource.title in client.get(reverse("resources:review_queue")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("resources:sign_off", args=[resource.slug]), {"review-review_months": 12})
    assert response.status_code == 302
    resource.refresh_from_db()
    assert resource.status == "published"
    assert resource.discussion_topic is not None
    assert resource.discussion_topic.board == board

    client.logout()
    page = client.get(reverse("resources:detail", args=[resource.slug])).content.decode()
    assert "Written by" in page and "dr_cedar" in page and "reviewed by" in page and "dr_birch" in page
    assert "next review due" in page
    assert "Do not stop a benzodiazepine abruptly" in page
    assert "Review overdue" not in page

    # 5. The review date passes: the page says so and the clinicians' queue lists it.
    Resource.objects.filter(pk=resource.pk).update(next_review_due=timezone.localdate() - datetime.timedelta(days=1))
    page = client.get(reverse("resources:detail", args=[resource.slug])).content.decode()
    assert "Review overdue" in page
    sign_in(client, clinician_b)
    queue = client.get(reverse("resources:review_queue")).content.decode()
    overdue_section = queue.split("Review overdue", 1)[1].split("Starter content", 1)[0]
    assert "Why tapers are individual" in overdue_section

    # 6. The second clinician re-reviews it: a new date a year on, the notice is gone.
    response = client.post(
        reverse("resources:rereview", args=[resource.slug]), {"review-review_months": 12, "review-note": "Still right"}
    )
    assert response.status_code == 302
    resource.refresh_from_db()
    assert resource.next_review_due > timezone.localdate() + datetime.timedelta(days=360)
    page = client.get(reverse("resources:detail", args=[resource.slug])).content.decode()
    assert "Review overdue" not in page
    ref = f"resources.resource:{resource.pk}"
    assert AuditEntry.objects.filter(action="resource.rereview", target_ref=ref).exists()

    # Pinned at the top of its board, above the topics (the discussion topic among them).
    client.logout()
    board_page = client.get(reverse("forum:board", args=[board.slug])).content.decode()
    assert "Clinician reviewed" in board_page
    assert board_page.index("Why tapers are individual") < board_page.index("Discussion: Why tapers are individual")
