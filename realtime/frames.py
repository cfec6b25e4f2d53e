"""Turning one inbound websocket frame into a validated request, or a refusal with its code.

Pure functions, no I/O: the consumer calls ``parse_frame`` and either dispatches the
``Frame`` or sends the ``FrameRefused`` as an ``error`` event (docs/realtime.md lists the codes).
"""

import json
from dataclasses import dataclass, field
from typing import Any

from realtime.forms import BOOLEAN_FIELDS, FORMS, MAX_FRAME_BYTES, error_code_for

# Fields copied from a frame into its error reply, so the client can match them up.
CONTEXT_FIELDS = ("client_id", "room", "id", "topic")


@dataclass
class Frame:
    type: str
    data: dict[str, Any]
    context: dict[str, Any]


@dataclass
class FrameRefused(Exception):
    code: str
    message: str
    extra: dict[str, Any] = field(default_factory=dict)


def _context(frame_type: str, data: dict[str, Any]) -> dict[str, Any]:
    context: dict[str, Any] = {"request": frame_type}
    for key in CONTEXT_FIELDS:
        value = data.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool):
            context[key] = value
    return context


def _decode(text_data: str | None) -> dict[str, Any]:
    if text_data is None:
        raise FrameRefused("bad_json", "Send text frames containing JSON.")
    if len(text_data.encode("utf-8", "surrogatepass")) > MAX_FRAME_BYTES:
        raise FrameRefused("too_large", f"Frames can be up to {MAX_FRAME_BYTES:,} bytes.")
    try:
        data = json.loads(text_data)
    except ValueError:
        raise FrameRefused("bad_json", "That was not valid JSON.") from None
    if not isinstance(data, dict):
        raise FrameRefused("bad_json", 'Each frame must be a JSON object with a "type".')
    return data


def parse_frame(text_data: str | None) -> Frame:
    """The validated frame, or FrameRefused(code, message, extra) for the error reply."""
    data = _decode(text_data)
    frame_type = data.get("type")
    if not isinstance(frame_type, str) or frame_type not in FORMS:
        raise FrameRefused("unknown_type", f"Unknown message type: {str(frame_type)[:40]!r}.")
    context = _context(frame_type, data)
    if any(isinstance(value, dict | list) or (isinstance(value, bool) and key not in BOOLEAN_FIELDS)
           for key, value in data.items() if key != "type"):
        raise FrameRefused("invalid", "Fields must be plain numbers or text.", context)
    form = FORMS[frame_type](data=data)
    if not form.is_valid():
        fields = {name: [str(m) for m in msgs] for name, msgs in form.errors.items()}
        first = next(iter(fields.values()))[0]
        code = error_code_for(form)
        extra = {"fields": fields, **context}
        if code == "advice_reminder":
            extra["evidence"] = form.advice_evidence
        raise FrameRefused(code, first, extra)
    return Frame(frame_type, form.cleaned_data, context)
