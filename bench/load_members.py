"""One simulated member for bench/site_load.py: pages over HTTP, chat over the websocket, and
what they saw (status, latency, acknowledged writes) in a shared Recorder."""

import asyncio
import http.client
import random
import time
import uuid
from urllib.parse import urlencode

from bench.ws_client import ConnectionClosed, HandshakeError, WSClient

# What a member does, with weights: mostly reading, some writing and chatting.
ACTIONS = [("topic", 35), ("board", 10), ("home", 10), ("reply", 15), ("react", 15), ("chat", 15)]


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 1)


class Recorder:
    def __init__(self):
        self.started = time.perf_counter()
        self.requests: list[tuple[str, int, float, float]] = []  # kind, status, seconds, at
        self.chat_latencies: list[float] = []
        self.acked_posts: set[str] = set()
        self.acked_chat: set[str] = set()
        self.chat_reconnects = 0
        self.chat_retries = 0

    def add(self, kind: str, status: int, seconds: float) -> None:
        self.requests.append((kind, status, seconds, time.perf_counter() - self.started))

    def summary(self, window: tuple[float, float] | None) -> dict:
        def in_window(at: float) -> bool:
            return window is not None and window[0] <= at <= window[1] + 2

        failures = [(k, s, at) for k, s, _, at in self.requests if s == 0 or s >= 500]
        ok = [sec for _, s, sec, _ in self.requests if 0 < s < 500]
        outside = [f for f in failures if not in_window(f[2])]
        by_kind: dict[str, dict[str, int]] = {}
        for kind, status, _, _ in self.requests:
            counts = by_kind.setdefault(kind, {})
            key = "fail" if status == 0 or status >= 500 else str(status)
            counts[key] = counts.get(key, 0) + 1
        last_failure = max((at for _, _, at in failures), default=None)
        return {
            "requests": len(self.requests), "server_errors": len(failures),
            "server_errors_outside_fault": len(outside),
            "recovered_after_s": round(last_failure - window[1], 1) if window and last_failure else None,
            "p50_ms": percentile(ok, 0.5), "p99_ms": percentile(ok, 0.99), "by_kind": by_kind,
            "chat_acks": len(self.chat_latencies), "chat_p50_ms": percentile(self.chat_latencies, 0.5),
            "chat_p99_ms": percentile(self.chat_latencies, 0.99), "chat_reconnects": self.chat_reconnects,
            "chat_retries": self.chat_retries,
            "fault_window_s": [round(x, 1) for x in window] if window else None,
        }


