"""Helpers for the forum content tests (boards, topics, posts through the real services)."""

from django.utils import timezone

from forum import services
from forum.models import Post
from reviewable import registry
from tests.factories import BoardFactory, start_topic  # noqa: F401 - the one topic builder, re-exported


def make_board(*, public: bool = False, **kwargs):
    return BoardFactory(is_public=public, **kwargs)


def reply(author, topic, body: str = "Sending you strength."):
    return services.create_post(author, topic=topic, body=body)


def bulk_replies(topic, author, count: int):
    """count public replies after the topic's existing posts, fast (bulk_create), counters refreshed."""
    start = topic.posts.count()
    now = timezone.now()
    Post.objects.bulk_create(
        [
            Post(
                topic=topic, author=author, position=start + i, source=f"Reply {start + i}",
                html=f"<p>Reply {start + i}</p>", created_at=now,
            )
            for i in range(count)
        ],
        batch_size=500,
    )
    services.refresh_counters(topic=topic)
    topic.refresh_from_db()
    return topic


class StubDecision:
    def __init__(self, held_for_review=False, crisis=False, reason=""):
        self.held_for_review, self.crisis, self.reason, self.crisis_lines = held_for_review, crisis, reason, []


class StubPolicy:
    """A content policy for forum tests (forum only knows the Decision interface).

    Set StubPolicy.hold / StubPolicy.crisis to True to hold content or report a crisis."""

    hold = False
    crisis = False
    calls: list = []

    def on_created(self, obj, *, author):
        StubPolicy.calls.append(("created", obj.pk))
        return StubDecision(held_for_review=StubPolicy.hold, crisis=StubPolicy.crisis)

    def on_edited(self, obj, *, editor, previous_source):
        StubPolicy.calls.append(("edited", obj.pk))
        return StubDecision(held_for_review=StubPolicy.hold, crisis=StubPolicy.crisis)


def use_stub_policy(settings=None):
    """Install StubPolicy as the content policy (tests/conftest.py puts the real one back after).

    settings: accepted for callers written when the policy was a setting; not used."""
    StubPolicy.hold = StubPolicy.crisis = False
    StubPolicy.calls = []
    registry.set_content_policy(StubPolicy())
    return StubPolicy
