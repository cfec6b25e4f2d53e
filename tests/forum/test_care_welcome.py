"""The first week: the welcome after e-mail confirmation, why first posts wait, welcomers, and
introductions nobody answered."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone

from accounts.adapters import HavenAccountAdapter
from forum import selectors, services
from forum.models import Board, Notification
from moderation import services as moderation_services
from moderation.models import QueueItem
from tests.factories import MemberFactory, NewMemberFactory, sign_in

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    sign_in(client, user)
    return client


@pytest.fixture
def introductions():
    return Board.objects.get(slug="introductions")


def test_a_new_member_goes_to_the_welcome_after_confirming_their_email(rf):
    request = rf.get("/")
    request.user = SimpleNamespace(is_authenticated=True)
    adapter = HavenAccountAdapter(request)
    adapter.request = request
    newcomer = NewMemberFactory(last_login=None)
    assert adapter.get_email_verification_redirect_url(SimpleNamespace(user=newcomer)) == "/welcome/"
    returning = MemberFactory(last_login=timezone.now())
    assert adapter.get_email_verification_redirect_url(SimpleNamespace(user=returning)) != "/welcome/"
    # With mandatory verification the sign-up resumes after confirming and uses this one.
    assert adapter.get_signup_redirect_url(request) == "/welcome/"


def test_the_welcome_offers_a_stage_notes_and_the_three_rules(introductions):
    html = signed_in(NewMemberFactory()).get("/welcome/").content.decode()
    assert "Where are you at the moment?" in html and "Holding" in html
    assert "Fold away posts with these notes" in html and "Self-harm" in html
    assert "Share your experience, not instructions." in html
    assert "Why your first posts wait" in html
    assert f'href="/b/{introductions.slug}/new/?template=introduction"' in html
    assert 'name="skip"' in html


def test_saving_the_welcome_keeps_the_choices_and_opens_a_gentle_introduction(introductions):
    newcomer = NewMemberFactory()
    client = signed_in(newcomer)
    response = client.post("/welcome/", {"stage": "holding", "collapsed_notes": ["suicidal", "self_harm"]})
    assert response["Location"] == f"/b/{introductions.slug}/new/?template=introduction"
    newcomer.refresh_from_db()
    assert newcomer.stage == "holding"
    preference = selectors.reading_preference(newcomer)
    assert preference.collapsed_notes == ["suicidal", "self_harm"]
    composer = client.get(response["Location"]).content.decode()
    assert "Hello everyone, I&#x27;m new here." in composer
    assert "Your first few posts are read by a moderator" in composer


def test_skipping_the_welcome_changes_nothing_and_goes_home():
    newcomer = NewMemberFactory(stage="")
    response = signed_in(newcomer).post("/welcome/", {"skip": "1", "stage": "acute"})
    assert response["Location"] == "/"
    newcomer.refresh_from_db()
    assert newcomer.stage == ""
    assert newcomer.reading_preference.welcome_finished_at is not None


def _approved_holds(count: int, minutes: int) -> None:
    now = timezone.now()
    author = MemberFactory()
    for i in range(count):
        QueueItem.objects.create(
            kind="post", content_type_id=1, object_id=10_000 + i, author=author, is_held=True,
            status=QueueItem.RESOLVED, resolution=QueueItem.APPROVED,
            created_at=now - timedelta(minutes=minutes + i), resolved_at=now - timedelta(minutes=i),
        )


def test_the_typical_wait_appears_only_with_enough_approvals(introductions):
    client = signed_in(NewMemberFactory())
    url = f"/b/{introductions.slug}/new/"
    _approved_holds(9, minutes=40)
    html = client.get(url).content.decode()
    assert "Your first few posts are read by a moderator" in html and "approval took" not in html
    from django.core.cache import cache

    cache.clear()
    _approved_holds(1, minutes=40)
    assert "approval took about 40 minutes" in client.get(url).content.decode()


def test_established_members_are_not_told_their_posts_wait(introductions):
    html = signed_in(MemberFactory()).get(f"/b/{introductions.slug}/new/").content.decode()
    assert "Your first few posts are read by a moderator" not in html


def test_welcomers_hear_about_a_first_approved_post_and_only_the_first(introductions, moderator):
    welcomer, bystander = MemberFactory(), MemberFactory()
    services.set_reading_preference(welcomer, is_welcomer=True)
    newcomer = NewMemberFactory()
    topic = services.create_topic(newcomer, board=introductions, title="Hello from Leeds", body="Hi all.")
    assert not Notification.objects.filter(recipient=welcomer).exists()
    moderation_services.approve_item(QueueItem.objects.get(object_id=topic.pk, kind="topic"), by=moderator)
    [told] = Notification.objects.filter(recipient=welcomer)
    assert "first post" in told.text and "Hello from Leeds" in told.text
    assert not Notification.objects.filter(recipient=bystander).exists()
    services.create_post(MemberFactory(), topic=topic, body="Welcome!")
    services.create_post(newcomer, topic=topic, body="Thank you")  # held: not public yet
    item = QueueItem.objects.get(kind="post", status=QueueItem.PENDING)
    moderation_services.approve_item(item, by=moderator)
    assert Notification.objects.filter(recipient=welcomer, kind=Notification.SYSTEM).count() == 1


def test_the_welcomer_setting_is_in_reading_settings():
    member = MemberFactory()
    html = signed_in(member).get("/settings/reading/").content.decode()
    assert "like to welcome new members" in html


def _introduction(board, *, hours_ago: int, replied: bool = False):
    topic = services.create_topic(MemberFactory(), board=board, title=f"Hi, {hours_ago}h ago", body="Hello.")
    type(topic).objects.filter(pk=topic.pk).update(created_at=timezone.now() - timedelta(hours=hours_ago))
    if replied:
        services.create_post(MemberFactory(), topic=topic, body="Welcome!")
    return topic


def test_moderators_see_introductions_with_no_reply_after_a_day(introductions, moderator):
    waiting = _introduction(introductions, hours_ago=30)
    _introduction(introductions, hours_ago=30, replied=True)
    _introduction(introductions, hours_ago=3)
    assert [t.pk for t in selectors.unanswered_introductions()] == [waiting.pk]
    client = signed_in(moderator)
    html = client.get("/introductions/unanswered/").content.decode()
    assert "Hi, 30h ago" in html and "Hi, 3h ago" not in html
    assert "Introductions with no reply after a day" in client.get("/review/").content.decode()


def test_members_cannot_open_the_unanswered_introductions_list():
    response = signed_in(MemberFactory()).get("/introductions/unanswered/")
    assert response.status_code in (302, 403, 404)
