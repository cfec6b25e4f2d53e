"""Admins try a sentence on the crisis detector and see the level, the categories and the words."""

from django.urls import reverse

from moderation.models import CrisisPhrase
from tests import factories


def _admin_client(client):
    admin = factories.MemberFactory(roles=["admin"], mfa=True, is_staff=True, is_superuser=True)
    factories.sign_in(client, admin)
    return client


def test_the_phrase_list_links_to_the_try_a_sentence_box(db, client):
    page = _admin_client(client).get(reverse("admin:haven_moderation_crisisphrase_changelist")).content.decode()
    assert reverse("admin:haven_moderation_crisis_try") in page and "Try a sentence" in page


def test_trying_a_sentence_shows_level_categories_and_evidence(db, client):
    response = _admin_client(client).post(
        reverse("admin:haven_moderation_crisis_try"), {"text": "if this doesnt stop by friday im going to end it"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert 'data-level="high"' in page
    assert "plan or timing + intent" in page
    assert "“by friday”" in page and "“going to end it”" in page


def test_trying_everyday_talk_says_it_stays_quiet_and_admin_phrases_count(db, client):
    client = _admin_client(client)
    quiet = client.post(reverse("admin:haven_moderation_crisis_try"), {"text": "this taper is killing me"})
    assert 'data-level="none"' in quiet.content.decode() and "would stay quiet" in quiet.content.decode()
    CrisisPhrase.objects.create(phrase="walls closing in")
    added = client.post(reverse("admin:haven_moderation_crisis_try"), {"text": "The walls closing in again"})
    assert 'data-level="medium"' in added.content.decode() and "phrase added by admins" in added.content.decode()


def test_an_empty_sentence_keeps_the_form_with_an_error(db, client):
    response = _admin_client(client).post(reverse("admin:haven_moderation_crisis_try"), {"text": ""})
    assert "This field is required" in response.content.decode()


def test_members_cannot_open_the_box(db, client):
    client.force_login(factories.MemberFactory())
    response = client.get(reverse("admin:haven_moderation_crisis_try"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_trying_wording_only_the_weighted_words_catch_says_so(db, client):
    text = "nobody would even notice if i stopped turning up to things for good"
    page = _admin_client(client).post(reverse("admin:haven_moderation_crisis_try"), {"text": text}).content.decode()
    assert 'data-level="medium"' in page and "crisis-like wording (weighted words)" in page
    assert "“for good”" in page
