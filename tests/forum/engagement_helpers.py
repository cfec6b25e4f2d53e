"""Test data and listeners shared by tests/forum/test_engagement_*.py."""

from forum.services import render_post_source
from live.events import user_group
from tests.factories import MemberFactory, PostFactory
from tests.layer_listener import LayerListener


def escaped_html(source: str) -> str:
    """The source as one escaped paragraph (what a stored post holds if its text is shown as is)."""
    return "<p>" + source.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>"


def make_post(*, topic, author=None, body="Thank you for sharing this.", position=None, html=None, **flags):
    """A bare post row; its HTML is what forum.services renders for body unless given."""
    if position is None:
        position = topic.posts.count()
    html = render_post_source(body) if html is None else html
    author = author or MemberFactory()
    return PostFactory(topic=topic, author=author, position=position, source=body, html=html, **flags)


class Listener(LayerListener):
    """Joins a member's realtime group and collects what is published to it (any layer)."""

    def __init__(self, user_id: int):
        super().__init__(user_group(user_id))
