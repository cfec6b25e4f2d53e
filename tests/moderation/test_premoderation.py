"""Pre-moderation lifecycle: held -> approved -> public; held -> rejected -> author told."""

from django.urls import reverse

import forum.services
from accounts.models import User
from forum.models import Notification, Post
from forum.permissions import can_view_post
from moderation.models import QueueItem
from moderation.services.content_policy import ContentPolicy
from tests import factories


def test_new_member_topic_is_held_and_only_the_author_and_moderators_see_it(db, board, new_member, member, moderator):
    topic = forum.services.create_topic(new_member, board=board, title="Hello, I'm new", body="Day three off")
    post = Post.objects.get(topic=topic, position=0)
    assert topic.policy_decision.held_for_review
    assert not post.is_approved and not post.is_public
    assert can_view_post(new_member, post)
    assert can_view_post(moderator, post)
    assert not can_view_post(member, post)
    board.refresh_from_db()
    assert board.topic_count == 0
    item = QueueItem.objects.get()
    assert item.kind == "topic" and item.is_held and item.author == new_member


def test_approving_a_held_topic_makes_it_public_counts_it_and_tells_the_author(db, board, new_member, moderator):
    from moderation import services

    topic = forum.services.create_topic(new_member, board=board, title="Hello, I'm new", body="Day three off")
    services.approve_item(QueueItem.objects.get(), by=moderator, reason="Welcome")
    topic.refresh_from_db()
    board.refresh_from_db()
    assert topic.is_public
    assert board.topic_count == 1
    assert User.objects.get(pk=new_member.pk).approved_contributions == 1
    note = Notification.objects.filter(recipient=new_member, kind="moderation").latest("id")
    assert "approved" in note.text


def test_rejecting_a_held_reply_keeps_it_unpublished_and_tells_the_author_why(db, public_topic, new_member, moderator):
    from moderation import services

    post = forum.services.create_post(new_member, topic=public_topic, body="Buy pills at my shop")
    assert post.policy_decision.held_for_review
    item = QueueItem.objects.get(kind="post")
    services.reject_item(item, by=moderator, reason="Selling medication is not allowed here.")
    post.refresh_from_db()
    assert not post.is_approved
    public_topic.refresh_from_db()
    assert public_topic.post_count == 1
    note = Notification.objects.filter(recipient=new_member, kind="moderation").latest("id")
    assert "did not approve" in note.text and "Selling medication" in note.text


def test_members_past_the_threshold_are_published_at_once(db, public_topic, settings):
    settings.HAVEN_PREMODERATION_THRESHOLD = 3
    author = factories.MemberFactory(approved_contributions=3)
    post = forum.services.create_post(author, topic=public_topic, body="Hang in there")
    assert post.is_public
    assert not QueueItem.objects.exists()


def test_after_three_approvals_a_new_member_is_no_longer_held(db, board, public_topic, new_member, moderator):
    from moderation import services

    for n in range(3):
        forum.services.create_post(new_member, topic=public_topic, body=f"Reply number {n}")
        services.approve_item(QueueItem.objects.get(status="pending"), by=moderator)
    new_member = User.objects.get(pk=new_member.pk)  # as on the member's next request
    assert new_member.approved_contributions == 3
    post = forum.services.create_post(new_member, topic=public_topic, body="Now I'm trusted to post")
    assert post.is_public


def test_team_members_are_never_premoderated(db, public_topic, board):
    for roles in (["moderator"], ["clinician"], ["admin"]):
        person = factories.NewMemberFactory(roles=roles)
        person = User.objects.get(pk=person.pk)
        post = forum.services.create_post(person, topic=public_topic, body="Welcome, everyone")
        assert post.is_public, roles


def test_new_members_posts_with_external_links_are_always_held(db, public_topic):
    author = factories.MemberFactory(approved_contributions=5)  # past pre-moderation, still new
    post = forum.services.create_post(author, topic=public_topic, body="See https://example.org/shop for more")
    assert post.policy_decision.held_for_review
    assert "link" in post.policy_decision.reason
    established = factories.MemberFactory(approved_contributions=25)
    post = forum.services.create_post(established, topic=public_topic, body="See https://example.org/paper")
    assert post.is_public


def test_trusted_members_links_are_not_held(db, public_topic):
    author = factories.MemberFactory(approved_contributions=4, is_trusted=True)
    post = forum.services.create_post(author, topic=public_topic, body="The paper: https://doi.org/10.1371/x")
    assert post.is_public


def test_held_post_shows_in_the_queue_for_moderators(db, public_topic, new_member, moderator_client):
    forum.services.create_post(new_member, topic=public_topic, body="My very first reply here")
    page = moderator_client.get(reverse("moderation:queue")).content.decode()
    assert "My very first reply here" in page
    assert "New member" in page


def test_policy_keeps_the_decision_api(db):
    from reviewable.registry import Decision

    decision = Decision()
    assert decision.held_for_review is False and decision.crisis is False and decision.crisis_lines == []
    assert hasattr(ContentPolicy(), "on_created") and hasattr(ContentPolicy(), "on_edited")
