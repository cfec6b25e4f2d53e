"""Rows written by services (posts, flags, queue items, chat) and the append-only audit log are
read-only in the admin: even a superuser who passed two-step can browse them, not add, change or
delete them (accounts.admin_mixins.ReadOnlyAdmin, one class for every app)."""

import pytest
from django.contrib import admin
from django.urls import reverse

import forum.services
from accounts.admin_mixins import ReadOnlyAdmin
from accounts.models import AuditEntry
from accounts.services import record_audit
from forum.models import Post, Topic
from moderation.models import Flag, QueueItem
from moderation.services import file_flag
from tests import factories

pytestmark = pytest.mark.django_db

READ_ONLY_MODELS = {
    "accounts.auditentry", "forum.topic", "forum.post", "forum.postrevision",
    "haven_moderation.queueitem", "haven_moderation.flag", "haven_moderation.moderatornote",
    "realtime.chatmessage",
}


@pytest.fixture
def superuser_client(client):
    site_admin = factories.MemberFactory(roles=["admin"], mfa=True, is_staff=True, is_superuser=True)
    return factories.sign_in(client, site_admin)


@pytest.fixture
def rows():
    author = factories.MemberFactory()
    board = factories.BoardFactory(is_public=True)
    topic = forum.services.create_topic(author, board=board, title="Week three", body="Holding steady.")
    post = topic.posts.get()
    flag = file_flag(post, flagger=factories.MemberFactory(), reason="spam")
    entry = record_audit(actor=author, action="test.read_only", target=post, reason="kept")
    return {"forum.topic": topic, "forum.post": post, "accounts.auditentry": entry,
            "haven_moderation.flag": flag, "haven_moderation.queueitem": QueueItem.objects.get()}


def _label(model) -> str:
    return f"{model._meta.app_label}.{model._meta.model_name}"


def test_the_read_only_admins_are_the_service_written_and_append_only_models():
    read_only = {_label(model) for model, model_admin in admin.site._registry.items()
                 if isinstance(model_admin, ReadOnlyAdmin)}
    assert read_only == READ_ONLY_MODELS


@pytest.mark.parametrize("label", sorted(READ_ONLY_MODELS))
def test_a_two_step_superuser_cannot_add_a_read_only_row(superuser_client, label):
    app_label, model_name = label.split(".")
    assert superuser_client.get(reverse(f"admin:{app_label}_{model_name}_add")).status_code == 403
    assert superuser_client.post(reverse(f"admin:{app_label}_{model_name}_add"), {}).status_code == 403


def test_a_two_step_superuser_sees_read_only_rows_but_cannot_change_or_delete_them(superuser_client, rows):
    for label, obj in rows.items():
        app_label, model_name = label.split(".")
        change = reverse(f"admin:{app_label}_{model_name}_change", args=[obj.pk])
        delete = reverse(f"admin:{app_label}_{model_name}_delete", args=[obj.pk])
        page = superuser_client.get(change)
        assert page.status_code == 200, label
        assert b'name="_save"' not in page.content, label  # no save button on a read-only row
        assert superuser_client.post(change, {"title": "changed", "reason": "changed"}).status_code == 403, label
        assert superuser_client.get(delete).status_code == 403, label
        assert superuser_client.post(delete, {"post": "yes"}).status_code == 403, label
    assert Topic.objects.get().title == "Week three"
    assert Post.objects.count() == 1 and Flag.objects.count() == 1 and QueueItem.objects.count() == 1
    assert AuditEntry.objects.get(action="test.read_only").reason == "kept"
