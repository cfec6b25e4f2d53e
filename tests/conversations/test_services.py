"""Conversations: starting, replying, limits for new members, blocking, settings, leaving."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from accounts.models import AuditEntry, Sanction
from conversations import selectors, services
from conversations.models import Conversation, Message, MessagingSettings
from forum.models import Notification
from tests.conversations.conftest import cid, old_member

pytestmark = pytest.mark.django_db


def start(author, *others, body="Hello, how is your week going?"):
    return services.start_conversation(author, recipients=list(others), body=body, client_id=cid())


def test_a_member_starts_a_conversation_and_the_other_sees_it_unread(alice, bea):
    message = start(alice, bea)
    assert message.conversation.kind == Conversation.DIRECT
    assert selectors.unread_count(bea) == 1
    assert selectors.unread_count(alice) == 0
    assert [row.conversation_id for row in selectors.inbox(bea)] == [message.conversation_id]
    assert Notification.objects.filter(recipient=bea, kind=Notification.MESSAGE).count() == 1


def test_reading_clears_the_unread_mark(alice, bea):
    message = start(alice, bea)
    services.mark_conversation_read(bea, conversation=message.conversation)
    assert selectors.unread_count(bea) == 0


def test_a_second_message_does_not_pile_up_notifications(alice, bea):
    message = start(alice, bea)
    services.send_message(alice, conversation=message.conversation, body="Also, hello again", client_id=cid())
    assert Notification.objects.filter(recipient=bea, kind=Notification.MESSAGE).count() == 1


def test_a_member_who_turned_message_notifications_off_gets_none(alice, bea):
    from forum.services import update_notification_settings

    update_notification_settings(bea, reply=True, mention=True, quote=True, reaction=True, message=False)
    start(alice, bea)
    assert not Notification.objects.filter(recipient=bea, kind=Notification.MESSAGE).exists()


def test_a_new_member_without_approved_posts_cannot_start_a_conversation(newcomer, bea):
    with pytest.raises(PermissionDenied, match="3 more approved posts"):
        start(newcomer, bea)


def test_a_brand_new_account_must_wait_48_hours_even_with_posts(bea):
    from tests.factories import MemberFactory

    fresh = MemberFactory(approved_contributions=5)
    with pytest.raises(PermissionDenied, match="at least 48 hours old"):
        start(fresh, bea)


def test_the_new_member_limits_are_configurable(settings, newcomer, bea):
    settings.HAVEN_MESSAGES_MIN_POSTS = 0
    settings.HAVEN_MESSAGES_MIN_AGE_HOURS = 0
    assert start(newcomer, bea).pk


def test_a_new_member_can_reply_when_someone_writes_to_them(alice, newcomer):
    message = start(alice, newcomer)
    reply = services.send_message(newcomer, conversation=message.conversation, body="Thank you", client_id=cid())
    assert reply.is_approved


def test_a_new_member_can_always_message_the_team(newcomer, team):
    message = services.start_team_conversation(newcomer, body="Why was my post held?", client_id=cid())
    assert message.conversation.is_team
    assert message.conversation.awaiting_team


@pytest.mark.parametrize("body, code", [("   ", "required"), ("x" * 2001, "too_long"),
                                        ("<script>alert(1)</script>", "blank"), ("![](https://t.example/p)", "blank")])
def test_empty_and_over_long_messages_are_refused(alice, bea, body, code):
    with pytest.raises(ValidationError) as error:
        start(alice, bea, body=body)
    assert error.value.code == code
    assert not Message.objects.exists()


def test_a_retry_with_the_same_client_id_never_duplicates(alice, bea):
    message = start(alice, bea)
    again = services.send_message(alice, conversation=message.conversation, body="Hello", client_id="retry-1")
    retry = services.send_message(alice, conversation=message.conversation, body="Hello", client_id="retry-1")
    assert retry.pk == again.pk and retry.was_duplicate
    assert Message.objects.filter(conversation=message.conversation).count() == 2


def test_group_conversations_hold_up_to_five_members(alice, bea, cal):
    others = [old_member() for _ in range(3)]
    message = start(alice, bea, cal, *others[:2])
    assert message.conversation.kind == Conversation.GROUP
    assert message.conversation.participants.count() == 5
    with pytest.raises(ValidationError, match="up to 5 members"):
        start(alice, bea, cal, *others)


def test_a_blocked_member_cannot_start_a_conversation_and_is_not_told_why(alice, bea, cal):
    services.block_member(bea, other=alice)
    services.update_messaging_settings(cal, allow_from=MessagingSettings.NOBODY)
    with pytest.raises(PermissionDenied) as blocked:
        start(alice, bea)
    with pytest.raises(PermissionDenied) as messages_off:
        start(alice, cal)
    assert str(blocked.value) == str(messages_off.value).replace("cal_r", "bea_k")
    assert "block" not in str(blocked.value).lower()


def test_a_blocked_member_cannot_reach_their_blocker_in_an_existing_conversation(alice, bea):
    message = start(alice, bea)
    services.mark_conversation_read(bea, conversation=message.conversation)
    services.block_member(bea, other=alice)
    later = services.send_message(alice, conversation=message.conversation, body="Are you there?", client_id=cid())
    assert later.is_approved  # nothing tells alice
    assert selectors.unread_count(bea) == 0
    row = message.conversation.participants.get(user=bea)
    seen = list(selectors.visible_messages(bea, message.conversation, row))
    assert later not in seen


def test_only_people_i_follow_can_start_a_conversation_with_me(alice, bea, cal):
    services.update_messaging_settings(bea, allow_from=MessagingSettings.FOLLOWING)
    services.follow_member(bea, other=cal)
    with pytest.raises(PermissionDenied):
        start(alice, bea)
    assert start(cal, bea).pk


def test_the_team_can_write_even_when_messages_are_off(team, bea):
    services.update_messaging_settings(bea, allow_from=MessagingSettings.NOBODY)
    assert start(team[0], bea).pk


def test_leaving_keeps_everyone_elses_copy(alice, bea):
    message = start(alice, bea)
    services.leave_conversation(bea, conversation=message.conversation)
    assert not selectors.inbox(bea).exists()
    assert selectors.inbox(alice).count() == 1
    reply = services.send_message(alice, conversation=message.conversation, body="Oh, ok", client_id=cid())
    assert list(selectors.visible_messages(alice, message.conversation, None)) == [message, reply]
    with pytest.raises(Http404):
        services.send_message(bea, conversation=message.conversation, body="back", client_id=cid())


def test_deleting_my_copy_keeps_the_others_copy_and_a_new_message_brings_it_back(alice, bea):
    message = start(alice, bea)
    services.clear_conversation(bea, conversation=message.conversation)
    assert not selectors.inbox(bea).exists()
    row_alice = message.conversation.participants.get(user=alice)
    assert list(selectors.visible_messages(alice, message.conversation, row_alice)) == [message]
    later = services.send_message(alice, conversation=message.conversation, body="New day", client_id=cid())
    row_bea = message.conversation.participants.get(user=bea)
    assert list(selectors.visible_messages(bea, message.conversation, row_bea)) == [later]


def test_a_muted_member_cannot_send(alice, bea, moderator):
    message = start(alice, bea)
    Sanction.objects.create(user=bea, kind=Sanction.MUTE, reason="Cooling off", created_by=moderator)
    with pytest.raises(PermissionDenied, match="muted"):
        services.send_message(bea, conversation=message.conversation, body="hi", client_id=cid())


def test_team_messages_reach_every_moderator_and_answers_are_signed_haven_team(newcomer, team):
    first = services.start_team_conversation(newcomer, body="Could someone look at my held post?", client_id=cid())
    conversation = first.conversation
    for moderator in team:
        assert Notification.objects.filter(recipient=moderator, kind=Notification.MESSAGE).exists()
    answer = services.send_message(team[1], conversation=conversation, body="Yes, done now.", client_id=cid())
    assert answer.as_team
    assert selectors.message_payload(answer)["author"] == {"id": None, "name": "Haven team"}
    conversation.refresh_from_db()
    assert not conversation.awaiting_team
    audit = AuditEntry.objects.get(action="messages.team_reply")
    assert audit.actor == team[1] and audit.target_user == newcomer
    assert Notification.objects.get(recipient=newcomer, kind=Notification.MESSAGE).text.endswith("Haven team")


def test_a_blocked_member_mentioning_their_blocker_in_a_post_does_not_reach_them(alice, bea, cal):
    import forum.services
    from tests.factories import BoardFactory

    services.block_member(bea, other=alice)
    topic = forum.services.create_topic(bea, board=BoardFactory(is_public=True), title="Week two", body="Hi all")
    forum.services.create_post(alice, topic=topic, body="@bea_k I hope you are ok")
    assert not Notification.objects.filter(recipient=bea, kind=Notification.MENTION).exists()
    forum.services.create_post(cal, topic=topic, body="@bea_k me too")
    assert Notification.objects.filter(recipient=bea, kind=Notification.MENTION, actor=cal).exists()


def test_a_muted_member_can_still_message_the_team_to_appeal(bea, moderator, team):
    Sanction.objects.create(user=bea, kind=Sanction.MUTE, reason="Cooling off", created_by=moderator)
    message = services.start_team_conversation(bea, body="I'd like to appeal, please.", client_id=cid())
    again = services.send_message(bea, conversation=message.conversation, body="Thank you", client_id=cid())
    assert again.is_approved


def test_sanction_notices_link_to_message_the_team(bea, moderator):
    from moderation.services import warn_member

    warn_member(bea, by=moderator, reason="Please be gentler")
    notice = Notification.objects.get(recipient=bea, kind=Notification.MODERATION)
    assert notice.url == "/messages/team/new/" and "message the team" in notice.text
