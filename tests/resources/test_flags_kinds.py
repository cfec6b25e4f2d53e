"""Members flag guidance with its own reasons ("Outdated or wrong", "Unsafe"); drafts can't be flagged."""

import pytest
from django.http import Http404
from django.urls import reverse

from moderation import services as moderation_services
from moderation.models import Flag, QueueItem
from tests.factories import sign_in
from tests.resources.helpers import make_draft, make_published


def flag_url(resource):
    return reverse("moderation:flag", args=["resource", resource.id])


def test_the_guidance_flag_form_offers_the_guidance_reasons(client, member, clinician_a, clinician_b):
    resource = make_published(clinician_a, clinician_b)
    sign_in(client, member)
    page = client.get(flag_url(resource)).content.decode()
    for label in ["Outdated or wrong", "Unsafe", "Something else"]:
        assert label in page
    assert page.count('type="radio"') == 3
    assert "Dangerous medical advice" not in page and "Spam or selling" not in page


def test_member_flags_published_guidance_as_outdated_and_it_shows_in_the_queue_with_that_label(
    client, member, moderator, clinician_a, clinician_b, django_capture_on_commit_callbacks
):
    resource = make_published(clinician_a, clinician_b, title="Sleep and tapering")
    sign_in(client, member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(flag_url(resource), {"reason": "outdated", "note": "The sources moved on."})
    assert response.status_code == 302
    flag = Flag.objects.get()
    assert flag.reason == "outdated" and flag.get_reason_display() == "Outdated or wrong"
    item = QueueItem.objects.get(kind="resource", object_id=resource.id)

    mine = client.get(reverse("moderation:my_flags")).content.decode()
    assert "Outdated or wrong" in mine

    sign_in(client, moderator)
    queue = client.get(reverse("moderation:queue"), {"reason": "outdated"})
    assert [i.pk for i in queue.context["page"].object_list] == [item.pk]
    assert "Outdated or wrong (Guidance)" in queue.content.decode()
    page = client.get(reverse("moderation:item", args=[item.id])).content.decode()
    assert "Outdated or wrong" in page and "Sleep and tapering" in page

    sign_in(client, clinician_b)
    assert "Outdated or wrong" in client.get(reverse("moderation:item", args=[item.id])).content.decode()


def test_unsafe_is_a_guidance_reason_and_does_not_hide_the_guidance(member, moderator, clinician_a, clinician_b):
    resource = make_published(clinician_a, clinician_b)
    moderation_services.file_flag(resource, flagger=member, reason="unsafe")
    moderation_services.file_flag(resource, flagger=moderator, reason="unsafe")
    item = QueueItem.objects.get(kind="resource")
    assert item.flag_count == 2 and not item.hidden_by_flags and not item.is_crisis
    assert {f.get_reason_display() for f in item.flags.all()} == {"Unsafe"}


def test_something_else_on_guidance_needs_a_note_and_keeps_what_was_typed(client, member, clinician_a, clinician_b):
    resource = make_published(clinician_a, clinician_b)
    sign_in(client, member)
    response = client.post(flag_url(resource), {"reason": "other", "note": "   "})
    assert response.status_code == 400
    assert "Please tell us what is wrong." in response.content.decode()
    assert not Flag.objects.exists()


def test_a_generic_post_reason_is_refused_for_guidance(client, member, clinician_a, clinician_b):
    resource = make_published(clinician_a, clinician_b)
    sign_in(client, member)
    response = client.post(flag_url(resource), {"reason": "spam"})
    assert response.status_code == 400
    assert "Please choose one of the reasons listed." in response.content.decode()
    with pytest.raises(moderation_services.ModerationError):
        moderation_services.file_flag(resource, flagger=member, reason="medical")
    assert not Flag.objects.exists()


def test_a_member_cannot_see_or_flag_a_draft(client, member, clinician_a):
    draft = make_draft(clinician_a, title="Unpublished thoughts on sleep")
    sign_in(client, member)
    response = client.get(flag_url(draft))
    assert response.status_code == 404
    assert "Unpublished thoughts on sleep" not in response.content.decode()
    assert client.post(flag_url(draft), {"reason": "outdated"}).status_code == 404
    with pytest.raises(Http404):
        moderation_services.file_flag(draft, flagger=member, reason="outdated")
    assert not QueueItem.objects.exists()


def test_a_second_clinician_who_may_see_a_draft_may_flag_it(client, clinician_a, clinician_b):
    draft = make_draft(clinician_a, title="Unpublished thoughts on sleep")
    sign_in(client, clinician_b)
    assert client.get(flag_url(draft)).status_code == 200
    assert client.post(flag_url(draft), {"reason": "unsafe"}).status_code == 302
    assert QueueItem.objects.filter(kind="resource", object_id=draft.id).exists()
