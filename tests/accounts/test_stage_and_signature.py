"""The member's stage and the journal signature: set in Settings, shown on the profile and,
when the member chooses, next to their name and under their posts without extra queries."""

import pytest
from django.contrib.auth import get_user_model

from accounts import services
from tests.factories import MemberFactory
from tests.forum.content_helpers import make_board, reply, start_topic, use_stub_policy

pytestmark = pytest.mark.django_db
User = get_user_model()
SETTINGS = {"username": "river", "bio": "", "country": "", "theme": "system", "text_size": "normal"}


@pytest.fixture(autouse=True)
def _policy():
    use_stub_policy()


def test_member_sets_a_stage_in_settings_and_sees_it_on_their_profile(member_client):
    response = member_client.post("/settings/", {**SETTINGS, "stage": "holding"})
    assert response.status_code == 302
    assert User.objects.get(pk=member_client.user.pk).stage == "holding"
    assert "Stage: Holding" in member_client.get("/u/river/").content.decode()


def test_stage_is_optional_and_an_unknown_stage_is_refused_next_to_the_field(member_client):
    assert member_client.post("/settings/", SETTINGS).status_code == 302
    html = member_client.post("/settings/", {**SETTINGS, "stage": "finished"}).content.decode()
    assert "Select a valid choice" in html and 'id="id_stage_error"' in html
    assert User.objects.get(pk=member_client.user.pk).stage == ""


def test_set_member_stage_refuses_an_unknown_stage(member):
    with pytest.raises(ValueError):
        services.set_member_stage(member, stage="finished")
    assert services.set_member_stage(member, stage="carer").stage == "carer"


def test_stage_and_signature_show_on_posts_only_when_switched_on(client, django_assert_max_num_queries):
    writer = MemberFactory(username="willow", stage="tapering")
    services.set_member_signature(writer, text="Diazepam 12 mg · from 40 mg")
    topic = start_topic(writer, board=make_board(public=True), title="Week one")
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "· Tapering" not in html and "Diazepam 12 mg" not in html
    writer.show_stage_on_posts = writer.show_signature = True
    writer.save()
    for _ in range(5):
        reply(MemberFactory(show_signature=True, signature="Clonazepam 0.5 mg"), topic)
    with django_assert_max_num_queries(12):
        html = client.get(topic.get_absolute_url()).content.decode()
    assert "· Tapering" in html and "Diazepam 12 mg · from 40 mg" in html
    assert html.count("Clonazepam 0.5 mg") == 5


def test_signature_is_cut_to_one_short_line(member):
    assert len(services.set_member_signature(member, text="x" * 500).signature) == 200


def test_deleting_the_account_clears_the_stage_and_signature(member):
    member.stage, member.signature, member.show_signature = "holding", "Diazepam 5 mg", True
    member.save()
    services.delete_account(member)
    member.refresh_from_db()
    assert (member.stage, member.signature, member.show_signature) == ("", "", False)


def test_a_visit_starts_after_half_an_hour_and_remembers_when_the_previous_one_began(member):
    from datetime import timedelta

    from django.utils import timezone

    assert services.record_visit(member) is None
    first = member.last_visit_at
    assert services.record_visit(member) is None  # still the same visit
    User.objects.filter(pk=member.pk).update(last_visit_at=first - timedelta(minutes=31))
    member.refresh_from_db()
    assert services.record_visit(member) == first - timedelta(minutes=31)
    assert User.objects.get(pk=member.pk).last_visit_at > first - timedelta(seconds=1)
    assert member.last_visit_at <= timezone.now()
