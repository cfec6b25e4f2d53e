"""Test data and listeners shared by tests/forum/test_engagement_*.py."""

import asyncio

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from forum.services import render_post_source
from live.events import user_group
from tests.factories import MemberFactory, PostFactory


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


class Listener:
    """Joins a member's realtime group and collects what is published to it."""

    def __init__(self, user_id: int):
        self.layer = get_channel_layer()
        self.channel = async_to_sync(self.layer.new_channel)()
        async_to_sync(self.layer.group_add)(user_group(user_id), self.channel)

    def events(self, timeout: float = 0.5) -> list[dict]:
        async def drain():
            got = []
            while True:
                try:
                    message = await asyncio.wait_for(self.layer.receive(self.channel), timeout)
                except TimeoutError:
                    return got
                got.append(message["event"])

        return async_to_sync(drain)()
