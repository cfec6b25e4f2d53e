"""The member's private-message data for their export (accounts' export registry).

Their own messages (every one they wrote, with the conversation it belongs to), the
conversations they are in (who else, when they joined or left), whom they blocked or follow,
and their message settings. Other members' messages are theirs, not the exporter's.
"""

from conversations.models import Block, Follow, Message, MessagingSettings, Participant


def messages_written(user) -> list[dict]:
    rows = Message.objects.filter(author=user).order_by("id").values(
        "id", "conversation_id", "created_at", "source", "as_team", "is_approved", "is_hidden"
    )
    return [
        {
            "conversation": row["conversation_id"],
            "sent_at": row["created_at"],
            "text": row["source"],
            "as_haven_team": row["as_team"],
            "state": "hidden by a moderator" if row["is_hidden"] else "delivered" if row["is_approved"] else "held",
        }
        for row in rows
    ]


def conversations_joined(user) -> list[dict]:
    rows = list(Participant.objects.filter(user=user).select_related("conversation").order_by("conversation_id"))
    others = {}
    for other in Participant.objects.filter(conversation__in=[r.conversation_id for r in rows]).exclude(
        user=user
    ).select_related("user"):
        others.setdefault(other.conversation_id, []).append(other.user.username)
    return [
        {
            "conversation": row.conversation_id,
            "kind": row.conversation.get_kind_display(),
            "subject": row.conversation.subject,
            "with": ["Haven team"] if row.conversation.is_team else others.get(row.conversation_id, []),
            "joined_at": row.joined_at,
            "left_at": row.left_at,
        }
        for row in rows
    ]


def people(user) -> dict:
    return {
        "blocked": list(Block.objects.filter(blocker=user).values_list("blocked__username", flat=True)),
        "following": list(Follow.objects.filter(follower=user).values_list("followed__username", flat=True)),
        "who_can_start_conversations": MessagingSettings.objects.filter(user=user)
        .values_list("allow_from", flat=True)
        .first()
        or MessagingSettings.EVERYONE,
    }
