"""A member downloads everything they wrote and set; deletion says what happens to their posts."""

import io
import json
import zipfile

import pytest
from django.urls import reverse

import forum.services
import moderation.services
from accounts.export import register_export_section, sections
from forum.models import Post
from tests.factories import DEFAULT_PASSWORD, BoardFactory, MemberFactory, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer(client):
    member = MemberFactory(username="river_writer", bio="Tapering since spring")
    board = BoardFactory(is_public=True)
    topic = forum.services.create_topic(member, board=board, title="My diary", body="Day one words")
    other = forum.services.create_topic(MemberFactory(), board=board, title="Theirs", body="NOTMINE at all")
    forum.services.create_post(member, topic=other, body="A kind reply")
    forum.services.toggle_reaction(member, post=other.opening_post, kind="support")
    forum.services.toggle_bookmark(member, post=other.opening_post, note="read later")
    forum.services.subscribe(member, board=board)
    moderation.services.file_flag(other.opening_post, flagger=member, reason="other", note="My flag note")
    sign_in(client, member)
    return member, topic


def _zip(response) -> zipfile.ZipFile:
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    return zipfile.ZipFile(io.BytesIO(raw))


def test_a_member_downloads_a_zip_of_everything_they_wrote_and_set(client, writer):
    response = client.post(reverse("accounts:export"))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    archive = _zip(response)
    assert {"haven-export.json", "index.html", "sections/posts.json"} <= set(archive.namelist())
    data = json.loads(archive.read("haven-export.json"))["sections"]
    assert data["account"][0]["bio"] == "Tapering since spring"
    assert [p["text"] for p in data["posts"]] == ["Day one words", "A kind reply"]
    assert data["topics"][0]["title"] == "My diary"
    assert data["reactions"][0]["reaction"] and data["bookmarks"][0]["note"] == "read later"
    assert data["follows"] and data["flags"][0]["note"] == "My flag note"
    page = archive.read("index.html").decode()
    assert "Day one words" in page and "My flag note" in page
    assert "NOTMINE" not in json.dumps(data) and "NOTMINE" not in page
    assert "password" not in json.dumps(data["account"])


def test_large_exports_are_prepared_in_the_background_and_offered_by_a_signed_link(client, writer, settings, tmp_path):
    settings.HAVEN_EXPORT_INLINE_MAX = 1
    settings.STORAGES = {**settings.STORAGES, "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}}}
    response = client.post(reverse("accounts:export"))
    assert response.status_code == 302  # the task ran (immediate mode in tests)
    page = client.get(reverse("accounts:export")).content.decode()
    link = page.split('href="/settings/export/', 1)[1].split('"', 1)[0]
    url = f"/settings/export/{link}"
    download = client.get(url)
    assert download.status_code == 200
    assert "Day one words" in _zip(download).read("haven-export.json").decode()

    sign_in(client, MemberFactory())
    assert client.get(url).status_code == 404  # someone else's link
    settings.HAVEN_EXPORT_LINK_SECONDS = -1
    sign_in(client, writer[0])
    assert client.get(url).status_code == 404  # expired


def test_other_apps_add_their_own_sections():
    register_export_section("test_extra", "Something from another app", lambda user: {"hello": user.username})
    try:
        member = MemberFactory(username="extra_reader")
        from accounts.export import collect

        assert collect(member)["test_extra"] == [{"hello": "extra_reader"}]
    finally:
        from accounts import export

        export._SECTIONS.pop("test_extra")
    assert "test_extra" not in {s.name for s in sections()}


def test_deletion_explains_both_choices(client, writer):
    page = client.get(reverse("accounts:delete")).content.decode()
    assert "Keep my posts under" in page and "Remove my posts&#x27; text too" in page
    assert 'type="radio"' in page


def test_deleting_and_keeping_posts_leaves_the_words_under_deleted_member(client, writer):
    member, topic = writer
    client.post(reverse("accounts:delete"), {"what_happens": "keep", "password": DEFAULT_PASSWORD})
    post = Post.objects.get(topic=topic, position=0)
    post.author.refresh_from_db()
    assert post.source == "Day one words" and post.author.username.startswith("deleted-")


def test_deleting_and_removing_text_blanks_every_post_and_message(client, writer):
    member, topic = writer
    client.post(reverse("accounts:delete"), {"what_happens": "erase", "password": DEFAULT_PASSWORD})
    texts = set(Post.objects.filter(author=member).values_list("source", flat=True))
    assert texts == {"This was removed at the writer's request."}
    assert "Day one words" not in client.get(topic.get_absolute_url(), follow=True).content.decode()
    assert Post.objects.filter(source="NOTMINE at all").exists()  # others' words stay
