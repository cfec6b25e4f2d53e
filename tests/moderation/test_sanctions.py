"""Sanctions: every write path refuses muted members; suspensions block sign-in; all expire."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

import forum.services
from accounts.models import Sanction, User
from accounts.permissions import can_write
from forum.models import Notification, Post, Topic
from moderation import services
from moderation.models import Flag
from tests import factories
from tests.factories import sign_in


@pytest.fixture
def muted(db, moderator):
    person = factories.MemberFactory()
    services.mute_member(person, by=moderator, reason="Please take a break", duration=timedelta(days=3))
    return User.objects.get(pk=person.pk)


@pytest.fixture
def their_post(public_topic, muted):
    return Post.objects.create(topic=public_topic, author=muted, position=90, source="old", html="<p>old</p>")


def test_muting_tells_the_member_why_and_until_when(muted):
    note = Notification.objects.filter(recipient=muted, kind="moderation").latest("id")
    assert "muted your account until" in note.text
    assert "Please take a break" in note.text
    assert "You can still read everything" in note.text


def test_muted_members_cannot_start_topics(client, muted, board):
    sign_in(client, muted)
    response = client.post(reverse("forum:new_topic", args=[board.slug]), {"title": "Hello there", "body": "Hi"})
    assert response.status_code == 403
    assert "muted" in response.content.decode()
    assert not Topic.objects.filter(author=muted).exists()


def test_muted_members_cannot_reply(client, muted, public_topic):
    sign_in(client, muted)
    response = client.post(reverse("forum:reply", args=[public_topic.pk]), {"body": "A reply"})
    assert response.status_code == 403
    assert not Post.objects.filter(author=muted).exists()


def test_muted_members_cannot_edit(client, muted, their_post):
    sign_in(client, muted)
    response = client.post(reverse("forum:edit_post", args=[their_post.pk]), {"body": "new text", "note": ""})
    assert response.status_code == 403
    their_post.refresh_from_db()
    assert their_post.source == "old"


def test_muted_members_cannot_react(client, muted, public_topic):
    from forum.models import Reaction

    sign_in(client, muted)
    post = Post.objects.get(topic=public_topic, position=0)
    response = client.post(reverse("forum:react", args=[post.pk]), {"kind": Reaction.KINDS[0][0]})
    assert response.status_code == 403
    assert not Reaction.objects.filter(user=muted).exists()


def test_muted_members_cannot_flag(client, muted, public_topic):
    sign_in(client, muted)
    post = Post.objects.get(topic=public_topic, position=0)
    response = client.post(reverse("moderation:flag", args=["post", post.pk]), {"reason": "spam"})
    assert response.status_code == 403
    assert not Flag.objects.exists()


def test_muted_members_cannot_chat(muted):
    realtime_models = pytest.importorskip("realtime.models")
    realtime_services = pytest.importorskip("realtime.services")
    if not hasattr(realtime_models, "ChatRoom") or not hasattr(realtime_services, "send_chat_message"):
        pytest.skip("chat is not built yet")
    from django.core.exceptions import PermissionDenied

    room = realtime_models.ChatRoom.objects.create(name="Support room", slug="support-test")
    with pytest.raises(PermissionDenied, match="muted"):
        realtime_services.send_chat_message(muted, room=room, body="hello", client_id="abc-1")
    assert not realtime_models.ChatMessage.objects.filter(author=muted).exists()


def test_mutes_expire_on_their_own(muted):
    assert not can_write(muted)
    Sanction.objects.filter(user=muted).update(ends_at=timezone.now() - timedelta(seconds=1))
    assert can_write(User.objects.get(pk=muted.pk))


def test_lifting_a_mute_restores_writing_and_is_recorded(muted, moderator):
    from accounts.models import AuditEntry

    sanction = Sanction.objects.get(user=muted)
    services.lift_sanction(sanction, by=moderator, reason="Apologised")
    assert can_write(User.objects.get(pk=muted.pk))
    assert AuditEntry.objects.filter(action="sanction.lift", target_user=muted).exists()
    with pytest.raises(services.AlreadyHandled, match="Already lifted"):
        services.lift_sanction(sanction, by=moderator)


def test_a_member_suspended_while_signed_in_is_signed_out_and_told_why(client, moderator):
    person = factories.MemberFactory()
    sign_in(client, person)
    services.suspend_member(person, by=moderator, reason="Harassment", duration=timedelta(days=7))
    response = client.get("/", follow=True)
    page = response.content.decode()
    assert "suspended" in page and "Harassment" in page
    assert "_auth_user_id" not in client.session


def test_suspended_members_cannot_log_in_and_see_the_reason_and_end(client, moderator):
    person = factories.MemberFactory()
    services.suspend_member(person, by=moderator, reason="Harassment", duration=timedelta(days=7))
    response = client.post(
        reverse("account_login"), {"login": person.username, "password": factories.DEFAULT_PASSWORD}
    )
    page = response.content.decode()
    assert "suspended" in page and "Harassment" in page and "until" in page
    assert "_auth_user_id" not in client.session


def test_bans_last_until_lifted(moderator):
    person = factories.MemberFactory()
    sanction = services.ban_member(person, by=moderator, reason="Selling drugs")
    assert sanction.ends_at is None
    assert not can_write(User.objects.get(pk=person.pk))
    services.lift_sanction(sanction, by=moderator)
    assert can_write(User.objects.get(pk=person.pk))


def test_a_warning_does_not_stop_writing_but_is_on_record(moderator):
    person = factories.MemberFactory()
    services.warn_member(person, by=moderator, reason="Please avoid dose numbers")
    assert can_write(User.objects.get(pk=person.pk))
    assert "warning" in Notification.objects.filter(recipient=person).latest("id").text


def test_sanctions_need_a_reason(moderator):
    with pytest.raises(services.ModerationError, match="reason"):
        services.mute_member(factories.MemberFactory(), by=moderator, reason=" ", duration=None)


def test_sanction_from_an_item_page_targets_the_author(moderator_client, public_topic):
    from moderation.models import QueueItem

    author = factories.MemberFactory()
    post = forum.services.create_post(author, topic=public_topic, body="Rude words")
    services.file_flag(post, flagger=factories.MemberFactory(), reason="unkind")
    item = QueueItem.objects.get()
    moderator_client.post(
        reverse("moderation:item_action", args=[item.pk, "mute"]),
        {"mute-reason": "Unkind replies", "mute-duration": "7d"},
    )
    sanction = Sanction.objects.get(user=author)
    assert sanction.kind == "mute"
    assert timedelta(days=6) < sanction.ends_at - timezone.now() <= timedelta(days=7)
