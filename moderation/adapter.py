"""The one module that imports django-moderation (loaded as ``django_moderation``).

Everything else talks to moderation.services; this adapter keeps the package replaceable
(its last release was April 2022). What it fixes or contains, each with a regression test in
tests/moderation/test_adapter.py (see docs/moderation.md):

1. Import-name clash: the package is loaded as ``django_moderation`` by moderation/upstream.py,
   keeps its app label ``moderation`` (its migrations name it); our app is ``haven_moderation``.
2. ``ModeratedObject._moderate`` calls ``Model._save_parents(cls, None, None)``, whose signature
   changed in Django 5.0 (crash on approve). It is replaced by ``_haven_moderate`` below, which
   never calls that path. The bulk queryset path (naive datetime, a typo and a wrong column
   name) is replaced too.
3. ``ModerationConfig.ready()`` imports ``imp`` (gone in Python 3.12): it is never used; our
   models are registered explicitly by ``register_models()``.
4. Naive ``datetime.now()``: the replacements store ``timezone.now()``.
5. Edits: ``visible_until_rejected = False`` — a held edit is *not* visible until approved, but
   the approved version stays public: the package's save signals (which rewrote the row and, in
   some configurations, hid the approved object) are disconnected, the pending version lives
   in ``ModeratedObject.changed_object`` and approval copies only the moderated fields back.

Two more deliberate choices:
- The package normally REPLACES ``Model.objects`` with a manager that filters on the visibility
  column, which would silently hide held posts from their authors and from forum counters.
  We give it a separate, explicitly named manager (``Post.moderated_objects``) instead;
  ``Post.objects`` and ``Topic.objects`` keep returning every row and forum selectors filter
  visibility explicitly.
- The visibility column (``is_approved``) is declared, but flipping it is
  ``forum.services.set_post_visibility``'s job (it keeps counters right and announces the
  post), so our ``_moderate`` never writes it.
"""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import signals
from django.utils import timezone
from django_moderation import moderation as _registry_proxy
from django_moderation.constants import (
    MODERATION_DRAFT_STATE,
    MODERATION_READY_STATE,
    MODERATION_STATUS_APPROVED,
    MODERATION_STATUS_PENDING,
    MODERATION_STATUS_REJECTED,
)
from django_moderation.diff import get_diff_operations
from django_moderation.models import ModeratedObject
from django_moderation.moderator import GenericModerator
from django_moderation.queryset import ModeratedObjectQuerySet
from django_moderation.register import ModerationManager

from forum.models import Post, Topic

__all__ = [
    "MODERATED_MANAGER",
    "PENDING",
    "APPROVED",
    "REJECTED",
    "register_models",
    "is_registered",
    "hold",
    "approve",
    "reject",
    "pending_version",
    "pending_changes",
    "status_of",
]

MODERATED_MANAGER = "moderated_objects"
PENDING, APPROVED, REJECTED = MODERATION_STATUS_PENDING, MODERATION_STATUS_APPROVED, MODERATION_STATUS_REJECTED


class HavenModerator(GenericModerator):
    """Options shared by Haven's moderated models. Decisions are ours (moderation.policy)."""

    # A dedicated manager, so Model.objects keeps returning every row (see module docstring).
    manager_names = [MODERATED_MANAGER]
    visibility_column = "is_approved"
    visible_until_rejected = False
    bypass_moderation_after_approval = False
    keep_history = False
    # The package's e-mails are off: authors hear through forum.services.notify, moderators
    # through the review queue and its live count.
    notify_moderator = False
    notify_user = False
    # Who is auto-approved is decided by moderation.policy, not by is_staff/superuser flags.
    auto_approve_for_superusers = False
    auto_approve_for_staff = False
    auto_reject_for_anonymous = True
    # The fields a held edit may change; approval copies only these onto the current row.
    moderated_field_names: tuple[str, ...] = ()


class PostModerator(HavenModerator):
    moderated_field_names = ("source", "html")


class TopicModerator(HavenModerator):
    moderated_field_names = ("title",)


def _manager() -> ModerationManager:
    return ModerationManager()


def _haven_moderate(self: ModeratedObject, new_status: int, by, reason) -> None:
    """Replacement for ModeratedObject._moderate (Django 5 safe, timezone-aware).

    Records the decision; when a held edit is approved, copies the moderated fields of the
    stored version onto the current row (so counters or flags changed meanwhile are kept).
    Never touches the visibility column and never calls Model._save_parents.
    """
    # A pending change of already-approved content (READY state) waits in changed_object;
    # new content (DRAFT) is already on the row as the author last wrote it.
    held_edit = self.status == MODERATION_STATUS_PENDING and self.state == MODERATION_READY_STATE
    if new_status == MODERATION_STATUS_APPROVED:
        self.state = MODERATION_READY_STATE
    self.status = new_status
    self.on = timezone.now()
    self.by = by
    self.reason = reason
    self.save()
    if held_edit and new_status == MODERATION_STATUS_APPROVED:
        changed = self.changed_object
        model = self.content_type.model_class()
        field_names = getattr(self.moderator, "moderated_field_names", ())
        if changed is not None and field_names:
            values = {name: getattr(changed, name) for name in field_names}
            model._base_manager.filter(pk=self.object_pk).update(**values)


