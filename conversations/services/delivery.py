"""Delivering a stored message: participants' delivery marks, notifications and live events.

Who hears about a message is a security decision: only participants who have not left and
have not blocked the author; for team conversations, the moderators' group. Held messages
reach only their author until a moderator releases them (set_message_approved).
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from conversations.models import Conversation, Message, Participant
from conversations.selectors import (
    author_label,
    blockers_of,
    forget_unread,
    message_payload,
    team_awaiting_count,
    unread_count,
)
from forum.models import Notification
from forum.services import notify
from live import events

__all__ = ["deliver", "publish_read", "moderator_ids"]

User = get_user_model()


def moderator_ids() -> list[int]:
    """Active moderators and admins (every one of them sees team conversations)."""
    perms = Q(groups__permissions__codename__in=["moderate", "administer"]) | Q(is_superuser=True)
    return list(User.objects.filter(perms, is_active=True).distinct().values_list("pk", flat=True))


def deliver(message: Message) -> list[int]:
    """Mark the message delivered to whoever should get it and tell them after commit.

    Returns the ids of members it reached (besides its author). Call inside the transaction
    that stored (or released) the message.
    """
    conversation = message.conversation
    now = timezone.now()
    Participant.objects.filter(conversation=conversation, user=message.author).update(
        latest_id=message.pk, latest_at=now, last_read_id=message.pk
    )
    if not message.is_delivered:
        forget_unread([message.author_id])
        events.publish_on_commit(events.user_group(message.author_id), "pm.message", _payload(message, message.author))
        return []
    rows = Participant.objects.filter(conversation=conversation, left_at__isnull=True).exclude(user=message.author)
    candidates = set(rows.values_list("user_id", flat=True))
    reached = sorted(candidates - blockers_of(message.author_id, candidates))
    Participant.objects.filter(conversation=conversation, user_id__in=reached).update(latest_id=message.pk,
                                                                                      latest_at=now)
    fields = {"last_message_at": now}
    if conversation.is_team:
        fields["awaiting_team"] = not message.as_team
    Conversation.objects.filter(pk=conversation.pk).update(**fields)
    for key, value in fields.items():
        setattr(conversation, key, value)
    forget_unread([message.author_id, *reached])
    recipients = {user.pk: user for user in User.objects.filter(pk__in=[message.author_id, *reached])}
    for user_id in [message.author_id, *reached]:
        events.publish_on_commit(events.user_group(user_id), "pm.message", _payload(message, recipients[user_id]))
    for user_id in reached:
        _notify(recipients[user_id], message)
    if conversation.is_team:
        _tell_team(message)
    return reached


def _payload(message: Message, recipient) -> dict:
    return {"message": message_payload(message), "unread": unread_count(recipient)}


def _notify(recipient, message: Message) -> None:
    """One unread "private message" notification per conversation, if the member wants them."""
    url = message.conversation.get_absolute_url()
    if Notification.objects.filter(recipient=recipient, kind=Notification.MESSAGE, url=url,
                                   read_at__isnull=True).exists():
        return
    prefs = getattr(recipient, "notification_settings", None)
    if prefs is not None and not prefs.wants(Notification.MESSAGE):
        return
    notify(recipient, kind=Notification.MESSAGE, text=f"New private message from {author_label(message)}", url=url,
           actor=None if message.as_team else message.author)


def _tell_team(message: Message) -> None:
    """A team conversation reaches every moderator: a live event and, for members' messages,
    a notification each (one unread per conversation)."""
    events.publish_on_commit(
        events.MODERATORS_GROUP, "pm.team",
        {"message": message_payload(message), "awaiting": team_awaiting_count()},
    )
    if message.as_team:
        return
    for moderator in User.objects.filter(pk__in=moderator_ids()):
        _notify(moderator, message)


def publish_read(user) -> None:
    """The member's unread count changed (read, left or deleted): every tab's header follows."""
    forget_unread([user.pk])
    events.publish_on_commit(events.user_group(user.pk), "pm.read", {"unread": unread_count(user, fresh=True)})
