"""Writes for accounts: sign-up agreements, roles, profiles, deletion, the audit log."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from accounts.erasure import erase_content, erase_personal_data
from accounts.export import delete_exports
from accounts.models import AuditEntry
from accounts.permissions import ROLE_GROUPS, ROLE_PERMISSIONS, forget_roles
from live.events import publish_access_changed
from reviewable import registry

User = get_user_model()


class RoleError(ValueError):
    pass


def ref_for(obj) -> str:
    """A stable textual reference to a model instance, for the audit log."""
    if obj is None:
        return ""
    return f"{obj._meta.label_lower}:{obj.pk}"


def record_audit(
    *,
    actor,
    action: str,
    target=None,
    target_user=None,
    reason: str = "",
    before: str = "",
    after: str = "",
) -> AuditEntry:
    """Append one audit entry; call inside the transaction of the action it records."""
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        action=action,
        target_user=target_user,
        target_ref=ref_for(target),
        target_label=str(target)[:200] if target is not None else "",
        reason=reason,
        before=before,
        after=after,
    )


def record_signup_agreements(user) -> None:
    now = timezone.now()
    user.accepted_guidelines_at = now
    user.confirmed_adult_at = now
    user.save(update_fields=["accepted_guidelines_at", "confirmed_adult_at"])


def _role_group(role: str) -> Group:
    """The group for a role, recreated with its permission if it went missing (the data
    migration creates them; a database flush or an admin deleting one must not break roles)."""
    if role not in ROLE_GROUPS:
        raise RoleError(f"Unknown role {role!r}. Choose one of: {', '.join(ROLE_GROUPS)}.")
    group, created = Group.objects.get_or_create(name=ROLE_GROUPS[role])
    if created:
        app_label, codename = ROLE_PERMISSIONS[role].split(".")
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        if role == "admin":
            group.permissions.add(Permission.objects.get(content_type__app_label="accounts", codename="moderate"))
    return group


@transaction.atomic
def grant_role(user, *, role: str, actor=None, reason: str = "") -> None:
    group = _role_group(role)
    user.groups.add(group)
    forget_roles(user)
    record_audit(actor=actor, action="role.grant", target=user, target_user=user, reason=reason, after=role)
    publish_access_changed(user.pk, reason="role")


@transaction.atomic
def revoke_role(user, *, role: str, actor=None, reason: str = "") -> None:
    group = _role_group(role)
    user.groups.remove(group)
    forget_roles(user)
    record_audit(actor=actor, action="role.revoke", target=user, target_user=user, reason=reason, before=role)
    # Open sockets drop the staff group and the moderators' room within moments (docs/realtime.md).
    publish_access_changed(user.pk, reason="role")


def update_profile(user, *, form) -> User:
    """Save a validated ProfileSettingsForm; the bio goes through the content policy (crisis net).

    The returned user carries `policy_decision` (None when the bio did not change).
    """
    previous_bio = User.objects.filter(pk=user.pk).values_list("bio", flat=True).first() or ""
    user = form.save()
    user.policy_decision = None
    if (user.bio or "") != previous_bio:
        # request.user is a lazy wrapper; the policy looks kinds up by the model's class.
        member = User.objects.get(pk=user.pk)
        user.policy_decision = registry.content_policy().on_edited(member, editor=member, previous_source=previous_bio)
    return user


@transaction.atomic
def delete_account(user, *, erase_text: bool = False) -> User:
    """Deactivate the account and remove personal data.

    Posts stay (conversations would otherwise lose their context) but are shown under a
    neutral "deleted member" name, because the display name itself is replaced. With
    erase_text, every registered eraser (accounts/erasure.py) also blanks what they wrote.
    Personal records that are not community words (the taper journal) are deleted either way.
    """
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    user.username = f"deleted-{user.pk}"
    user.email = None
    user.bio = ""
    user.country = ""
    user.stage, user.signature, user.show_signature = "", "", False
    user.is_active = False
    user.deleted_at = timezone.now()
    user.set_unusable_password()
    user.save()
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.groups.clear()
    forget_roles(user)
    if erase_text:
        erase_content(user)
    erase_personal_data(user)
    delete_exports(user)
    for session in Session.objects.all().iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            session.delete()
    publish_access_changed(user.pk, reason="account")
    return user


@transaction.atomic
def set_member_stage(user, *, stage: str) -> User:
    """Set (or clear, with "") where the member is in their taper."""
    if stage and stage not in dict(User.STAGES):
        raise ValueError(f"Unknown stage {stage!r}.")
    user.stage = stage
    user.save(update_fields=["stage"])
    return user


@transaction.atomic
def set_member_signature(user, *, text: str) -> User:
    """Store the one-line signature the journal app wrote from the member's entries."""
    user.signature = text[: User._meta.get_field("signature").max_length]
    user.save(update_fields=["signature"])
    return user


VISIT_GAP = timedelta(minutes=30)


def record_visit(user):
    """Start a new visit if the current one began over VISIT_GAP ago; return when the previous
    visit began (None before the second). At most one UPDATE per visit and no session write."""
    now = timezone.now()
    if user.last_visit_at is None or now - user.last_visit_at > VISIT_GAP:
        user.previous_visit_at, user.last_visit_at = user.last_visit_at, now
        User.objects.filter(pk=user.pk).update(last_visit_at=now, previous_visit_at=user.previous_visit_at)
    return user.previous_visit_at
