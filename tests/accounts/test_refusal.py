"""One "why can't I write here?" helper: the sentence a check refuses with, shown on every surface."""

from accounts.models import Sanction
from accounts.permissions import check_can_write, describe_sanction, refusal
from forum import permissions as forum_permissions
from realtime.models import ChatRoom
from realtime.permissions import post_refusal_reason
from tests import factories


def test_a_member_who_may_write_gets_no_refusal(db):
    assert refusal(check_can_write, factories.MemberFactory()) == ""


def test_a_muted_member_reads_the_same_sentence_on_a_topic_and_in_a_chat_room(db):
    member = factories.MemberFactory()
    sanction = Sanction.objects.create(user=member, kind=Sanction.MUTE, reason="Please cool down")
    topic = factories.TopicFactory(board=factories.BoardFactory(is_public=True))
    room = ChatRoom.objects.create(name="Evenings", slug="evenings-refusal", kind=ChatRoom.SUPPORT)
    sentence = describe_sanction(sanction)
    assert sentence
    assert refusal(forum_permissions.check_reply_to_topic, member, topic) == sentence
    assert post_refusal_reason(member, room) == sentence
