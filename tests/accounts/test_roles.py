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


def test_role_checks_on_a_page_read_the_members_groups_once(django_assert_num_queries):
    moderator = fresh_in_two_step_session(MemberFactory(roles=["moderator", "clinician"]))
    with django_assert_num_queries(1):
        for _ in range(5):
            assert can_moderate(moderator) and can_publish_guidance(moderator) and not can_administer(moderator)
            assert roles_of(moderator) == ["moderator", "clinician"]


def test_role_checks_use_prefetched_groups_without_a_query(django_assert_num_queries):
    MemberFactory(roles=["admin"])
    admin = type(MemberFactory()).objects.prefetch_related("groups").get(groups__name="Admins")
    admin.two_step_verified = True
    with django_assert_num_queries(0):
        assert can_administer(admin) and can_moderate(admin) and roles_of(admin) == ["moderator", "admin"]


def test_a_role_granted_or_revoked_on_the_same_object_counts_at_once():
    from accounts.services import grant_role, revoke_role

    member = fresh_in_two_step_session(MemberFactory())
    assert not can_moderate(member)
    grant_role(member, role="moderator")
    assert can_moderate(member)
    revoke_role(member, role="moderator")
    assert not can_moderate(member)


def test_a_superuser_holds_every_role_and_an_inactive_account_none():
    superuser = fresh_in_two_step_session(MemberFactory(is_superuser=True))
    assert roles_of(superuser) == ["moderator", "clinician", "admin"]
    gone = fresh_in_two_step_session(MemberFactory(roles=["moderator"], is_active=False))
    assert roles_of(gone) == [] and not can_moderate(gone)


def test_a_signed_in_page_asks_for_roles_once(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import sign_in

    sign_in(client, MemberFactory())
    client.get("/")
    with CaptureQueriesContext(connection) as captured:
        client.get("/")
    permission_reads = [q["sql"] for q in captured if "auth_permission" in q["sql"]]
    group_reads = [q["sql"] for q in captured if '"auth_group"' in q["sql"]]
    sanction_reads = [q["sql"] for q in captured if '"accounts_sanction"' in q["sql"]]
    assert permission_reads == [] and len(group_reads) == 1 and group_reads == sanction_reads


def test_roles_and_active_sanctions_are_read_together_once(django_assert_num_queries):
    from datetime import timedelta

    from django.utils import timezone

    from accounts.models import Sanction
    from accounts.permissions import active_sanctions, blocking_sanction

    member = MemberFactory(roles=["clinician", "admin"])
    fresh = type(member).objects.get(pk=member.pk)
    with django_assert_num_queries(1):
        assert roles_of(fresh) == ["moderator", "clinician", "admin"] and active_sanctions(fresh) == []
    mute = Sanction.objects.create(user=member, kind=Sanction.MUTE, reason="Cooling off",
                                   ends_at=timezone.now() + timedelta(days=1))
    Sanction.objects.create(user=member, kind=Sanction.WARN, reason="A warning only")
    Sanction.objects.create(user=member, kind=Sanction.MUTE, reason="Over", ends_at=timezone.now() - timedelta(days=1))
    fresh = type(member).objects.get(pk=member.pk)
    with django_assert_num_queries(2):  # the sanction rows themselves only when there are any
        assert active_sanctions(fresh) == [mute] and blocking_sanction(fresh) == mute
        assert roles_of(fresh) == ["moderator", "clinician", "admin"]
