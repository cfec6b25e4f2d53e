"""Server-side drafts: kept while typing, restored anywhere, removed when posted, discarded or old."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from forum import selectors, services
from forum.models import Draft
from forum.tasks import purge_old_drafts_task
from tests.factories import MemberFactory, sign_in
from tests.forum.content_helpers import make_board, use_stub_policy

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _policy(settings):
    use_stub_policy(settings)


@pytest.fixture
def board():
    return make_board()


@pytest.fixture
def writer():
    return MemberFactory()


@pytest.fixture
def topic(board):
    return services.create_topic(MemberFactory(), board=board, title="Day 40", body="Still holding.")


def signed_in(user, *, csrf: bool = False) -> Client:
    client = Client(enforce_csrf_checks=csrf)
    sign_in(client, user)
    return client


def keep(client, **data):
    return client.post("/drafts/keep/", data)


def drafts_of(user) -> list[str]:
    """What the member sees on "My drafts" (posted or discarded composers are not there)."""
    return [draft.body for draft in selectors.drafts_for(user)]


def test_a_draft_kept_on_one_device_is_there_on_another(writer, topic):
    phone, laptop = signed_in(writer), signed_in(writer)
    assert keep(phone, composer="reply", target=topic.pk, body="Half-written thoughts").json()["saved"]
    restored = laptop.get(f"/drafts/keep/?composer=reply&target={topic.pk}").json()
    assert restored["body"] == "Half-written thoughts"


def test_the_composer_tells_the_browser_where_its_draft_lives(writer, topic, board):
    html = signed_in(writer).get(f"/t/{topic.pk}/reply/").content.decode()
    assert f'data-draft-composer="reply" data-draft-target="{topic.pk}"' in html
    assert 'data-draft-url="/drafts/keep/"' in html
    assert "Draft restored — discard?" in html
    html = signed_in(writer).get(f"/b/{board.slug}/new/").content.decode()
    assert f'data-draft-composer="topic" data-draft-target="{board.pk}"' in html


def test_one_draft_per_member_per_composer(writer, topic):
    client = signed_in(writer)
    keep(client, composer="reply", target=topic.pk, body="First")
    keep(client, composer="reply", target=topic.pk, body="Second")
    assert drafts_of(writer) == ["Second"]
    other = MemberFactory()
    keep(signed_in(other), composer="reply", target=topic.pk, body="Someone else's")
    assert drafts_of(writer) == ["Second"] and drafts_of(other) == ["Someone else's"]


def test_posting_removes_the_draft(writer, topic, board):
    client = signed_in(writer)
    keep(client, composer="reply", target=topic.pk, body="Almost done")
    keep(client, composer="topic", target=board.pk, title="New", body="Starting")
    client.post(f"/t/{topic.pk}/reply/", {"body": "Done now", "token": "d1"})
    client.post(f"/b/{board.slug}/new/", {"title": "New", "body": "Started", "token": "d2"})
    assert drafts_of(writer) == []
    assert client.get(f"/drafts/keep/?composer=reply&target={topic.pk}").json().keys() == {"since"}


def test_saving_an_edit_removes_its_draft(writer, board):
    topic = services.create_topic(writer, board=board, title="Mine", body="Original")
    post = topic.posts.get(position=0)
    client = signed_in(writer)
    keep(client, composer="edit", target=post.pk, title="Mine", body="Original, changed")
    client.post(f"/p/{post.pk}/edit/", {"title": "Mine", "body": "Original, changed"})
    assert drafts_of(writer) == []


def test_discarding_removes_it_and_empty_text_keeps_nothing(writer, topic):
    client = signed_in(writer)
    keep(client, composer="reply", target=topic.pk, body="Not sure")
    discarded = keep(client, composer="reply", target=topic.pk, discard="1").json()
    assert discarded["saved"] is None and discarded["since"]
    assert drafts_of(writer) == []
    since = client.get(f"/drafts/keep/?composer=reply&target={topic.pk}").json()["since"]
    keep(client, composer="reply", target=topic.pk, body="Starting again", since=since)
    assert drafts_of(writer) == ["Starting again"]
    keep(client, composer="reply", target=topic.pk, body="   ", since=since)
    assert drafts_of(writer) == []
    assert client.get(f"/drafts/keep/?composer=reply&target={topic.pk}").json().keys() == {"since"}


def test_nobody_keeps_a_draft_where_they_cannot_write(writer, topic):
    topic.is_locked = True
    topic.save()
    response = keep(signed_in(writer), composer="reply", target=topic.pk, body="x")
    assert response.status_code == 404
    assert keep(signed_in(writer), composer="nonsense", target=1, body="x").status_code == 404
    other = services.create_topic(MemberFactory(), board=topic.board, title="Theirs", body="Theirs")
    assert keep(signed_in(writer), composer="edit", target=other.posts.get().pk, body="x").status_code == 404
    assert drafts_of(writer) == []


def test_the_endpoint_needs_sign_in_and_the_csrf_token(writer, topic, client):
    assert keep(client, composer="reply", target=topic.pk, body="x").status_code == 302
    assert keep(signed_in(writer, csrf=True), composer="reply", target=topic.pk, body="x").status_code == 403
    assert drafts_of(writer) == []


def test_my_drafts_lists_them_with_a_way_back_and_a_discard_button(writer, topic, board):
    client = signed_in(writer)
    keep(client, composer="reply", target=topic.pk, body="About the <b>hold</b>")
    keep(client, composer="topic", target=board.pk, title="A question", body="Has anyone…")
    html = client.get("/drafts/").content.decode()
    assert f'<a href="/t/{topic.pk}/reply/">Reply to “Day 40”</a>' in html
    assert f"New topic in {board.name}" in html
    assert "About the &lt;b&gt;hold&lt;/b&gt;" in html
    draft = Draft.objects.get(composer="reply")
    assert client.post(f"/drafts/{draft.pk}/discard/").status_code == 302
    assert drafts_of(writer) == ["Has anyone…"]
    kept = Draft.objects.get(composer="topic", user=writer)
    assert signed_in(MemberFactory()).post(f"/drafts/{kept.pk}/discard/").status_code == 404


def test_drafts_untouched_for_thirty_days_are_removed(writer, topic):
    keep(signed_in(writer), composer="reply", target=topic.pk, body="Old")
    Draft.objects.update(updated_at=timezone.now() - timedelta(days=31))
    fresh = services.save_draft(MemberFactory(), composer="reply", target_id=topic.pk, body="New")
    posted_yesterday = MemberFactory()
    services.close_draft(posted_yesterday, composer="reply", target_id=topic.pk)
    Draft.objects.filter(user=posted_yesterday).update(updated_at=timezone.now() - timedelta(hours=25))
    posted_now = MemberFactory()
    services.close_draft(posted_now, composer="reply", target_id=topic.pk)
    purge_old_drafts_task.call_local()
    assert set(Draft.objects.values_list("user", flat=True)) == {fresh.user_id, posted_now.pk}


def test_a_save_still_in_flight_when_the_member_posts_does_not_bring_the_draft_back(writer, topic):
    phone = signed_in(writer)
    since = phone.get(f"/drafts/keep/?composer=reply&target={topic.pk}").json()["since"]
    keep(phone, composer="reply", target=topic.pk, body="Thank you all", since=since)
    assert phone.post(f"/t/{topic.pk}/reply/", {"body": "Thank you all, really", "token": "r1"}).status_code == 302
    # The save sent just before "Post reply" arrives after the post was stored.
    late = keep(phone, composer="reply", target=topic.pk, body="Thank you all, real", since=since)
    assert late.status_code == 409 and late.json()["closed"] is True
    assert drafts_of(writer) == []
    assert "Thank you all" not in phone.get("/drafts/").content.decode()
    # A save that does not say when its page opened is refused too.
    assert keep(phone, composer="reply", target=topic.pk, body="Thank you").status_code == 409
    # The composer on the page after posting asks again and keeps the next reply's draft.
    after = phone.get(f"/drafts/keep/?composer=reply&target={topic.pk}").json()
    assert after.keys() == {"since"}
    next_reply = keep(phone, composer="reply", target=topic.pk, body="One more thing", since=after["since"])
    assert next_reply.status_code == 200
    assert drafts_of(writer) == ["One more thing"]


def test_a_late_empty_save_does_not_undo_the_posted_mark(writer, topic):
    client = signed_in(writer)
    since = client.get(f"/drafts/keep/?composer=reply&target={topic.pk}").json()["since"]
    services.create_post(writer, topic=topic, body="Posted")
    assert keep(client, composer="reply", target=topic.pk, body="", since=since).status_code == 409
    assert keep(client, composer="reply", target=topic.pk, body="Posted", since=since).status_code == 409
    assert drafts_of(writer) == []
