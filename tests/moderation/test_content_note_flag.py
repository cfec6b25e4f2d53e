"""Members flag "Needs a content note": low priority, no weight, never hides the post."""

import pytest

from moderation import services
from moderation.models import QueueItem
from tests import factories
from tests.forum.content_helpers import start_topic

pytestmark = pytest.mark.django_db


def test_needs_a_content_note_queues_a_low_priority_item_and_never_hides(settings):
    topic = start_topic(board=factories.BoardFactory(), body="My dad passed away during my taper.")
    post = topic.posts.get(position=0)
    for _ in range(settings.HAVEN_FLAG_HIDE_WEIGHT + 1):
        services.file_flag(post, flagger=factories.MemberFactory(), reason="note", note="Grief")
    item = QueueItem.objects.get(object_id=post.pk, kind="post")
    post.refresh_from_db()
    assert item.is_low_priority and item.flag_weight == 0 and item.flag_count == settings.HAVEN_FLAG_HIDE_WEIGHT + 1
    assert not post.is_hidden and not item.hidden_by_flags
    assert item.flags.first().get_reason_display() == "Needs a content note"


def test_an_ordinary_flag_lifts_the_item_out_of_low_priority():
    topic = start_topic(board=factories.BoardFactory(), body="Some text.")
    post = topic.posts.get(position=0)
    services.file_flag(post, flagger=factories.MemberFactory(), reason="note")
    services.file_flag(post, flagger=factories.MemberFactory(), reason="unkind")
    item = QueueItem.objects.get(object_id=post.pk, kind="post")
    assert not item.is_low_priority and item.flag_weight == 1
