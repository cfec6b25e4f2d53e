"""Live delivery over the existing websocket: per-member events after commit (docs/realtime.md)."""

import asyncio

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from conversations import services
from live.events import event_of
from realtime.routing import websocket_urlpatterns
from tests.conversations.conftest import cid

pytestmark = pytest.mark.django_db


@pytest.fixture
def immediate_on_commit(monkeypatch):
    """The consumer runs inside the test's transaction, where on-commit callbacks never fire:
    run them at once (test_events_are_published_only_after_commit covers the ordering)."""
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


async def _nothing_for(layer, channel) -> bool:
    try:
        await asyncio.wait_for(layer.receive(channel), timeout=0.1)
    except TimeoutError:
        return True
    return False


@pytest.fixture(autouse=True)
def _consumer_on_test_thread(settings, monkeypatch):
    import channels.db

    settings.HAVEN_CHAT_DB_THREAD_SENSITIVE = True
    monkeypatch.setattr(channels.db, "close_old_connections", lambda **kwargs: None)


async def _open(user):
    comm = WebsocketCommunicator(URLRouter(websocket_urlpatterns), "/ws/")
    comm.scope["user"] = user
    connected, _ = await comm.connect(timeout=5)
    assert connected
    assert (await comm.receive_json_from(timeout=5))["type"] == "welcome"
    return comm


async def _next(comm, event_type):
    while True:
        event = await comm.receive_json_from(timeout=5)
        if event["type"] == event_type:
            return event


def test_events_are_published_only_after_commit(alice, bea, django_capture_on_commit_callbacks):
    from channels.layers import get_channel_layer

    layer = get_channel_layer()
    async_to_sync(layer.group_add)(f"user.{bea.pk}", "test-channel")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.start_conversation(alice, recipients=[bea], body="Hello", client_id=cid())
    assert callbacks
    assert async_to_sync(_nothing_for)(layer, "test-channel")
    for callback in callbacks:
        callback()
    event = event_of(async_to_sync(layer.receive)("test-channel"))
    assert event["type"] in {"pm.message", "notification.created"}


def test_a_new_message_reaches_the_recipient_socket(alice, bea, cal, immediate_on_commit):
    async def scenario():
        bea_socket, cal_socket = await _open(bea), await _open(cal)
        message = await _start(alice, bea)
        event = await _next(bea_socket, "pm.message")
        assert event["message"]["id"] == message.pk and event["unread"] == 1
        assert "Hello from alice" in event["message"]["html"]
        assert event["message"]["author"]["name"] == "alice_w"
        assert await cal_socket.receive_nothing(timeout=0.2)  # not a participant
        await bea_socket.disconnect()
        await cal_socket.disconnect()

    async_to_sync(scenario)()


def test_a_blocker_hears_nothing_from_the_member_they_blocked(alice, bea, immediate_on_commit):
    first = services.start_conversation(alice, recipients=[bea], body="hi", client_id=cid())
    services.block_member(bea, other=alice)

    async def scenario():
        socket = await _open(bea)
        await _send(alice, first.conversation, "are you there?")
        assert await socket.receive_nothing(timeout=0.2)
        await socket.disconnect()

    async_to_sync(scenario)()


def test_team_messages_reach_every_moderator_socket(newcomer, team, immediate_on_commit):
    async def scenario():
        sockets = [await _open(moderator) for moderator in team]
        message = await _team(newcomer)
        for socket in sockets:
            event = await _next(socket, "pm.team")
            assert event["message"]["id"] == message.pk and event["awaiting"] == 1
            await socket.disconnect()

    async_to_sync(scenario)()


def test_reading_updates_the_header_count_in_every_tab(alice, bea, immediate_on_commit):
    first = services.start_conversation(alice, recipients=[bea], body="hi", client_id=cid())

    async def scenario():
        socket = await _open(bea)
        await _read(bea, first.conversation)
        event = await _next(socket, "pm.read")
        assert event["unread"] == 0
        await socket.disconnect()

    async_to_sync(scenario)()


def _sync(func):
    return sync_to_async(func, thread_sensitive=True)


async def _start(author, recipient):
    return await _sync(lambda: services.start_conversation(author, recipients=[recipient], body="Hello from alice",
                                                           client_id=cid()))()


async def _send(author, conversation, body):
    return await _sync(lambda: services.send_message(author, conversation=conversation, body=body,
                                                     client_id=cid()))()


async def _team(author):
    return await _sync(lambda: services.start_team_conversation(author, body="Help please", client_id=cid()))()


async def _read(user, conversation):
    return await _sync(lambda: services.mark_conversation_read(user, conversation=conversation))()


def test_a_hidden_message_is_withdrawn_from_open_pages(alice, bea, moderator, immediate_on_commit):
    message = services.start_conversation(alice, recipients=[bea], body="hi", client_id=cid())

    async def scenario():
        socket = await _open(bea)
        await _sync(lambda: services.set_message_hidden(message, hidden=True, by=moderator))()
        event = await _next(socket, "pm.removed")
        assert event == {"type": "pm.removed", "conversation": message.conversation_id, "id": message.pk}
        await socket.disconnect()

    async_to_sync(scenario)()
