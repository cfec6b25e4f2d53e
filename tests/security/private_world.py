"""Real private content for the role × route matrix (tests/security/matrix_world.py MARKERS).

Private messages, a team conversation, a reported message, a journal with an entry at each
visibility, one draft per composer kind, a content note's free text and a new member's held
reply: each holds a marker word, and the ids go into World.samples so the routes that take
them point at the real rows. Roles are named by their string keys ("member", "new_member")
because matrix_world imports this module.
"""

from datetime import date
from decimal import Decimal

import forum.services
import moderation.services
from conversations import services as conversation_services
from journal import services as journal_services
from journal.equivalence import OTHER
from journal.models import MEMBERS, PRIVATE, PUBLIC


def _conversations(member, poster) -> dict:
    private = conversation_services.start_conversation(
        poster, recipients=[member], subject="Matrix private", body="PRIVMSGWORD between us", client_id="matrix-pm-1"
    )
    conversation_services.send_message(
        member, conversation=private.conversation, body="PRIVMSGWORD answered", client_id="matrix-pm-2"
    )
    reported = conversation_services.start_conversation(
        poster, recipients=[member], subject="Matrix reported", body="REPORTEDPMWORD unkind words",
        client_id="matrix-pm-3",
    )
    moderation.services.file_flag(reported, flagger=member, reason="unkind", note="please look")
    team = conversation_services.start_team_conversation(
        poster, subject="Matrix appeal", body="TEAMMSGWORD about my warning", client_id="matrix-team-1"
    )
    return {
        "conversation_id": private.conversation_id,
        "pm_id": private.pk,
        "reported_pm_id": reported.pk,
        "reported_conversation_id": reported.conversation_id,
        "team_conversation_id": team.conversation_id,
    }


def _journal(owner) -> dict:
    journal_services.set_journal_visibility(owner, visibility=PUBLIC)
    entries = {}
    for day, (visibility, word) in enumerate(
        [(PRIVATE, "JOURNALSELFWORD"), (MEMBERS, "JOURNALMEMBWORD"), (PUBLIC, "JOURNALPUBWORD")], start=1
    ):
        dose = {"medication": OTHER, "other_name": f"{word} tablets", "amount": Decimal("5"), "unit": "mg"}
        entries[visibility] = journal_services.create_entry(
            owner, date=date(2026, 10, day), marker="", ratings={"sleep": day}, doses=[dose],
            note=f"{word} in my note", visibility=visibility,
        )
    return {"entry_id": entries[PRIVATE].pk}


def _drafts(member, content) -> dict:
    own = forum.services.create_post(member, topic=content["topic"], body="The member's own reply")
    forum.services.save_draft(member, composer="topic", target_id=content["public_board"].pk,
                              title="TOPICDRAFTWORD title", body="TOPICDRAFTWORD body")
    forum.services.save_draft(member, composer="reply", target_id=content["topic"].pk,
                                      body="REPLYDRAFTWORD body")
    edit = forum.services.save_draft(member, composer="edit", target_id=own.pk, body="EDITDRAFTWORD body")
    return {"draft_id": edit.pk, "own_post_id": own.pk}


def build_private_content(users: dict, *, poster, moderator, content: dict) -> dict:
    """Create the private content; returns the samples for the routes that take its ids."""
    member, new_member = users["member"], users["new_member"]
    samples = {**_conversations(member, poster), **_journal(poster), **_drafts(member, content)}
    forum.services.set_content_notes(content["members_topic"].opening_post, by=poster, notes=["loss"],
                                     other="CNOTEWORD grief")
    held = forum.services.create_post(new_member, topic=content["topic"], body="HELDNEWWORD my first words")
    assert not held.is_approved, "a new member's first reply is held for review"
    samples["held_new_post_id"] = held.pk
    return samples
