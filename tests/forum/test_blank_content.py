"""One blank-content rule (forum/sanitize.py) for posts and chat: nothing visible, nothing posted."""

import pytest
from django.core.exceptions import ValidationError

from forum import services
from forum.models import Post
from forum.sanitize import BLANK_MESSAGE, check_visible, has_visible_content, render_markdown
from tests.forum.content_helpers import make_board, start_topic, use_stub_policy

pytestmark = pytest.mark.django_db

BLANK_SOURCES = [
    '<img src="x" onerror="alert(1)">',
    "<script>alert('hi')</script>",
    "![](https://tracker.example/pixel.png)",
    "[](https://example.org/)",
    "&nbsp; &#8203;",
    "\u2060\u3164\ufeff",
    "---",
]


@pytest.fixture(autouse=True)
def _policy():
    use_stub_policy()


@pytest.mark.parametrize("source", BLANK_SOURCES)
@pytest.mark.parametrize("profile", ["post", "chat"])
def test_markup_that_renders_to_nothing_visible_is_blank(source, profile):
    assert not has_visible_content(render_markdown(source, profile=profile))
    with pytest.raises(ValidationError) as caught:
        check_visible(render_markdown(source, profile=profile))
    assert caught.value.messages == [BLANK_MESSAGE]


@pytest.mark.parametrize("source", ["ok", "**a**", "[a link](https://example.org/)", "`0`", "\U0001f600"])
def test_any_visible_word_or_symbol_counts(source):
    assert has_visible_content(render_markdown(source, profile="chat"))


def test_an_uploaded_image_alone_is_a_visible_post(settings):
    html = render_markdown(f"![]({settings.MEDIA_URL}uploads/a.png)", profile="post")
    assert has_visible_content(html)


def test_a_reply_that_sanitises_to_nothing_is_refused_and_keeps_what_was_typed(member_client):
    topic = start_topic(board=make_board())
    typed = "<script>alert('hi')</script>"
    response = member_client.post(f"/t/{topic.pk}/reply/", {"body": typed, "token": "blank1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "no words left once formatting is removed" in html
    assert "&lt;script&gt;alert(&#x27;hi&#x27;)&lt;/script&gt;" in html
    assert Post.objects.filter(topic=topic).count() == 1


def test_the_reply_service_refuses_a_blank_body(member):
    topic = start_topic(board=make_board())
    with pytest.raises(ValidationError) as caught:
        services.create_post(member, topic=topic, body="![](https://tracker.example/pixel.png)")
    assert caught.value.message_dict == {"body": [BLANK_MESSAGE]}
