import pytest
from django.core.management import CommandError, call_command

from accounts.models import AuditEntry
from accounts.permissions import can_administer, can_moderate, can_publish_guidance, roles_of
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def fresh_in_two_step_session(user):
    """The account re-read (fresh permission cache), acting in a session that passed two-step."""
    user = type(user).objects.get(pk=user.pk)
    user.two_step_verified = True
    return user


def test_grant_role_gives_the_role_and_writes_the_audit_log():
    member = MemberFactory(username="kind_otter")
    assert not can_moderate(member)
    call_command("grant_role", "KIND_OTTER", "moderator")
    assert not can_moderate(type(member).objects.get(pk=member.pk))  # the role alone is not the power
    member = fresh_in_two_step_session(member)
    assert can_moderate(member) and roles_of(member) == ["moderator"]
    entry = AuditEntry.objects.get(action="role.grant")
    assert entry.target_user == member and entry.after == "moderator"


def test_grant_role_revoke_takes_it_away():
    member = MemberFactory(roles=["clinician"])
    assert can_publish_guidance(fresh_in_two_step_session(member))
    call_command("grant_role", member.username, "clinician", "--revoke")
    assert not can_publish_guidance(fresh_in_two_step_session(member))
    assert AuditEntry.objects.filter(action="role.revoke", target_user=member).exists()


def test_grant_role_refuses_unknown_users_and_roles():
    MemberFactory(username="kind_otter")
    with pytest.raises(CommandError, match="No member is called 'nobody'"):
        call_command("grant_role", "nobody", "moderator")
    with pytest.raises(CommandError, match="Unknown role 'wizard'"):
        call_command("grant_role", "kind_otter", "wizard")


def test_admin_role_can_administer_and_moderate():
    admin = fresh_in_two_step_session(MemberFactory(roles=["admin"]))
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
    assert can_moderate(fresh_in_two_step_session(member))
