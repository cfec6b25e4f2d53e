"""Starting conversations, sending, delivering, read marks, leaving and deleting one's copy.

Each service stores first, in a transaction, and publishes live events only after commit
(through live.events), so nobody hears about something that was rolled back and nothing
accepted is lost if the channel layer is down. A repeated client_id returns the stored message.
"""

import hashlib
import re
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.permissions import can_moderate, is_staff_role
from accounts.services import record_audit
from conversations.models import MAX_MESSAGE_CHARS, Conversation, Message, Participant
from conversations.permissions import (
    check_message_member,
    check_reply,
    check_start_conversation,
    check_view_conversation,
    check_write_to_team,
    participant_row,
)
from conversations.services.delivery import deliver, publish_read
from forum.sanitize import clean_message, clean_text, render_markdown
from reviewable import registry

__all__ = [
    "MassMessaging",
    "start_conversation",
    "start_team_conversation",
    "send_message",
    "mark_conversation_read",
    "leave_conversation",
    "clear_conversation",
]

User = get_user_model()
CLIENT_ID_PATTERN = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
MAX_OTHERS = 4  # conversations hold up to 5 members
HELD_MASS = "The same message was sent to many members; a moderator checks it before anyone sees it."


class MassMessaging(Exception):
    """The same text went to too many members. The message is stored, held, and queued."""

    def __init__(self, message: Message):
        self.stored = message
        super().__init__(
            "You have sent this same message to many members, so it was not delivered. "
            "A moderator will look at it. Please write to people one at a time, in your own words."
        )


def _policy():
    return registry.content_policy()


def clean_body(body: str) -> str:
    return clean_message(body, max_chars=MAX_MESSAGE_CHARS)[0]  # the one blank rule, as for posts and chat


def _check_client_id(client_id: str) -> None:
    if not CLIENT_ID_PATTERN.match(client_id or ""):
        raise ValidationError("The message id from your browser is not valid. Please reload the page.",
                              code="client_id")


def fingerprint(body: str) -> str:
    return hashlib.sha256(" ".join(body.lower().split()).encode()).hexdigest()


def _is_mass_messaging(author, print_: str, recipient_ids: set[int]) -> bool:
    """Whether the same text now reaches at least HAVEN_MESSAGES_MASS_RECIPIENTS members in 24 hours."""
    limit = getattr(settings, "HAVEN_MESSAGES_MASS_RECIPIENTS", 5)
    if limit <= 0 or is_staff_role(author):
        return False
    since = timezone.now() - timedelta(hours=24)
    earlier = Participant.objects.filter(
        conversation__messages__author=author,
        conversation__messages__fingerprint=print_,
        conversation__messages__created_at__gte=since,
    ).exclude(user=author).values_list("user_id", flat=True)
    return len(set(earlier) | recipient_ids) >= limit


def _stored(author, client_id: str) -> Message | None:
    return Message.objects.select_related("conversation", "author").filter(author=author, client_id=client_id).first()


def _duplicate(message: Message) -> Message:
    message.was_duplicate = True
    message.policy_decision = None
    return message


def _store(author, *, conversation: Conversation, body: str, client_id: str, mass: bool, as_team: bool = False):
    """Create the message, run the content policy, deliver it unless held. Inside a transaction."""
    message = Message.objects.create(
        conversation=conversation, author=author, client_id=client_id, source=body,
        html=render_markdown(body, profile="chat"), fingerprint=fingerprint(body), as_team=as_team,
    )
    policy = _policy()
    decision = policy.on_created(message, author=author)
    if mass and message.is_approved:
        policy.hold_for_review(message, author=author, reason=HELD_MASS)
        message.is_approved = False
    if decision.held_for_review and message.is_approved:
        message.is_approved = False
    if not message.is_approved:
        Message.objects.filter(pk=message.pk).update(is_approved=False)
    deliver(message)
    message.was_duplicate = False
    message.policy_decision = decision
    return message


def _finish(message: Message) -> Message:
    if not message.is_approved and getattr(message, "mass_messaging", False):
        raise MassMessaging(message)
    return message


def _recipients_checked(author, recipients) -> list:
    unique = {user.pk: user for user in recipients}
    unique.pop(author.pk, None)
    if not unique:
        raise ValidationError("Please choose who to write to.", code="recipients")
    if len(unique) > MAX_OTHERS:
        raise ValidationError(f"A conversation can have up to {MAX_OTHERS + 1} members, you included.",
                              code="recipients")
    for user in unique.values():
        check_message_member(author, user)
    return list(unique.values())


