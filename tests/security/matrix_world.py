"""The accounts and content the role × route matrix runs against (tests/security/test_route_matrix.py).

Marker words sit in content that only some roles may see; `MARKERS` says who may. Add a marker
and its content here when your feature adds content some roles must not see (drafts, private
messages, journal entries...), and give its ids to `World.samples` for your routes' arguments.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone

import forum.services
import moderation.services
from moderation.models import QueueItem
from realtime.models import ChatMessage, ChatRoom
from resources import services as resource_services
from tests.factories import BoardFactory, MemberFactory, NewMemberFactory
from tests.security.private_world import build_private_content

ANON = "anonymous"
NEW = "new_member"
MEMBER = "member"
MUTED = "muted"
SUSPENDED = "suspended"
BANNED = "banned"
MOD_NO_2FA = "moderator_without_two_step"
MOD = "moderator"
CLINICIAN = "clinician"
ADMIN = "admin"
ROLES = (ANON, NEW, MEMBER, MUTED, SUSPENDED, BANNED, MOD_NO_2FA, MOD, CLINICIAN, ADMIN)

# Role sets for the expectations table.
NOBODY: frozenset[str] = frozenset()
# Suspended and banned accounts are signed out on their next request (accounts.middleware).
EVERYONE = frozenset(ROLES) - {SUSPENDED, BANNED}
SIGNED_IN = EVERYONE - {ANON}
WRITERS = SIGNED_IN - {MUTED}
MODERATORS = frozenset({MOD, ADMIN})
CLINICIANS = frozenset({CLINICIAN})
ADMINS = frozenset({ADMIN})
SEE_HIDDEN = MODERATORS

# Marker word -> the roles that may see it in any response body.
MARKERS = {
    "HELDMARKER": SEE_HIDDEN,
    "HIDDENMARKER": SEE_HIDDEN,
    "REMOVEDMARKER": SEE_HIDDEN,
    "MEMBERSMARKER": SIGNED_IN,
    "DRAFTMARKER": CLINICIANS | ADMINS,  # a guidance draft: verified clinicians review each other's
    "CHATHIDDENMARKER": SEE_HIDDEN,
    # Private content from the newer apps (tests/security/private_world.py); no name contains another.
    "PRIVMSGWORD": frozenset({MEMBER}),  # a conversation between the member and another member
    "REPORTEDPMWORD": frozenset({MEMBER}) | SEE_HIDDEN,  # a reported message: its report window
    "TEAMMSGWORD": SEE_HIDDEN,  # another member's "message the team"
    "JOURNALSELFWORD": NOBODY,  # another member's "only me" journal entry
    "JOURNALMEMBWORD": SIGNED_IN,  # "members only" entry of a public journal
    "JOURNALPUBWORD": EVERYONE,  # public entry of a public journal
    "TOPICDRAFTWORD": frozenset({MEMBER}),  # the member's own drafts, one per composer kind
    "REPLYDRAFTWORD": frozenset({MEMBER}),
    "EDITDRAFTWORD": frozenset({MEMBER}),
    "CNOTEWORD": SIGNED_IN,  # a content note's free text, on a members-only board
    "HELDNEWWORD": frozenset({NEW}) | SEE_HIDDEN,  # a new member's held first reply: its author and moderators
}

# Marker words each of these roles must come across somewhere (so a leak check cannot pass
# because the private content never reached any page).
MUST_SEE = {
    ANON: {"JOURNALPUBWORD"},
    NEW: {"HELDNEWWORD", "JOURNALMEMBWORD"},
    MEMBER: {"PRIVMSGWORD", "EDITDRAFTWORD", "JOURNALMEMBWORD", "JOURNALPUBWORD", "CNOTEWORD", "MEMBERSMARKER"},
    MOD: {"TEAMMSGWORD", "REPORTEDPMWORD", "HELDNEWWORD", "HELDMARKER", "HIDDENMARKER"},
}


@dataclass
class World:
    users: dict = field(default_factory=dict)
    samples: dict = field(default_factory=dict)


def _make_users() -> dict:
    moderator = MemberFactory(roles=["moderator"], mfa=True, username="matrix_mod")
    users = {
        NEW: NewMemberFactory(username="matrix_new"),
        MEMBER: MemberFactory(username="matrix_member"),
        MUTED: MemberFactory(username="matrix_muted"),
        SUSPENDED: MemberFactory(username="matrix_suspended"),
        BANNED: MemberFactory(username="matrix_banned"),
        MOD_NO_2FA: MemberFactory(roles=["moderator"], mfa=True, two_step=False, username="matrix_mod_no2fa"),
        MOD: moderator,
        CLINICIAN: MemberFactory(roles=["clinician"], mfa=True, username="matrix_clinician", clinician_title="GP"),
        ADMIN: MemberFactory(
            roles=["admin"], mfa=True, username="matrix_admin", is_staff=True, is_superuser=True
        ),
    }
    moderation.services.mute_member(users[MUTED], by=moderator, reason="Cool off", duration=timedelta(days=1))
    moderation.services.suspend_member(users[SUSPENDED], by=moderator, reason="Break", duration=timedelta(days=1))
    moderation.services.ban_member(users[BANNED], by=moderator, reason="Spam")
    return users


def _make_forum(poster, moderator) -> dict:
    public = BoardFactory(is_public=True, slug="matrix-public")
    private = BoardFactory(is_public=False, slug="matrix-members")
    topic = forum.services.create_topic(poster, board=public, title="Matrix topic", body="Opening words.")
    forum.services.edit_post(topic.opening_post, editor=poster, body="Opening words, edited.")
    held = forum.services.create_post(poster, topic=topic, body="HELDMARKER waiting")
    forum.services.set_post_visibility(held, approved=False)
    hidden = forum.services.create_post(poster, topic=topic, body="HIDDENMARKER hidden by flags")
    forum.services.set_post_visibility(hidden, hidden=True)
    removable = forum.services.create_post(poster, topic=topic, body="A reply moderators may remove")
    removed = forum.services.create_post(poster, topic=topic, body="REMOVEDMARKER taken down")
    forum.services.remove_post(removed, by=moderator, reason="Unkind")
    members_topic = forum.services.create_topic(poster, board=private, title="Members", body="MEMBERSMARKER lighthouse")
    flagger = MemberFactory(username="matrix_flagger")
    moderation.services.file_flag(topic.opening_post, flagger=flagger, reason="medical", note="flag note")
    return {
        "public_board": public, "members_board": private, "topic": topic, "post": topic.opening_post,
        "held": held, "members_topic": members_topic, "removable": removable,
    }


def _make_chat(poster, moderator) -> dict:
    room = ChatRoom.objects.create(name="Matrix room", slug="matrix-room", kind=ChatRoom.SUPPORT, position=90)
    message = ChatMessage.objects.create(
        room=room, author=poster, client_id="matrix-1", source="CHATHIDDENMARKER", html="<p>CHATHIDDENMARKER</p>",
        is_hidden=True,
    )
    return {"room": room, "message": message}


def _make_resources(clinician_author, admin) -> dict:
    draft = resource_services.create_resource(
        clinician_author, title="Matrix draft", summary="Draft summary.", body="DRAFTMARKER body", citations=[],
        boards=(),
    )
    application = resource_services.apply_as_clinician(
        MemberFactory(username="matrix_applicant"), profession="Nurse", registration_number="123",
        issuing_body="Board", jurisdiction="UK", registry_url="https://example.org/r/123", statement="Hello",
    )
    return {"draft": draft, "application": application}


def build_world() -> World:
    users = _make_users()
    poster = MemberFactory(username="matrix_poster", date_joined=timezone.now() - timedelta(days=30))
    moderator = users[MOD]
    content = _make_forum(poster, moderator)
    chat = _make_chat(poster, moderator)
    other_clinician = MemberFactory(roles=["clinician"], mfa=True, username="matrix_author", clinician_title="GP")
    guidance = _make_resources(other_clinician, users[ADMIN])
    sanction = users[MUTED].sanctions.first()
    notification = forum.services.notify(poster, kind="reply", text="A reply for the poster", url="/")
    item = QueueItem.objects.order_by("pk").first()
    private = build_private_content(users, poster=poster, moderator=moderator, content=content)
    world = World(users=users)
    world.samples = {
        "slug": content["public_board"].slug,
        "topic_id": content["topic"].pk,
        "post_id": content["post"].pk,
        "username": poster.username,
        "notification_id": notification.pk,  # the poster's: every role here is refused
        "item_id": item.pk,
        "action": "approve",
        "sanction_id": sanction.pk,
        "kind": "post",
        "object_id": content["post"].pk,
        "admin_object_id": content["post"].pk,
        "message_id": chat["message"].pk,
        "pk": guidance["application"].pk,
        "key": "not-a-real-key",
        "token": "not-a-signed-token",
        **private,
        "uidb36": "1",
        "app_label": "forum",
        "url": "no-such-admin-page/",
        "room_slug": chat["room"].slug,
        "resource_slug": guidance["draft"].slug,
        "members_topic_id": content["members_topic"].pk,
        "members_topic_slug": content["members_topic"].slug,
        "held_post_id": content["held"].pk,
        "removable_post_id": content["removable"].pk,
    }
    return world
