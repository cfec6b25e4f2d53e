import pytest
from django.urls import reverse

from forum import selectors, services
from forum.models import Notification, NotificationSettings, Subscription
from tests.factories import BoardFactory, MemberFactory, start_topic
from tests.forum.engagement_helpers import Listener, make_post

pytestmark = pytest.mark.django_db


def kinds_for(user):
    return list(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


# --- Subscriptions ---------------------------------------------------------------------------


def test_subscribing_twice_keeps_one_subscription(member):
    topic = start_topic()
    first = services.subscribe(member, topic=topic)
    assert services.subscribe(member, topic=topic) == first
    services.subscribe(member, board=topic.board)
    assert Subscription.objects.filter(user=member).count() == 2
    services.unsubscribe(member, topic=topic)
    services.unsubscribe(member, topic=topic)
    assert list(Subscription.objects.filter(user=member).values_list("board_id", flat=True)) == [topic.board_id]


def test_subscribe_needs_exactly_one_target(member):
    topic = start_topic()
    with pytest.raises(ValueError):
        services.subscribe(member, topic=topic, board=topic.board)
    with pytest.raises(ValueError):
        services.subscribe(member)


def test_follow_button_follows_and_unfollows_a_topic(member_client):
    topic = start_topic()
    url = reverse("forum:follow_topic", args=[topic.pk])
    response = member_client.post(url, {"state": "on", "next": "/somewhere/"})
    assert response["Location"] == "/somewhere/"
    assert Subscription.objects.filter(user=member_client.user, topic=topic).exists()
    assert member_client.post(url, {"state": "on"}, headers={"accept": "application/json"}).json() == {
        "following": True
    }
    member_client.post(url, {"state": "off"})
    assert not Subscription.objects.filter(user=member_client.user, topic=topic).exists()


def test_follow_board_button_works_and_partial_shows_state(member_client, rf):
    from django.template.loader import render_to_string

    from forum.context_processors import notifications

    board = BoardFactory()
    member_client.post(reverse("forum:follow_board", args=[board.slug]), {"state": "on"})
    assert Subscription.objects.filter(user=member_client.user, board=board).exists()
    request = rf.get("/b/x/")
    request.user = member_client.user
    context = {"board": board, "user": member_client.user, **notifications(request)}
    html = render_to_string("forum/engagement/follow_button.html", context, request=request)
    assert 'aria-pressed="true"' in html and 'value="off"' in html


def test_signed_out_visitor_cannot_see_or_follow_members_only_board(client):
    board = BoardFactory(is_public=False)
    response = client.post(reverse("forum:follow_board", args=[board.slug]), {"state": "on"})
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert not Subscription.objects.exists()


# --- notify_new_post -------------------------------------------------------------------------


def test_topic_followers_are_notified_of_a_reply_but_not_the_author(member):
    topic = start_topic()
    services.subscribe(member, topic=topic)
    replier = MemberFactory()
    services.subscribe(replier, topic=topic)
    post = make_post(topic=topic, author=replier)
    services.notify_new_post(post)
    assert kinds_for(member) == ["reply"]
    assert kinds_for(replier) == []
    note = Notification.objects.get(recipient=member)
    assert note.post == post and note.actor == replier
    assert note.url == post.get_absolute_url()
    assert replier.username in note.text and topic.title in note.text


def test_author_is_subscribed_to_the_topic_they_post_in(member):
    topic = start_topic()
    services.notify_new_post(make_post(topic=topic, author=member))
    assert Subscription.objects.filter(user=member, topic=topic).exists()


def test_board_followers_hear_about_new_topics_not_every_reply(member):
    board = BoardFactory()
    services.subscribe(member, board=board)
    topic = start_topic(board=board, title="Hello from week one")
    services.notify_new_post(topic.posts.get(position=0))
    assert kinds_for(member) == ["reply"]
    assert "started" in Notification.objects.get(recipient=member).text
    services.notify_new_post(make_post(topic=topic))
    assert len(kinds_for(member)) == 1


def test_mentioned_members_are_notified(member):
    other = MemberFactory(username="Quiet.River")
    topic = start_topic()
    post = make_post(topic=topic, body=f"Thinking of you @{member.username} and @quiet.river. Also @nobody_here.")
    services.notify_new_post(post)
    assert kinds_for(member) == ["mention"]
    assert kinds_for(other) == ["mention"]
    assert "mentioned you" in Notification.objects.get(recipient=member).text


def test_mentions_in_quotes_and_code_and_emails_do_not_notify(member):
    topic = start_topic()
    body = f"> someone said @{member.username}\n\n```\n@{member.username}\n```\n\nmail me at x@{member.username}.org"
    services.notify_new_post(make_post(topic=topic, body=body))
    assert kinds_for(member) == []


def test_quoted_member_gets_one_quote_notification_even_if_following_and_mentioned(member):
    topic = start_topic(author=member)
    services.notify_new_post(topic.posts.get())
    body = f"> @{member.username} wrote:\n> Day 40 and sleeping better.\n\nSo glad, @{member.username}!"
    services.notify_new_post(make_post(topic=topic, body=body))
    assert kinds_for(member) == ["quote"]
    assert "quoted you" in Notification.objects.get(recipient=member).text


def test_settings_choose_the_next_kind_or_nothing(member):
    NotificationSettings.objects.create(user=member, quote=False, mention=True, reply=False)
    topic = start_topic()
    services.subscribe(member, topic=topic)
    body = f"> @{member.username} wrote:\n> something\n\nand @{member.username} too"
    services.notify_new_post(make_post(topic=topic, body=body))
    assert kinds_for(member) == []  # quoted only counts as a quote; mention skipped for it
    services.notify_new_post(make_post(topic=topic, body=f"hello @{member.username}"))
    assert kinds_for(member) == ["mention"]
    services.notify_new_post(make_post(topic=topic, body="a plain reply"))
    assert kinds_for(member) == ["mention"]  # replies switched off


def test_members_who_cannot_see_the_board_are_not_notified(member):
    board = BoardFactory(is_public=False)
    inactive = MemberFactory(is_active=False)
    topic = start_topic(board=board)
    services.subscribe(member, topic=topic)
    Subscription.objects.create(user=inactive, topic=topic)
    services.notify_new_post(make_post(topic=topic, body=f"hi @{inactive.username}"))
    assert kinds_for(inactive) == []
    assert kinds_for(member) == ["reply"]


def test_held_posts_notify_nobody(member):
    topic = start_topic()
    services.subscribe(member, topic=topic)
    services.notify_new_post(make_post(topic=topic, is_approved=False, body=f"@{member.username}"))
    services.notify_new_post(make_post(topic=topic, is_hidden=True))
    assert kinds_for(member) == []


def test_new_post_publishes_the_unread_count_to_each_recipient(member, django_capture_on_commit_callbacks):
    topic = start_topic()
    services.subscribe(member, topic=topic)
    listener = Listener(member.pk)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.notify_new_post(make_post(topic=topic))
    assert callbacks
    events = listener.events()
    assert len(events) == 1
    assert events[0]["type"] == "notification.created"
    assert events[0]["unread"] == 1
    assert topic.title in events[0]["text"]
    assert events[0]["url"].startswith("/p/")


def test_notify_is_generic_and_publishes(member, django_capture_on_commit_callbacks):
    listener = Listener(member.pk)
    with django_capture_on_commit_callbacks(execute=True):
        note = services.notify(member, kind="moderation", text="Your post was approved.", url="/p/1/")
    assert note.kind == "moderation" and note.is_unread
    assert listener.events()[0] == {
        "type": "notification.created",
        "unread": 1,
        "text": "Your post was approved.",
        "url": "/p/1/",
    }


def test_notify_does_not_publish_when_rolled_back(member, django_capture_on_commit_callbacks):
    from django.db import transaction

    listener = Listener(member.pk)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                services.notify(member, kind="system", text="x", url="/")
                raise RuntimeError
        except RuntimeError:
            pass
    assert callbacks == []
    assert listener.events(timeout=0.2) == []
    assert not Notification.objects.exists()


def test_notify_new_post_query_count_does_not_grow_with_followers(django_assert_max_num_queries):
    topic = start_topic()
    services.unsubscribe(topic.author, topic=topic)  # the followers counted are the test's own
    for _ in range(3):
        services.subscribe(MemberFactory(), topic=topic)
    post = make_post(topic=topic)
    with django_assert_max_num_queries(15) as small:
        services.notify_new_post(post)
    for _ in range(20):
        services.subscribe(MemberFactory(), topic=topic)
    post = make_post(topic=topic)
    with django_assert_max_num_queries(15) as big:
        services.notify_new_post(post)
    assert len(big.captured_queries) == len(small.captured_queries)
    assert Notification.objects.count() == 3 + 24  # the first replier now follows too


# --- Reading notifications -------------------------------------------------------------------


def test_unread_count_and_mark_all_read(member_client):
    member = member_client.user
    for i in range(3):
        services.notify(member, kind="system", text=f"Note {i}", url="/")
    assert selectors.unread_count(member) == 3
    page = member_client.get(reverse("forum:notifications"))
    assert page.status_code == 200
    assert page.context["notifications_unread"] == 3
    assert "Mark all as read" in page.content.decode()
    response = member_client.post(reverse("forum:notifications_read"))
    assert response.status_code == 302
    assert selectors.unread_count(member) == 0
    assert "Mark all as read" not in member_client.get(reverse("forum:notifications")).content.decode()


def test_opening_a_notification_marks_it_read_and_goes_to_the_post(member_client):
    post = start_topic().posts.get()
    note = services.notify(member_client.user, kind="reply", text="Someone replied", url=post.get_absolute_url())
    response = member_client.get(reverse("forum:notification_open", args=[note.pk]))
    assert response.status_code == 302 and response["Location"] == post.get_absolute_url()
    note.refresh_from_db()
    assert note.read_at is not None


def test_members_cannot_open_each_others_notifications(member_client):
    note = services.notify(MemberFactory(), kind="system", text="private", url="/")
    assert member_client.get(reverse("forum:notification_open", args=[note.pk])).status_code == 404


def test_notification_to_an_outside_url_is_not_followed(member_client):
    note = services.notify(member_client.user, kind="system", text="x", url="https://evil.example/")
    response = member_client.get(reverse("forum:notification_open", args=[note.pk]))
    assert response["Location"] == reverse("forum:notifications")


def test_notification_text_is_escaped_on_the_page(member_client):
    services.notify(member_client.user, kind="system", text="<script>alert(1)</script>", url="/")
    html = member_client.get(reverse("forum:notifications")).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html


def test_notifications_page_needs_sign_in(client):
    response = client.get(reverse("forum:notifications"))
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_header_shows_the_unread_count(member_client):
    services.notify(member_client.user, kind="system", text="x", url="/")
    html = member_client.get(reverse("forum:notifications")).content.decode()
    assert 'data-live="notifications-count">1<' in html


def test_notifications_page_is_numbered_and_bounded_in_queries(member_client, django_assert_max_num_queries):
    member = member_client.user
    for i in range(5):
        services.notify(member, kind="system", text=f"Note {i}", url="/")
    url = reverse("forum:notifications")
    member_client.get(url)
    with django_assert_max_num_queries(12) as small:
        assert member_client.get(url).status_code == 200
    Notification.objects.bulk_create(
        [Notification(recipient=member, kind="system", text=f"Bulk {i}", url="/") for i in range(120)]
    )
    with django_assert_max_num_queries(12) as big:
        response = member_client.get(url + "?page=3")
    assert len(big.captured_queries) == len(small.captured_queries)
    html = response.content.decode()
    assert 'aria-current="page"' in html and ">5<" in html


def test_notification_settings_page_saves_choices(member_client):
    url = reverse("forum:notification_settings")
    page = member_client.get(url)
    assert page.status_code == 200
    assert "Someone mentions me" in page.content.decode()
    response = member_client.post(url, {"reply": "on", "quote": "on"})
    assert response.status_code == 302
    prefs = NotificationSettings.objects.get(user=member_client.user)
    assert (prefs.reply, prefs.mention, prefs.quote, prefs.reaction) == (True, False, True, False)


def test_notifications_page_links_to_the_settings(member_client):
    html = member_client.get(reverse("forum:notifications")).content.decode()
    assert reverse("forum:notification_settings") in html


def test_context_processor_gives_nothing_to_signed_out_visitors(rf):
    from django.contrib.auth.models import AnonymousUser

    from forum.context_processors import notifications

    request = rf.get("/")
    request.user = AnonymousUser()
    assert notifications(request) == {}


def test_context_processor_counts_in_one_query(rf, member, django_assert_num_queries):
    from forum.context_processors import notifications

    services.notify(member, kind="system", text="x", url="/")
    request = rf.get("/")
    request.user = member
    with django_assert_num_queries(1):
        assert notifications(request)["notifications_unread"] == 1
