"""Finding 3: a clinician reviewing flagged guidance sees the content, the flag reasons and their
counts, and nothing else: no member history, moderator notes or warnings, no flagger identities."""

import pytest
from django.urls import reverse

from moderation import services
from moderation.models import QueueItem
from tests.factories import MemberFactory, sign_in
from tests.resources.conftest import clinician_a, clinician_b  # noqa: F401 - fixtures
from tests.resources.helpers import make_published

pytestmark = pytest.mark.django_db


@pytest.fixture
def flagged_guidance(clinician_a, clinician_b, moderator, admin_user):  # noqa: F811
    resource = make_published(clinician_a, clinician_b)
    services.add_moderator_note(clinician_a, by=moderator, text="PRIVATENOTE about this author")
    services.warn_member(clinician_a, by=admin_user, reason="PRIVATEWARNING given before")
    flaggers = [MemberFactory(username=f"flagger_secret_{i}") for i in range(3)]
    for i, flagger in enumerate(flaggers):
        services.file_flag(resource, flagger=flagger, reason="outdated" if i < 2 else "other", note=f"FLAGNOTE {i}")
    return QueueItem.objects.get(kind="resource", object_id=resource.pk)


@pytest.mark.parametrize("who", ["author", "other clinician"])
def test_a_clinician_sees_content_and_flag_reasons_with_counts_only(client, flagged_guidance, clinician_a, clinician_b, who):  # noqa: E501,F811
    sign_in(client, clinician_a if who == "author" else clinician_b)
    page = client.get(reverse("moderation:item", args=[flagged_guidance.pk])).content.decode()
    assert "2 flags" in page and "1 flag" in page
    for secret in ("PRIVATENOTE", "PRIVATEWARNING", "flagger_secret_", "FLAGNOTE", "About the author"):
        assert secret not in page, secret


def test_moderators_still_see_everything_on_the_same_item(client, flagged_guidance, moderator):
    sign_in(client, moderator)
    page = client.get(reverse("moderation:item", args=[flagged_guidance.pk])).content.decode()
    for detail in ("PRIVATENOTE", "flagger_secret_0", "FLAGNOTE 1", "About the author"):
        assert detail in page, detail
