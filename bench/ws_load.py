"""Websocket load run: N members in one chat room, S of them sending at a fixed rate.

Starts its own daphne process(es) on free localhost ports against PostgreSQL and Redis,
creates the members and their sessions, connects everyone, then measures:
connections made, messages delivered vs expected (every member, sender included, must get
every message), delivery latency p50/p99 (send -> message.new at each member) and deliveries/s.
Every process it starts is stopped at the end. Localhost only; bounded by --duration.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/haven_rt REDIS_URL=redis://127.0.0.1:6379/6 \\
      .venv/bin/python bench/ws_load.py --members 50 200 1000 --processes 1 2

Reported per case: delivery p50/p99 (send -> message.new at every member, the sender included),
ack p50 (send -> the sender's ack: the server's work before the fan-out) and the server
processes' CPU per delivery (user + system, first send to last delivery; PostgreSQL and Redis
not included), which moves far less with the machine's load than latency does.

--target haven bare runs each case against Haven and against bench/bare_asgi.py (a bare
Channels broadcast consumer on the same layer), back to back; --layer core pubsub repeats
everything on channels-redis's RedisChannelLayer and its RedisPubSubChannelLayer.

One process uses Redis too (the in-memory layer works within one process only and scans every
channel on each receive, so it is not a production configuration).
"""

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

from bench.ws_client import ConnectionClosed, HandshakeError, WSClient  # noqa: E402


