"""Whole-site load and fault run: N signed-in members reading, replying, reacting and chatting
through one real daphne process on PostgreSQL and Redis, optionally with a fault in the middle.

    DATABASE_URL=postgres://postgres@127.0.0.1:5440/haven_bench REDIS_URL=redis://127.0.0.1:6390/0 \\
      .venv/bin/python bench/site_load.py --members 100 --duration 60 --fault none|redis|postgres

--fault redis stops the redis-server on REDIS_URL's port (one this script starts itself; never
point it at a shared Redis) for --fault-seconds at --fault-at; --fault postgres restarts the
PostgreSQL cluster named by --pg-cluster ("15/haven_bench") with pg_ctlcluster. Afterwards every
acknowledged reply (HTTP 302) and chat message (ack) is looked up in the database. Prints one
JSON line and a Markdown row. Localhost only; bounded by --duration.
"""

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

from bench.load_members import Member, Recorder  # noqa: E402

CSRF = "benchcsrf" + "x" * 23  # a 32-character CSRF secret, sent as cookie and form field
# Replies to one topic are serialised by its row lock; spread the members over a few topics as
# a real community is (--topics 1 measures the single hot topic).
TOPICS = 10


def server_env() -> dict[str, str]:
    return {
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "REDIS_URL": os.environ["REDIS_URL"],
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "HAVEN_CHANNEL_LAYER": os.environ.get("HAVEN_CHANNEL_LAYER", "pubsub"),
    }


def prepare(members: int, topic_count: int = TOPICS) -> dict:
    """Migrate, then a board, a topic, a chat room and `members` established members with sessions."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.utils import timezone

    from forum import services
    from forum.models import Board
    from realtime.models import ChatRoom

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)  # DEBUG off serves the manifest
    User = get_user_model()
    now = timezone.now()
    users = []
    for i in range(members):
        user, _ = User.objects.get_or_create(
            username=f"load{i}",
            defaults={"email": f"load{i}@bench.invalid", "accepted_guidelines_at": now, "confirmed_adult_at": now,
                      "approved_contributions": 50, "password": "!"},
        )
        users.append(user)
    board, _ = Board.objects.get_or_create(slug="load-board", defaults={"name": "Load board", "is_public": False})
    topics = [services.create_topic(users[i], board=board, title=f"Load topic {i}", body="The first post.")
              for i in range(topic_count)]
    room, _ = ChatRoom.objects.get_or_create(slug="load-room", defaults={"name": "Load room", "kind": "support"})
    cookies = []
    for user in users:
        session = SessionStore()
        session.update({SESSION_KEY: str(user.pk), BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
                        HASH_SESSION_KEY: user.get_session_auth_hash()})
        session.create()
        cookies.append(f"{settings.SESSION_COOKIE_NAME}={session.session_key}; csrftoken={CSRF}")
    return {"board": board.slug, "room": room.pk, "cookies": cookies,
            "topics": [{"id": t.pk, "url": t.get_absolute_url(), "post": t.opening_post.pk} for t in topics]}


def verify(acked_posts: set[str], acked_chat: set[str]) -> dict:
    """Which acknowledged writes are in the database (checked after the run, with a fresh connection)."""
    from django.db import connection

    from forum.models import Post
    from realtime.models import ChatMessage

    connection.close()
    markers = {source.split()[0] for source in Post.objects.filter(source__startswith="ld-").values_list(
        "source", flat=True)}
    chat = set(ChatMessage.objects.filter(client_id__in=list(acked_chat)).values_list("client_id", flat=True))
    return {"posts_acked": len(acked_posts), "posts_missing": len(acked_posts - markers),
            "chat_acked": len(acked_chat), "chat_missing": len(acked_chat - chat)}


class Fault:
    """Stops Redis, or restarts PostgreSQL, at `at` seconds for `seconds` (in a thread)."""

    def __init__(self, kind: str, *, at: float, seconds: float, redis=None, pg_cluster: str = ""):
        self.kind, self.at, self.seconds, self.redis, self.pg_cluster = kind, at, seconds, redis, pg_cluster
        self.window: tuple[float, float] | None = None

    async def run(self, started: float) -> None:
        if self.kind == "none":
            return
        await asyncio.sleep(self.at)
        begin = time.perf_counter() - started
        if self.kind == "redis":
            await asyncio.to_thread(self.redis.stop)
            await asyncio.sleep(self.seconds)
            await asyncio.to_thread(self.redis.start)
        else:
            version, name = self.pg_cluster.split("/")
            await asyncio.to_thread(subprocess.run, ["pg_ctlcluster", version, name, "stop", "-m", "fast"],
                                    check=True)
            await asyncio.sleep(self.seconds)
            await asyncio.to_thread(subprocess.run, ["pg_ctlcluster", version, name, "start"], check=True)
        self.window = (begin, time.perf_counter() - started)


async def run_load(host: str, world: dict, *, duration: float, fault: Fault) -> dict:
    recorder = Recorder()
    members = [Member(i, host, cookie, world, recorder, csrf=CSRF) for i, cookie in enumerate(world["cookies"])]
    await asyncio.gather(*(m.open_chat() for m in members))
    started = time.perf_counter()
    recorder.started = started
    deadline = started + duration
    fault_task = asyncio.create_task(fault.run(started))
    await asyncio.gather(*(m.act_until(deadline) for m in members))
    await fault_task
    await asyncio.gather(*(m.finish_chat(timeout=30) for m in members))
    summary = recorder.summary(fault.window)
    summary["chat_unacked_at_end"] = sum(len(m.outbox) for m in members)
    summary["acked_posts"] = sorted(recorder.acked_posts)
    summary["acked_chat"] = sorted(recorder.acked_chat)
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=100)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--fault", choices=["none", "redis", "postgres"], default="none")
    parser.add_argument("--fault-at", type=float, default=25)
    parser.add_argument("--fault-seconds", type=float, default=10)
    parser.add_argument("--pg-cluster", default="15/haven_bench")
    parser.add_argument("--start-redis", action="store_true", help="start redis-server on REDIS_URL's port")
    parser.add_argument("--topics", type=int, default=TOPICS)
    args = parser.parse_args()
    env = server_env()
    os.environ.update(env)
    from tests.realtime.processes import RedisServer, daphne

    with ExitStack() as stack:
        redis = None
        if args.start_redis or args.fault == "redis":
            redis = RedisServer(port=urlsplit(env["REDIS_URL"]).port)
            redis.start()
            stack.callback(redis.stop)
        world = prepare(args.members, args.topics)
        log = ROOT / "bench" / "out" / f"site_load_{args.fault}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        host = stack.enter_context(daphne(env=env, log_path=log))
        load = os.getloadavg()[0]
        fault = Fault(args.fault, at=args.fault_at, seconds=args.fault_seconds, redis=redis,
                      pg_cluster=args.pg_cluster)
        asyncio.get_event_loop_policy().set_event_loop(loop := asyncio.new_event_loop())
        loop.set_default_executor(ThreadPoolExecutor(max_workers=args.members + 20))
        summary = loop.run_until_complete(run_load(host, world, duration=args.duration, fault=fault))
        summary.update(verify(set(summary.pop("acked_posts")), set(summary.pop("acked_chat"))))
    summary.update(fault=args.fault, members=args.members, duration=args.duration, load_at_start=load)
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
