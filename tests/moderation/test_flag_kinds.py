"""Flag reasons per kind and the can_view hook: members flag only what they can see."""

import pytest
from django.contrib.auth.models import Group
from django.http import Http404
from django.urls import reverse

import forum.services
from moderation import services
from moderation.models import Flag, QueueItem
from reviewable import registry
from reviewable.registry import FlagReason
from tests import factories
from tests.factories import sign_in

GENERIC_LABELS = [
    "Someone may be at risk",
    "Dangerous medical advice",
    "Unkind or harassing",
    "Spam or selling",
    "Private information",
    "Something else",
]


@pytest.fixture
def post(db, public_topic, member):
    return forum.services.create_post(member, topic=public_topic, body="Try cutting everything at once.")


@pytest.fixture
def group_kind(db):
    """A kind from another app with its own reasons (Group stands in for any model)."""
    spec = registry.register_kind(
        "group",
        Group,
        label="Team group",
        author_of=lambda g: None,
        title_of=lambda g: g.name,
        hide=None,
        flag_reasons=[
            FlagReason("stale", "No longer used", help="Nobody is in it any more."),
            FlagReason("wrongname", "Misleading name", crisis=True),
            ("other", "Something else", "Tell us more.", True),
        ],
        can_view=lambda user, g: not g.name.startswith("secret"),
    )
    yield spec
    registry.unregister_kind(spec.kind)


def moderators_room_message():
    import realtime.models
    import realtime.services

    room = realtime.models.ChatRoom.objects.create(
        name="Team room", slug="team-room-test", kind=realtime.models.ChatRoom.MODERATORS
    )
    author = factories.MemberFactory(roles=["moderator"], mfa=True)
    return realtime.services.send_chat_message(author, room=room, body="Plan for tonight", client_id="team-1")


def test_posts_still_offer_the_six_generic_reasons(client, post):
    sign_in(client, factories.MemberFactory())
    page = client.get(reverse("moderation:flag", args=["post", post.pk])).content.decode()
    for label in GENERIC_LABELS:
        assert label in page
    # ...plus the forum's own low-priority "Needs a content note" (docs/care.md).
    assert "Needs a content note" in page
    assert page.count('type="radio"') == 7
    assert "Outdated or wrong" not in page


def test_a_reason_another_kind_uses_is_refused_for_a_post(post, group_kind):
    with pytest.raises(services.ModerationError):
        services.file_flag(post, flagger=factories.MemberFactory(), reason="stale")
    assert not Flag.objects.exists()


def test_a_kind_with_its_own_reasons_shows_them_on_the_flag_form(client, group_kind):
    group = Group.objects.create(name="Volunteers")
    sign_in(client, factories.MemberFactory())
    page = client.get(reverse("moderation:flag", args=["group", group.pk])).content.decode()
    assert "No longer used" in page and "Nobody is in it any more." in page and "Misleading name" in page
    assert page.count('type="radio"') == 3
    assert "Dangerous medical advice" not in page


def test_a_kind_specific_reason_is_stored_as_its_code_and_shown_by_its_label(moderator_client, group_kind):
    group = Group.objects.create(name="Volunteers")
    flag = services.file_flag(group, flagger=factories.MemberFactory(), reason="stale")
    assert flag.reason == "stale"
    assert Flag.objects.get().get_reason_display() == "No longer used"
    item = QueueItem.objects.get(kind="group")
    page = moderator_client.get(reverse("moderation:item", args=[item.pk])).content.decode()
    assert "No longer used" in page


def test_the_queue_filters_by_a_kind_specific_reason(moderator_client, group_kind, post):
    group = Group.objects.create(name="Volunteers")
    services.file_flag(group, flagger=factories.MemberFactory(), reason="stale")
    services.file_flag(post, flagger=factories.MemberFactory(), reason="spam")
    response = moderator_client.get(reverse("moderation:queue"), {"reason": "stale"})
    page = response.content.decode()
    assert "No longer used (Team group)" in page  # offered in the reason filter
    assert [item.kind for item in response.context["page"].object_list] == ["group"]


def test_a_kind_decides_which_reasons_need_a_note_and_which_make_a_crisis(client, group_kind):
    group = Group.objects.create(name="Volunteers")
    sign_in(client, factories.MemberFactory())
    response = client.post(reverse("moderation:flag", args=["group", group.pk]), {"reason": "other", "note": ""})
    assert response.status_code == 400
    assert "Please tell us what is wrong." in response.content.decode()
    services.file_flag(group, flagger=factories.MemberFactory(), reason="wrongname")
    assert QueueItem.objects.get(kind="group").is_crisis


def test_a_reason_code_longer_than_the_column_is_refused_at_registration(db):
    with pytest.raises(ValueError):
        registry.register_kind("group", Group, label="Team group", flag_reasons=[("much_too_long", "Too long")])
    assert registry.get_kind("group") is None


def test_a_member_cannot_open_or_flag_what_the_kind_hides_from_them(client, group_kind):
    group = Group.objects.create(name="secret planning")
    sign_in(client, factories.MemberFactory())
    url = reverse("moderation:flag", args=["group", group.pk])
    response = client.get(url)
    assert response.status_code == 404 and "secret planning" not in response.content.decode()
    assert client.post(url, {"reason": "stale"}).status_code == 404
    with pytest.raises(Http404):
        services.file_flag(group, flagger=factories.MemberFactory(), reason="stale")
    assert not QueueItem.objects.exists()


def test_a_chat_message_in_the_moderators_room_cannot_be_flagged_by_a_member(client, db):
    message = moderators_room_message()
    sign_in(client, factories.MemberFactory())
    url = reverse("moderation:flag", args=["chat", message.pk])
    response = client.get(url)
    assert response.status_code == 404 and "Team room" not in response.content.decode()
    assert client.post(url, {"reason": "unkind"}).status_code == 404
    with pytest.raises(Http404):
        services.file_flag(message, flagger=factories.MemberFactory(), reason="unkind")
    assert not QueueItem.objects.exists()


def test_a_moderator_can_still_flag_a_message_in_the_moderators_room(client, db):
    message = moderators_room_message()
    sign_in(client, factories.MemberFactory(roles=["moderator"], mfa=True))
    url = reverse("moderation:flag", args=["chat", message.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "private"})
    assert response.status_code == 302
    assert response["Location"] == reverse("realtime:message", args=[message.pk])
    assert QueueItem.objects.get(kind="chat").flag_count == 1


def test_a_held_post_of_another_member_cannot_be_flagged(client, public_topic):
    held = forum.services.create_post(factories.NewMemberFactory(), topic=public_topic, body="My first words")
    held.refresh_from_db()
    assert not held.is_approved
    sign_in(client, factories.MemberFactory())
    assert client.get(reverse("moderation:flag", args=["post", held.pk])).status_code == 404


def test_a_deactivated_members_profile_cannot_be_flagged(client, db):
    person = factories.MemberFactory(bio="Gone", is_active=False)
    sign_in(client, factories.MemberFactory())
    assert client.get(reverse("moderation:flag", args=["user", person.pk])).status_code == 404
