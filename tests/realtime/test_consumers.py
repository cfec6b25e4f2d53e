"""The websocket protocol, through Channels' WebsocketCommunicator and the in-memory layer."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import Sanction
from realtime.models import ChatMessage, Presence, RoomMembership
from realtime.services import send_chat_message
from tests.factories import MemberFactory, sign_in
from tests.realtime.conftest import Socket, run

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_on_commit")]


@pytest.fixture
def no_rate_limit(settings):
    settings.HAVEN_CHAT_RATE = 0


def test_signed_out_visitors_are_refused_with_close_code_4401(room):
    from django.contrib.auth.models import AnonymousUser

    async def scenario():
        sock = Socket(AnonymousUser())
        connected, _ = await sock.comm.connect()
        assert connected
        error = await sock.receive()
        assert error == {"type": "error", "code": "not_signed_in", "message": "Please log in to use chat."}
        closed = await sock.comm.receive_output()
        assert closed == {"type": "websocket.close", "code": 4401}

    run(scenario)


def test_member_joins_a_room_and_gets_the_last_fifty_messages(room, member, no_rate_limit):
    author = MemberFactory()
    ids = [send_chat_message(author, room=room, body=f"hello {i}", client_id=f"c{i}").pk for i in range(55)]

    async def scenario():
        sock = Socket(member)
        await sock.open()
        joined, history = await sock.join(room)
        assert joined["room"] == room.pk and joined["can_post"] is True
        assert history["type"] == "history"
        return history

    history = run(scenario)
    assert [m["id"] for m in history["messages"]] == ids[5:]
    assert history["has_more"] is True
    assert RoomMembership.objects.get(user=member, room=room).last_read_id == ids[-1]


def test_history_before_an_id_loads_older_messages(room, member, no_rate_limit):
    author = MemberFactory()
    ids = [send_chat_message(author, room=room, body=f"m{i}", client_id=f"c{i}").pk for i in range(60)]

    async def scenario():
        sock = Socket(member)
        await sock.open()
        _, first = await sock.join(room)
        await sock.send(type="history", room=room.pk, before_id=first["messages"][0]["id"])
        older = await sock.receive_type("history")
        await sock.close()
        return first, older

    first, older = run(scenario)
    assert [m["id"] for m in first["messages"]] == ids[10:]
    assert [m["id"] for m in older["messages"]] == ids[:10]
    assert older["has_more"] is False


@pytest.mark.django_db(transaction=True)
def test_a_sent_message_is_stored_then_reaches_everyone_in_the_room(room, member):
    other = MemberFactory()

    async def scenario():
        alice, bob = Socket(member), Socket(other)
        await alice.open()
        await bob.open()
        await alice.join(room)
        await bob.join(room)
        await alice.send(type="send", room=room.pk, client_id="abc-1", body="Anyone awake? **Day 3** here.")
        ack = await alice.receive_type("ack")
        new_for_bob = await bob.receive_type("message.new")
        new_for_alice = await alice.receive_type("message.new")
        await alice.close()
        await bob.close()
        return ack, new_for_bob, new_for_alice

    ack, new_for_bob, new_for_alice = run(scenario)
    stored = ChatMessage.objects.get()
    assert ack["client_id"] == "abc-1" and ack["id"] == stored.pk and ack["duplicate"] is False
    assert new_for_bob["message"]["id"] == stored.pk
    assert new_for_bob["message"]["html"] == "<p>Anyone awake? <strong>Day 3</strong> here.</p>"
    assert new_for_bob["message"]["author"]["name"] == member.username
    assert new_for_alice["message"]["id"] == stored.pk


def test_chat_html_is_sanitised_and_has_no_headings_or_images(room, member):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send(type="send", room=room.pk, client_id="x1",
                        body="# Big\n\n![x](/media/a.png) <script>alert(1)</script> <b onclick='x()'>hi</b>")
        return await sock.receive_type("ack")

    ack = run(scenario)
    html = ack["message"]["html"]
    assert "<h" not in html and "<img" not in html and "script" not in html and "onclick" not in html
    assert "<b>hi</b>" in html


def test_a_retry_with_the_same_client_id_returns_the_same_message_without_a_duplicate(room, member):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.join(room)
        await sock.send(type="send", room=room.pk, client_id="retry-1", body="Just checking in")
        first = await sock.receive_type("ack")
        # the connection drops before the ack arrives; the browser reconnects and retries
        await sock.close()
        again = Socket(member)
        await again.open()
        await again.send(type="send", room=room.pk, client_id="retry-1", body="Just checking in")
        second = await again.receive_type("ack")
        assert await again.nothing()
        return first, second

    first, second = run(scenario)
    assert ChatMessage.objects.count() == 1
    assert second["id"] == first["id"] and second["duplicate"] is True


@pytest.mark.django_db(transaction=True)
def test_reconnecting_client_catches_up_on_everything_sent_while_it_was_away(room, member, no_rate_limit):
    other = MemberFactory()

    async def scenario():
        sock = Socket(member)
        await sock.open()
        _, history = await sock.join(room)
        await sock.close()
        return history

    history = run(scenario)
    last_seen = max([m["id"] for m in history["messages"]], default=0)
    missed = [send_chat_message(other, room=room, body=f"while away {i}", client_id=f"w{i}").pk for i in range(3)]

    async def back():
        sock = Socket(member)
        await sock.open()
        _, page = await sock.join(room, after_id=last_seen)
        await sock.send(type="catch_up", room=room.pk, after_id=missed[0])
        again = await sock.receive_type("catch_up")
        await sock.close()
        return page, again

    page, again = run(back)
    assert page["type"] == "catch_up"
    assert [m["id"] for m in page["messages"]] == missed and page["has_more"] is False
    assert [m["id"] for m in again["messages"]] == missed[1:]


def test_author_edits_and_deletes_within_ten_minutes_and_the_room_sees_it(room, member):
    other = MemberFactory()
    message = send_chat_message(member, room=room, body="typo hree", client_id="e1")

    async def scenario():
        alice, bob = Socket(member), Socket(other)
        await alice.open()
        await bob.open()
        await alice.join(room)
        await bob.join(room)
        await alice.send(type="edit", id=message.pk, body="typo here")
        ack = await alice.receive_type("ack")
        edited = await bob.receive_type("message.edited")
        await alice.send(type="delete", id=message.pk)
        deleted_ack = await alice.receive_type("ack")
        removed = await bob.receive_type("message.removed")
        return ack, edited, deleted_ack, removed

    ack, edited, deleted_ack, removed = run(scenario)
    assert ack["request"] == "edit" and edited["message"]["html"] == "<p>typo here</p>"
    assert edited["message"]["edited_at"]
    assert deleted_ack["state"] == "deleted"
    assert removed == {"type": "message.removed", "room": room.pk, "id": message.pk, "reason": "author"}
    message.refresh_from_db()
    assert message.is_removed and message.source == "typo here"


def test_editing_or_deleting_after_ten_minutes_is_refused(room, member):
    message = send_chat_message(member, room=room, body="old words", client_id="o1")
    ChatMessage.objects.filter(pk=message.pk).update(created_at=timezone.now() - timedelta(minutes=11))

    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send(type="edit", id=message.pk, body="new words")
        edit_error = await sock.receive_type("error")
        await sock.send(type="delete", id=message.pk)
        delete_error = await sock.receive_type("error")
        return edit_error, delete_error

    edit_error, delete_error = run(scenario)
    assert edit_error["code"] == "forbidden" and "10 minutes" in edit_error["message"]
    assert delete_error["code"] == "forbidden" and "10 minutes" in delete_error["message"]
    message.refresh_from_db()
    assert message.source == "old words" and not message.is_removed


def test_members_cannot_edit_or_delete_someone_elses_message(room, member):
    message = send_chat_message(MemberFactory(), room=room, body="mine", client_id="m1")

    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send(type="edit", id=message.pk, body="hijacked")
        first = await sock.receive_type("error")
        await sock.send(type="delete", id=message.pk)
        second = await sock.receive_type("error")
        return first, second

    first, second = run(scenario)
    assert first["code"] == second["code"] == "forbidden"
    assert "your own messages" in first["message"]


def test_a_moderator_hiding_a_message_shows_it_as_removed_by_a_moderator(room, member, moderator):
    from accounts.models import AuditEntry
    from realtime.services import set_message_hidden

    message = send_chat_message(MemberFactory(), room=room, body="something unkind", client_id="h1")

    async def scenario():
        from channels.db import database_sync_to_async

        sock = Socket(member)
        await sock.open()
        await sock.join(room)
        await database_sync_to_async(set_message_hidden)(message, hidden=True, by=moderator)
        removed = await sock.receive_type("message.removed")
        await sock.send(type="history", room=room.pk)
        history = await sock.receive_type("history")
        return removed, history

    removed, history = run(scenario)
    assert removed["reason"] == "moderator" and removed["id"] == message.pk
    shown = history["messages"][-1]
    assert shown["state"] == "hidden" and shown["html"] == ""
    assert AuditEntry.objects.filter(action="chat.hide", actor=moderator, target_user=message.author).exists()


@pytest.mark.parametrize("kind", [Sanction.MUTE, Sanction.SUSPEND, Sanction.BAN])
def test_sanctioned_members_cannot_send_and_are_told_why(room, member, moderator, kind):
    async def scenario():
        from channels.db import database_sync_to_async

        sock = Socket(member)
        await sock.open()
        await database_sync_to_async(Sanction.objects.create)(
            user=member, kind=kind, reason="Cooling off", created_by=moderator,
            ends_at=timezone.now() + timedelta(days=1),
        )
        await sock.send(type="send", room=room.pk, client_id="s1", body="let me talk")
        return await sock.receive_type("error")

    error = run(scenario)
    assert error["code"] == "forbidden"
    assert "Reason: Cooling off" in error["message"] and error["client_id"] == "s1"
    assert not ChatMessage.objects.exists()


def test_a_muted_member_joins_read_only_with_the_reason(room, member, moderator):
    Sanction.objects.create(user=member, kind=Sanction.MUTE, reason="Take a breath", created_by=moderator)

    async def scenario():
        sock = Socket(member)
        await sock.open()
        joined, _ = await sock.join(room)
        return joined

    joined = run(scenario)
    assert joined["can_post"] is False and "muted" in joined["reason"]


def test_suspended_members_are_disconnected_with_close_code_4403(room, member, moderator):
    Sanction.objects.create(user=member, kind=Sanction.SUSPEND, reason="Spam", created_by=moderator)

    async def scenario():
        sock = Socket(member)
        await sock.comm.connect()
        error = await sock.receive()
        closed = await sock.comm.receive_output()
        return error, closed

    error, closed = run(scenario)
    assert error["code"] == "account_blocked" and "suspended" in error["message"]
    assert closed["code"] == 4403


def test_members_cannot_join_or_post_in_the_moderators_room(moderators_room, member):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send(type="join", room=moderators_room.pk)
        join_error = await sock.receive_type("error")
        await sock.send(type="send", room=moderators_room.pk, client_id="z", body="hi")
        send_error = await sock.receive_type("error")
        await sock.send(type="history", room=moderators_room.pk)
        history_error = await sock.receive_type("error")
        await sock.send(type="ping")
        pong = await sock.receive_type("pong")
        return join_error, send_error, history_error, pong

    join_error, send_error, history_error, pong = run(scenario)
    assert join_error["code"] == send_error["code"] == history_error["code"] == "not_found"
    assert pong["type"] == "pong"  # the connection stays open
    assert not ChatMessage.objects.exists()


def test_moderators_can_use_the_moderators_room(moderators_room, moderator):
    async def scenario():
        sock = Socket(moderator)
        welcome = await sock.open()
        await sock.join(moderators_room)
        await sock.send(type="send", room=moderators_room.pk, client_id="m1", body="Team check-in")
        return welcome, await sock.receive_type("ack")

    welcome, ack = run(scenario)
    assert welcome["moderator"] is True and ack["state"] == "visible"


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        ("{not json", "bad_json"),
        ("[1, 2]", "bad_json"),
        ('"just text"', "bad_json"),
        (json.dumps({"no": "type"}), "unknown_type"),
        (json.dumps({"type": "launch_rockets"}), "unknown_type"),
        (json.dumps({"type": "send", "room": 1}), "invalid"),
        (json.dumps({"type": "send", "room": "abc", "client_id": "a", "body": "x"}), "invalid"),
        (json.dumps({"type": "send", "room": 1, "client_id": "has spaces", "body": "x"}), "invalid"),
        (json.dumps({"type": "send", "room": 1, "client_id": "a", "body": {"html": "<b>"}}), "invalid"),
        (json.dumps({"type": "send", "room": 1, "client_id": "a", "body": "   "}), "invalid"),
        (json.dumps({"type": "history"}), "invalid"),
        (json.dumps({"type": "join", "room": -4}), "invalid"),
        (json.dumps({"type": "edit", "id": 1}), "invalid"),
        (json.dumps({"type": "send", "room": 1, "client_id": "a", "body": "x" * 2001}), "too_long"),
        (json.dumps({"type": "send", "room": 1, "client_id": "a", "body": "x" * 30000}), "too_large"),
        (json.dumps({"type": "join", "room": 999999}), "not_found"),
        (json.dumps({"type": "typing", "room": 1}), "not_in_room"),
    ],
)
def test_bad_frames_get_an_error_event_and_the_connection_stays_open(member, frame, code):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send_text(frame)
        error = await sock.receive_type("error")
        await sock.send(type="ping")
        pong = await sock.receive_type("pong")
        return error, pong

    error, pong = run(scenario)
    assert error["code"] == code, error
    assert error["message"]
    assert pong == {"type": "pong"}
    assert not ChatMessage.objects.exists()


def test_binary_frames_are_refused_with_an_error(member):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.comm.send_to(bytes_data=b"\x00\x01")
        return await sock.receive_type("error")

    assert run(scenario)["code"] == "bad_json"


def test_a_flood_of_bad_frames_closes_the_socket_with_code_4429(member):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        for _ in range(21):
            await sock.send_text("nonsense")
        while True:
            output = await sock.comm.receive_output(timeout=5)
            if output["type"] == "websocket.close":
                return output

    assert run(scenario)["code"] == 4429


def test_sending_too_fast_is_rate_limited_with_when_to_try_again(room, member, settings):
    settings.HAVEN_CHAT_RATE = 3
    settings.HAVEN_CHAT_RATE_WINDOW = 60

    async def scenario():
        sock = Socket(member)
        await sock.open()
        acks = []
        for i in range(3):
            await sock.send(type="send", room=room.pk, client_id=f"r{i}", body=f"message {i}")
            acks.append(await sock.receive_type("ack"))
        await sock.send(type="send", room=room.pk, client_id="r3", body="one too many")
        error = await sock.receive_type("error")
        # a retry of something already stored is never rate limited
        await sock.send(type="send", room=room.pk, client_id="r0", body="message 0")
        retry = await sock.receive_type("ack", "error")
        return acks, error, retry

    acks, error, retry = run(scenario)
    assert len(acks) == 3
    assert error["code"] == "rate_limited" and error["client_id"] == "r3"
    assert 1 <= error["retry_after"] <= 60 and "You can send again in" in error["message"]
    assert retry["type"] == "ack" and retry["duplicate"] is True
    assert ChatMessage.objects.count() == 3


def test_the_rate_limit_is_shared_by_all_of_a_members_connections(room, member, settings):
    settings.HAVEN_CHAT_RATE = 2
    settings.HAVEN_CHAT_RATE_WINDOW = 60

    async def scenario():
        first, second = Socket(member), Socket(member)
        await first.open()
        await second.open()
        await first.send(type="send", room=room.pk, client_id="a1", body="one")
        await first.receive_type("ack")
        await second.send(type="send", room=room.pk, client_id="a2", body="two")
        await second.receive_type("ack")
        await second.send(type="send", room=room.pk, client_id="a3", body="three")
        return await second.receive_type("ack", "error")

    assert run(scenario)["code"] == "rate_limited"


def test_presence_shows_who_is_here_and_updates_when_they_leave(room, member):
    other = MemberFactory(username="night_owl")

    async def scenario():
        alice, bob = Socket(member), Socket(other)
        await alice.open()
        await bob.open()
        await alice.join(room)
        await alice.receive_type("presence")
        await bob.join(room)
        both = await alice.receive_type("presence")
        await bob.close()
        after = await alice.receive_type("presence")
        return both, after

    both, after = run(scenario)
    assert both["count"] == 2 and {m["name"] for m in both["members"]} == {member.username, "night_owl"}
    assert after["count"] == 1 and after["members"] == [{"id": member.pk, "name": member.username}]
    assert Presence.objects.filter(user=other).count() == 0


def test_the_rooms_page_socket_hears_presence_counts(room, member):
    other = MemberFactory()

    async def scenario():
        watcher, visitor = Socket(member), Socket(other)
        await watcher.open()
        await watcher.send(type="watch_rooms")
        snapshot = await watcher.receive_type("rooms")
        await visitor.open()
        await visitor.join(room)
        update = await watcher.receive_type("presence")
        return snapshot, update

    snapshot, update = run(scenario)
    assert {"room": room.pk, "count": 0} in snapshot["rooms"]
    assert update == {"type": "presence", "room": room.pk, "count": 1}


def test_typing_is_shown_to_others_but_not_echoed(room, member):
    other = MemberFactory()

    async def scenario():
        alice, bob = Socket(member), Socket(other)
        await alice.open()
        await bob.open()
        await alice.join(room)
        await bob.join(room)
        await alice.drain()
        await alice.send(type="typing", room=room.pk)
        seen = await bob.receive_type("typing")
        await alice.send(type="ping")
        first_for_alice = await alice.receive_type("typing", "pong")
        return seen, first_for_alice

    seen, first_for_alice = run(scenario)
    assert seen["user"] == {"id": member.pk, "name": member.username}
    assert first_for_alice["type"] == "pong"


def test_leaving_a_room_stops_its_messages(room, member):
    other = MemberFactory()

    async def scenario():
        alice, bob = Socket(member), Socket(other)
        await alice.open()
        await bob.open()
        await alice.join(room)
        await bob.join(room)
        await alice.send(type="leave", room=room.pk)
        await alice.receive_type("left")
        await alice.drain()
        await bob.send(type="send", room=room.pk, client_id="b1", body="hello?")
        await bob.receive_type("ack")
        return await alice.nothing(timeout=0.3)

    assert run(scenario) is True


def test_a_message_held_by_the_content_policy_is_not_broadcast(room, member, policy):
    from moderation.policy import Decision

    policy.on_created_decision = Decision(held_for_review=True)
    other = MemberFactory()

    async def scenario():
        alice, bob = Socket(member), Socket(other)
        await alice.open()
        await bob.open()
        await bob.join(room)
        await bob.drain()
        await alice.send(type="send", room=room.pk, client_id="h1", body="buy pills at example.com")
        ack = await alice.receive_type("ack")
        quiet = await bob.nothing(timeout=0.3)
        return ack, quiet

    ack, quiet = run(scenario)
    assert ack["state"] == "held" and quiet is True
    assert ChatMessage.objects.get().is_approved is False


def test_a_crisis_message_sends_the_author_the_crisis_lines(room, member, policy):
    from moderation.policy import Decision

    policy.on_created_decision = Decision(crisis=True, crisis_lines=[("Samaritans", "116 123")])

    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send(type="send", room=room.pk, client_id="c1", body="I do not want to be here any more")
        ack = await sock.receive_type("ack")
        crisis = await sock.receive_type("crisis")
        return ack, crisis

    ack, crisis = run(scenario)
    assert crisis["lines"] == [["Samaritans", "116 123"]] and crisis["message_id"] == ack["id"]
    assert ack["state"] == "visible"  # not silenced


def test_the_full_stack_accepts_a_session_cookie_from_an_allowed_origin(client, member, room):
    from channels.testing import WebsocketCommunicator

    from config.asgi import application

    sign_in(client, member)
    cookie = f"sessionid={client.cookies['sessionid'].value}".encode()

    async def scenario():
        good = WebsocketCommunicator(application, "/ws/", headers=[(b"origin", b"http://testserver"),
                                                                  (b"host", b"testserver"), (b"cookie", cookie)])
        connected, _ = await good.connect()
        welcome = await good.receive_json_from()
        await good.disconnect()
        evil = WebsocketCommunicator(application, "/ws/", headers=[(b"origin", b"http://evil.example"),
                                                                  (b"host", b"testserver"), (b"cookie", cookie)])
        evil_connected, _ = await evil.connect()
        return connected, welcome, evil_connected

    connected, welcome, evil_connected = run(scenario)
    assert connected and welcome["user"]["name"] == member.username
    assert evil_connected is False


def test_a_socket_the_layer_cannot_give_a_channel_gets_unavailable_and_4503(room, member, monkeypatch):
    """The pub/sub layer refuses new channels while it reconnects to Redis: the socket is told,
    as when joining a group fails, instead of failing the handshake."""
    from channels.layers import InMemoryChannelLayer
    from redis.exceptions import ConnectionError as RedisConnectionError

    async def refused(self, prefix="specific."):
        raise RedisConnectionError("The channel layer is reconnecting to Redis.")

    monkeypatch.setattr(InMemoryChannelLayer, "new_channel", refused)

    async def scenario():
        sock = Socket(member)
        connected, _ = await sock.comm.connect()
        error = await sock.receive()
        closed = await sock.comm.receive_output()
        return connected, error, closed

    connected, error, closed = run(scenario)
    assert connected
    assert error == {"type": "error", "code": "unavailable", "message": "Chat is not available right now."}
    assert closed == {"type": "websocket.close", "code": 4503}
    assert Presence.objects.count() == 0
