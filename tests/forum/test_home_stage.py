"""The home page starts where the member is: their stage's boards and guidance first, then new
topics in boards they follow since their last visit, then everything else (issue 11)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from forum.models import Board, Subscription, Topic
from tests.factories import MemberFactory
from tests.forum.content_helpers import start_topic, use_stub_policy
from tests.resources.helpers import fresh, make_published

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _policy(settings):
    use_stub_policy(settings)


def _client(member) -> Client:
    client = Client()
    client.force_login(member)
    return client


def _order(html: str, *names: str) -> list[int]:
    return [html.index(name) for name in names]


def test_the_home_page_changes_with_the_stage():
    member = MemberFactory(stage="acute")
    html = _client(member).get("/").content.decode()
    assert "Your stage: Recently off (acute)" in html
    start_here, before, after = _order(html, "Start here", "Before and during a taper", "After stopping")
    assert after < start_here < before
    member.stage = "tapering"
    member.save()
    html = _client(member).get("/").content.decode()
    start_here, before, after = _order(html, "Start here", "Before and during a taper", "After stopping")
    assert before < start_here < after


def test_member_without_a_stage_is_invited_to_choose_one_and_sees_the_usual_order():
    html = _client(MemberFactory()).get("/").content.decode()
    assert "Choose your stage" in html and "Your stage:" not in html
    start_here, before, after = _order(html, "Start here", "Before and during a taper", "After stopping")
    assert start_here < before < after


def test_member_can_hide_other_stages_boards():
    html = _client(MemberFactory(stage="protracted", hide_other_stages=True)).get("/").content.decode()
    assert "After stopping" in html and "Start here" in html and "Around the member" in html
    assert "Before and during a taper" not in html and "Living with it" not in html
    assert "Boards for other stages are hidden" in html


def test_new_topics_in_followed_boards_since_the_last_visit_are_listed():
    member = MemberFactory()
    other = MemberFactory()
    followed, unfollowed = Board.objects.get(slug="wellbeing"), Board.objects.get(slug="off-topic")
    Subscription.objects.create(user=member, board=followed)
    old = start_topic(other, board=followed, title="Before my last visit")
    Topic.objects.filter(pk=old.pk).update(last_post_at=timezone.now() - timedelta(days=3))
    member.last_visit_at = timezone.now() - timedelta(days=2)
    member.save()
    start_topic(other, board=followed, title="Gentle walks this week")
    start_topic(other, board=unfollowed, title="Cats and gardens")
    start_topic(member, board=followed, title="My own topic")
    html = _client(member).get("/").content.decode()
    section = html[html.index("New since your last visit"):html.index("</section>", html.index("New since"))]
    assert "Gentle walks this week" in section
    assert "Before my last visit" not in section and "Cats and gardens" not in section
    assert "My own topic" not in section
    # The same visit keeps the same list; a visit starts again after half an hour away.
    assert "Gentle walks this week" in _client(fresh(member)).get("/").content.decode()


def test_guidance_pinned_to_the_members_stage_boards_is_shown_first():
    board = Board.objects.get(slug="recently-off")
    author = MemberFactory(roles=["clinician"], mfa=True, clinician_title="GP")
    reviewer = MemberFactory(roles=["clinician"], mfa=True, clinician_title="Pharmacist")
    make_published(fresh(author), fresh(reviewer), title="The first weeks after stopping", boards=[board])
    assert "The first weeks after stopping" in _client(MemberFactory(stage="acute")).get("/").content.decode()
    assert "The first weeks after stopping" not in _client(MemberFactory(stage="carer")).get("/").content.decode()


def _count(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    return len(queries)


def test_home_page_queries_stay_bounded_whatever_the_follows_and_topics():
    member = MemberFactory(stage="tapering")
    client = _client(member)
    start_topic(MemberFactory(), board=Board.objects.get(slug="tapering"), title="The first topic")
    client.get("/")  # starts a visit
    small = _count(client)
    for board in Board.objects.all():
        Subscription.objects.create(user=member, board=board)
        for n in range(3):
            start_topic(MemberFactory(), board=board, title=f"{board.slug} {n}")
    large = _count(client)
    visitor = _count(Client())
    assert small == large and large <= 11, (small, large)
    assert visitor <= 4
