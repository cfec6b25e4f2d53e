"""Members flag guidance into the moderation queue; clinicians (not only moderators) act on it."""

from django.urls import reverse

from moderation.models import QueueItem
from resources.models import Resource
from reviewable import registry
from tests.factories import sign_in
from tests.resources.helpers import make_published


def test_resource_kind_is_registered_with_moderation_and_clinicians_may_review_it(clinician_a, member):
    spec = registry.get_kind("resource")
    assert spec is not None and spec.model is Resource
    assert spec.can_review(clinician_a)
    assert not spec.can_review(member)
    assert spec.hide is None  # flags never hide reviewed guidance on their own


def test_member_flags_guidance_and_a_clinician_sees_it_and_can_open_it(
    client, member, clinician_a, clinician_b, django_capture_on_commit_callbacks
):
    resource = make_published(clinician_a, clinician_b)
    sign_in(client, member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("moderation:flag", args=["resource", resource.id]),
            {"reason": "outdated", "note": "This looks outdated or wrong."},
        )
    assert response.status_code == 302
    item = QueueItem.objects.get(kind="resource", object_id=resource.id)
    assert item.status == QueueItem.PENDING

    sign_in(client, clinician_b)
    queue = client.get(reverse("resources:review_queue")).content.decode()
    assert reverse("moderation:item", args=[item.id]) in queue
    assert client.get(reverse("moderation:item", args=[item.id])).status_code == 200
    # Still readable: flags do not hide guidance.
    client.logout()
    assert client.get(reverse("resources:detail", args=[resource.slug])).status_code == 200
