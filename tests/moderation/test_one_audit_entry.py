"""Every action in the review queue writes exactly one audit entry: one action, one row.

The actions come from the item page's own table, so an action added there is covered here.
Hide and delete are also checked for every kind whose hooks call another app's service.
"""

import pytest
from django.urls import reverse

import forum.services
import realtime.models
import realtime.services
from accounts.models import AuditEntry
from moderation import services
from moderation.models import QueueItem
from moderation.views.actions import ACTIONS
from tests import factories
from tests.factories import sign_in
from tests.moderation.conftest import make_moderator
from tests.resources.helpers import make_published


def _form_data(action: str, item: QueueItem, other_board, second_reply) -> dict:
    data = {
        "edit": {"body": "Kinder words", "reason": "Tone"},
        "mute": {"reason": "Cool down", "duration": "3d"},
        "suspend": {"reason": "Cool down", "duration": "3d"},
        "note": {"text": "Keep an eye on this thread"},
        "crisis_outcome": {"outcome": "reached_out", "note": "Sent a private message"},
        "lock": {"locked": "1", "reason": "Heated"},
        "move": {"board": other_board.pk, "reason": "Better there"},
        "split": {"title": "A side conversation", "post_ids": [second_reply.pk], "reason": "Off topic"},
    }.get(action, {"reason": "Against the guidelines"})
    return {f"{action}-{key}": value for key, value in data.items()}


@pytest.fixture
def moderator_client(client, db):
    return sign_in(client, make_moderator())


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_each_queue_action_writes_exactly_one_audit_entry(moderator_client, public_topic, action):
    """Held items for approve/reject; a flagged reply in a topic with replies for the rest."""
    other_board = factories.BoardFactory(is_public=True)
    first = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="First reply")
    second = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="Second reply")
    if action in ("approve", "reject"):
        target = forum.services.create_post(factories.NewMemberFactory(), topic=public_topic, body="Hello all")
    else:
        target = first
        reason = "at_risk" if action == "crisis_outcome" else "unkind"  # outcomes are for crisis items
        services.file_flag(target, flagger=factories.MemberFactory(), reason=reason)
    item = QueueItem.objects.get(object_id=target.pk, status=QueueItem.PENDING)
    before = AuditEntry.objects.count()
    response = moderator_client.post(
        reverse("moderation:item_action", args=[item.pk, action]), _form_data(action, item, other_board, second)
    )
    assert response.status_code == 302
    assert AuditEntry.objects.count() == before + 1, list(AuditEntry.objects.values_list("action", flat=True))


def _chat_message():
    room = realtime.models.ChatRoom.objects.create(
        name="Evenings", slug="evenings-audit", kind=realtime.models.ChatRoom.SUPPORT
    )
    return realtime.services.send_chat_message(
        factories.MemberFactory(), room=room, body="Anyone around?", client_id="audit-1"
    )


def _opening_post_topic(public_topic):
    return public_topic


def _profile(_public_topic):
    member = factories.MemberFactory()
    member.bio = "Hello, I am tapering too."
    member.save(update_fields=["bio"])
    return member


def _guidance(_public_topic):
    clinicians = [factories.MemberFactory(roles=["clinician"], mfa=True) for _ in range(2)]
    return make_published(*clinicians)


KINDS = {
    "topic": (_opening_post_topic, ("hide", "delete")),
    "user": (_profile, ("hide",)),
    "chat": (lambda _topic: _chat_message(), ("hide", "delete")),
    "resource": (_guidance, ("delete",)),
}


@pytest.mark.parametrize(
    "kind, action", [(kind, action) for kind, (_make, actions) in KINDS.items() for action in actions]
)
def test_hiding_or_removing_any_kind_writes_exactly_one_audit_entry(db, public_topic, kind, action):
    obj = KINDS[kind][0](public_topic)
    services.file_flag(obj, flagger=factories.MemberFactory(), reason="other" if kind == "resource" else "unkind",
                       note="Please look")
    item = QueueItem.objects.get(kind=kind, status=QueueItem.PENDING)
    moderator = make_moderator()
    before = AuditEntry.objects.count()
    call = services.hide_content if action == "hide" else services.delete_content
    call(item, by=moderator, reason="Against the guidelines")
    assert AuditEntry.objects.count() == before + 1, list(AuditEntry.objects.values_list("action", flat=True))


def test_hiding_a_profile_keeps_the_cleared_bio_in_the_audit_entry(db, public_topic):
    member = _profile(public_topic)
    services.file_flag(member, flagger=factories.MemberFactory(), reason="unkind")
    item = QueueItem.objects.get(kind="user")
    services.hide_content(item, by=make_moderator(), reason="Selling")
    member.refresh_from_db()
    assert member.bio == ""
    assert AuditEntry.objects.get(action="moderation.hide").before == "Hello, I am tapering too."
