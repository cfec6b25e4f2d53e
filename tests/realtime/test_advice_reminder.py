"""The rule 2 reminder in chat (docs/realtime.md, docs/care.md): a message that tells someone
what to do with their medication is answered with "advice_reminder" and not stored; the same
message sent again with "send_as_is": true is stored and goes to moderators at low priority."""

import json

import pytest

from forum.nudge import REMINDER
from realtime.models import ChatMessage
from realtime.services import send_chat_message
from tests.realtime.conftest import Socket, run

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_on_commit")]

INSTRUCTION = "Honestly just stop taking it, you should cut 25% tonight."


def _send(room, client_id, body, **extra):
    return {"type": "send", "room": room.pk, "client_id": client_id, "body": body, **extra}


def test_an_instruction_is_answered_with_the_reminder_and_not_stored(room, member, policy):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.join(room)
        await sock.send(**_send(room, "nudge-1", INSTRUCTION))
        error = await sock.receive_type("error", "ack")
        nothing_else = await sock.nothing()
        await sock.close()
        return error, nothing_else

    error, nothing_else = run(scenario)
    assert error["type"] == "error" and error["code"] == "advice_reminder"
    assert error["message"] == REMINDER
    assert error["client_id"] == "nudge-1" and error["room"] == room.pk
    assert error["evidence"] == "you should cut"
    assert nothing_else
    assert not ChatMessage.objects.exists()
    assert policy.advice_posted == []


def test_sent_as_it_is_the_message_is_stored_and_noted_for_moderators(room, member, policy):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.join(room)
        await sock.send(**_send(room, "nudge-2", INSTRUCTION))
        await sock.receive_type("error")
        await sock.send(**_send(room, "nudge-2", INSTRUCTION, send_as_is=True))
        ack = await sock.receive_type("ack", "error")
        await sock.close()
        return ack

    ack = run(scenario)
    stored = ChatMessage.objects.get()
    assert ack["type"] == "ack" and ack["id"] == stored.pk and ack["state"] == "visible"
    assert stored.source == INSTRUCTION
    assert [(obj.pk, evidence) for obj, evidence in policy.advice_posted] == [(stored.pk, "you should cut")]


@pytest.mark.parametrize("body", [
    "I'm on 12 mg of diazepam and holding for now.",
    "What worked for me was cutting 5% every four weeks.",
    "My doctor said you should never stop abruptly, and I agree.",
    "Should I updose?",
])
def test_sharing_ones_own_experience_is_sent_at_once_without_a_reminder(room, member, policy, body):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send(**_send(room, "own-1", body))
        return await sock.receive_type("ack", "error")

    assert run(scenario)["type"] == "ack"
    assert ChatMessage.objects.get().source == body
    assert policy.advice_posted == []


def test_editing_a_message_into_an_instruction_brings_up_the_reminder_once(room, member, policy):
    message = send_chat_message(member, room=room, body="Day 40 of my taper.", client_id="e1")

    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send(type="edit", id=message.pk, body="Day 40. Jump off now, you'll be fine.")
        reminder = await sock.receive_type("error", "ack")
        await sock.send(type="edit", id=message.pk, body="Day 40. Jump off now, you'll be fine.", send_as_is=True)
        ack = await sock.receive_type("error", "ack")
        return reminder, ack

    reminder, ack = run(scenario)
    assert reminder["code"] == "advice_reminder" and reminder["id"] == message.pk
    assert ack["type"] == "ack" and ack["request"] == "edit"
    message.refresh_from_db()
    assert message.source == "Day 40. Jump off now, you'll be fine."
    assert [obj.pk for obj, _ in policy.advice_posted] == [message.pk]


@pytest.mark.parametrize("value", ["yes", 1, "true"])
def test_send_as_is_must_be_a_json_boolean(room, member, value):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send(**_send(room, "flag-1", "Hello all", send_as_is=value))
        return await sock.receive_type("error", "ack")

    error = run(scenario)
    assert error["code"] == "invalid" and "send_as_is" in error["fields"]
    assert not ChatMessage.objects.exists()


def test_other_fields_still_refuse_booleans(room, member):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.send_text(json.dumps({"type": "send", "room": True, "client_id": "b1", "body": "hi"}))
        return await sock.receive_type("error", "ack")

    assert run(scenario)["code"] == "invalid"
    assert not ChatMessage.objects.exists()
