"""The review queue: order, filters, claims, item pages, stale actions, bulk, and query counts."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

import forum.services
from forum.models import Post
from moderation import services
from moderation.models import QueueItem
from tests import factories
from tests.factories import sign_in
from tests.moderation.conftest import make_moderator


def _item(**kwargs):
    post = kwargs.pop("post")
    return QueueItem.objects.create(
        kind="post", content_type=ContentType.objects.get_for_model(Post), object_id=post.pk,
        author=post.author, title="t", summary=kwargs.pop("summary", "s"), **kwargs,
    )


def test_queue_orders_crisis_first_then_flag_weight_then_age(db, public_topic, moderator_client):
    now = timezone.now()
    posts = [forum.services.create_post(factories.MemberFactory(), topic=public_topic, body=f"p{n}") for n in range(4)]
    old_light = _item(post=posts[0], summary="old light", flag_weight=1, created_at=now - timedelta(days=3))
    heavy = _item(post=posts[1], summary="heavy", flag_weight=5, created_at=now - timedelta(days=1))
    crisis = _item(post=posts[2], summary="crisis", is_crisis=True, created_at=now)
    new_light = _item(post=posts[3], summary="new light", flag_weight=1, created_at=now - timedelta(hours=1))
    page = moderator_client.get(reverse("moderation:queue")).content.decode()
    order = [page.index(f">{s}<") if f">{s}<" in page else page.index(s) for s in
             ["crisis", "heavy", "old light", "new light"]]
    assert order == sorted(order)
    ids = [i.pk for i in moderator_client.get(reverse("moderation:queue")).context["page"].object_list]
    assert ids == [crisis.pk, heavy.pk, old_light.pk, new_light.pk]


def test_queue_filters_by_reason_board_kind_status_and_my_claims(db, public_topic, board, moderator_client):
    moderator = moderator_client.user
    a = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="one")
    b = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="two")
    services.file_flag(a, flagger=factories.MemberFactory(), reason="spam")
    services.file_flag(b, flagger=factories.MemberFactory(), reason="medical")
    item_b = QueueItem.objects.get(object_id=b.pk)
    services.claim_item(item_b, by=moderator)

    def ids(**params):
        return [i.object_id for i in moderator_client.get(reverse("moderation:queue"), params).context["page"]]

    assert ids(reason="spam") == [a.pk]
    assert ids(reason="medical") == [b.pk]
    assert set(ids(board=board.pk)) == {a.pk, b.pk}
    assert ids(kind="user") == []
    assert ids(mine="on") == [b.pk]
    services.dismiss_flags(QueueItem.objects.get(object_id=a.pk), by=moderator)
    assert ids(status="resolved") == [a.pk]
    assert ids() == [b.pk]


def test_claiming_an_item_stops_a_second_moderator_claiming_it(db, public_topic, moderator):
    post = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="x")
    services.file_flag(post, flagger=factories.MemberFactory(), reason="spam")
    item = QueueItem.objects.get()
    services.claim_item(item, by=moderator)
    other = make_moderator()
    with pytest.raises(services.ModerationError, match="already working on this"):
        services.claim_item(item, by=other)
    services.claim_item(item, by=moderator)  # release
    assert QueueItem.objects.get().claimed_by is None


def test_item_page_shows_content_context_author_history_and_every_flag(db, public_topic, moderator_client, member):
    earlier = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="An earlier reply")
    author = factories.MemberFactory()
    post = forum.services.create_post(author, topic=public_topic, body="Take **half** your dose tonight")
    services.file_flag(post, flagger=member, reason="medical", note="Dosing instructions")
    services.file_flag(post, flagger=factories.MemberFactory(), reason="other", note="Feels unsafe")
    services.add_moderator_note(author, by=factories.MemberFactory(roles=["moderator"], mfa=True), text="Talked before")
    item = QueueItem.objects.get()
    page = moderator_client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "<strong>half</strong>" in page
    assert "An earlier reply" in earlier.source and "An earlier reply" in page
    assert public_topic.title in page
    assert "Dosing instructions" in page and "Feels unsafe" in page
    assert "Dangerous medical advice" in page
    assert "Talked before" in page
    assert "Joined" in page and "Posts" in page


def test_a_stale_action_says_already_handled_without_a_second_effect(db, public_topic, moderator, client):
    from accounts.models import AuditEntry
    from forum.models import Notification

    post = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="x")
    services.file_flag(post, flagger=factories.MemberFactory(), reason="spam")
    item = QueueItem.objects.get()
    stale_copy = QueueItem.objects.get(pk=item.pk)
    services.hide_content(item, by=moderator, reason="Spam")
    second = make_moderator()
    audits, notes = AuditEntry.objects.count(), Notification.objects.count()
    with pytest.raises(services.AlreadyHandled, match=f"Already handled by {moderator.username}"):
        services.approve_item(stale_copy, by=second)
    assert (AuditEntry.objects.count(), Notification.objects.count()) == (audits, notes)
    assert Post.objects.get(pk=post.pk).is_hidden
    sign_in(client, second)
    response = client.post(reverse("moderation:item_action", args=[item.pk, "dismiss"]), follow=True)
    assert f"Already handled by {moderator.username}" in response.content.decode()


def test_moderators_cannot_resolve_items_about_their_own_content_or_their_own_flags(db, public_topic, client):
    moderator = make_moderator()
    own = forum.services.create_post(moderator, topic=public_topic, body="mine")
    services.file_flag(own, flagger=factories.MemberFactory(), reason="spam")
    with pytest.raises(Exception, match="your own content"):
        services.dismiss_flags(QueueItem.objects.get(object_id=own.pk), by=moderator)

    other = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="theirs")
    services.file_flag(other, flagger=moderator, reason="spam")
    item = QueueItem.objects.get(object_id=other.pk)
    sign_in(client, moderator)
    response = client.post(reverse("moderation:item_action", args=[item.pk, "dismiss"]))
    assert response.status_code == 403
    assert "You flagged this item" in response.content.decode()
    assert QueueItem.objects.get(pk=item.pk).is_pending


def test_bulk_approve_for_a_wave_of_held_posts(db, public_topic, moderator_client):
    authors = [factories.NewMemberFactory() for _ in range(3)]
    for author in authors:
        forum.services.create_post(author, topic=public_topic, body="Hello from a new member")
    ids = list(QueueItem.objects.values_list("pk", flat=True))
    response = moderator_client.post(reverse("moderation:bulk"), {"action": "approve", "items": ids}, follow=True)
    assert "Done: 3 items" in response.content.decode()
    assert not QueueItem.objects.filter(status="pending").exists()
    public_topic.refresh_from_db()
    assert public_topic.post_count == 4


def test_bulk_reject_needs_a_reason_and_reports_what_it_skipped(db, public_topic, moderator_client):
    forum.services.create_post(factories.NewMemberFactory(), topic=public_topic, body="spam spam")
    ids = list(QueueItem.objects.values_list("pk", flat=True))
    response = moderator_client.post(reverse("moderation:bulk"), {"action": "reject", "items": ids}, follow=True)
    assert "Please give a reason" in response.content.decode()
    response = moderator_client.post(
        reverse("moderation:bulk"), {"action": "reject", "items": ids, "reason": "Spam wave"}, follow=True
    )
    assert "Done: 1 item" in response.content.decode()


def test_unknown_items_are_404(moderator_client):
    assert moderator_client.get(reverse("moderation:item", args=[987654])).status_code == 404
    assert moderator_client.post(reverse("moderation:item_action", args=[987654, "approve"])).status_code == 404


def test_action_with_missing_reason_keeps_the_page_and_shows_the_error(db, public_topic, moderator_client):
    post = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="x")
    services.file_flag(post, flagger=factories.MemberFactory(), reason="spam")
    item = QueueItem.objects.get()
    response = moderator_client.post(reverse("moderation:item_action", args=[item.pk, "hide"]), {"hide-reason": ""})
    assert response.status_code == 400
    assert "Please give a reason" in response.content.decode()
    assert QueueItem.objects.get().is_pending


def test_moderator_edits_with_a_note_and_the_author_is_told(db, public_topic, moderator_client):
    from forum.models import Notification

    author = factories.MemberFactory()
    post = forum.services.create_post(author, topic=public_topic, body="Call Dr Smith on 555-1234")
    services.file_flag(post, flagger=factories.MemberFactory(), reason="private")
    item = QueueItem.objects.get()
    moderator_client.post(
        reverse("moderation:item_action", args=[item.pk, "edit"]),
        {"edit-body": "Call your own doctor", "edit-reason": "Removed a name and number"},
    )
    post.refresh_from_db()
    assert post.source == "Call your own doctor"
    assert QueueItem.objects.get().resolution == QueueItem.EDITED
    assert "Removed a name" in Notification.objects.filter(recipient=author, kind="moderation").latest("id").text


def test_topic_tools_lock_move_and_split(db, public_topic, moderator_client):
    from forum.models import Topic

    other_board = factories.BoardFactory()
    replies = [
        forum.services.create_post(factories.MemberFactory(), topic=public_topic, body=f"r{n}") for n in range(2)
    ]
    services.file_flag(public_topic, flagger=factories.MemberFactory(), reason="unkind")
    item = QueueItem.objects.get()
    act = lambda action, data: moderator_client.post(reverse("moderation:item_action", args=[item.pk, action]), data)  # noqa: E731
    act("lock", {"lock-locked": "1", "lock-reason": "Heated"})
    assert Topic.objects.get(pk=public_topic.pk).is_locked
    act("move", {"move-board": other_board.pk})
    assert Topic.objects.get(pk=public_topic.pk).board == other_board
    act("split", {"split-title": "A side conversation", "split-post_ids": [replies[1].pk]})
    assert Topic.objects.filter(title="A side conversation").exists()


@pytest.mark.parametrize("size", [120, 10_000])
def test_queue_page_renders_in_a_constant_number_of_queries(db, public_topic, moderator_client, size,
                                                            django_assert_max_num_queries):
    ct = ContentType.objects.get_for_model(Post)
    board = public_topic.board
    author = public_topic.author
    QueueItem.objects.bulk_create(
        [
            QueueItem(kind="post", content_type=ct, object_id=n + 1, author=author, board=board, title=f"Item {n}",
                      summary="Held post text", is_held=True, flag_weight=n % 7, is_crisis=(n % 500 == 0))
            for n in range(size)
        ],
        batch_size=1000,
    )
    with django_assert_max_num_queries(14):
        response = moderator_client.get(reverse("moderation:queue"))
    assert response.status_code == 200
    assert len(response.context["page"].object_list) == 50
    assert response.context["page"].paginator.count == size
    with django_assert_max_num_queries(14):
        assert moderator_client.get(reverse("moderation:queue"), {"page": 3, "reason": "held"}).status_code == 200


@pytest.mark.parametrize("flags", [2, 25])
def test_item_page_renders_in_a_bounded_number_of_queries(db, public_topic, moderator_client, flags,
                                                          django_assert_max_num_queries):
    post = forum.services.create_post(factories.MemberFactory(), topic=public_topic, body="Under review")
    for _ in range(flags):
        services.file_flag(post, flagger=factories.MemberFactory(), reason="unkind", note="rude")
    item = QueueItem.objects.get()
    with django_assert_max_num_queries(24):
        response = moderator_client.get(reverse("moderation:item", args=[item.pk]))
    assert response.status_code == 200
    assert response.content.decode().count("rude") >= flags


def test_item_pages_render_for_profiles_and_chat(db, moderator_client):
    from django.apps import apps

    person = factories.MemberFactory(bio="Selling <b>pills</b> cheap")
    services.file_flag(person, flagger=factories.MemberFactory(), reason="spam")
    item = QueueItem.objects.get(kind="user")
    page = moderator_client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "Selling &lt;b&gt;pills&lt;/b&gt; cheap" in page
    services.hide_content(item, by=moderator_client.user, reason="Advertising")
    person.refresh_from_db()
    assert person.bio == ""
    try:
        apps.get_model("realtime", "ChatMessage")
    except LookupError:
        pytest.skip("chat is not built yet")
    import realtime.models
    import realtime.services

    room = realtime.models.ChatRoom.objects.create(name="Support room", slug="support-q")
    message = realtime.services.send_chat_message(factories.MemberFactory(), room=room, body="rude words",
                                                  client_id="q-1")
    services.file_flag(message, flagger=factories.MemberFactory(), reason="unkind")
    chat_item = QueueItem.objects.get(kind="chat")
    assert moderator_client.get(reverse("moderation:item", args=[chat_item.pk])).status_code == 200
    services.hide_content(chat_item, by=moderator_client.user, reason="Unkind")
    message.refresh_from_db()
    assert message.is_hidden
