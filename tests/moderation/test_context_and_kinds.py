"""Header queue count, the reviewable-kinds registry and the live queue count."""

from django.urls import reverse

import forum.services
from moderation import services
from moderation.models import QueueItem
from reviewable import registry
from tests import factories


def test_moderators_see_the_queue_count_in_the_header(moderator_client, public_topic):
    forum.services.create_post(factories.NewMemberFactory(), topic=public_topic, body="held")
    response = moderator_client.get("/")
    assert response.context["review_queue_count"] == 1
    assert 'data-live="queue-count">1' in response.content.decode()


def test_members_get_no_queue_count(member_client):
    response = member_client.get("/")
    assert "review_queue_count" not in response.context


def test_the_queue_count_is_cheap_and_refreshed_after_changes(
    moderator, public_topic, django_assert_num_queries, django_capture_on_commit_callbacks
):
    assert services.pending_count() == 0
    with django_assert_num_queries(0):
        services.pending_count()
    with django_capture_on_commit_callbacks(execute=True):
        forum.services.create_post(factories.NewMemberFactory(), topic=public_topic, body="held")
    assert services.pending_count() == 1


def test_built_in_kinds_are_registered():
    kinds = {spec.kind for spec in registry.all_kinds()}
    assert {"post", "topic", "user"} <= kinds


def test_chat_kind_is_registered_when_chat_exists():
    from django.apps import apps

    try:
        apps.get_model("realtime", "ChatMessage")
    except LookupError:
        assert registry.get_kind("chat") is None
    else:
        assert registry.get_kind("chat") is not None


def test_other_apps_register_kinds_without_changing_the_queue(db, public_topic, moderator_client):
    from django.contrib.auth.models import Group

    spec = registry.register_kind("group", Group, label="Team group", author_of=lambda g: None, hide=None,
                                title_of=lambda g: g.name)
    try:
        group = Group.objects.create(name="Volunteers")
        services.file_flag(group, flagger=factories.MemberFactory(), reason="other", note="Odd name")
        item = QueueItem.objects.get(kind="group")
        assert item.title == "Volunteers"
        page = moderator_client.get(reverse("moderation:queue"), {"kind": "group"}).content.decode()
        assert "Team group: Volunteers" in page
        assert moderator_client.get(reverse("moderation:item", args=[item.pk])).status_code == 200
        services.dismiss_flags(item, by=moderator_client.user, reason="Fine")
    finally:
        registry.unregister_kind(spec.kind)


def test_live_queue_count_goes_to_the_moderators_group(public_topic, django_capture_on_commit_callbacks, monkeypatch):
    sent = []
    monkeypatch.setattr("live.events.publish", lambda group, kind, payload: sent.append((group, kind, payload)))
    with django_capture_on_commit_callbacks(execute=True):
        forum.services.create_post(factories.NewMemberFactory(), topic=public_topic, body="held")
    assert ("moderators", "queue.count", {"count": 1}) in sent