def _haven_bulk_moderate(self: ModeratedObjectQuerySet, cls, new_status: int, by, reason) -> None:
    """Replacement for the queryset's bulk _moderate (naive datetime, wrong column, typo)."""
    for moderated in self:
        moderated._moderate(new_status, by, reason)


ModeratedObject._moderate = _haven_moderate
ModeratedObjectQuerySet._moderate = _haven_bulk_moderate


def _prepare_managers(model: type[models.Model]) -> None:
    """Give the package its own managers so it never replaces Model.objects."""
    if MODERATED_MANAGER not in model.__dict__:
        model.add_to_class(MODERATED_MANAGER, models.Manager())
    # The package looks up "unmoderated_<default manager name>"; the default manager is objects.
    if "unmoderated_objects" not in model.__dict__:
        model.add_to_class("unmoderated_objects", models.Manager())


def register_models() -> None:
    """Register forum Post and Topic with the package, explicitly (no auto-discovery). Idempotent."""
    manager = _manager()
    for model, moderator_class in ((Post, PostModerator), (Topic, TopicModerator)):
        if model in manager._registered_models:
            continue
        _prepare_managers(model)
        manager.register(model, moderator_class)
        # The package's save signals run 3-4 queries on every save of every post and topic,
        # rewrite rows behind the caller's back and crash on rows made with bulk_create (no
        # ModeratedObject). Our services call hold/approve/reject explicitly instead.
        signals.pre_save.disconnect(manager.pre_save_handler, sender=model)
        signals.post_save.disconnect(manager.post_save_handler, sender=model)


def is_registered(model: type[models.Model]) -> bool:
    return model in _manager()._registered_models


def _latest_for(obj: models.Model) -> ModeratedObject | None:
    ct = ContentType.objects.get_for_model(type(obj))
    return ModeratedObject.objects.filter(content_type=ct, object_pk=obj.pk).order_by("-updated", "-id").first()


def hold(obj: models.Model, *, author, reason: str = "", is_edit: bool = False) -> int:
    """Record obj (as it is now) as waiting for review; returns the ModeratedObject id.

    For an edit, call this while the row still holds the NEW text, then put the approved text
    back on the row: the new version waits in changed_object until approve().
    """
    moderated = _latest_for(obj)
    if moderated is None:
        moderated = ModeratedObject(content_object=obj)
    else:
        moderated.changed_object = obj
    moderated.changed_by = author
    moderated.status = MODERATION_STATUS_PENDING
    # READY = the approved version stays visible; DRAFT = never approved yet.
    moderated.state = MODERATION_READY_STATE if is_edit else MODERATION_DRAFT_STATE
    moderated.by = None
    moderated.on = None
    moderated.reason = reason
    moderated.save()
    return moderated.pk


def approve(moderated_id: int, *, by, reason: str = "") -> None:
    moderated = ModeratedObject.objects.get(pk=moderated_id)
    if moderated.status != MODERATION_STATUS_APPROVED:
        moderated.approve(by=by, reason=reason)


def reject(moderated_id: int, *, by, reason: str = "") -> None:
    moderated = ModeratedObject.objects.get(pk=moderated_id)
    if moderated.status != MODERATION_STATUS_REJECTED:
        moderated.reject(by=by, reason=reason)


def status_of(moderated_id: int) -> int | None:
    return ModeratedObject.objects.filter(pk=moderated_id).values_list("status", flat=True).first()


def pending_version(moderated_id: int) -> Any | None:
    """The stored (waiting) version of the object, or None."""
    moderated = ModeratedObject.objects.filter(pk=moderated_id).first()
    return moderated.changed_object if moderated is not None else None


def pending_changes(moderated_id: int, current: models.Model) -> list[dict]:
    """For a held edit: [{field, before, after, operations}] for each moderated field that differs.

    operations are the package's word-level diff ({operation, deleted, inserted}); templates
    render them with autoescaping on.
    """
    moderated = ModeratedObject.objects.filter(pk=moderated_id).first()
    if moderated is None or moderated.changed_object is None:
        return []
    changes = []
    for name in getattr(moderated.moderator, "moderated_field_names", ()):
        if name == "html":
            continue
        before, after = str(getattr(current, name, "")), str(getattr(moderated.changed_object, name, ""))
        if before != after:
            changes.append(
                {"field": name, "before": before, "after": after, "operations": get_diff_operations(before, after)}
            )
    return changes


# Used by tests to check the proxy resolves to the registry singleton.
registry = _registry_proxy