def setup_django():
    import django

    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        sys.exit("Set DATABASE_URL to a PostgreSQL database (e.g. haven_rt) and REDIS_URL.")
    if not os.environ.get("REDIS_URL"):
        sys.exit("Set REDIS_URL: the processes share rooms through Redis.")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def make_members(count: int) -> tuple[int, list[str]]:
    """The bench room and `count` members with fresh sessions; returns (room id, cookies)."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    from realtime.models import ChatRoom

    User = get_user_model()
    room, _ = ChatRoom.objects.get_or_create(slug="bench-room", defaults={"name": "Bench room", "kind": "support"})
    existing = set(User.objects.filter(username__startswith="wsbench").values_list("username", flat=True))
    missing = [f"wsbench{i}" for i in range(count) if f"wsbench{i}" not in existing]
    unusable = "!"  # no password: bench members only ever arrive with a session
    User.objects.bulk_create(
        [User(username=name, email=f"{name}@bench.invalid", password=unusable) for name in missing]
    )
    users = list(User.objects.filter(username__in=[f"wsbench{i}" for i in range(count)]).order_by("id"))
    cookies = []
    for user in users:
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        cookies.append(f"{settings.SESSION_COOKIE_NAME}={session.session_key}")
    return room.pk, cookies


def servers_cpu_seconds() -> float:
    """User + system CPU time used so far by this run's daphne processes (children of this one).

    Unlike latency, CPU time per delivery hardly moves with the machine's load from other work.
    """
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == os.getpid() and b"daphne" in cmdline:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


class Member:
    def __init__(self, index: int, host: str, cookie: str):
        self.index = index
        self.host = host
        self.cookie = cookie
        self.client: WSClient | None = None
        self.latencies: list[float] = []
        self.ack_latencies: list[float] = []
        self.delivered = 0
        self.acked = 0
        self.closed_with: int | None = None
        self.errors: list[str] = []

    async def connect(self, room_id: int) -> bool:
        try:
            self.client = await WSClient.connect(f"ws://{self.host}/ws/", cookie=self.cookie,
                                                 origin=f"http://{self.host}", timeout=30)
            welcome = await self.client.recv_json(timeout=30)
            if welcome.get("type") != "welcome":
                self.errors.append(f"welcome: {welcome}")
                return False
            latest = await self._join(room_id)
            return latest is not None
        except (HandshakeError, ConnectionClosed, OSError, TimeoutError) as exc:
            self.errors.append(f"connect: {exc!r}")
            return False

    async def _join(self, room_id: int):
        await self.client.send_json({"type": "join", "room": room_id})
        joined = await self.client.recv_type("joined", "error", timeout=60)
        if joined["type"] != "joined":
            self.errors.append(f"join: {joined}")
            return None
        await self.client.recv_type("history", "catch_up", timeout=60)
        return True

    async def listen(self, sent_at: dict[str, float], run_tag: str):
        try:
            while True:
                event = await self.client.recv_json()
                if event.get("type") == "message.new":
                    client_id = event["message"].get("client_id", "")
                    if client_id.startswith(run_tag) and client_id in sent_at:
                        self.delivered += 1
                        self.latencies.append(time.perf_counter() - sent_at[client_id])
                elif event.get("type") == "ack":
                    self.acked += 1
                    client_id = event.get("client_id", "")
                    if client_id in sent_at:
                        self.ack_latencies.append(time.perf_counter() - sent_at[client_id])
                elif event.get("type") == "error":
                    self.errors.append(event.get("code", "?"))
        except ConnectionClosed as exc:
            self.closed_with = exc.code
        except asyncio.CancelledError:
            pass


async def run_case(hosts: list[str], room_id: int, cookies: list[str], *, senders: int, rate: float,
                   duration: float, drain: float, batch_size: int) -> dict:
    members = [Member(i, hosts[i % len(hosts)], cookie) for i, cookie in enumerate(cookies)]
    run_tag = f"r{int(time.time())}-"
    sent_at: dict[str, float] = {}
    listeners = []

    async def connect_and_listen(member: Member) -> bool:
        if not await member.connect(room_id):
            return False
        # Start reading at once: the server pings every 20 s and drops sockets that do not answer.
        listeners.append(asyncio.create_task(member.listen(sent_at, run_tag)))
        return True

    started = time.perf_counter()
    connected = []
    for batch_start in range(0, len(members), batch_size):
        batch = members[batch_start: batch_start + batch_size]
        results = await asyncio.gather(*(connect_and_listen(m) for m in batch))
        connected += [m for m, ok in zip(batch, results, strict=True) if ok]
    connect_seconds = time.perf_counter() - started

    await asyncio.sleep(3)  # let presence broadcasts from the joins settle

    active_senders = connected[:senders]
    sent = 0

    async def send_loop(member: Member):
        nonlocal sent
        interval = 1.0 / rate
        next_at = time.perf_counter()
        seq = 0
        end = time.perf_counter() + duration
        while time.perf_counter() < end:
            client_id = f"{run_tag}{member.index}-{seq}"
            sent_at[client_id] = time.perf_counter()
            try:
                await member.client.send_json({"type": "send", "room": room_id, "client_id": client_id,
                                               "body": f"bench message {seq} from {member.index}"})
            except (ConnectionError, ConnectionClosed) as exc:
                member.errors.append(f"send: {exc!r}")
                del sent_at[client_id]
                return
            sent += 1
            seq += 1
            next_at += interval
            await asyncio.sleep(max(0.0, next_at - time.perf_counter()))

    cpu_before = servers_cpu_seconds()
    send_started = time.perf_counter()
    await asyncio.gather(*(send_loop(m) for m in active_senders))
    send_seconds = time.perf_counter() - send_started
    expected = sent * len(connected)
    deadline = time.perf_counter() + drain
    while time.perf_counter() < deadline and sum(m.delivered for m in connected) < expected:
        await asyncio.sleep(0.2)
    total_seconds = time.perf_counter() - send_started
    server_cpu = servers_cpu_seconds() - cpu_before
    delivered = sum(m.delivered for m in connected)
    for task in listeners:
        task.cancel()
    await asyncio.gather(*listeners, return_exceptions=True)
    await asyncio.gather(*(m.client.close() for m in connected), return_exceptions=True)
    latencies = sorted(x for m in connected for x in m.latencies)
    errors: dict[str, int] = {}
    for m in members:
        for e in m.errors:
            key = e.split(":")[0]
            errors[key] = errors.get(key, 0) + 1
    if errors and os.environ.get("WS_BENCH_DEBUG"):
        print([m.errors[:2] for m in members if m.errors][:3])
    closes = [m.closed_with for m in connected if m.closed_with is not None]
    for code in closes:
        errors[f"closed {code}"] = errors.get(f"closed {code}", 0) + 1

    acks = sorted(x for m in connected for x in m.ack_latencies)

    def pct(p: float, values: list[float] = latencies) -> float:
        if not values:
            return float("nan")
        return values[min(len(values) - 1, int(p * len(values)))] * 1000

    return {
        "processes": len(hosts),
        "members": len(members),
        "connected": len(connected),
        "connect_s": round(connect_seconds, 1),
        "senders": len(active_senders),
        "rate_per_sender": rate,
        "sent": sent,
        "acked": sum(m.acked for m in connected),
        "expected": expected,
        "delivered": delivered,
        "p50_ms": round(pct(0.50), 1),
        "p99_ms": round(pct(0.99), 1),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else None,
        # send -> the sender's ack: the server's work before the fan-out (Haven: stored, then published)
        "ack_p50_ms": round(pct(0.50, acks), 1),
        "deliveries_per_s": round(delivered / total_seconds, 0) if total_seconds else 0,
        # the server processes' CPU from the first send to the last delivery, per delivery
        "server_cpu_us_per_delivery": round(server_cpu / delivered * 1e6, 1) if delivered else None,
        "messages_per_s": round(sent / send_seconds, 1) if send_seconds else 0,
        "unexpected_closes": len(closes),
        "errors": errors,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, nargs="+", default=[50, 200, 1000])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2], choices=[1, 2, 3, 4])
    parser.add_argument("--senders", type=int, default=5)
    parser.add_argument("--rate", type=float, default=1.0, help="messages per second per sender")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of sending per case")
    parser.add_argument("--drain", type=float, default=30.0, help="seconds to wait for late deliveries")
    parser.add_argument("--batch", type=int, default=25, help="connections opened at once")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--target", nargs="+", default=["haven"], choices=["haven", "bare"])
    parser.add_argument("--layer", nargs="+", default=["core"], choices=["core", "pubsub"])
    parser.add_argument("--handshake-timeout", type=int, default=5, help="daphne --websocket_connect_timeout")
    args = parser.parse_args()

    env = {
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "REDIS_URL": os.environ["REDIS_URL"],
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        # Measure delivery, not the flood limit (5 per 5 s per member by default).
        "HAVEN_CHAT_RATE": "0",
    }
    # Sessions are signed with the secret key: this process and the servers must share it.
    os.environ.update(env)
    setup_django()
    from tests.realtime.processes import daphne

    results = []
    apps = {"haven": "config.asgi:application", "bare": "bench.bare_asgi:application"}
    daphne_args = ("--websocket_connect_timeout", str(args.handshake_timeout))
    for layer in args.layer:
        case_env = {**env, "HAVEN_CHANNEL_LAYER": layer}
        for processes in args.processes:
            for members in args.members:
                room_id, cookies = make_members(members)
                for target in args.target:
                    with ExitStack() as stack:
                        log_dir = ROOT / "bench" / "out"
                        log_dir.mkdir(parents=True, exist_ok=True)
                        logs = [log_dir / f"ws_{target}_{layer}_{processes}p_{members}m_{i}.log"
                                for i in range(processes)]
                        hosts = [stack.enter_context(daphne(env=case_env, log_path=log, app=apps[target],
                                                            extra_args=daphne_args)) for log in logs]
                        result = asyncio.run(run_case(hosts, room_id, cookies, senders=min(args.senders, members),
                                                      rate=args.rate, duration=args.duration, drain=args.drain,
                                                      batch_size=args.batch))
                    result.update(target=target, layer=layer, load=os.getloadavg()[0])
                    results.append(result)
                    print(json.dumps(result), flush=True)
    machine = f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    print(f"\nmachine: {machine}")
    print("| layer | target | processes | members | connected | sent | delivered / expected | p50 ms | p99 ms "
          "| ack p50 ms | server CPU µs/delivery | deliveries/s | load |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['layer']} | {r['target']} | {r['processes']} | {r['members']} | {r['connected']} | {r['sent']} "
              f"| {r['delivered']} / {r['expected']} | {r['p50_ms']} | {r['p99_ms']} | {r['ack_p50_ms']} "
              f"| {r['server_cpu_us_per_delivery']} "
              f"| {r['deliveries_per_s']:.0f} | {r['load']:.1f} |")
    if args.json:
        args.json.write_text(json.dumps({"machine": machine, "results": results}, indent=2))


if __name__ == "__main__":
    main()
