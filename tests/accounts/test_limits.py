"""Posting limits (accounts/limits.py): per-member rates, stricter for new members, 429 with Retry-After."""

import pytest
from django.urls import reverse

from accounts.limits import RateLimited, check_rate_limit, rates_for
from forum.models import Post, Reaction, Topic
from tests.factories import BoardFactory, MemberFactory, NewMemberFactory, sign_in
from tests.forum.content_helpers import start_topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic():
    return start_topic(MemberFactory(), board=BoardFactory())


def test_an_established_member_cannot_post_thirty_replies_in_a_second(client, topic):
    member = MemberFactory()
    sign_in(client, member)
    url = reverse("forum:reply", args=[topic.pk])
    statuses = [client.post(url, {"body": f"Reply number {i}, thinking of you."}).status_code for i in range(30)]
    assert statuses.count(302) == 8
    assert statuses[8:] == [429] * 22
    assert Post.objects.filter(topic=topic, author=member).count() == 8


def test_a_refused_reply_keeps_the_typed_text_and_says_when_to_try_again(client, topic, settings):
    settings.HAVEN_RATE_LIMITS = {**settings.HAVEN_RATE_LIMITS, "reply": ("1/h", "1/h")}
    member = MemberFactory()
    sign_in(client, member)
    url = reverse("forum:reply", args=[topic.pk])
    client.post(url, {"body": "First reply."})
    response = client.post(url, {"body": "My second reply, typed with care."})
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    page = response.content.decode()
    assert "My second reply, typed with care." in page
    assert "faster than Haven allows" in page and "Nothing you wrote has been lost" in page


def test_new_members_have_stricter_limits_on_new_topics(client):
    board = BoardFactory()
    url = reverse("forum:new_topic", args=[board.slug])
    newcomer, regular = NewMemberFactory(), MemberFactory()
    for who in (newcomer, regular):
        sign_in(client, who)
        statuses = [
            client.post(url, {"title": f"Topic {i}", "body": f"Body of topic {i} by {who.username}"}).status_code
            for i in range(3)
        ]
        assert statuses == ([302, 429, 429] if who is newcomer else [302, 302, 302])
    assert Topic.objects.filter(author=newcomer).count() == 1


def test_edits_are_limited(client, settings):
    settings.HAVEN_RATE_LIMITS = {**settings.HAVEN_RATE_LIMITS, "edit": ("2/m", "2/m")}
    author = MemberFactory()
    post = start_topic(author, board=BoardFactory()).opening_post
    sign_in(client, author)
    url = reverse("forum:edit_post", args=[post.pk])
    statuses = [client.post(url, {"body": f"Edited {i}", "title": "Title", "note": ""}).status_code for i in range(3)]
    assert statuses == [302, 302, 429]
    post.refresh_from_db()
    assert post.source == "Edited 1"


def test_reactions_are_limited_with_a_json_answer_for_scripts(client, topic, settings):
    settings.HAVEN_RATE_LIMITS = {**settings.HAVEN_RATE_LIMITS, "reaction": ("2/m", "2/m")}
    member = MemberFactory()
    sign_in(client, member)
    url = reverse("forum:react", args=[topic.opening_post.pk])
    for _ in range(2):
        client.post(url, {"kind": "support"}, HTTP_ACCEPT="application/json")
    response = client.post(url, {"kind": "thanks"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 429
    assert response.json()["error"] == "rate_limited"
    assert int(response["Retry-After"]) > 0
    assert not Reaction.objects.filter(user=member, kind="thanks").exists()


def test_identical_replies_within_a_minute_are_one_post_even_without_a_form_token(client, topic):
    member = MemberFactory()
    sign_in(client, member)
    url = reverse("forum:reply", args=[topic.pk])
    first = client.post(url, {"body": "Same words twice."})
    second = client.post(url, {"body": "Same words twice."})
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Post.objects.filter(topic=topic, author=member).count() == 1


def test_identical_new_topics_within_a_minute_are_one_topic(client):
    board = BoardFactory()
    member = MemberFactory()
    sign_in(client, member)
    url = reverse("forum:new_topic", args=[board.slug])
    for _ in range(2):
        client.post(url, {"title": "Hello all", "body": "My first words here."})
    assert Topic.objects.filter(author=member).count() == 1


def test_limits_are_read_from_settings_and_an_empty_rate_means_no_limit(settings):
    member = MemberFactory()
    settings.HAVEN_RATE_LIMITS = {**settings.HAVEN_RATE_LIMITS, "message": ("", "")}
    assert rates_for(member, "message") == []
    for _ in range(100):
        check_rate_limit(member, "message")
    settings.HAVEN_RATE_LIMITS = {**settings.HAVEN_RATE_LIMITS, "message": ("1/m,5/h", "1/m")}
    assert rates_for(member, "message") == ["1/m", "5/h"]
    check_rate_limit(member, "message")
    with pytest.raises(RateLimited) as refused:
        check_rate_limit(member, "message")
    assert 0 < refused.value.retry_after <= 60
    assert "sending messages" in refused.value.message


def test_members_are_counted_separately(settings):
    settings.HAVEN_RATE_LIMITS = {**settings.HAVEN_RATE_LIMITS, "conversation": ("1/h", "1/h")}
    one, two = MemberFactory(), MemberFactory()
    check_rate_limit(one, "conversation")
    check_rate_limit(two, "conversation")
    with pytest.raises(RateLimited):
        check_rate_limit(one, "conversation")


def test_a_broken_cache_lets_the_post_through(monkeypatch):
    from django.core.cache import cache

    def broken(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "add", broken)
    check_rate_limit(MemberFactory(), "reply")  # no exception: posting does not depend on Redis


def test_unknown_actions_are_a_programming_error():
    with pytest.raises(ValueError):
        check_rate_limit(MemberFactory(), "shout")


def test_an_established_member_cannot_start_thirty_topics_in_a_second(client):
    board = BoardFactory()
    member = MemberFactory()
    sign_in(client, member)
    url = reverse("forum:new_topic", args=[board.slug])
    statuses = [client.post(url, {"title": f"Topic {i}", "body": f"Words {i}"}).status_code for i in range(30)]
    assert statuses.count(302) == 3 and statuses.count(429) == 27
    assert Topic.objects.filter(author=member).count() == 3
