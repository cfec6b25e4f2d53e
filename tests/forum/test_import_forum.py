"""import_forum and seed_demo: moving a community in from another forum."""

import json
import re
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.db.models import Count

from forum.management.commands.import_forum import display_name_for, import_lines
from forum.models import Board, BoardGroup, Post, Topic
from tests import factories
from tests.conftest import NEEDS_POSTGRES

User = get_user_model()


def user(id, username=None, **extra):
    return {"type": "user", "id": id, "username": username or f"old_member{id}", "email": f"old{id}@example.com",
            "date_joined": "2022-01-02T10:00:00Z", "is_staff": False, **extra}


def board(id, slug="old-board", **extra):
    return {"type": "board", "id": id, "name": "Old board", "slug": slug, "description": "From before",
            "position": id, **extra}


def topic(id, board_id=1, user_id=1, **extra):
    return {"type": "topic", "id": id, "board_id": board_id, "user_id": user_id, "title": f"Old topic {id}",
            "slug": f"old-topic-{id}", "created": "2023-01-01T12:00:00Z", "is_pinned": False, "is_locked": False,
            "post_count": 2, **extra}


def post(id, topic_id=1, user_id=1, position=0, body="Hello from the old forum.", created=None):
    return {"type": "post", "id": id, "topic_id": topic_id, "user_id": user_id, "position": position,
            "created": created or f"2023-01-0{min(position, 8) + 1}T12:00:00Z", "body": body}


def small_forum():
    return [user(1), user(2), board(1), topic(1), topic(2, user_id=2),
            post(1, 1, 1, 0), post(2, 1, 2, 1), post(3, 2, 2, 0), post(4, 1, 1, 2)]


def write(tmp_path, records, name="export.jsonl"):
    path = tmp_path / name
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def run_import(path, *args):
    out, err = StringIO(), StringIO()
    call_command("import_forum", str(path), "--workers", "1", *args, stdout=out, stderr=err)
    return out.getvalue()


@pytest.mark.django_db
def test_an_export_becomes_members_boards_topics_and_posts(tmp_path):
    output = run_import(write(tmp_path, small_forum()))

    assert "Imported 2 users, 1 boards, 2 topics, 4 posts" in output
    imported = Board.objects.get(slug="old-board")
    assert imported.group.name == "Imported"
    assert not imported.is_public  # members-only until an admin decides otherwise
    first = Topic.objects.get(legacy_id=1)
    assert list(first.posts.order_by("position").values_list("legacy_id", flat=True)) == [1, 2, 4]
    assert first.author.legacy_id == 1
    assert first.posts.get(position=0).html == "<p>Hello from the old forum.</p>"


@pytest.mark.django_db
def test_counters_and_last_posts_are_right_after_an_import(tmp_path):
    run_import(write(tmp_path, small_forum()))

    first, second = Topic.objects.get(legacy_id=1), Topic.objects.get(legacy_id=2)
    assert (first.post_count, first.reply_count) == (3, 2)
    assert first.last_post.legacy_id == 4
    assert first.last_post_at == first.last_post.created_at
    assert second.post_count == 1
    imported = Board.objects.get(slug="old-board")
    assert (imported.topic_count, imported.post_count) == (2, 4)
    assert imported.last_post.legacy_id == 4


@pytest.mark.django_db
def test_running_the_same_import_again_adds_nothing(tmp_path):
    path = write(tmp_path, small_forum())
    run_import(path)
    before = (User.objects.count(), Board.objects.count(), Topic.objects.count(), Post.objects.count())

    output = run_import(path)

    assert "Imported 0 users, 0 boards, 0 topics, 0 posts" in output
    assert (User.objects.count(), Board.objects.count(), Topic.objects.count(), Post.objects.count()) == before
    assert Topic.objects.get(legacy_id=1).post_count == 3


@pytest.mark.django_db
def test_a_longer_export_of_the_same_forum_only_adds_what_is_new(tmp_path):
    run_import(write(tmp_path, small_forum()))
    longer = small_forum() + [post(5, 2, 1, 1, created="2023-02-01T00:00:00Z")]

    output = run_import(write(tmp_path, longer, "later.jsonl"))

    assert "0 topics, 1 posts" in output
    assert Topic.objects.get(legacy_id=2).post_count == 2
    assert Board.objects.get(slug="old-board").last_post.legacy_id == 5


