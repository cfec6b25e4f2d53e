"""The e-mail settings page, reached from Settings."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse

from mailing.models import MailPreference
from tests import factories

pytestmark = pytest.mark.django_db

VALID = {
    "mode_reply_mine": "now", "mode_reply_followed": "digest", "mode_mention": "now", "mode_quote": "off",
    "mode_reaction": "off", "mode_private_message": "now", "mode_moderation": "now", "mode_guidance": "digest",
    "digest_frequency": "weekly", "digest_hour": "19", "digest_weekday": "6", "time_zone": "America/New_York",
    "quiet_hours": "on", "quiet_start": "23:00", "quiet_end": "07:30",
}


def test_settings_links_to_the_email_settings(member_client):
    assert reverse("mailing:settings").encode() in member_client.get(reverse("accounts:settings")).content


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("mailing:settings"))
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_the_page_shows_the_defaults_and_saves_the_members_choices(member_client):
    page = member_client.get(reverse("mailing:settings"))
    html = page.content.decode()
    assert "Crisis alerts" not in html  # moderators only
    assert 'value="22:00" selected' in html and 'value="08:00" selected' in html
    response = member_client.post(reverse("mailing:settings"), VALID)
    assert response.status_code == 302
    pref = MailPreference.objects.get(user=member_client.user)
    assert pref.mode("quote") == "off" and pref.mode("reply_mine") == "now"
    assert (pref.digest_frequency, pref.digest_hour, pref.digest_weekday) == ("weekly", 19, 6)
    assert pref.quiet_start == datetime.time(23) and pref.quiet_end == datetime.time(7, 30)
    local = pref.next_digest_at.astimezone(zoneinfo.ZoneInfo("America/New_York"))
    assert (local.weekday(), local.hour) == (6, 19)


def test_a_time_zone_outside_the_iana_list_is_refused_next_to_the_field(member_client):
    response = member_client.post(reverse("mailing:settings"), {**VALID, "time_zone": "Mars/Olympus_Mons"})
    assert response.status_code == 200
    assert "Please choose" in response.content.decode() or "Select a valid choice" in response.content.decode()
    assert not MailPreference.objects.filter(user=member_client.user).exists()


def test_quiet_hours_need_different_start_and_end(member_client):
    response = member_client.post(reverse("mailing:settings"), {**VALID, "quiet_end": "23:00"})
    assert "different start and end" in response.content.decode()


def test_moderators_can_choose_crisis_alerts(client):
    moderator = factories.MemberFactory(roles=["moderator"])
    factories.sign_in(client, moderator)
    html = client.get(reverse("mailing:settings")).content.decode()
    assert "Crisis alerts (moderators)" in html
    client.post(reverse("mailing:settings"), {**VALID, "mode_crisis_alert": "off"})
    assert MailPreference.objects.get(user=moderator).mode("crisis_alert") == "off"
