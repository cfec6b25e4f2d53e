"""A small websocket client on the standard library (asyncio), for load runs and process tests.

Text frames only, client-side masking, answers pings, reports the close code. Enough for
Haven's JSON protocol; not a general-purpose client.
"""

import asyncio
import base64
import hashlib
import json
import os
import struct
from urllib.parse import urlsplit

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class HandshakeError(Exception):
    def __init__(self, status: int, text: str = ""):
        self.status = status
        super().__init__(f"websocket handshake refused with HTTP {status} {text}".strip())


class ConnectionClosed(Exception):
    def __init__(self, code: int | None, reason: str = ""):
        self.code = code
        self.reason = reason
        super().__init__(f"websocket closed with code {code} {reason}".strip())


class WSClient:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader = reader
        self.writer = writer
        self.close_code: int | None = None

    @classmethod
    async def connect(
        cls, url: str, *, cookie: str = "", origin: str = "", timeout: float = 10, headers: dict | None = None
    ) -> "WSClient":
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port or 80
        path = parts.path or "/"
        reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port, limit=2**20), timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        lines = [
            f"GET {path} HTTP/1.1",
            f"Host: {host}:{port}",
            "Upgrade: websocket",
            "Connection: Upgrade",
            f"Sec-WebSocket-Key: {key}",
            "Sec-WebSocket-Version: 13",
        ]
        if origin:
            lines.append(f"Origin: {origin}")
        if cookie:
            lines.append(f"Cookie: {cookie}")
        for name, value in (headers or {}).items():
            lines.append(f"{name}: {value}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
        await writer.drain()
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            writer.close()
            raise HandshakeError(0, "connection closed during handshake") from exc
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        status = int(status_line.split(" ")[1])
        if status != 101:
            writer.close()
            raise HandshakeError(status, status_line)
        got = {}
        for line in header_lines:
            if ":" in line:
                name, value = line.split(":", 1)
                got[name.strip().lower()] = value.strip()
        expected = base64.b64encode(hashlib.sha1((key + _GUID).encode()).digest()).decode()  # noqa: S324 - protocol
        if got.get("sec-websocket-accept") != expected:
            writer.close()
            raise HandshakeError(status, "bad Sec-WebSocket-Accept")
        return cls(reader, writer)

    async def _send_frame(self, opcode: int, payload: bytes) -> None:
        mask = os.urandom(4)
        length = len(payload)
        if length < 126:
            header = struct.pack("!BB", 0x80 | opcode, 0x80 | length)
        elif length < 2**16:
            header = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, length)
        else:
            header = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, length)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.writer.write(header + mask + masked)
        await self.writer.drain()

    async def send_text(self, text: str) -> None:
        await self._send_frame(0x1, text.encode())

    async def send_json(self, obj) -> None:
        await self.send_text(json.dumps(obj))

    async def _read_frame(self) -> tuple[int, bool, bytes]:
        try:
            b1, b2 = await self.reader.readexactly(2)
            length = b2 & 0x7F
            if length == 126:
                (length,) = struct.unpack("!H", await self.reader.readexactly(2))
            elif length == 127:
                (length,) = struct.unpack("!Q", await self.reader.readexactly(8))
            mask = await self.reader.readexactly(4) if b2 & 0x80 else b""
            payload = await self.reader.readexactly(length)
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            self.close_code = self.close_code or 1006
            raise ConnectionClosed(self.close_code, "connection lost") from exc
        if mask:
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        return b1 & 0x0F, bool(b1 & 0x80), payload

    async def recv_text(self) -> str:
        parts: list[bytes] = []
        while True:
            opcode, fin, payload = await self._read_frame()
            if opcode == 0x8:
                code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
                self.close_code = code
                try:
                    await self._send_frame(0x8, payload[:2])
                except ConnectionError:
                    pass
                self.writer.close()
                raise ConnectionClosed(code, payload[2:].decode(errors="replace"))
            if opcode == 0x9:
                await self._send_frame(0xA, payload)
                continue
            if opcode == 0xA:
                continue
            parts.append(payload)
            if fin:
                return b"".join(parts).decode()

    async def recv_json(self, timeout: float | None = None):
        if timeout is None:
            return json.loads(await self.recv_text())
        return json.loads(await asyncio.wait_for(self.recv_text(), timeout))

    async def recv_type(self, *types: str, timeout: float = 10):
        """The next event of one of these types, skipping others."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            event = await self.recv_json(timeout=max(0.01, deadline - loop.time()))
            if event.get("type") in types:
                return event

    async def close(self, code: int = 1000) -> None:
        try:
            await self._send_frame(0x8, struct.pack("!H", code))
        except (ConnectionError, RuntimeError):
            pass
        self.writer.close()
        try:
            await self.writer.wait_closed()
        except (ConnectionError, OSError):
            pass
