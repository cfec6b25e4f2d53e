"""The kinds of e-mail a member can choose, their defaults, and how site notifications map to them.

Account e-mail (address confirmation, password reset) is not here: allauth sends it directly and
it is never switched off, digested or held for quiet hours.
"""

from dataclasses import dataclass

OFF, NOW, DIGEST = "off", "now", "digest"
MODES = [(NOW, "Straight away"), (DIGEST, "In my digest"), (OFF, "Never by e-mail")]


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    default: str
    reason: str  # the one line telling the member why they got the e-mail
    urgent: bool = False  # may pass quiet hours when the member opted in
    moderators_only: bool = False


KINDS = [
    Kind("reply_mine", "Replies to topics I started", DIGEST, "You started this topic."),
    Kind("reply_followed", "Replies and new topics in what I follow", DIGEST, "You follow this topic or board."),
    Kind("mention", "Someone mentions me (@name)", NOW, "Someone mentioned you."),
    Kind("quote", "Someone quotes my post", DIGEST, "Someone quoted your post."),
    Kind("reaction", "Someone reacts to my post", OFF, "Someone reacted to your post."),
    Kind("private_message", "Private messages", NOW, "Someone sent you a private message."),
    Kind("moderation", "Notices from the moderators and the Haven team", NOW,
         "The moderators or the Haven team sent you a notice.", urgent=True),
    Kind("guidance", "Guidance: new guidance for my stage (clinicians: notices and reviews due)", DIGEST,
         "You asked to hear about guidance on Haven."),
    Kind("crisis_alert", "Crisis alerts (moderators)", NOW,
         "You are a moderator and a post may need urgent attention.", urgent=True, moderators_only=True),
]
BY_KEY = {kind.key: kind for kind in KINDS}
KIND_CHOICES = [(kind.key, kind.label) for kind in KINDS]

# forum.Notification.kind -> e-mail kind. "reply" splits into reply_mine / reply_followed.
NOTIFICATION_KINDS = {
    "mention": "mention",
    "quote": "quote",
    "reaction": "reaction",
    "moderation": "moderation",
    "system": "moderation",
    "resource": "guidance",
    "guidance": "guidance",
    # The conversations app's notifications (any of these names) are private messages.
    "message": "private_message",
    "conversation": "private_message",
    "private_message": "private_message",
    "crisis": "crisis_alert",
}
# Kinds whose items are about a post: several in one topic become one e-mail.
TOPIC_KINDS = {"reply_mine", "reply_followed", "mention", "quote", "reaction"}


def lower_label(kind: str) -> str:
    """The kind's label inside a sentence ("Stop replies to topics I started e-mails")."""
    if kind == "digest":
        return "digest"
    label = BY_KEY[kind].label
    return label[0].lower() + label[1:]


def email_kind_for(notification_kind: str, *, is_my_topic: bool) -> str | None:
    if notification_kind == "reply":
        return "reply_mine" if is_my_topic else "reply_followed"
    return NOTIFICATION_KINDS.get(notification_kind)
