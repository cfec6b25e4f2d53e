"""The rooms page and a room's readable history."""

import pytest
from django.urls import reverse

from realtime import services
from realtime.models import ChatRoom
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_the_default_rooms_exist_one_per_stage_plus_support_and_moderators():
    rooms = list(ChatRoom.objects.values_list("name", "kind"))
    assert ("Start here", "stage") in rooms and ("Around the member", "stage") in rooms
    assert ("Support room", "support") in rooms and ("Moderators", "moderators") in rooms
    assert sum(1 for _, kind in rooms if kind == "stage") >= 5


def test_visitors_see_the_rooms_with_a_sign_in_prompt(client):
    response = client.get(reverse("realtime:rooms"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Support room" in body and "Log in" in body and "Chat needs JavaScript" in body
    assert "Team only" not in body and "/chat/moderators/" not in body
    assert "here now" in body


def test_moderators_see_the_moderators_room_on_the_rooms_page(moderator_client):
    body = moderator_client.get(reverse("realtime:rooms")).content.decode()
    assert "Team only" in body


def test_visitors_are_sent_to_log_in_for_a_room(client):
    room = ChatRoom.objects.get(slug="support")
    response = client.get(room.get_absolute_url())
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_members_get_404_for_the_moderators_room(member_client):
    assert member_client.get(reverse("realtime:room", args=["moderators"])).status_code == 404
    assert member_client.get(reverse("realtime:room", args=["no-such-room"])).status_code == 404


def test_a_room_page_shows_the_latest_messages_readably_without_javascript(member_client, settings):
    settings.HAVEN_CHAT_RATE = 0
    room = ChatRoom.objects.get(slug="support")
    author = MemberFactory(username="quiet_heron")
    for i in range(55):
        services.send_chat_message(author, room=room, body=f"note *{i}*", client_id=f"v{i}")
    response = member_client.get(room.get_absolute_url())
    body = response.content.decode()
    assert response.status_code == 200
    assert 'role="log"' in body and 'aria-live="polite"' in body
    assert "note <em>54</em>" in body and "note <em>4</em>" not in body
    assert "quiet_heron" in body and "Load earlier messages" in body
    assert "Chat needs JavaScript" in body and "style=" not in body and "<script>" not in body
    older = member_client.get(room.get_absolute_url() + "?before=" + str(room.messages.order_by("id")[5].pk))
    assert "note <em>4</em>" in older.content.decode()


def test_own_recent_messages_offer_edit_and_delete_and_others_offer_flag(member_client, member):
    room = ChatRoom.objects.get(slug="support")
    services.send_chat_message(member, room=room, body="mine", client_id="a")
    services.send_chat_message(MemberFactory(), room=room, body="theirs", client_id="b")
    body = member_client.get(room.get_absolute_url()).content.decode()
    assert body.count('data-action="edit"') == 1 and body.count('data-action="delete"') == 1


def test_hidden_and_deleted_messages_show_as_placeholders(member_client, member, moderator):
    room = ChatRoom.objects.get(slug="support")
    hidden = services.send_chat_message(MemberFactory(), room=room, body="unkind words", client_id="a")
    services.set_message_hidden(hidden, hidden=True, by=moderator)
    mine = services.send_chat_message(member, room=room, body="oops wrong room", client_id="b")
    services.delete_chat_message(mine, by=member)
    body = member_client.get(room.get_absolute_url()).content.decode()
    assert "Removed by a moderator." in body and "Deleted by its author." in body
    assert "unkind words" not in body and "oops wrong room" not in body


def test_muted_members_read_the_room_and_see_why_they_cannot_write(member_client, member, moderator):
    from accounts.models import Sanction

    Sanction.objects.create(user=member, kind=Sanction.MUTE, reason="Cooling off", created_by=moderator)
    body = member_client.get(reverse("realtime:room", args=["support"])).content.decode()
    assert "Reason: Cooling off" in body and 'id="chat-form"' not in body


@pytest.mark.parametrize("messages", [5, 60])
def test_room_page_query_count_does_not_grow_with_messages(member_client, settings, messages,
                                                           django_assert_max_num_queries):
    settings.HAVEN_CHAT_RATE = 0
    room = ChatRoom.objects.get(slug="support")
    authors = [MemberFactory(roles=["clinician"]) for _ in range(4)]
    for i in range(messages):
        services.send_chat_message(authors[i % 4], room=room, body=f"m{i}", client_id=f"q{i}")
    with django_assert_max_num_queries(16):
        assert member_client.get(room.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("rooms", [3, 30])
def test_rooms_page_query_count_does_not_grow_with_rooms(member_client, rooms, django_assert_max_num_queries):
    for i in range(rooms):
        ChatRoom.objects.create(name=f"Extra {i}", slug=f"extra-{i}")
    with django_assert_max_num_queries(10):
        assert member_client.get(reverse("realtime:rooms")).status_code == 200


def test_a_message_link_opens_the_room_page_that_shows_it(member_client, member, settings):
    settings.HAVEN_CHAT_RATE = 0
    room = ChatRoom.objects.get(slug="support")
    first = services.send_chat_message(member, room=room, body="first", client_id="p0")
    latest = services.send_chat_message(member, room=room, body="latest", client_id="p1")
    assert member_client.get(reverse("realtime:message", args=[latest.pk]))["Location"] == (
        f"/chat/support/#msg-{latest.pk}")
    for i in range(60):
        services.send_chat_message(member, room=room, body=f"more {i}", client_id=f"m{i}")
    response = member_client.get(reverse("realtime:message", args=[first.pk]))
    assert response["Location"] == f"/chat/support/?before={first.pk + 1}#msg-{first.pk}"
    assert "first" in member_client.get(response["Location"]).content.decode()


def test_message_links_to_the_moderators_room_are_404_for_members(member_client, moderator):
    room = ChatRoom.objects.get(slug="moderators")
    message = services.send_chat_message(moderator, room=room, body="team note", client_id="t")
    assert member_client.get(reverse("realtime:message", args=[message.pk])).status_code == 404
