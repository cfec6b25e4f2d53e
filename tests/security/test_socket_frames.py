"""Websocket frames carry private words only to those who may read them.

Every role of the matrix world that may connect holds a socket open while a member writes to
the member role, to the team, and (held for review: a new member's link) to another member.
Each socket's frames are then searched for the words (the realtime role matrix covers the
groups a socket joins; this checks what actually arrives in it).
"""

import json

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.contrib.auth import get_user_model

from conversations import services as conversation_services
from conversations.models import Conversation
from realtime.routing import websocket_urlpatterns
from tests.security.matrix_world import ADMIN, BANNED, MEMBER, MOD, NEW, SUSPENDED, build_world

pytestmark = pytest.mark.django_db

WORDS = {"LIVEPMWORD": {MEMBER}, "LIVETEAMWORD": {MOD, ADMIN}, "LIVEHELDWORD": {NEW}}


@pytest.fixture(autouse=True)
def _sockets_in_the_test(settings, monkeypatch):
    """In-memory layer, the consumer on the test's thread and connection, on-commit at once (the
    test's transaction never commits)."""
    import channels.db
    from django.db import transaction

    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    settings.HAVEN_CHAT_DB_THREAD_SENSITIVE = True
    monkeypatch.setattr(channels.db, "close_old_connections", lambda **kwargs: None)
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


async def _open(user) -> WebsocketCommunicator:
    comm = WebsocketCommunicator(URLRouter(websocket_urlpatterns), "/ws/")
    comm.scope["user"] = user
    connected, _ = await comm.connect(timeout=5)
    assert connected
    return comm


async def _frames(comm) -> str:
    frames = []
    while not await comm.receive_nothing(timeout=0.2):
        frames.append(await comm.receive_json_from(timeout=1))
    await comm.disconnect()
    return json.dumps(frames)


def _writes(world):
    poster = get_user_model().objects.get(username="matrix_poster")
    private = Conversation.objects.get(pk=world.samples["conversation_id"])
    with_new = conversation_services.start_conversation(
        poster, recipients=[world.users[NEW]], body="Welcome to Haven", client_id="live-0").conversation

    def write():
        conversation_services.send_message(poster, conversation=private, body="LIVEPMWORD", client_id="live-1")
        conversation_services.start_team_conversation(poster, body="LIVETEAMWORD", client_id="live-2")
        held = conversation_services.send_message(world.users[NEW], conversation=with_new, client_id="live-3",
                                                  body="LIVEHELDWORD https://example.org/shop")
        assert not held.is_approved, "a new member's link waits for a moderator"

    return write


def test_private_team_and_held_messages_reach_only_the_sockets_allowed_them():
    world = build_world()
    users = {role: user for role, user in world.users.items() if role not in (SUSPENDED, BANNED)}
    write = sync_to_async(_writes(world), thread_sensitive=True)

    async def scenario():
        sockets = {role: await _open(user) for role, user in users.items()}
        for comm in sockets.values():
            await comm.receive_json_from(timeout=5)  # the welcome
        await write()
        return {role: await _frames(comm) for role, comm in sockets.items()}

    frames = async_to_sync(scenario)()
    seen = {(role, word) for role, text in frames.items() for word in WORDS if word in text}
    allowed = {(role, word) for word, roles in WORDS.items() for role in roles}
    assert seen - allowed == set(), "frames carried words to sockets not allowed them"
    assert allowed <= seen, "each word reaches the sockets allowed it (else this test could not fail)"
