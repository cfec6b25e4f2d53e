"""Member flags: the form, one flag per member, weights and the hide threshold, limits."""

import pytest
from django.urls import reverse

import forum.services
from accounts.models import Sanction
from forum.models import Notification, Post
from moderation import services
from moderation.models import Flag, QueueItem
from tests import factories
from tests.factories import sign_in


@pytest.fixture
def post(db, public_topic, member):
    return forum.services.create_post(member, topic=public_topic, body="Stop your dose today, it's fine.")


def flag_url(post):
    return reverse("moderation:flag", args=["post", post.pk])


def test_flag_form_offers_every_reason_as_a_radio_button(client, post):
    sign_in(client, factories.MemberFactory())
    page = client.get(flag_url(post)).content.decode()
    for label in ["Someone may be at risk", "Dangerous medical advice", "Unkind or harassing",
                  "Spam or selling", "Private information", "Something else", "Needs a content note"]:
        assert label in page
    assert page.count('type="radio"') == 7


def test_member_flags_a_post_and_sees_a_thank_you(client, post):
    flagger = factories.MemberFactory()
    sign_in(client, flagger)
    response = client.post(flag_url(post), {"reason": "medical", "note": "Urges an abrupt stop"}, follow=True)
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    flag = Flag.objects.get()
    assert flag.flagger == flagger and flag.reason == "medical" and flag.weight == 1
    assert QueueItem.objects.get().flag_weight == 1


def test_a_second_flag_on_the_same_item_is_refused(client, post):
    flagger = factories.MemberFactory()
    services.file_flag(post, flagger=flagger, reason="medical")
    with pytest.raises(services.AlreadyFlagged, match="already flagged"):
        services.file_flag(post, flagger=flagger, reason="spam")
    sign_in(client, flagger)
    page = client.get(flag_url(post)).content.decode()
    assert "You already flagged this" in page
    assert Flag.objects.count() == 1


def test_members_cannot_flag_their_own_content(client, post, member):
    sign_in(client, member)
    response = client.get(flag_url(post))
    assert response.status_code == 403
    assert "your own" in response.content.decode()


def test_something_else_needs_a_note_and_the_choice_is_kept(client, post):
    sign_in(client, factories.MemberFactory())
    response = client.post(flag_url(post), {"reason": "other", "note": ""})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Please tell us what is wrong." in page
    assert 'value="other" checked' in page or 'checked' in page
    assert not Flag.objects.exists()


def test_flag_notes_are_capped_at_1000_characters_and_keep_the_text(client, post):
    sign_in(client, factories.MemberFactory())
    response = client.post(flag_url(post), {"reason": "spam", "note": "x" * 1001})
    assert response.status_code == 400
    assert "1,000 characters" in response.content.decode()
    assert "x" * 1001 in response.content.decode()


def test_flag_notes_are_escaped_on_the_moderator_page(client, post, moderator):
    services.file_flag(post, flagger=factories.MemberFactory(), reason="other", note="<script>alert(1)</script>")
    sign_in(client, moderator)
    page = client.get(reverse("moderation:item", args=[QueueItem.objects.get().pk])).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_three_member_flags_hide_the_post_pending_review_and_tell_the_author(post, member, settings):
    settings.HAVEN_FLAG_HIDE_WEIGHT = 3
    for _ in range(2):
        services.file_flag(post, flagger=factories.MemberFactory(), reason="medical")
    post.refresh_from_db()
    assert post.is_public
    services.file_flag(post, flagger=factories.MemberFactory(), reason="medical")
    post.refresh_from_db()
    assert post.is_hidden and not post.is_public
    item = QueueItem.objects.get()
    assert item.hidden_by_flags and item.flag_weight == 3 and item.flag_count == 3
    note = Notification.objects.filter(recipient=member, kind="moderation").latest("id")
    assert "hidden" in note.text and "members reported it" in note.text


def test_a_trusted_members_flag_weighs_two(post, trusted_member):
    services.file_flag(post, flagger=trusted_member, reason="unkind")
    assert QueueItem.objects.get().flag_weight == 2
    services.file_flag(post, flagger=factories.MemberFactory(), reason="unkind")
    post.refresh_from_db()
    assert post.is_hidden


def test_a_moderators_flag_hides_at_once(post, moderator):
    services.file_flag(post, flagger=moderator, reason="private")
    post.refresh_from_db()
    assert post.is_hidden


