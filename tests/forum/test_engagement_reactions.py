import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse

from accounts.models import Sanction
from forum import selectors, services
from forum.models import Notification, NotificationSettings, Reaction
from tests import factories
from tests.factories import BoardFactory, MemberFactory, start_topic
from tests.forum.engagement_helpers import make_post

pytestmark = pytest.mark.django_db


def counts(post, viewer):
    return {r["kind"]: (r["count"], r["mine"]) for r in selectors.reaction_summary(post, viewer=viewer)["reactions"]}


def test_member_can_add_and_take_back_a_reaction(member):
    post = start_topic().posts.get()
    assert services.toggle_reaction(member, post=post, kind="support") is not None
    assert counts(post, member)["support"] == (1, True)
    assert services.toggle_reaction(member, post=post, kind="support") is None
    assert counts(post, member)["support"] == (0, False)


def test_member_can_give_each_kind_once_and_counts_add_up_across_members(member):
    post = start_topic().posts.get()
    other = MemberFactory()
    for kind in ("support", "me_too", "thanks", "congrats"):
        services.toggle_reaction(member, post=post, kind=kind)
    services.toggle_reaction(other, post=post, kind="support")
    assert Reaction.objects.filter(post=post, user=member).count() == 4
    result = counts(post, member)
    assert result["support"] == (2, True)
    assert result["thanks"] == (1, True)
    assert counts(post, other)["thanks"] == (1, False)


def test_reaction_labels_are_the_peer_support_set(member):
    post = start_topic().posts.get()
    labels = [r["label"] for r in selectors.reaction_summary(post, viewer=member)["reactions"]]
    assert labels == ["Sending support", "Me too", "Thank you", "Congratulations"]


def test_unknown_reaction_kind_is_refused(member):
    post = start_topic().posts.get()
    with pytest.raises(ValueError):
        services.toggle_reaction(member, post=post, kind="like")


def test_muted_member_cannot_react_and_is_told_why(member, moderator):
    post = start_topic().posts.get()
    Sanction.objects.create(user=member, kind=Sanction.MUTE, reason="Cooling off", created_by=moderator)
    with pytest.raises(PermissionDenied, match="muted"):
        services.toggle_reaction(member, post=post, kind="support")
    assert not Reaction.objects.exists()


def test_muted_member_posting_the_reaction_form_gets_403_with_the_reason(member_client, moderator):
    post = start_topic().posts.get()
    Sanction.objects.create(user=member_client.user, kind=Sanction.MUTE, reason="Cooling off", created_by=moderator)
    response = member_client.post(reverse("forum:react", args=[post.pk]), {"kind": "support"})
    assert response.status_code == 403
    assert "muted" in response.content.decode()


def test_cannot_react_to_a_held_or_hidden_post(member):
    topic = start_topic()
    held = make_post(topic=topic, is_approved=False)
    hidden = make_post(topic=topic, is_hidden=True)
    with pytest.raises(Http404):
        services.toggle_reaction(member, post=held, kind="support")
    with pytest.raises(Http404):
        services.toggle_reaction(member, post=hidden, kind="support")


def test_authors_cannot_react_to_their_own_held_post(member):
    topic = start_topic()
    held = make_post(topic=topic, author=member, is_approved=False)
    with pytest.raises(PermissionDenied):
        services.toggle_reaction(member, post=held, kind="support")


def test_signed_out_visitor_is_sent_to_sign_in(client):
    post = start_topic(board=BoardFactory(is_public=True)).posts.get()
    response = client.post(reverse("forum:react", args=[post.pk]), {"kind": "support"})
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
    assert not Reaction.objects.exists()


