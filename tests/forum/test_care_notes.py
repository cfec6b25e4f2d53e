"""Content notes and reader filters: writing, suggesting, changing, and every surface that folds."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import AuditEntry
from forum import selectors, services
from forum.models import Bookmark, Notification
from forum.notes import suggest_notes
from tests.factories import MemberFactory, sign_in
from tests.forum.content_helpers import make_board, use_stub_policy

pytestmark = pytest.mark.django_db

HARD_TEXT = "Last night I hurt myself again and ended up in hospital."


@pytest.fixture(autouse=True)
def _policy(settings):
    use_stub_policy(settings)


@pytest.fixture
def board():
    return make_board()


@pytest.fixture
def writer():
    return MemberFactory()


@pytest.fixture
def topic(board, writer):
    topic = services.create_topic(writer, board=board, title="A rough week", body="Checking in.")
    services.create_post(writer, topic=topic, body=HARD_TEXT, notes=["self_harm", "hospital"])
    return topic


@pytest.fixture
def fragile_reader():
    reader = MemberFactory()
    services.set_reading_preference(reader, collapsed_notes=["self_harm"])
    return reader


def signed_in(user) -> Client:
    client = Client()
    sign_in(client, user)
    return client


def topic_page(client, topic, query: str = "") -> str:
    return client.get(f"{topic.get_absolute_url()}{query}").content.decode()


def test_writer_adds_notes_to_a_new_topic_and_the_board_list_shows_them(board, writer):
    client = signed_in(writer)
    response = client.post(f"/b/{board.slug}/new/", {
        "title": "Seizure last night", "body": "I was taken to the emergency room.", "token": "n1",
        "content_notes": ["hospital", "severe"], "content_note_other": "  ambulance  ",
    })
    assert response.status_code == 302
    board_html = signed_in(MemberFactory()).get(board.get_absolute_url()).content.decode()
    assert "Content notes: Hospital or emergency, Severe or long-lasting symptoms, ambulance" in board_html


def test_composer_offers_the_fixed_notes_and_one_free_note(board, writer):
    html = signed_in(writer).get(f"/b/{board.slug}/new/").content.decode()
    for label in ["Suicidal thoughts", "Self-harm", "Hospital or emergency", "Cold turkey or rapid detox",
                  "Severe or long-lasting symptoms", "Loss or grief", "Dose numbers"]:
        assert label in html
    assert 'name="content_note_other"' in html
    assert "<legend>Content notes (optional)</legend>" in html


def test_a_reader_who_collapses_a_note_sees_author_date_and_notes_but_none_of_the_text(topic, fragile_reader):
    html = topic_page(signed_in(fragile_reader), topic)
    assert "Content notes:</span> Self-harm, Hospital or emergency" in html
    assert "Show this post" in html
    assert "hurt myself" not in html
    assert topic.author.username in html


def test_other_readers_and_the_author_see_the_post_with_its_notes(topic, writer):
    for user in (MemberFactory(), writer):
        html = topic_page(signed_in(user), topic)
        assert "hurt myself" in html and "Content notes:</span> Self-harm" in html
        assert "Show this post" not in html


def test_show_this_post_opens_it_without_javascript(topic, fragile_reader):
    client = signed_in(fragile_reader)
    post = topic.posts.get(position=1)
    response = client.get(f"/p/{post.pk}/?show=1")
    assert response.status_code == 302
    assert f"show={post.pk}" in response["Location"] and response["Location"].endswith(f"#post-{post.pk}")
    html = client.get(response["Location"]).content.decode()
    assert "hurt myself" in html


def test_live_new_replies_and_fragments_are_folded_too(topic, fragile_reader):
    client = signed_in(fragile_reader)
    post = topic.posts.get(position=1)
    for url in (f"/t/{topic.pk}/posts-after/?after=0", f"/p/{post.pk}/fragment/"):
        html = client.get(url).content.decode()
        assert "Show this post" in html and "hurt myself" not in html


def test_search_results_show_notes_instead_of_the_text(topic, fragile_reader):
    html = signed_in(fragile_reader).get("/search/?q=hospital").content.decode()
    assert "Content notes:</span> Self-harm" in html and "Show this post" in html
    assert "hurt myself" not in html
    assert "hurt myself" in signed_in(MemberFactory()).get("/search/?q=hospital").content.decode()


def test_bookmarks_and_notifications_name_the_notes_and_never_show_the_text(topic, fragile_reader):
    post = topic.posts.get(position=1)
    Bookmark.objects.create(user=fragile_reader, post=post)
    services.notify(fragile_reader, kind=Notification.REPLY, text="Sam replied in “A rough week”",
                    url=post.get_absolute_url(), post=post)
    client = signed_in(fragile_reader)
    bookmarks = client.get("/bookmarks/").content.decode()
    assert "Show this post" in bookmarks and "hurt myself" not in bookmarks
    notifications = client.get("/notifications/").content.decode()
    assert "Content notes: Self-harm, Hospital or emergency" in notifications
    assert "hurt myself" not in notifications


def test_is_collapsed_for_is_the_one_rule_for_every_surface(topic, fragile_reader, writer):
    post = topic.posts.get(position=1)
    assert selectors.is_collapsed_for(fragile_reader, post)
    assert not selectors.is_collapsed_for(fragile_reader, post, shown=[post.pk])
    assert not selectors.is_collapsed_for(writer, post)
    assert not selectors.is_collapsed_for(MemberFactory(), post)
    assert not selectors.is_collapsed_for(fragile_reader, topic.posts.get(position=0))


def test_reading_settings_are_chosen_in_settings(fragile_reader):
    client = signed_in(fragile_reader)
    assert "/settings/reading/" in client.get("/settings/").content.decode()
    html = client.get("/settings/reading/").content.decode()
    assert 'value="self_harm" data-content-notes' not in html  # the reader's form, not the composer's
    response = client.post("/settings/reading/", {"collapsed_notes": ["loss", "doses"], "is_welcomer": "on"})
    assert response.status_code == 302
    preference = selectors.reading_preference(MemberFactory._meta.model.objects.get(pk=fragile_reader.pk))
    assert preference.collapsed_notes == ["loss", "doses"] and preference.is_welcomer


def test_a_moderator_changes_notes_on_anyones_post_and_it_is_audited(topic, moderator, writer):
    post = topic.posts.get(position=0)
    client = signed_in(moderator)
    assert "Content notes" in client.get(f"/p/{post.pk}/notes/").content.decode()
    response = client.post(f"/p/{post.pk}/notes/", {"content_notes": ["loss"], "reason": "Mentions a death"})
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.content_notes == ["loss"]
    entry = AuditEntry.objects.get(action="forum.content_notes")
    assert entry.actor == moderator and entry.target_user == writer
    assert entry.after == "loss" and entry.reason == "Mentions a death"


def test_members_cannot_change_notes_on_someone_elses_post(topic):
    post = topic.posts.get(position=1)
    assert signed_in(MemberFactory()).post(f"/p/{post.pk}/notes/", {"content_notes": []}).status_code == 403
    post.refresh_from_db()
    assert post.content_notes == ["self_harm", "hospital"]


def test_the_author_changes_notes_when_editing_without_an_audit_entry(topic, writer):
    post = topic.posts.get(position=1)
    response = signed_in(writer).post(f"/p/{post.pk}/edit/", {"body": HARD_TEXT, "content_notes": ["self_harm"]})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.content_notes == ["self_harm"]
    assert not AuditEntry.objects.filter(action="forum.content_notes").exists()


def test_phrases_suggest_notes_while_writing():
    assert suggest_notes("I was on 2.5 mg when I went cold turkey and ended up in the ER.") == [
        "hospital", "cold_turkey", "doses",
    ]
    assert suggest_notes("I've been having thoughts of suicide") == ["suicidal"]
    assert suggest_notes("A calm day today.") == []


def test_the_browser_gets_the_note_suggestions_with_the_reminder_rules(client):
    data = client.get("/nudge-rules.json").json()
    assert {note["code"] for note in data["notes"]} >= {"suicidal", "doses"}
    assert data["suggestions"] and data["rules"]


def test_folding_posts_costs_no_extra_queries_on_the_topic_page(topic, fragile_reader):
    for i in range(15):
        services.create_post(topic.author, topic=topic, body=f"Reply {i}", notes=["self_harm"] if i % 2 else [])
    plain_reader = MemberFactory()
    counts = []
    for reader in (plain_reader, fragile_reader):
        client = signed_in(reader)
        topic_page(client, topic)  # warm the reader's cached preference, as on any later page
        with CaptureQueriesContext(connection) as queries:
            html = topic_page(client, topic)
        counts.append(len(queries))
    assert html.count("Show this post") == 8
    assert counts[1] <= counts[0] <= 15
