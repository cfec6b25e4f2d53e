"""One mention parser (forum.sanitize): the members linked as @mentions in a post, as readers see
it, are exactly the members told about it, wherever the @name was written."""

import re

import pytest

from forum import services
from forum.models import Notification
from forum.sanitize import MAX_MENTIONS
from tests.factories import BoardFactory, MemberFactory

pytestmark = pytest.mark.django_db

_LINKED = re.compile(r'<a href="/u/([^/"]+)/" class="mention"')


def linked_in(html: str) -> set[str]:
    return set(_LINKED.findall(html))


def told_about(post) -> dict[str, str]:
    """Who was told they were mentioned or quoted (the topic's followers get replies too)."""
    notices = Notification.objects.filter(post=post, kind__in=[Notification.MENTION, Notification.QUOTE])
    return dict(notices.values_list("recipient__username", "kind"))


def members(*names):
    return [MemberFactory(username=name) for name in names]


@pytest.fixture
def topic():
    return services.create_topic(MemberFactory(), board=BoardFactory(is_public=True), title="Week six", body="Hi.")


def test_members_named_in_code_or_links_are_neither_linked_nor_told(topic):
    members("river", "willow", "in_code", "in_fence", "in_block", "in_link", "in_url")
    body = (
        "Thank you @river and @willow.\n\n"
        "Not `@in_code` and not [ask @in_link](https://example.org) or https://example.org/@in_url\n\n"
        "```\n@in_fence\n```\n\n    @in_block\n\n"
        'Nor <a href="/u/in_link/" class="mention">@in_link</a>, nor mail me@example.com.'
    )
    post = services.create_post(MemberFactory(), topic=topic, body=body)
    assert linked_in(post.html) == {"river", "willow"}
    assert told_about(post) == {"river": "mention", "willow": "mention"}


def test_the_quoted_member_is_linked_and_told_once_and_names_inside_the_quote_are_not_told(topic):
    members("river", "willow", "named_in_quote")
    body = "> @river wrote:\n> thanks @named_in_quote\n\nSo true, @river and @willow."
    post = services.create_post(MemberFactory(), topic=topic, body=body)
    # Names inside someone else's quoted words are links for readers but not a call for them.
    assert linked_in(post.html) == {"river", "willow", "named_in_quote"}
    assert told_about(post) == {"river": "quote", "willow": "mention"}


def test_names_of_nobody_and_sentence_ends_match_between_the_page_and_the_notices(topic):
    members("river", "Willow")
    post = services.create_post(MemberFactory(), topic=topic, body="Ask @river. Or @WILLOW! Or @nobody_here.")
    assert linked_in(post.html) == {"river", "Willow"} == set(told_about(post))


def test_a_long_list_of_names_links_and_tells_the_same_first_members(topic):
    names = [f"listed_{n:02d}" for n in range(MAX_MENTIONS + 3)]
    members(*names)
    post = services.create_post(MemberFactory(), topic=topic, body="Thanks " + " ".join(f"@{n}" for n in names))
    assert linked_in(post.html) == set(names[:MAX_MENTIONS]) == set(told_about(post))
