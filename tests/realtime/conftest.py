import asyncio
import importlib
import itertools
import threading

import pytest
from asgiref.sync import async_to_sync
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from realtime.models import ChatRoom
from realtime.routing import websocket_urlpatterns
from reviewable import registry
from tests.realtime.policy import StubPolicy

_slugs = itertools.count(1)


@pytest.fixture(autouse=True)
def _in_memory_layer(settings):
    """Consumer and broadcast tests use the in-memory layer, even when REDIS_URL is set."""
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    settings.HAVEN_CHAT_RATE = 5
    settings.HAVEN_CHAT_RATE_WINDOW = 5
    # Every presence change is broadcast at once in tests (production coalesces bursts).
    settings.HAVEN_PRESENCE_THROTTLE = 0
    # The consumer's database work runs on the test's thread (and in its transaction).
    settings.HAVEN_CHAT_DB_THREAD_SENSITIVE = True


@pytest.fixture(autouse=True)
def _database_work_on_the_test_thread(monkeypatch):
    """Socket database work runs on the test's thread (HAVEN_CHAT_DB_THREAD_SENSITIVE above).
    Work on any other thread opened a connection of its own there: it could not see the test's
    rows, and nothing closed it, so on PostgreSQL the test database could not be dropped at the
    end of the run ("being accessed by other users"). Fail the test that does it."""
    from django.db.backends.base.base import BaseDatabaseWrapper

    elsewhere = []
    ensure_connection = BaseDatabaseWrapper.ensure_connection

    def ensure_connection_on_the_test_thread(self):
        if threading.current_thread() is not threading.main_thread():
            elsewhere.append(threading.current_thread().name)
        return ensure_connection(self)

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", ensure_connection_on_the_test_thread)
    yield
    assert not elsewhere, f"database used off the test's thread, on {sorted(set(elsewhere))}"


@pytest.fixture(autouse=True)
def policy():
    """The content policy the services call; set `policy.on_created_decision` to hold or flag."""
    previous = registry.set_content_policy(StubPolicy())
    StubPolicy.on_created_decision = None
    StubPolicy.on_edited_decision = None
    StubPolicy.advice_posted = []
    yield StubPolicy
    StubPolicy.on_created_decision = None
    StubPolicy.on_edited_decision = None
    registry.set_content_policy(previous)


@pytest.fixture(autouse=True)
def _role_groups(request):
    """Transactional tests flush the database, data migrations included: put the role groups back."""
    if "transactional_db" not in request.fixturenames and not _is_transactional(request):
        return
    from django.contrib.auth.models import Group, Permission

    roles = importlib.import_module("accounts.migrations.0002_roles").ROLES
    request.getfixturevalue("transactional_db")
    for name, codenames in roles.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="accounts", codename__in=codenames))


def _is_transactional(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    return bool(marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])))


@pytest.fixture
def keep_test_connection(request, monkeypatch):
    """database_sync_to_async closes connections that are not in autocommit mode, which is every
    connection inside a test transaction; scenarios run by `run` use the test's own thread and
    connection, so keep it open."""
    if _is_transactional(request):
        return
    import channels.db

    monkeypatch.setattr(channels.db, "close_old_connections", lambda **kwargs: None)


@pytest.fixture
def immediate_on_commit(request, monkeypatch, keep_test_connection):
    """Consumer tests run inside the test's transaction (fast on PostgreSQL); on-commit
    callbacks would never fire there, so run them at once. Transactional tests keep the real thing."""
    if _is_transactional(request):
        return
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def make_room(*, kind=ChatRoom.SUPPORT, name=None) -> ChatRoom:
    n = next(_slugs)
    return ChatRoom.objects.create(name=name or f"Room {n}", slug=f"test-room-{n}", kind=kind, position=n)


@pytest.fixture
def room(db):
    return make_room()


@pytest.fixture
def moderators_room(db):
    return make_room(kind=ChatRoom.MODERATORS, name="Moderators test room")


def run(scenario):
    """Run an async scenario from a sync test: the consumer's database calls then share the
    test's thread and connection.

    Sockets the scenario leaves open are cancelled before it returns, as daphne cancels them
    on shutdown, so their teardown runs on the test's thread too. Left to asyncio.run's own
    clean-up they were cancelled after asgiref had unhooked the loop from the test's thread:
    their teardown went to asgiref's one shared thread, opened a connection there that never
    closed, and failed on rows it could not see."""

    async def scenario_then_shutdown():
        try:
            return await scenario()
        finally:
            await _cancel_leftover_tasks()

    return async_to_sync(scenario_then_shutdown)()


async def _cancel_leftover_tasks():
    current = asyncio.current_task()
    leftover = [task for task in asyncio.all_tasks() if task is not current and not task.done()]
    for task in leftover:
        task.cancel()
    await asyncio.gather(*leftover, return_exceptions=True)


class Socket:
    """A WebsocketCommunicator signed in as `user` (scope user, like AuthMiddlewareStack gives)."""

    def __init__(self, user):
        self.user = user
        self.comm = WebsocketCommunicator(URLRouter(websocket_urlpatterns), "/ws/")
        self.comm.scope["user"] = user

    async def open(self):
        connected, _ = await self.comm.connect(timeout=5)
        assert connected
        welcome = await self.receive()
        assert welcome["type"] == "welcome", welcome
        return welcome

    async def send(self, **frame):
        await self.comm.send_json_to(frame)

    async def send_text(self, text):
        await self.comm.send_to(text_data=text)

    async def receive(self, timeout=5):
        return await self.comm.receive_json_from(timeout=timeout)

    async def receive_type(self, *types, timeout=5):
        """The next event of one of these types, skipping others (presence, typing...)."""
        while True:
            event = await self.receive(timeout=timeout)
            if event["type"] in types:
                return event

    async def join(self, room, **extra):
        await self.send(type="join", room=room.pk, **extra)
        joined = await self.receive_type("joined", "error")
        assert joined["type"] == "joined", joined
        page = await self.receive_type("history", "catch_up")
        return joined, page

    async def nothing(self, timeout=0.2):
        return await self.comm.receive_nothing(timeout=timeout)

    async def drain(self):
        while not await self.comm.receive_nothing(timeout=0.1):
            await self.comm.receive_output(timeout=0.1)

    async def close(self):
        await self.comm.disconnect()
