"""The engagement pieces inside forum-content's pages (topic and board)."""

import pytest
from django.urls import reverse

from forum import services
from tests.factories import BoardFactory, start_topic
from tests.forum.engagement_helpers import make_post

pytestmark = pytest.mark.django_db


def test_topic_page_has_reaction_buttons_follow_button_and_engagement_assets(member_client):
    topic = start_topic()
    post = make_post(topic=topic)
    services.toggle_reaction(member_client.user, post=post, kind="congrats")
    services.subscribe(member_client.user, topic=topic)
    html = member_client.get(topic.get_absolute_url()).content.decode()
    assert "css/forum-engagement.css" in html and "js/forum-engagement.js" in html
    assert f'action="{reverse("forum:react", args=[post.pk])}"' in html
    assert 'value="congrats" class="reaction-button" aria-pressed="true"' in html
    assert f'action="{reverse("forum:follow_topic", args=[topic.pk])}"' in html
    assert 'name="state" value="off"' in html  # already following, so the button stops it


def test_the_follow_button_says_whether_this_member_follows_the_topic(member_client, member):
    topic = start_topic()
    services.subscribe(member, topic=topic)  # someone else's follow must not show as theirs
    services.unsubscribe(member, topic=topic)
    services.subscribe(start_topic().author, topic=topic)
    html = member_client.get(topic.get_absolute_url()).content.decode()
    assert 'name="state" value="on"' in html and 'follow-button" aria-pressed="false"' in html
    services.subscribe(member, topic=topic)
    html = member_client.get(topic.get_absolute_url()).content.decode()
    assert 'name="state" value="off"' in html and 'follow-button" aria-pressed="true"' in html


def test_signed_out_visitors_see_counts_but_no_buttons(client, member):
    topic = start_topic(board=BoardFactory(is_public=True))
    services.toggle_reaction(member, post=topic.posts.get(), kind="support")
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "Sending support" in html
    assert "reaction-button" not in html and "follow-button" not in html


def test_board_page_has_a_follow_button(member_client):
    board = BoardFactory()
    html = member_client.get(reverse("forum:board", args=[board.slug])).content.decode()
    assert f'action="{reverse("forum:follow_board", args=[board.slug])}"' in html
    assert "Follow this board" in html


def test_header_links_to_search_and_notifications(member_client):
    html = member_client.get("/").content.decode()
    assert f'href="{reverse("forum:search")}"' in html
    assert f'href="{reverse("forum:notifications")}"' in html


def test_replying_through_the_forum_notifies_followers_and_the_quoted_member(member):
    from forum.models import Notification, Subscription

    quoted = member
    topic = start_topic(author=quoted, title="Week six")
    follower = services.subscribe(make_post(topic=topic).author, topic=topic).user
    replier = make_post(topic=topic).author
    body = f"> @{quoted.username} wrote:\n> Week six and steadier.\n\nSo glad to read this."
    post = services.create_post(replier, topic=topic, body=body)
    assert post.is_public
    assert Notification.objects.get(recipient=quoted).kind == "quote"
    assert Notification.objects.get(recipient=follower).kind == "reply"
    assert not Notification.objects.filter(recipient=replier).exists()
    assert Subscription.objects.filter(user=replier, topic=topic).exists()