def test_reaction_form_without_javascript_redirects_back_to_the_post(member_client):
    post = start_topic().posts.get()
    response = member_client.post(
        reverse("forum:react", args=[post.pk]), {"kind": "thanks", "next": f"/t/{post.topic_id}/x/#post-{post.pk}"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/t/{post.topic_id}/x/#post-{post.pk}"
    assert Reaction.objects.filter(post=post, user=member_client.user, kind="thanks").exists()


def test_reaction_form_ignores_a_next_link_to_another_site(member_client):
    post = start_topic().posts.get()
    response = member_client.post(
        reverse("forum:react", args=[post.pk]), {"kind": "thanks", "next": "https://evil.example/"}
    )
    assert "evil.example" not in response["Location"]


def test_reaction_with_javascript_returns_the_new_counts(member_client):
    post = start_topic().posts.get()
    url = reverse("forum:react", args=[post.pk])
    data = member_client.post(url, {"kind": "me_too"}, headers={"accept": "application/json"}).json()
    me_too = next(r for r in data["reactions"] if r["kind"] == "me_too")
    assert data["mine"] is True and me_too == {"kind": "me_too", "label": "Me too", "count": 1, "mine": True}
    data = member_client.post(url, {"kind": "me_too"}, headers={"accept": "application/json"}).json()
    assert data["mine"] is False
    assert next(r for r in data["reactions"] if r["kind"] == "me_too")["count"] == 0


def test_unknown_kind_in_the_form_is_a_bad_request(member_client):
    post = start_topic().posts.get()
    response = member_client.post(reverse("forum:react", args=[post.pk]), {"kind": "<script>"})
    assert response.status_code == 400


def test_reacting_to_an_unknown_post_is_404(member_client):
    assert member_client.post(reverse("forum:react", args=[999999]), {"kind": "support"}).status_code == 404


def test_post_author_is_notified_of_a_reaction_once_not_for_own(member):
    author = MemberFactory()
    post = start_topic(author=author).posts.get()
    services.toggle_reaction(member, post=post, kind="support")
    services.toggle_reaction(member, post=post, kind="support")
    services.toggle_reaction(member, post=post, kind="support")
    services.toggle_reaction(author, post=post, kind="me_too")
    notes = Notification.objects.filter(recipient=author)
    assert notes.count() == 1
    assert notes.get().kind == "reaction"
    assert "Sending support" in notes.get().text


def test_reaction_notifications_respect_the_authors_setting(member):
    author = MemberFactory()
    NotificationSettings.objects.create(user=author, reaction=False)
    post = start_topic(author=author).posts.get()
    services.toggle_reaction(member, post=post, kind="thanks")
    assert not Notification.objects.filter(recipient=author).exists()


def test_post_engagement_uses_one_query_for_any_page_size(member, django_assert_num_queries):
    topic = start_topic()
    posts = [make_post(topic=topic) for _ in range(3)]
    for post in posts:
        services.toggle_reaction(member, post=post, kind="support")
    services.toggle_bookmark(member, post=posts[1], saved=True)
    with django_assert_num_queries(1):
        small = selectors.post_engagement(posts, viewer=member)
    posts += [make_post(topic=topic) for _ in range(17)]
    with django_assert_num_queries(1):
        big = selectors.post_engagement(posts, viewer=member)
    assert len(small) == 3 and len(big) == 20
    assert big[posts[0].pk]["reactions"][0] == {"kind": "support", "label": "Sending support", "count": 1, "mine": True}
    assert [big[post.pk]["bookmarked"] for post in posts[:3]] == [False, True, False]
    assert not any(entry["bookmarked"] for entry in selectors.post_engagement(posts, viewer=MemberFactory()).values())


def test_post_shows_pressed_buttons_and_bookmark(client, member):
    post = start_topic().posts.get()
    services.toggle_reaction(member, post=post, kind="thanks")
    factories.sign_in(client, member)
    html = client.get(reverse("forum:post_fragment", args=[post.pk])).content.decode()
    assert 'value="thanks" class="reaction-button" aria-pressed="true"' in html
    assert 'value="support" class="reaction-button" aria-pressed="false"' in html
    assert "Bookmark" in html
    assert " on" not in html.split("<form")[1].split(">")[0]  # no inline event handlers
