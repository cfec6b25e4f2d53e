"""Regression tests for each django-moderation 0.8 problem listed in PRODUCT.md (see moderation/adapter.py)."""

import warnings

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

import forum.services
from forum.models import Post, Topic
from moderation import adapter, services
from moderation.models import QueueItem
from tests import factories


def test_import_moderation_is_our_app_and_django_moderation_is_the_package():
    import django_moderation

    import moderation

    assert moderation.__file__.endswith("moderation/__init__.py")
    assert "site-packages" not in moderation.__file__
    assert "site-packages" in django_moderation.__file__
    assert django_moderation.__version__ == "0.8.0"
    assert apps.get_app_config("haven_moderation").name == "moderation"
    assert apps.get_app_config("moderation").name == "django_moderation"


def test_upstream_migrations_are_applied_under_the_label_moderation(db):
    applied = MigrationRecorder(connection).applied_migrations()
    assert ("moderation", "0005_auto_20190412_0442") in applied
    assert ("haven_moderation", "0001_initial") in applied
    model = apps.get_model("moderation", "ModeratedObject")
    assert model._meta.db_table in connection.introspection.table_names()


def test_the_upstream_ready_with_imp_auto_discovery_is_not_used():
    from django_moderation.apps import ModerationConfig

    config = apps.get_app_config("moderation")
    assert not isinstance(config, ModerationConfig)
    assert type(config).ready is not ModerationConfig.ready


def test_post_and_topic_are_registered_explicitly_with_is_approved_as_visibility_column():
    from django_moderation.register import ModerationManager

    registered = ModerationManager()._registered_models
    assert set(registered) >= {Post, Topic}
    assert registered[Post].visibility_column == "is_approved"
    assert registered[Post].notify_user is False and registered[Post].notify_moderator is False
    assert registered[Topic].notify_user is False and registered[Topic].notify_moderator is False


def test_post_objects_still_returns_held_posts_and_only_the_moderated_manager_filters(db, board, new_member):
    topic = forum.services.create_topic(new_member, board=board, title="First time here", body="Hello everyone")
    post = topic.opening_post
    assert Post.objects.filter(pk=post.pk).exists()
    assert Topic.objects.filter(pk=topic.pk).exists()
    assert type(Post.objects).__name__ == "Manager"
    assert not Post.moderated_objects.filter(pk=post.pk).exists()
    assert not Topic.moderated_objects.filter(pk=topic.pk).exists()
    assert Post._default_manager.name == "objects"
    assert topic.posts.filter(pk=post.pk).exists()


def test_saving_a_post_made_with_bulk_create_does_not_crash_and_makes_no_moderation_rows(db, public_topic, member):
    from django_moderation.models import ModeratedObject

    before = ModeratedObject.objects.count()
    [post] = Post.objects.bulk_create([Post(topic=public_topic, author=member, position=50, source="x", html="x")])
    post.source = "changed"
    post.save()
    assert ModeratedObject.objects.count() == before


def test_approve_works_on_django_5_without_the_save_parents_crash(db, board, new_member, moderator):
    from django_moderation.models import ModeratedObject

    topic = forum.services.create_topic(new_member, board=board, title="Help with sleep", body="Week two")
    item = QueueItem.objects.get(kind="topic")
    moderated = ModeratedObject.objects.get(pk=item.moderated_object_id)
    moderated.approve(by=moderator, reason="fine")  # upstream API; used to raise TypeError in _save_parents
    moderated.refresh_from_db()
    assert moderated.status == adapter.APPROVED
    assert moderated.by == moderator
    services_item = services.approve_item(item, by=moderator)
    topic.refresh_from_db()
    assert services_item.resolution == QueueItem.APPROVED
    assert topic.is_approved


def test_decisions_store_aware_datetimes_without_naive_datetime_warnings(db, board, new_member, moderator, settings):
    from django_moderation.models import ModeratedObject

    assert settings.USE_TZ
    forum.services.create_topic(new_member, board=board, title="A new start", body="Hello")
    item = QueueItem.objects.get()
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        services.approve_item(item, by=moderator)
        ModeratedObject.objects.filter(pk=item.moderated_object_id).reject(Topic, by=moderator, reason="bulk")
    moderated = ModeratedObject.objects.get(pk=item.moderated_object_id)
    assert moderated.on.tzinfo is not None


def test_no_runtime_warning_about_naive_datetimes_during_approve(db, board, new_member, moderator, recwarn):
    forum.services.create_topic(new_member, board=board, title="Another start", body="Hello")
    services.approve_item(QueueItem.objects.get(), by=moderator)
    assert not [w for w in recwarn.list if "naive datetime" in str(w.message)]


def test_an_edit_by_a_premoderated_member_keeps_the_approved_version_public_and_shows_a_diff(
    db, board, moderator, client
):
    author = factories.MemberFactory(approved_contributions=1)  # still under pre-moderation (threshold 3)
    topic = forum.services.create_topic(author, board=board, title="My taper diary", body="Approved words here")
    services.approve_item(QueueItem.objects.get(), by=moderator)
    post = Post.objects.get(topic=topic, position=0)
    assert post.is_public

    edited = forum.services.edit_post(post, editor=author, body="Approved words changed by me")
    assert edited.policy_decision.edit_held
    post.refresh_from_db()
    assert post.is_public
    assert post.source == "Approved words here"
    assert "Approved words here" in post.html

    item = QueueItem.objects.get(status=QueueItem.PENDING)
    assert item.kind == "post" and item.is_edit
    factories.sign_in(client, moderator)
    page = client.get(f"/review/{item.pk}/").content.decode()
    assert "<ins>changed by me</ins>" in page or "<ins>changed</ins>" in page or "<ins>" in page
    assert "<del>" in page or "<ins>" in page

    services.approve_item(item, by=moderator)
    post.refresh_from_db()
    assert post.source == "Approved words changed by me"
    assert "changed by me" in post.html
    assert post.is_public


def test_a_rejected_edit_leaves_the_approved_version_in_place(db, board, moderator):
    author = factories.MemberFactory(approved_contributions=0)
    topic = forum.services.create_topic(author, board=board, title="Diary two", body="The first version")
    services.approve_item(QueueItem.objects.get(), by=moderator)
    post = Post.objects.get(topic=topic, position=0)
    forum.services.edit_post(post, editor=author, body="A version with a seller link")
    services.reject_item(QueueItem.objects.get(status="pending"), by=moderator, reason="Links to sellers")
    post.refresh_from_db()
    assert post.source == "The first version"
    assert post.is_public


@pytest.mark.parametrize("model", [Post, Topic])
def test_moderated_object_rows_point_at_content_types_we_expect(db, model):
    assert adapter.is_registered(model)
    assert ContentType.objects.get_for_model(model).app_label == "forum"
