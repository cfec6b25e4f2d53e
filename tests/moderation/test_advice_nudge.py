"""The nudge on submit: shown once, posting anyway queues a low-priority item, never blocks."""

import pytest

from forum.models import Post
from moderation.models import QueueItem
from moderation.selectors import queue_items
from realtime.models import ChatRoom
from realtime.services import send_chat_message
from tests.factories import BoardFactory, NewMemberFactory, sign_in
from tests.forum.content_helpers import start_topic

pytestmark = pytest.mark.django_db

INSTRUCTION = "I'm sorry it's so hard. You should cut 10% and hold for a month."


@pytest.fixture
def topic(member):
    return start_topic(member, board=BoardFactory(), body="Day 20 of my hold.")


def test_an_instruction_brings_up_the_reminder_and_keeps_the_typed_text(member_client, topic):
    response = member_client.post(f"/t/{topic.pk}/reply/", {"body": INSTRUCTION, "token": "a1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "A gentle reminder of rule 2" in html
    assert "What worked for me was" in html
    assert "hold for a month.</textarea>" in html
    assert 'name="post_anyway" value="1">Post as it is</button>' in html
    assert not Post.objects.filter(source=INSTRUCTION).exists()


def test_posting_anyway_publishes_the_post_and_queues_it_at_low_priority(member_client, topic, moderator):
    flagged = start_topic(board=topic.board, body="Another topic")
    response = member_client.post(
        f"/t/{topic.pk}/reply/", {"body": INSTRUCTION, "token": "a2", "post_anyway": "1"}
    )
    post = Post.objects.get(source=INSTRUCTION)
    assert response.status_code == 302 and post.is_public
    item = QueueItem.objects.get(object_id=post.pk, kind="post")
    assert item.is_low_priority and item.advice_match == "You should cut"
    assert not item.is_held
    older = QueueItem.objects.create(
        kind="topic", content_type=item.content_type, object_id=flagged.pk, is_held=True
    )
    assert list(queue_items(viewer=moderator)) == [older, item]
    page = member_client.get(f"/t/{topic.pk}/", follow=True).content.decode()
    assert "hold for a month." in page


def test_the_moderator_sees_which_words_brought_up_the_reminder(member_client, topic, moderator):
    member_client.post(f"/t/{topic.pk}/reply/", {"body": INSTRUCTION, "token": "a3", "post_anyway": "1"})
    item = QueueItem.objects.get(kind="post")
    sign_in(member_client, moderator)
    assert "Rule 2 reminder" in member_client.get("/review/").content.decode()
    html = member_client.get(f"/review/{item.pk}/").content.decode()
    assert "Rule 2 reminder" in html and "You should cut" in html


def test_own_experience_posts_straight_away_with_nothing_queued(member_client, topic):
    body = "I'm on 12 mg. What worked for me was cutting 5% a month."
    response = member_client.post(f"/t/{topic.pk}/reply/", {"body": body, "token": "a4"})
    assert response.status_code == 302
    assert Post.objects.get(source=body).is_public
    assert not QueueItem.objects.exists()


def test_a_held_new_member_post_keeps_its_priority_and_records_the_words(client, topic):
    newcomer = NewMemberFactory()
    sign_in(client, newcomer)
    client.post(f"/t/{topic.pk}/reply/", {"body": "Just stop taking it.", "token": "a5", "post_anyway": "1"})
    item = QueueItem.objects.get(kind="post")
    assert item.is_held and not item.is_low_priority
    assert item.advice_match == "Just stop"


def test_new_topics_and_edits_show_the_reminder_too(member_client, topic):
    board = topic.board
    response = member_client.post(
        f"/b/{board.slug}/new/", {"title": "Advice", "body": "Jump off now.", "token": "a6"}
    )
    assert "A gentle reminder of rule 2" in response.content.decode()
    opening = topic.posts.get(position=0)
    response = member_client.post(f"/p/{opening.pk}/edit/", {"title": topic.title, "body": "Updose to 10 mg."})
    assert "A gentle reminder of rule 2" in response.content.decode()
    response = member_client.post(
        f"/p/{opening.pk}/edit/", {"title": topic.title, "body": "Updose to 10 mg.", "post_anyway": "1"}
    )
    assert response.status_code == 302
    assert QueueItem.objects.get(kind="topic").advice_match == "Updose"


def test_the_rules_are_served_as_json_for_the_composer(client):
    response = client.get("/nudge-rules.json")
    assert response.status_code == 200
    codes = {rule["code"] for rule in response.json()["rules"]}
    assert codes == {"recommendation", "modal", "dose_for_you", "imperative"}


def test_a_chat_message_sent_as_it_is_waits_for_moderators_at_low_priority(member, moderator, client):
    room = ChatRoom.objects.create(name="Evening room", slug="evening-advice")
    own = send_chat_message(member, room=room, body="I'm on 12 mg and holding.", client_id="own-1")
    sent = send_chat_message(member, room=room, body="Swap the Xanax for Valium tonight.", client_id="as-is-1")
    assert own.is_approved and sent.is_approved
    item = QueueItem.objects.get()
    assert item.kind == "chat" and item.object_id == sent.pk
    assert item.is_low_priority and item.advice_match == "Swap the Xanax"
    sign_in(client, moderator)
    assert "Rule 2 reminder" in client.get(f"/review/{item.pk}/").content.decode()