@pytest.mark.django_db
def test_hostile_markdown_in_imported_posts_is_sanitised(tmp_path):
    hostile = (
        "<script>alert(1)</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(2)>\n\n"
        "<iframe src=https://evil.example></iframe> <a href=\"https://ok.example\" onclick=\"steal()\">ok</a>\n\n"
        "![pixel](https://tracker.example/p.gif) <div style=\"position:fixed\">cover</div> [data](data:text/html,x)"
    )
    records = small_forum()
    records[5] = post(1, 1, 1, 0, body=hostile)

    run_import(write(tmp_path, records))

    stored = Post.objects.get(legacy_id=1)
    assert stored.source == hostile
    html = stored.html.lower()
    for bad in ("<script", "javascript:", "onerror", "onclick", "<iframe", "tracker.example", "style=", "data:"):
        assert bad not in html
    assert 'rel="nofollow ugc noopener"' in stored.html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("bad_line", "problem"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps(post(9, 1, 1, 5, body="   ")), "body is empty"),
        (json.dumps({**post(9, 1, 1, 5), "position": "five"}), "position must be a whole number"),
        (json.dumps(post(9, 77, 1, 5)), "topic_id 77 is not a topic"),
        (json.dumps(post(9, 1, 55, 5)), "user_id 55 is not a user"),
        (json.dumps(post(9, 1, 1, 1)), "already has a post at position 1"),
        (json.dumps({k: v for k, v in post(9, 1, 1, 5).items() if k != "created"}), "created is missing"),
        (json.dumps(post(9, 1, 1, 5, created="yesterday")), "created is not an ISO 8601"),
        (json.dumps(user(9)), "a user line comes after post lines"),
    ],
)
def test_a_malformed_line_stops_the_import_with_its_line_number(tmp_path, bad_line, problem):
    records = small_forum() + [post(8, 2, 1, 1, created="2023-03-01T00:00:00Z"), bad_line]
    path = write(tmp_path, records)

    with pytest.raises(CommandError) as caught:
        run_import(path, "--batch-size", "2")

    message = str(caught.value)
    assert message.startswith("line 11: ")
    assert problem in message
    # Earlier batches were kept; nothing of the failing line's batch (post 8 and the bad line) was.
    assert Post.objects.filter(legacy_id__in=[1, 2, 3, 4]).count() == 4
    assert not Post.objects.filter(legacy_id__in=[8, 9]).exists()


@pytest.mark.django_db
def test_the_command_exits_non_zero_on_a_malformed_line(tmp_path):
    from django.core.management import ManagementUtility

    path = write(tmp_path, [user(1), "[1, 2]"])
    utility = ManagementUtility(["manage.py", "import_forum", str(path), "--no-progress"])
    with pytest.raises(SystemExit) as exited:
        utility.execute()
    assert exited.value.code != 0


@pytest.mark.django_db
def test_after_fixing_the_bad_line_a_re_run_continues_where_it_stopped(tmp_path):
    records = small_forum() + [post(5, 2, 1, 1, created="2023-03-01T00:00:00Z"), post(6, 2, 1, 2, body="")]
    with pytest.raises(CommandError):
        run_import(write(tmp_path, records), "--batch-size", "2")

    records[-1] = post(6, 2, 1, 2, body="Fixed now.", created="2023-03-02T00:00:00Z")
    run_import(write(tmp_path, records), "--batch-size", "2")

    assert Post.objects.filter(legacy_id__isnull=False).count() == 6
    assert Topic.objects.get(legacy_id=2).post_count == 3
    assert Topic.objects.get(legacy_id=1).post_count == 3


@pytest.mark.django_db
def test_a_clash_with_existing_data_names_the_line_and_keeps_nothing_of_its_batch(tmp_path):
    run_import(write(tmp_path, small_forum()))
    native = Post.objects.get(legacy_id=4)
    # A reply written on Haven after the first import took position 3 in the topic.
    factories.PostFactory(topic=native.topic, author=native.author, position=3)
    records = small_forum() + [post(5, 2, 1, 1, created="2023-03-01T00:00:00Z"),
                               post(6, 1, 2, 3, created="2023-03-02T00:00:00Z")]

    with pytest.raises(CommandError, match=r"^line 11: conflicts with data already in Haven"):
        run_import(write(tmp_path, records), "--batch-size", "10")

    assert not Post.objects.filter(legacy_id__in=[5, 6]).exists()


@pytest.mark.django_db
def test_imported_members_cannot_sign_in_until_they_reset_their_password(client, tmp_path):
    run_import(write(tmp_path, small_forum()))
    member = User.objects.get(legacy_id=1)
    assert not member.has_usable_password()
    assert not client.login(username=member.username, password="")
    response = client.post("/account/login/", {"login": member.username, "password": "anything-at-all"})
    assert not response.wsgi_request.user.is_authenticated

    client.post("/account/password/reset/", {"email": "old1@example.com"})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/\s]+(/account/password/reset/key/\S+)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    new_password = "a-brand-new-long-password-9"
    client.post(form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
                {"password1": new_password, "password2": new_password})

    member.refresh_from_db()
    assert member.has_usable_password()
    assert client.login(username=member.username, password=new_password)


@pytest.mark.django_db
def test_imported_members_have_a_private_verified_email_and_are_not_premoderated(settings, tmp_path):
    run_import(write(tmp_path, small_forum()))

    member = User.objects.get(legacy_id=2)
    assert EmailAddress.objects.filter(user=member, email="old2@example.com", verified=True, primary=True).exists()
    assert member.approved_contributions >= settings.HAVEN_PREMODERATION_THRESHOLD
    assert not member.is_staff
    assert Post.objects.filter(legacy_id__isnull=False, is_approved=True, is_hidden=False).count() == 4