def start_conversation(author, *, recipients, subject: str = "", body: str, client_id: str) -> Message:
    """A member starts a conversation with up to four others; returns the first message.

    Raises PermissionDenied (new members, blocks, messages off), ValidationError (bad input)
    and MassMessaging (stored but held).
    """
    _check_client_id(client_id)
    existing = _stored(author, client_id)
    if existing is not None:
        return _duplicate(existing)
    check_start_conversation(author)
    others = _recipients_checked(author, recipients)
    body = clean_body(body)
    mass = _is_mass_messaging(author, fingerprint(body), {user.pk for user in others})
    try:
        with transaction.atomic():
            kind = Conversation.DIRECT if len(others) == 1 else Conversation.GROUP
            conversation = Conversation.objects.create(kind=kind, subject=clean_text(subject).strip()[:120],
                                                       started_by=author)
            Participant.objects.bulk_create(
                [Participant(conversation=conversation, user=user) for user in [author, *others]]
            )
            message = _store(author, conversation=conversation, body=body, client_id=client_id, mass=mass)
    except IntegrityError:
        existing = _stored(author, client_id)
        if existing is None:
            raise
        return _duplicate(existing)
    message.mass_messaging = mass
    return _finish(message)


def start_team_conversation(author, *, subject: str = "", body: str, client_id: str) -> Message:
    """A member writes to the moderators as a group: new and muted members too (appeals)."""
    _check_client_id(client_id)
    existing = _stored(author, client_id)
    if existing is not None:
        return _duplicate(existing)
    check_write_to_team(author)
    body = clean_body(body)
    with transaction.atomic():
        conversation = Conversation.objects.create(
            kind=Conversation.TEAM, subject=clean_text(subject).strip()[:120], started_by=author
        )
        Participant.objects.create(conversation=conversation, user=author)
        message = _store(author, conversation=conversation, body=body, client_id=client_id, mass=False)
    return message


def send_message(author, *, conversation: Conversation, body: str, client_id: str) -> Message:
    """Reply in a conversation. Moderators answering a team conversation write as "Haven team"
    and are recorded in the audit log."""
    _check_client_id(client_id)
    existing = _stored(author, client_id)
    if existing is not None:
        if existing.conversation_id != conversation.pk:
            raise ValidationError("That message id was already used in another conversation.", code="client_id")
        return _duplicate(existing)
    check_reply(author, conversation)
    body = clean_body(body)
    row = participant_row(author, conversation)
    as_team = conversation.is_team and row is None and can_moderate(author)
    mass = False
    if not conversation.is_team:
        others = set(conversation.participants.filter(left_at__isnull=True).exclude(user=author)
                     .values_list("user_id", flat=True))
        mass = _is_mass_messaging(author, fingerprint(body), others)
    try:
        with transaction.atomic():
            message = _store(author, conversation=conversation, body=body, client_id=client_id, mass=mass,
                             as_team=as_team)
            if as_team:
                member = conversation.started_by
                record_audit(actor=author, action="messages.team_reply", target=conversation, target_user=member,
                             after=body[:500])
    except IntegrityError:
        existing = _stored(author, client_id)
        if existing is None:
            raise
        return _duplicate(existing)
    message.mass_messaging = mass
    return _finish(message)


def mark_conversation_read(user, *, conversation: Conversation, last_id: int | None = None) -> Participant | None:
    """Move the member's read mark forward (never back); moderators on team conversations have none."""
    check_view_conversation(user, conversation)
    row = participant_row(user, conversation)
    if row is None:
        return None
    target = row.latest_id if last_id is None else min(max(last_id, 0), row.latest_id)
    if target <= row.last_read_id:
        return row
    with transaction.atomic():
        Participant.objects.filter(pk=row.pk, last_read_id__lt=target).update(last_read_id=target)
        row.last_read_id = target
        publish_read(user)
    return row


def leave_conversation(user, *, conversation: Conversation) -> Participant:
    """The member leaves: it disappears for them only; the others keep every message."""
    check_view_conversation(user, conversation)
    row = participant_row(user, conversation)
    if row is None:
        raise PermissionDenied("Moderators answer team conversations; there is nothing to leave.")
    with transaction.atomic():
        row.left_at = timezone.now()
        row.save(update_fields=["left_at"])
        publish_read(user)
    return row


def clear_conversation(user, *, conversation: Conversation) -> Participant:
    """Delete the member's own copy up to now; a new message brings the conversation back."""
    check_view_conversation(user, conversation)
    row = participant_row(user, conversation)
    if row is None:
        raise PermissionDenied("Moderators can't delete team conversations.")
    with transaction.atomic():
        row.cleared_through_id = row.latest_id
        row.last_read_id = max(row.last_read_id, row.latest_id)
        row.save(update_fields=["cleared_through_id", "last_read_id"])
        publish_read(user)
    return row



def send_private_message(sender, recipient, text: str) -> str:
    """A new direct conversation from sender to recipient (a moderator's crisis check-in, through
    reviewable.registry); returns its URL. The usual checks apply: blocks, reachability, length."""
    message = start_conversation(sender, recipients=[recipient], subject="A message from the moderators",
                                 body=text, client_id=f"mod-{uuid.uuid4().hex}")
    return message.conversation.get_absolute_url()
