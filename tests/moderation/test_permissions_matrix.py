"""Role x action matrix for the review queue, decisions, sanctions and the audit export."""

import pytest
from django.urls import reverse

import forum.services
from accounts.models import Sanction
from moderation import services
from moderation.models import QueueItem
from tests import factories

ROLES = ["anonymous", "member", "trusted", "clinician", "moderator", "admin"]
ALLOWED = {
    "view_queue": {"moderator", "admin"},
    "approve": {"moderator", "admin"},
    "hide": {"moderator", "admin"},
    "sanction": {"moderator", "admin"},
    "audit_csv": {"admin"},
}


def _user(role):
    if role == "anonymous":
        return None
    if role == "trusted":
        return factories.MemberFactory(is_trusted=True)
    if role == "member":
        return factories.MemberFactory()
    return factories.MemberFactory(roles=[role], mfa=True)


@pytest.fixture
def flagged_item(db, public_topic):
    post = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="A reply to review")
    services.file_flag(post, flagger=factories.MemberFactory(), reason="spam")
    return QueueItem.objects.get()


def _request(client, action, item, target):
    if action == "view_queue":
        return client.get(reverse("moderation:queue"))
    if action == "approve":
        return client.post(reverse("moderation:item_action", args=[item.pk, "dismiss"]), {"dismiss-reason": "ok"})
    if action == "hide":
        return client.post(reverse("moderation:item_action", args=[item.pk, "hide"]), {"hide-reason": "Spam"})
    if action == "sanction":
        return client.post(
            reverse("moderation:member_action", args=[target.username, "mute"]),
            {"mute-reason": "Cool off", "mute-duration": "1d"},
        )
    if action == "audit_csv":
        return client.get(reverse("moderation:audit_csv"))
    raise AssertionError(action)


@pytest.mark.parametrize("action", list(ALLOWED))
@pytest.mark.parametrize("role", ROLES)
def test_role_action_matrix(client, flagged_item, role, action):
    user = _user(role)
    if user is not None:
        factories.sign_in(client, user)
    target = factories.MemberFactory()
    response = _request(client, action, flagged_item, target)
    if role == "anonymous":
        assert response.status_code == 302 and "login" in response["Location"]
        allowed_effect = False
    elif role in ALLOWED[action]:
        assert response.status_code in (200, 302), response.status_code
        allowed_effect = True
    else:
        assert response.status_code == 403
        allowed_effect = False
    item = QueueItem.objects.get(pk=flagged_item.pk)
    if action in ("approve", "hide"):
        assert item.is_pending != allowed_effect
    if action == "sanction":
        assert Sanction.objects.filter(user=target).exists() == allowed_effect
    if action == "audit_csv" and allowed_effect:
        assert response["Content-Type"].startswith("text/csv")


def test_moderators_cannot_sanction_team_members_but_admins_can(db):
    moderator, other_moderator, admin = _user("moderator"), _user("moderator"), _user("admin")
    with pytest.raises(Exception, match="Only an admin"):
        services.mute_member(other_moderator, by=moderator, reason="x", duration=None)
    services.mute_member(other_moderator, by=admin, reason="Cool off", duration=None)
    with pytest.raises(Exception, match="your own account"):
        services.warn_member(moderator, by=moderator, reason="x")


def test_team_pages_need_two_step_sign_in(client, db):
    moderator = factories.MemberFactory(roles=["moderator"])  # no MFA yet
    factories.sign_in(client, moderator)
    response = client.get(reverse("moderation:queue"))
    assert response.status_code == 302 and "totp" in response["Location"]


def test_clinicians_can_open_items_of_kinds_that_allow_them(client, db, public_topic):
    """The registry's permission hook: a kind can let clinicians act (resources use it)."""
    from django.contrib.contenttypes.models import ContentType

    from accounts.permissions import can_moderate, can_publish_guidance
    from forum.models import Board
    from reviewable import registry

    registry.register_kind("testkind", Board, label="Test", can_review=lambda u: can_moderate(u) or
                         can_publish_guidance(u), author_of=lambda b: None, hide=None)
    try:
        item = QueueItem.objects.create(kind="testkind", content_type=ContentType.objects.get_for_model(Board),
                                        object_id=public_topic.board_id, title="x")
        clinician = _user("clinician")
        factories.sign_in(client, clinician)
        assert client.get(reverse("moderation:item", args=[item.pk])).status_code == 200
        assert client.get(reverse("moderation:queue")).status_code == 403
    finally:
        registry.unregister_kind("testkind")