class Member:
    def __init__(self, index: int, host: str, cookie: str, world: dict, recorder: Recorder, *, csrf: str):
        self.index, self.host, self.cookie, self.world, self.recorder, self.csrf = (
            index, host, cookie, world, recorder, csrf)
        self.client: WSClient | None = None
        self.outbox: dict[str, tuple[str, float]] = {}  # client_id -> (body, first sent at)
        self.listener: asyncio.Task | None = None
        self.seq = 0

    # --- HTTP ------------------------------------------------------------------------------

    def _request(self, method: str, path: str, data: dict | None) -> int:
        hostname, port = self.host.split(":")
        conn = http.client.HTTPConnection(hostname, int(port), timeout=30)
        headers = {"Cookie": self.cookie, "Host": self.host}
        body = None
        if data is not None:
            body = urlencode({**data, "csrfmiddlewaretoken": self.csrf})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            return response.status
        except (OSError, http.client.HTTPException):
            return 0
        finally:
            conn.close()

    async def http(self, kind: str, method: str, path: str, data: dict | None = None) -> int:
        started = time.perf_counter()
        status = await asyncio.to_thread(self._request, method, path, data)
        self.recorder.add(kind, status, time.perf_counter() - started)
        return status

    async def reply(self) -> None:
        marker = f"ld-{uuid.uuid4().hex[:16]}"
        topic = random.choice(self.world["topics"])
        status = await self.http("reply", "POST", f"/t/{topic['id']}/reply/",
                                 {"body": f"{marker} Sending strength from member {self.index}.", "token": marker})
        if status == 302:
            self.recorder.acked_posts.add(marker)

    # --- chat ------------------------------------------------------------------------------

    async def open_chat(self) -> bool:
        try:
            self.client = await WSClient.connect(f"ws://{self.host}/ws/", cookie=self.cookie,
                                                 origin=f"http://{self.host}", timeout=30)
            await self.client.recv_type("welcome", timeout=30)
            await self.client.send_json({"type": "join", "room": self.world["room"]})
            await self.client.recv_type("history", "catch_up", timeout=30)
        except (HandshakeError, ConnectionClosed, OSError, TimeoutError, KeyError):
            self.client = None
            return False
        self.listener = asyncio.create_task(self._listen(self.client))
        for client_id, (body, _) in list(self.outbox.items()):  # resend what was never acknowledged
            await self._send_frame(client_id, body)
        return True

    async def _listen(self, client: WSClient) -> None:
        try:
            while True:
                event = await client.recv_json()
                if event.get("type") == "ack" and event.get("request") == "send":
                    sent = self.outbox.pop(event.get("client_id"), None)
                    if sent is not None:
                        self.recorder.acked_chat.add(event["client_id"])
                        self.recorder.chat_latencies.append(time.perf_counter() - sent[1])
                elif event.get("type") == "error" and event.get("client_id") in self.outbox:
                    # As the browser does: keep it in the outbox and send it again (same client_id).
                    self.recorder.chat_retries += 1
                    asyncio.get_running_loop().call_later(
                        float(event.get("retry_after") or 1), self._resend_soon, event["client_id"])
        except (ConnectionClosed, OSError):
            pass
        if self.client is client:
            self.client = None

    def _resend_soon(self, client_id: str) -> None:
        if client_id in self.outbox and self.client is not None:
            asyncio.ensure_future(self._send_frame(client_id, self.outbox[client_id][0]))

    async def _send_frame(self, client_id: str, body: str) -> None:
        try:
            await self.client.send_json({"type": "send", "room": self.world["room"], "client_id": client_id,
                                         "body": body})
        except (ConnectionClosed, OSError, AttributeError):
            self.client = None

    async def chat(self) -> None:
        if self.client is None:
            self.recorder.chat_reconnects += 1
            if not await self.open_chat():
                return
        self.seq += 1
        client_id = f"ld{self.index}-{self.seq}-{uuid.uuid4().hex[:6]}"
        body = f"chat {self.seq} from member {self.index}"
        self.outbox[client_id] = (body, time.perf_counter())
        await self._send_frame(client_id, body)

    async def finish_chat(self, *, timeout: float) -> None:
        deadline = time.perf_counter() + timeout
        while self.outbox and time.perf_counter() < deadline:
            if self.client is None:
                await self.open_chat()
            await asyncio.sleep(0.5)
        if self.listener is not None:
            self.listener.cancel()
        if self.client is not None:
            await self.client.close()

    # --- the loop --------------------------------------------------------------------------

    async def act_until(self, deadline: float) -> None:
        kinds, weights = zip(*ACTIONS, strict=True)
        while time.perf_counter() < deadline:
            kind = random.choices(kinds, weights)[0]
            topic = random.choice(self.world["topics"])
            if kind == "topic":
                await self.http("topic", "GET", topic["url"])
            elif kind == "board":
                await self.http("board", "GET", f"/b/{self.world['board']}/")
            elif kind == "home":
                await self.http("home", "GET", "/")
            elif kind == "reply":
                await self.reply()
            elif kind == "react":
                await self.http("react", "POST", f"/p/{topic['post']}/react/",
                                {"kind": random.choice(["support", "thanks"])})
            else:
                await self.chat()
            await asyncio.sleep(random.uniform(0.5, 1.5))
