"""Chat services: store first, publish after commit, idempotent retries, audit."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import AuditEntry
from realtime import services
from realtime.models import ChatMessage, ChatRoom, Presence, RoomMembership
from realtime.selectors import rooms_for
from tests.factories import MemberFactory, sign_in

pytestmark = pytest.mark.django_db


def _published(callbacks, monkeypatch):
    sent = []
    monkeypatch.setattr("live.events.publish", lambda group, event_type, payload: sent.append(
        (group, event_type, payload)))
    for callback in callbacks:
        callback()
    return sent


def test_a_message_is_published_to_its_room_only_after_commit(room, member, django_capture_on_commit_callbacks,
                                                              monkeypatch):
    with django_capture_on_commit_callbacks() as callbacks:
        message = services.send_chat_message(member, room=room, body="hello", client_id="k1")
    sent = _published(callbacks, monkeypatch)
    assert sent == [(f"room.{room.pk}", "message.new", {"message": sent[0][2]["message"]})]
    assert sent[0][2]["message"]["id"] == message.pk and sent[0][2]["message"]["state"] == "visible"


def test_nothing_is_published_when_the_transaction_rolls_back(room, member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        try:
            with transaction.atomic():
                services.send_chat_message(member, room=room, body="hello", client_id="k1")
                raise RuntimeError("boom")
        except RuntimeError:
            pass
    assert callbacks == [] and not ChatMessage.objects.exists()


def test_a_repeated_client_id_returns_the_stored_message(room, member, django_capture_on_commit_callbacks):
    first = services.send_chat_message(member, room=room, body="hello", client_id="k1")
    with django_capture_on_commit_callbacks() as callbacks:
        again = services.send_chat_message(member, room=room, body="hello", client_id="k1")
    assert again.pk == first.pk and again.was_duplicate and callbacks == []
    other_room = ChatRoom.objects.create(name="Other", slug="other-room")
    with pytest.raises(ValidationError):
        services.send_chat_message(member, room=other_room, body="hello", client_id="k1")


def test_two_members_may_use_the_same_client_id(room, member):
    a = services.send_chat_message(member, room=room, body="hello", client_id="same")
    b = services.send_chat_message(MemberFactory(), room=room, body="hello", client_id="same")
    assert a.pk != b.pk


def test_held_messages_are_stored_but_not_published(room, member, policy, django_capture_on_commit_callbacks):
    from moderation.policy import Decision

    policy.on_created_decision = Decision(held_for_review=True, reason="link from a new member")
    with django_capture_on_commit_callbacks() as callbacks:
        message = services.send_chat_message(member, room=room, body="see example.com", client_id="k1")
    assert callbacks == [] and message.state == "held" and message.policy_decision.held_for_review


def test_moderators_release_a_held_message_and_the_room_gets_it(room, member, moderator, policy,
                                                                django_capture_on_commit_callbacks, monkeypatch):
    from moderation.policy import Decision

    policy.on_created_decision = Decision(held_for_review=True)
    message = services.send_chat_message(member, room=room, body="see example.com", client_id="k1")
    with django_capture_on_commit_callbacks() as callbacks:
        services.set_message_approved(message, approved=True, by=moderator)
    assert [(g, t) for g, t, _ in _published(callbacks, monkeypatch)] == [(f"room.{room.pk}", "message.new")]
    assert AuditEntry.objects.filter(action="chat.approve", actor=moderator).exists()


def test_hiding_then_unhiding_is_audited_and_published(room, member, moderator, django_capture_on_commit_callbacks,
                                                       monkeypatch):
    message = services.send_chat_message(member, room=room, body="hmm", client_id="k1")
    with django_capture_on_commit_callbacks() as hide_callbacks:
        services.set_message_hidden(message, hidden=True, by=moderator, reason="unkind")
    with django_capture_on_commit_callbacks() as show_callbacks:
        services.set_message_hidden(message, hidden=False, by=moderator)
    hide_events = _published(hide_callbacks, monkeypatch)
    show_events = _published(show_callbacks, monkeypatch)
    assert hide_events[0][1] == "message.removed" and hide_events[0][2]["reason"] == "moderator"
    assert show_events[0][1] == "message.edited" and show_events[0][2]["message"]["state"] == "visible"
    assert list(AuditEntry.objects.filter(target_user=member).order_by("id").values_list("action", "reason")) == [
        ("chat.hide", "unkind"), ("chat.unhide", "")]


def test_an_edit_the_policy_holds_is_withdrawn_from_the_room(room, member, policy, django_capture_on_commit_callbacks,
                                                             monkeypatch):
    from moderation.policy import Decision

    message = services.send_chat_message(member, room=room, body="fine", client_id="k1")
    policy.on_edited_decision = Decision(held_for_review=True)
    with django_capture_on_commit_callbacks() as callbacks:
        services.edit_chat_message(message, editor=member, body="now with a link example.com")
    sent = _published(callbacks, monkeypatch)
    assert sent[0][1] == "message.removed" and sent[0][2]["reason"] == "held"


def test_message_length_and_empty_messages_are_refused(room, member):
    with pytest.raises(ValidationError, match="up to 2,000 characters"):
        services.send_chat_message(member, room=room, body="x" * 2001, client_id="k1")
    with pytest.raises(ValidationError, match="write a message"):
        services.send_chat_message(member, room=room, body=" \n ", client_id="k2")
    assert services.send_chat_message(member, room=room, body="x" * 2000, client_id="k3").pk


def test_edit_window_closes_after_ten_minutes(room, member):
    message = services.send_chat_message(member, room=room, body="hello", client_id="k1")
    message.created_at = timezone.now() - timedelta(minutes=10, seconds=1)
    with pytest.raises(PermissionDenied, match="10 minutes"):
        services.delete_chat_message(message, by=member)


def test_unread_counts_cover_rooms_a_member_has_been_in(room, member):
    other = MemberFactory()
    services.mark_room_read(member, room=room)
    for i in range(3):
        services.send_chat_message(other, room=room, body=f"hi {i}", client_id=f"u{i}")
    services.send_chat_message(member, room=room, body="my own", client_id="own")
    services.send_chat_message(other, room=room, body="after mine", client_id="u9")
    counts = {r.pk: r.unread_count for r in rooms_for(member)}
    assert counts[room.pk] == 1  # sending marks the room read up to your own message
    services.mark_room_read(member, room=room)
    assert {r.pk: r.unread_count for r in rooms_for(member)}[room.pk] == 0


def test_presence_counts_distinct_members_and_ignores_stale_sockets(room, member):
    other = MemberFactory()
    services.join_room(member, room=room, channel_name="a")
    services.join_room(member, room=room, channel_name="b")  # a second tab
    services.join_room(other, room=room, channel_name="c")
    assert {r.pk: r.present_count for r in rooms_for(member)}[room.pk] == 2
    Presence.objects.filter(channel_name="c").update(last_seen=timezone.now() - timedelta(minutes=5))
    assert {r.pk: r.present_count for r in rooms_for(member)}[room.pk] == 1
    assert services.clear_stale_presence()["deleted"] == 1
    services.leave_all_rooms(member, channel_name="a")
    assert {r.pk: r.present_count for r in rooms_for(member)}[room.pk] == 1
    assert RoomMembership.objects.filter(user=member, room=room).exists()


def test_presence_counts_for_the_moderators_room_go_only_to_moderators(moderators_room, moderator,
                                                                        django_capture_on_commit_callbacks,
                                                                        monkeypatch):
    with django_capture_on_commit_callbacks() as callbacks:
        services.join_room(moderator, room=moderators_room, channel_name="m1")
    groups = [group for group, _, _ in _published(callbacks, monkeypatch)]
    assert groups == [f"room.{moderators_room.pk}", "moderators"]


def test_members_cannot_enter_the_moderators_room_through_the_service(moderators_room, member):
    from django.http import Http404

    with pytest.raises(Http404):
        services.join_room(member, room=moderators_room, channel_name="x")
    with pytest.raises(Http404):
        services.send_chat_message(member, room=moderators_room, body="hi", client_id="x")


def test_a_burst_of_joins_sends_one_presence_update_then_one_trailing_update(room, member, settings,
                                                                              django_capture_on_commit_callbacks,
                                                                              monkeypatch):
    settings.HAVEN_PRESENCE_THROTTLE = 2
    with django_capture_on_commit_callbacks() as callbacks:
        for i in range(5):
            services.join_room(MemberFactory(), room=room, channel_name=f"burst{i}")
    assert len(callbacks) == 1
    sent = []
    monkeypatch.setattr("live.events.publish", lambda group, event_type, payload: sent.append(payload))
    assert services.flush_presence(room.pk) is True
    assert sent[0]["count"] == 5
    assert services.flush_presence(room.pk) is False


def test_clear_stale_presence_command_reports_what_it_removed(room, member):
    from io import StringIO

    from django.core.management import call_command

    services.join_room(member, room=room, channel_name="old")
    Presence.objects.update(last_seen=timezone.now() - timedelta(hours=1))
    out = StringIO()
    call_command("clear_stale_presence", stdout=out)
    assert "Removed 1 stale presence rows in 1 rooms." in out.getvalue()


def test_admins_manage_rooms_and_can_read_messages_in_the_admin(client, admin_user, room, member):
    services.send_chat_message(member, room=room, body="hello", client_id="a")
    admin_user.is_staff = admin_user.is_superuser = True
    admin_user.save(update_fields=["is_staff", "is_superuser"])
    sign_in(client, admin_user)
    assert client.get("/admin/realtime/chatroom/").status_code == 200
    assert client.get("/admin/realtime/chatroom/add/").status_code == 200
    assert client.get("/admin/realtime/chatmessage/").status_code == 200
