"""One-click unsubscribe without signing in, message parts and headers, retries without duplicates,
bounces and complaints, and closed accounts' mail."""

import json

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts import services as account_services
from forum import services as forum_services
from mailing import services
from mailing.models import EmailItem, MailPreference, OutgoingEmail
from mailing.tokens import unsubscribe_token
from tests.mailing.conftest import after_grace, run_minute, settle

pytestmark = pytest.mark.django_db


def _one_reply_email(topic, starter, replier):
    settle(starter, modes={"reply_mine": "now"})
    forum_services.create_post(replier, topic=topic, body="A reply with <b>care</b>.")
    [message] = run_minute(after_grace(timezone.now()))
    return message, mail.outbox[-1]


def test_every_email_has_text_and_html_parts_a_reason_a_settings_link_and_rfc_8058_headers(topic, starter, replier):
    _, email = _one_reply_email(topic, starter, replier)
    html, mimetype = email.alternatives[0]
    assert mimetype == "text/html"
    for part in (email.body, html):
        assert "Haven" in part and "You started this topic." in part
        assert "/settings/email/" in part and "/email/unsubscribe/" in part
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert email.extra_headers["List-Unsubscribe"].startswith("<http") and "/email/unsubscribe/" in email.extra_headers[
        "List-Unsubscribe"]
    # No tracking: no images at all, and links point straight at the site.
    assert "<img" not in html
    assert 'href="http://127.0.0.1:8000/p/' in html


def test_one_click_unsubscribe_works_without_signing_in_and_only_for_that_kind(client, topic, starter, replier):
    _, email = _one_reply_email(topic, starter, replier)
    url = email.extra_headers["List-Unsubscribe"].strip("<>").replace("http://127.0.0.1:8000", "")
    page = client.get(url)
    assert page.status_code == 200 and b"Stop replies to topics I started e-mails?" in page.content
    assert MailPreference.objects.get(user=starter).mode("reply_mine") == "now"  # a GET changes nothing
    # RFC 8058: the mail client POSTs this body, with no cookie and no CSRF token.
    client.post(url, data="List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    pref = MailPreference.objects.get(user=starter)
    assert pref.mode("reply_mine") == "off" and pref.mode("mention") == "now"


def test_a_tampered_unsubscribe_link_changes_nothing(client, starter):
    token = unsubscribe_token(starter.pk, "mention")
    response = client.post(reverse("mailing:unsubscribe", args=[token[:-2] + "xx"]))
    assert response.status_code == 400
    assert not MailPreference.objects.filter(user=starter, modes__mention="off").exists()


def test_a_failed_send_is_retried_and_never_sent_twice(topic, starter, replier, monkeypatch):
    settle(starter, modes={"reply_mine": "now"})
    forum_services.create_post(replier, topic=topic, body="Retry me.")
    services.collect_notifications()
    [message] = services.dispatch_due(now=after_grace(timezone.now()))
    calls = []

    def flaky_send(self, fail_silently=False):
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionError("mail server away")
        return 1

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", flaky_send)
    with pytest.raises(services.delivery.DeliveryFailed):
        services.deliver_email(message.pk)
    assert OutgoingEmail.objects.get(pk=message.pk).status == "pending"
    services.deliver_email(message.pk)  # the queue's retry
    services.deliver_email(message.pk)  # a duplicate task, or a retry after success
    message.refresh_from_db()
    assert message.status == "sent" and message.attempts == 2 and len(calls) == 2
    # And dispatch never builds a second message for the same notification.
    assert services.dispatch_due(now=after_grace(timezone.now())) == []


def test_a_hard_bounce_stops_mail_until_the_member_confirms_the_address(client, topic, starter, replier):
    call_command("mail_bounce", starter.email.upper(), "--event", "hard", "--detail", "550 no such user")
    pref = MailPreference.objects.get(user=starter)
    assert pref.undeliverable_since is not None
    settle(starter, modes={"reply_mine": "now"})
    forum_services.create_post(replier, topic=topic, body="Not delivered.")
    [message] = run_minute(after_grace(timezone.now()))
    assert message.status == "cancelled" and mail.outbox == []

    client.force_login(starter)
    page = client.get(reverse("mailing:settings"))
    assert b"We stopped e-mailing you" in page.content
    client.post(reverse("mailing:request_confirmation"))
    link = [line for line in mail.outbox[-1].body.splitlines() if "/email/confirm/" in line][0]
    client.logout()
    assert client.get(link.replace("http://127.0.0.1:8000", "")).status_code == 200
    assert MailPreference.objects.get(user=starter).undeliverable_since is None


def test_the_bounce_webhook_needs_the_operators_token(client, settings, starter):
    url = reverse("mailing:bounce_webhook")
    body = json.dumps([{"email": starter.email, "event": "complaint"}])
    settings.HAVEN_EMAIL_WEBHOOK_TOKEN = ""
    assert client.post(url, body, content_type="application/json").status_code == 404
    settings.HAVEN_EMAIL_WEBHOOK_TOKEN = "s3cret"
    assert client.post(url, body, content_type="application/json", HTTP_AUTHORIZATION="Bearer nope").status_code == 403
    response = client.post(url, body, content_type="application/json", HTTP_AUTHORIZATION="Bearer s3cret")
    assert response.json() == {"marked": 1}
    pref = MailPreference.objects.get(user=starter)
    assert pref.undeliverable_since is not None and pref.mode("mention") == "off"  # a complaint: everything off
    bad = client.post(url, "{}", content_type="application/json", HTTP_AUTHORIZATION="Bearer s3cret")
    assert bad.status_code == 400


def test_a_deleted_account_leaves_nothing_in_any_mail_queue(topic, starter, replier):
    settle(starter, modes={"reply_mine": "now", "quote": "digest"})
    forum_services.create_post(replier, topic=topic, body="Before leaving.")
    services.collect_notifications()
    assert EmailItem.objects.filter(user=starter).exists()
    account_services.delete_account(starter)
    assert run_minute(after_grace(timezone.now())) == []
    assert not EmailItem.objects.filter(user=starter).exists()
    assert mail.outbox == []
    # No queue table stores an address at all.
    for model in (EmailItem, OutgoingEmail, MailPreference):
        assert not any("mail" == f.name or f.name.endswith("address") for f in model._meta.fields)
