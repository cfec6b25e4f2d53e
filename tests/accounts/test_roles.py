import pytest
from django.core.management import CommandError, call_command

from accounts.models import AuditEntry
from accounts.permissions import can_administer, can_moderate, can_publish_guidance, roles_of
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_grant_role_gives_the_role_and_writes_the_audit_log():
    member = MemberFactory(username="kind_otter")
    assert not can_moderate(member)
    call_command("grant_role", "KIND_OTTER", "moderator")
    member.refresh_from_db()
    member = type(member).objects.get(pk=member.pk)  # fresh permission cache
    assert can_moderate(member) and roles_of(member) == ["moderator"]
    entry = AuditEntry.objects.get(action="role.grant")
    assert entry.target_user == member and entry.after == "moderator"


def test_grant_role_revoke_takes_it_away():
    member = MemberFactory(roles=["clinician"])
    assert can_publish_guidance(type(member).objects.get(pk=member.pk))
    call_command("grant_role", member.username, "clinician", "--revoke")
    assert not can_publish_guidance(type(member).objects.get(pk=member.pk))
    assert AuditEntry.objects.filter(action="role.revoke", target_user=member).exists()


def test_grant_role_refuses_unknown_users_and_roles():
    MemberFactory(username="kind_otter")
    with pytest.raises(CommandError, match="No member is called 'nobody'"):
        call_command("grant_role", "nobody", "moderator")
    with pytest.raises(CommandError, match="Unknown role 'wizard'"):
        call_command("grant_role", "kind_otter", "wizard")


def test_admin_role_can_administer_and_moderate():
    admin = MemberFactory(roles=["admin"])
    admin = type(admin).objects.get(pk=admin.pk)
    assert can_administer(admin) and can_moderate(admin) and not can_publish_guidance(admin)


def test_audit_entries_cannot_be_changed_or_deleted():
    MemberFactory(roles=["moderator"])
    entry = AuditEntry.objects.first()
    entry.reason = "rewritten"
    with pytest.raises(ValueError):
        entry.save()
    with pytest.raises(ValueError):
        entry.delete()


def test_granting_a_role_recreates_a_missing_role_group_with_its_permission():
    from django.contrib.auth.models import Group

    Group.objects.filter(name="Moderators").delete()
    member = MemberFactory()
    call_command("grant_role", member.username, "moderator")
    assert can_moderate(type(member).objects.get(pk=member.pk))
