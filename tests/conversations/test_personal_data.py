"""A member's export includes their private messages, conversations and choices, and nobody else's words."""

import pytest

from conversations import personal_data, services
from tests.conversations.conftest import cid

pytestmark = pytest.mark.django_db


def test_the_export_holds_my_messages_and_conversations_but_not_what_others_wrote(alice, bea, cal):
    first = services.start_conversation(alice, recipients=[bea], body="My own words", client_id=cid())
    services.send_message(bea, conversation=first.conversation, body="Bea's words", client_id=cid())
    services.block_member(alice, other=cal)
    written = personal_data.messages_written(alice)
    assert [row["text"] for row in written] == ["My own words"]
    assert written[0]["state"] == "delivered"
    joined = personal_data.conversations_joined(alice)
    assert joined[0]["with"] == ["bea_k"]
    assert personal_data.people(alice) == {"blocked": ["cal_r"], "following": [],
                                           "who_can_start_conversations": "everyone"}


def test_the_member_export_includes_the_private_message_sections(alice, bea):
    from accounts.export import collect

    services.start_conversation(alice, recipients=[bea], body="Exported words", client_id=cid())
    data = collect(alice)
    assert [row["text"] for row in data["private_messages"]] == ["Exported words"]
    assert data["conversations"][0]["with"] == ["bea_k"]
    assert data["messaging_choices"][0]["who_can_start_conversations"] == "everyone"
    assert "Exported words" not in str(collect(bea)["private_messages"])
