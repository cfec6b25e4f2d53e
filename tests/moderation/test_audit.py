"""The audit log: every action recorded in its transaction, browsable, exportable by admins, append-only."""

import pytest
from django.urls import reverse

import forum.services
from accounts.models import AuditEntry
from moderation import services
from moderation.models import QueueItem
from tests import factories
from tests.factories import sign_in


@pytest.fixture
def flagged(db, public_topic):
    author = factories.MemberFactory()
    post = forum.services.create_post(author, topic=public_topic, body="Original words")
    services.file_flag(post, flagger=factories.MemberFactory(), reason="spam")
    return QueueItem.objects.get(), author


@pytest.mark.parametrize(
    "action, call",
    [
        ("moderation.hide", lambda item, by: services.hide_content(item, by=by, reason="r")),
        ("moderation.delete", lambda item, by: services.delete_content(item, by=by, reason="r")),
        ("moderation.dismiss_flags", lambda item, by: services.dismiss_flags(item, by=by, reason="r")),
        ("moderation.edit", lambda item, by: services.edit_content(item, by=by, body="New words", reason="r")),
        ("sanction.warn", lambda item, by: services.warn_member(item.author, by=by, reason="r")),
        ("sanction.mute", lambda item, by: services.mute_member(item.author, by=by, reason="r", duration=None)),
        ("sanction.suspend", lambda item, by: services.suspend_member(item.author, by=by, reason="r", duration=None)),
        ("sanction.ban", lambda item, by: services.ban_member(item.author, by=by, reason="r")),
        ("moderation.claim", lambda item, by: services.claim_item(item, by=by)),
        ("moderation.note", lambda item, by: services.add_moderator_note(item.author, by=by, text="n")),
    ],
)
def test_every_action_writes_an_audit_entry(flagged, moderator, action, call):
    item, author = flagged
    call(item, moderator)
    entry = AuditEntry.objects.filter(action=action).latest("id")
    assert entry.actor == moderator
    assert entry.target_user == author


def test_edits_record_before_and_after(flagged, moderator):
    item, _author = flagged
    services.edit_content(item, by=moderator, body="Kinder words", reason="Tone")
    entry = AuditEntry.objects.get(action="moderation.edit")
    assert entry.before == "Original words" and entry.after == "Kinder words" and entry.reason == "Tone"


def test_a_failed_action_leaves_no_audit_entry(flagged, moderator, monkeypatch):
    item, _author = flagged
    before = AuditEntry.objects.count()

    def broken(*args, **kwargs):
        raise RuntimeError("notification service down")

    monkeypatch.setattr("moderation.services.queue._notify", broken)
    with pytest.raises(RuntimeError):
        services.hide_content(item, by=moderator, reason="Spam")
    assert AuditEntry.objects.count() == before
    assert QueueItem.objects.get(pk=item.pk).is_pending


def test_moderators_browse_and_filter_the_log(flagged, moderator_client):
    item, author = flagged
    services.hide_content(item, by=moderator_client.user, reason="Selling things")
    services.warn_member(author, by=moderator_client.user, reason="Please don't sell")
    page = moderator_client.get(reverse("moderation:audit")).content.decode()
    assert "moderation.hide" in page and "sanction.warn" in page
    filtered = moderator_client.get(reverse("moderation:audit"), {"action": "sanction"}).content.decode()
    assert "Please don&#x27;t sell" in filtered and "Selling things" not in filtered
    by_member = moderator_client.get(reverse("moderation:audit"), {"member": author.username})
    assert all(e.target_user == author for e in by_member.context["page"].object_list)
    by_actor = moderator_client.get(reverse("moderation:audit"), {"actor": "nobody-here"})
    assert not by_actor.context["page"].object_list


def test_admins_export_the_log_as_csv(flagged, client):
    item, _author = flagged
    admin = factories.MemberFactory(roles=["admin"], mfa=True)
    services.hide_content(item, by=admin, reason="=HYPERLINK(\"x\")")
    sign_in(client, admin)
    response = client.get(reverse("moderation:audit_csv"), {"action": "moderation"})
    body = b"".join(response.streaming_content).decode()
    assert response["Content-Disposition"].startswith("attachment")
    assert body.splitlines()[0].startswith("when (UTC),actor,action")
    assert "moderation.hide" in body
    assert "'=HYPERLINK" in body  # spreadsheet formulas neutralised


def test_the_log_is_append_only(flagged, moderator, admin_user, client):
    item, _author = flagged
    services.hide_content(item, by=moderator, reason="r")
    entry = AuditEntry.objects.latest("id")
    with pytest.raises(ValueError):
        entry.reason = "changed"
        entry.save()
    with pytest.raises(ValueError):
        entry.delete()
    sign_in(client, admin_user)
    change = client.post(reverse("admin:accounts_auditentry_change", args=[entry.pk]), {"reason": "x"})
    delete = client.post(reverse("admin:accounts_auditentry_delete", args=[entry.pk]), {"post": "yes"})
    assert change.status_code in (403, 302, 200)
    assert delete.status_code in (403, 302)
    assert AuditEntry.objects.get(pk=entry.pk).reason == "r"