@pytest.mark.django_db
def test_source_usernames_that_break_the_rules_get_valid_unique_display_names(tmp_path):
    factories.MemberFactory(username="River")
    records = [user(1, "José María"), user(2, "ab"), user(3, "river"), user(4, "jose_maria"),
               user(5, "a" * 40), user(6, "JOSE_MARIA"), board(1), topic(1), post(1)]

    output = run_import(write(tmp_path, records))

    names = dict(User.objects.filter(legacy_id__isnull=False).values_list("legacy_id", "username"))
    assert names[1] == "Jose_Maria"
    assert names[2] == "member_2"
    assert names[3] == "river-3"  # "River" already signed up on Haven
    assert names[4] == "jose_maria-4"
    assert names[5] == "a" * 30
    assert names[6] == "JOSE_MARIA-6"
    lowered = [n.lower() for n in User.objects.values_list("username", flat=True)]
    assert len(lowered) == len(set(lowered))
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]{3,30}", n) for n in names.values())
    assert "display names were changed" in output


def test_display_names_are_derived_the_same_way_every_time():
    assert display_name_for("Ünïcode Name!", 7) == display_name_for("Ünïcode Name!", 7) == "Unicode_Name"
    assert display_name_for("!!", 7) == "member_7"


@pytest.mark.django_db
def test_an_email_already_used_on_haven_is_not_given_to_the_imported_account(tmp_path):
    factories.MemberFactory(username="here_already", email="old1@example.com")

    output = run_import(write(tmp_path, small_forum()))

    assert User.objects.get(legacy_id=1).email is None
    assert "1 accounts have no usable email" in output


@pytest.mark.django_db
def test_a_board_with_an_existing_slug_is_the_same_board(tmp_path):
    existing = factories.BoardFactory(slug="old-board", name="Ours", is_public=True)

    run_import(write(tmp_path, small_forum()))

    existing.refresh_from_db()
    assert Board.objects.filter(slug="old-board").count() == 1
    assert existing.name == "Ours" and existing.is_public
    assert existing.topics.count() == 2 and existing.post_count == 4
    assert not BoardGroup.objects.filter(slug="imported").exists()


@pytest.mark.django_db
def test_the_importer_reads_its_input_as_a_stream(tmp_path):
    """Rows are written while later lines are still unread: the input is never loaded whole."""
    records = [user(i) for i in range(1, 41)] + [board(1), topic(1)] + [
        post(i, 1, 1 + i % 40, i - 1, created="2023-01-01T00:00:00Z") for i in range(1, 101)
    ]
    seen_writes = []

    def lines():
        for n, record in enumerate(records, start=1):
            if n in (30, 120):
                seen_writes.append((User.objects.filter(legacy_id__isnull=False).count(), Post.objects.count()))
            yield json.dumps(record) + "\n"

    import_lines(lines(), batch_size=10)

    assert seen_writes[0][0] >= 20  # users already saved when line 30 was read
    assert seen_writes[1][1] >= 50  # posts already saved when line 120 was read
    assert Topic.objects.get(legacy_id=1).post_count == 100


@pytest.mark.django_db
def test_the_import_shows_a_progress_bar_on_stderr(tmp_path):
    meta = {"type": "meta", "users": 2, "boards": 1, "topics": 2, "posts": 4}
    err = StringIO()
    call_command("import_forum", str(write(tmp_path, [meta, *small_forum()])), stdout=StringIO(), stderr=err)
    assert "100%" in err.getvalue() and "10/10" in err.getvalue()


@pytest.mark.django_db
def test_seed_demo_loads_the_benchmark_data_through_the_importer_and_is_repeatable():
    call_command("seed_demo", "--scale", "0.005", "--no-progress", "--workers", "1", stdout=StringIO())
    counts = (User.objects.filter(legacy_id__isnull=False).count(), Topic.objects.count(), Post.objects.count())
    assert counts == (20, 40, 500)
    deep = Topic.objects.order_by("-post_count").first()
    assert deep.title.startswith("Daily check-in thread")
    per_topic = dict(Post.objects.values("topic").annotate(n=Count("pk")).values_list("topic", "n"))
    assert all(t.post_count == per_topic[t.pk] for t in Topic.objects.all())
    assert sum(Board.objects.values_list("post_count", flat=True)) == 500

    out = StringIO()
    call_command("seed_demo", "--scale", "0.005", "--no-progress", "--workers", "1", stdout=out)

    assert "Imported 0 users, 0 boards, 0 topics, 0 posts" in out.getvalue()
    assert Post.objects.count() == 500


@NEEDS_POSTGRES
@pytest.mark.django_db
def test_an_import_leaves_fresh_planner_statistics_for_search_and_pages(tmp_path):
    """PostgreSQL plans search and topic pages from table statistics; a bulk load that left the
    old ones made search five times slower at 100,000 posts (bench/RESULTS.md)."""
    from django.db import connection

    records = [user(1), board(1), topic(1)] + [post(n, 1, 1, n - 1) for n in range(1, 41)]
    run_import(write(tmp_path, records))

    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'forum_post'")
        assert cursor.fetchone()[0] == Post.objects.count() == 40