def test_someone_may_be_at_risk_makes_a_crisis_item(post):
    services.file_flag(post, flagger=factories.MemberFactory(), reason="at_risk")
    assert QueueItem.objects.get().is_crisis


def test_a_flood_of_flags_from_one_account_is_rate_limited(client, public_topic, settings):
    settings.HAVEN_FLAG_RATE = 3
    flagger = factories.MemberFactory()
    posts = [forum.services.create_post(factories.MemberFactory(), topic=public_topic, body=f"Reply {n}")
             for n in range(4)]
    for p in posts[:3]:
        services.file_flag(p, flagger=flagger, reason="spam")
    sign_in(client, flagger)
    response = client.post(flag_url(posts[3]), {"reason": "spam"})
    assert response.status_code == 429
    assert "a lot of flags" in response.content.decode()
    assert Flag.objects.count() == 3


def test_muted_members_cannot_flag(client, post, moderator):
    flagger = factories.MemberFactory()
    services.mute_member(flagger, by=moderator, reason="Cooling off", duration=None)
    sign_in(client, flagger)
    response = client.post(flag_url(post), {"reason": "spam"})
    assert response.status_code == 403
    assert "muted" in response.content.decode()
    assert Sanction.objects.filter(user=flagger).exists()


def test_unknown_things_to_flag_are_404(client, post):
    sign_in(client, factories.MemberFactory())
    assert client.get(reverse("moderation:flag", args=["post", 999999])).status_code == 404
    assert client.get(reverse("moderation:flag", args=["nonsense", post.pk])).status_code == 404


def test_anonymous_visitors_are_asked_to_log_in(client, post):
    response = client.get(flag_url(post))
    assert response.status_code == 302 and "login" in response["Location"]


def test_held_posts_cannot_be_flagged_by_other_members(client, public_topic, new_member):
    held = forum.services.create_post(new_member, topic=public_topic, body="Held reply")
    sign_in(client, factories.MemberFactory())
    assert client.get(flag_url(held)).status_code == 404


def test_flaggers_see_the_outcome_later(client, post, moderator):
    flagger, other = factories.MemberFactory(), factories.MemberFactory()
    services.file_flag(post, flagger=flagger, reason="medical")
    services.dismiss_flags(QueueItem.objects.get(), by=moderator, reason="Shared experience")
    sign_in(client, flagger)
    assert "Reviewed, no action" in client.get(reverse("moderation:my_flags")).content.decode()

    second = forum.services.create_post(factories.MemberFactory(), topic=post.topic, body="Buy here")
    services.file_flag(second, flagger=other, reason="spam")
    services.hide_content(QueueItem.objects.get(status="pending"), by=moderator, reason="Selling")
    sign_in(client, other)
    assert "Reviewed, action taken" in client.get(reverse("moderation:my_flags")).content.decode()


def test_dismissing_flags_shows_a_flag_hidden_post_again(post, moderator):
    services.file_flag(post, flagger=factories.MemberFactory(roles=["moderator"], mfa=True), reason="spam")
    assert Post.objects.get(pk=post.pk).is_hidden
    services.dismiss_flags(QueueItem.objects.get(), by=moderator, reason="Not spam")
    assert Post.objects.get(pk=post.pk).is_public


def test_profiles_and_topics_can_be_flagged(client, public_topic, member):
    flagger = factories.MemberFactory()
    sign_in(client, flagger)
    assert client.post(reverse("moderation:flag", args=["user", member.pk]), {"reason": "spam"}).status_code == 302
    assert client.post(reverse("moderation:flag", args=["topic", public_topic.pk]),
                       {"reason": "unkind"}).status_code == 302
    assert set(QueueItem.objects.values_list("kind", flat=True)) == {"user", "topic"}


def test_the_flag_that_hides_a_post_lands_the_flagger_on_their_flags_with_a_thank_you(client, post, settings):
    settings.HAVEN_FLAG_HIDE_WEIGHT = 3
    for _ in range(2):
        services.file_flag(post, flagger=factories.MemberFactory(), reason="medical")
    sign_in(client, factories.MemberFactory())
    response = client.post(flag_url(post), {"reason": "medical"}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("moderation:my_flags")
    assert "Thank you" in response.content.decode()
