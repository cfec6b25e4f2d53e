"""Digests list new guidance for the member's stage (the home page's stage boards), not all guidance."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from forum.models import Board
from mailing import services
from resources.models import Resource
from tests import factories
from tests.mailing.conftest import settle

pytestmark = pytest.mark.django_db
TOMORROW = datetime.timedelta(days=1, minutes=1)


def guidance(title, *boards, reviewed_days_ago=0, status=Resource.PUBLISHED):
    resource = Resource.objects.create(
        slug=title.lower().replace(" ", "-"), title=title, summary=f"About {title.lower()}.", status=status,
        reviewed_at=timezone.now() - datetime.timedelta(days=reviewed_days_ago),
    )
    resource.boards.set(Board.objects.filter(slug__in=boards))
    return resource


@pytest.fixture
def library(db):
    guidance("Holding steady", "tapering")
    guidance("When symptoms linger", "protracted-symptoms")
    guidance("Looking after yourself as a carer", "family-and-carers")
    guidance("How Haven works", "help-desk")  # "Start here": no stage's board
    guidance("Talking to your prescriber")  # pinned nowhere
    guidance("An old tapering guide", "tapering", reviewed_days_ago=30)
    guidance("A retired tapering guide", "holds-and-setbacks", status=Resource.RETIRED)


def digest_text(user, *, at=None) -> str:
    built = [m for m in services.build_digests(now=at or timezone.now() + TOMORROW) if m.user_id == user.pk]
    for message in built:
        services.deliver_email(message.pk)
    return "\n".join(message.body_text for message in built)


def test_a_member_hears_of_new_guidance_for_their_stage_and_general_guidance_only(library):
    tapering = factories.MemberFactory(username="tapering", stage="tapering")
    settle(tapering)
    body = digest_text(tapering)
    assert "Guidance: Holding steady" in body
    assert "Guidance: How Haven works" in body and "Guidance: Talking to your prescriber" in body
    assert "When symptoms linger" not in body and "as a carer" not in body
    assert "An old tapering guide" not in body and "A retired tapering guide" not in body
    assert len(mail.outbox) == 1


def test_a_member_with_no_stage_gets_general_guidance(library):
    nobody = factories.MemberFactory(username="nostage", stage="")
    settle(nobody)
    body = digest_text(nobody)
    assert "Guidance: How Haven works" in body and "Guidance: Talking to your prescriber" in body
    assert "Holding steady" not in body and "When symptoms linger" not in body and "as a carer" not in body


def test_a_carer_gets_the_carers_boards_guidance(library):
    carer = factories.MemberFactory(username="carer", stage="carer")
    settle(carer)
    body = digest_text(carer)
    assert "Guidance: Looking after yourself as a carer" in body and "Holding steady" not in body


def test_guidance_switched_off_brings_no_digest(library):
    quiet = factories.MemberFactory(username="quiet", stage="tapering")
    settle(quiet, modes={"guidance": "off"})
    assert digest_text(quiet) == "" and mail.outbox == []


def test_the_digests_one_click_unsubscribe_stops_guidance_too(client, library):
    reader = factories.MemberFactory(username="reader", stage="tapering")
    settle(reader)
    assert "Guidance: Holding steady" in digest_text(reader)
    link = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    assert client.post(link.replace("http://127.0.0.1:8000", "")).status_code == 200  # no sign-in
    guidance("Another tapering guide", "tapering")
    Resource.objects.filter(title="Another tapering guide").update(
        reviewed_at=timezone.now() + datetime.timedelta(days=1, hours=12)
    )
    assert digest_text(reader, at=timezone.now() + 2 * TOMORROW) == "" and len(mail.outbox) == 1


def test_each_guide_is_listed_once_in_the_first_digest_after_its_review(library):
    reader = factories.MemberFactory(username="reader", stage="acute")
    settle(reader)
    first = digest_text(reader)  # "After stopping": recently off, protracted symptoms, stopped abruptly
    assert "Guidance: When symptoms linger" in first and "Holding steady" not in first
    newer = guidance("Sleep after stopping", "recently-off")
    Resource.objects.filter(pk=newer.pk).update(reviewed_at=timezone.now() + datetime.timedelta(days=1, hours=12))
    second = digest_text(reader, at=timezone.now() + 2 * TOMORROW)
    assert "Guidance: Sleep after stopping" in second
    assert "When symptoms linger" not in second and "How Haven works" not in second


def test_stage_guidance_costs_the_same_queries_for_4_or_40_members(library):
    def run(per_stage: int, prefix: str) -> int:
        for stage in ("tapering", "acute", "recovered", "carer", ""):
            for i in range(per_stage):
                settle(factories.MemberFactory(username=f"{prefix}{stage}{i}", stage=stage))
        with CaptureQueriesContext(connection) as ctx:
            built = services.build_digests(now=timezone.now() + TOMORROW)
        assert len(built) == 5 * per_stage
        return len(ctx.captured_queries)

    assert run(1, "a") == run(8, "b")
