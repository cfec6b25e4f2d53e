"""Prepare the live server's database for the browser tests, then print what was made as JSON.

Run by tests/e2e/conftest.py as `python -m tests.e2e.seed OUT.json` with the same environment
as the server (DATABASE_URL or HAVEN_SQLITE_PATH), after `manage.py migrate`. It uses the
project's own services (the same code the site runs), so the data is what members would make.
Anything that cannot be made (a feature not built yet) is listed under "problems" and the
tests that need it say so.
"""

import json
import os
import sys
import traceback


def main(out_path: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    data: dict = {"users": {}, "urls": {}, "problems": [], "objects": {}}
    seed(data)
    with open(out_path, "w") as handle:
        json.dump(data, handle, indent=2)


def _attempt(data: dict, what: str):
    """Context manager: record a failure under data["problems"] instead of stopping."""

    class _Guard:
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            if exc is not None:
                data["problems"].append(f"{what}: {exc_type.__name__}: {exc}")
                traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
            return True

    return _Guard()


def _make_user(data: dict, key: str, *, roles=(), mfa=False, new=False):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth import get_user_model

    from tests.factories import DEFAULT_PASSWORD, MemberFactory, NewMemberFactory

    factory = NewMemberFactory if new else MemberFactory
    user = factory(username=f"e2e_{key}", email=f"e2e_{key}@example.com", roles=list(roles))
    info = {"username": user.username, "email": user.email, "password": DEFAULT_PASSWORD, "id": user.pk}
    if mfa:
        # A real base32 secret, so the test can compute the same codes an authenticator app shows.
        secret = generate_totp_secret()
        TOTP.activate(user, secret)
        info["totp_secret"] = secret
    data["users"][key] = info
    return get_user_model().objects.get(pk=user.pk)


def _url(name: str, *args, query: str = "") -> str | None:
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(name, args=args) + query
    except NoReverseMatch:
        return None


def seed(data: dict) -> None:
    from django.conf import settings

    data["settings"] = {
        "premoderation_threshold": settings.HAVEN_PREMODERATION_THRESHOLD,
        "flag_hide_weight": settings.HAVEN_FLAG_HIDE_WEIGHT,
    }
    users = {}
    with _attempt(data, "create users"):
        users["member"] = _make_user(data, "member")
        users["writer"] = _make_user(data, "writer")
        for n in (1, 2, 3):
            users[f"flagger{n}"] = _make_user(data, f"flagger{n}")
        users["chat1"] = _make_user(data, "chat1")
        users["chat2"] = _make_user(data, "chat2")
        users["keyboard"] = _make_user(data, "keyboard")
        users["newbie"] = _make_user(data, "newbie", new=True)
        users["moderator"] = _make_user(data, "moderator", roles=["moderator"], mfa=True)
        users["clinician1"] = _make_user(data, "clinician1", roles=["clinician"], mfa=True)
        users["clinician2"] = _make_user(data, "clinician2", roles=["clinician"], mfa=True)

    urls = data["urls"]
    urls["home"] = "/"
    urls["signup"] = _url("account_signup")
    urls["login"] = _url("account_login")
    urls["settings"] = _url("accounts:settings")
    urls["email_settings"] = _url("mailing:settings")
    urls["data_export"] = _url("accounts:export")
    urls["delete_account"] = _url("accounts:delete")
    urls["notifications"] = _url("forum:notifications")
    urls["search"] = _url("forum:search", query="?q=steadier")
    urls["moderation_queue"] = _url("moderation:queue")
    urls["audit_log"] = _url("moderation:audit") or _url("moderation:audit_log")
    urls["help_now"] = _url("moderation:help_now")
    urls["my_flags"] = _url("moderation:my_flags")
    urls["rooms"] = _url("realtime:rooms")
    urls["library"] = _url("resources:library")
    urls["resource_new"] = _url("resources:new")
    urls["resource_review"] = _url("resources:review_queue")
    if "member" in users:
        urls["profile"] = _url("accounts:profile", users["member"].username)

    with _attempt(data, "forum boards and topics"):
        _seed_forum(data, users)
    with _attempt(data, "care: content notes, reading settings, drafts"):
        from tests.e2e.seed_care import seed_care

        seed_care(data, users, _make_user, _url)
    with _attempt(data, "chat room"):
        from realtime.models import ChatRoom

        room = ChatRoom.objects.exclude(kind=ChatRoom.MODERATORS).order_by("position", "id").first()
        if room is None:
            raise LookupError("no chat room for members exists (realtime migrations should make them)")
        data["objects"]["room"] = {"name": room.name, "slug": room.slug}
        urls["chat_room"] = room.get_absolute_url()
    with _attempt(data, "published resource"):
        _seed_resource(data, users)
    with _attempt(data, "taper journals"):
        _seed_journal(data, users)
    with _attempt(data, "private messages"):
        _seed_messages(data, users)


def _seed_journal(data: dict, users: dict) -> None:
    """A month of entries for the member (their own journal and report) and a public journal
    for the writer, which visitors may read."""
    from datetime import timedelta
    from decimal import Decimal

    from django.utils import timezone

    from journal import services

    _make_user(data, "journaler")  # starts with an empty journal (the browser journey fills it)
    today = timezone.localdate()
    for key, visibility in (("member", "private"), ("writer", "public")):
        for day in range(30, -1, -3):
            services.create_entry(
                users[key], date=today - timedelta(days=day), marker="cut" if day in (30, 15) else "",
                ratings={"sleep": 6, "anxiety": day % 10, "pain": 3, "fog": 5, "sensitivity": 4, "mood": 5},
                doses=[{"medication": "clonazepam", "other_name": "", "unit": "mg", "strength_mg_per_ml": None,
                        "amount": Decimal("1.0") + day // 15 * Decimal("0.25")}],
                note="A steadier day." if day == 0 else "", visibility="journal",
            )
        services.set_journal_visibility(users[key], visibility=visibility)
    urls = data["urls"]
    urls["journal"] = _url("journal:home")
    urls["journal_report"] = _url("journal:report", query="?notes=1&equivalent=on")
    urls["journal_public"] = _url("journal:member", users["writer"].username, query="?equivalent=on")
    urls["journal_entry"] = _url("journal:new")
    urls["journal_import"] = _url("journal:import")
    urls["equivalence"] = _url("journal:equivalence")


def _seed_forum(data: dict, users: dict) -> None:
    from forum import services
    from forum.models import Board

    urls = data["urls"]
    boards = list(Board.objects.select_related("group").order_by("group__position", "position", "id"))
    if not boards:
        raise LookupError("no boards exist (forum migrations should make the stage boards)")
    by_name = {board.name.lower(): board for board in boards}
    intro = by_name.get("introductions") or boards[0]
    public = next((b for b in boards if b.is_public and b.name.lower() != "community guidelines and help desk"), None)
    public = public or next((b for b in boards if b.is_public), None)
    members_only = next((b for b in boards if not b.is_public and b != intro), boards[-1])
    data["objects"]["boards"] = {
        "introductions": {"name": intro.name, "slug": intro.slug, "url": intro.get_absolute_url()},
        "members_only": {"name": members_only.name, "slug": members_only.slug, "url": members_only.get_absolute_url()},
    }
    if public is not None:
        data["objects"]["boards"]["public"] = {
            "name": public.name, "slug": public.slug, "url": public.get_absolute_url()
        }
    data["objects"]["board_urls"] = {board.name: board.get_absolute_url() for board in boards}
    urls["board"] = (public or members_only).get_absolute_url()
    urls["members_board"] = members_only.get_absolute_url()
    urls["composer"] = _url("forum:new_topic", members_only.slug)

    def topic(board, author, title, body, replies=()):
        made = services.create_topic(author, board=board, title=title, body=body)
        for replier, text in replies:
            services.create_post(replier, topic=made, body=text)
        made.refresh_from_db()
        return made

    writer, member = users["writer"], users["member"]
    showcase_board = public or members_only
    showcase = topic(
        showcase_board,
        writer,
        "Day 40 of my hold and feeling steadier",
        "Things are a little steadier this week.\n\n- Sleep is better\n- Fog lifts in the afternoon\n\n"
        "> Slow and steady, as someone here told me.\n\nThank you all for being here.",
        replies=[(member, "So glad to read this. Sending support."), (writer, "Thank you, @e2e_member.")],
    )
    urls["topic"] = showcase.get_absolute_url()
    data["objects"]["showcase_topic"] = {"id": showcase.pk, "title": showcase.title, "url": urls["topic"]}

    flagged = topic(
        members_only,
        writer,
        "A post three members will flag",
        "This opening post stays. The reply below is the one that gets flagged.",
        replies=[(writer, "A reply that three members find worrying (test content).")],
    )
    last = flagged.posts.order_by("-position").first()
    data["objects"]["flag_topic"] = {
        "id": flagged.pk, "url": flagged.get_absolute_url(), "post_id": last.pk,
        "post_text": "A reply that three members find worrying (test content).",
    }

    keyboard = topic(members_only, writer, "Small wins this week", "Share one small win from this week, if you like.")

    # Something waiting in the review queue, so the queue page is scanned with rows in it.
    from django.contrib.auth import get_user_model

    from tests.factories import NewMemberFactory

    waiting_author = get_user_model().objects.get(pk=NewMemberFactory(username="e2e_waiting").pk)
    topic(members_only, waiting_author, "Is it normal to feel this tired?", "Week three and so tired. Is this normal?")

    # A high-risk crisis item, so the crisis guidance on the item page is scanned too.
    from moderation.models import QueueItem

    topic(members_only, writer, "A rough week", "Checking in.",
          replies=[(writer, "I have the pills saved up for friday. I won't be here much longer. (test content)")])
    crisis = QueueItem.objects.filter(is_crisis=True).order_by("-id").first()
    urls["crisis_item"] = _url("moderation:item", crisis.pk) if crisis else None
    data["objects"]["keyboard_topic"] = {"id": keyboard.pk, "url": keyboard.get_absolute_url()}


def _seed_resource(data: dict, users: dict) -> None:
    from forum.models import Board
    from resources import services

    first, second = users["clinician1"], users["clinician2"]
    board = Board.objects.filter(name__iexact="Protracted symptoms and BIND").first() or Board.objects.first()
    resource = services.create_resource(
        first,
        title="What people report about long-lasting symptoms",
        summary="What two surveys of former users found, in plain words.",
        body=(
            "Many former users report symptoms that last months or years (Ritvo et al., 2023).\n\n"
            "Talk to your own prescriber before changing any medication."
        ),
        boards=[board],
    )
    services.submit_resource(resource, by=first)
    services.sign_off_resource(resource, by=second)
    resource.refresh_from_db()
    data["urls"]["resource"] = resource.get_absolute_url()
    data["objects"]["resource"] = {
        "slug": resource.slug, "title": resource.title, "board_url": board.get_absolute_url()
    }


def _seed_messages(data: dict, users: dict) -> None:
    """Two members past the new-member limits for the live journey, and a conversation between
    "member" and "writer" for the scans (member's inbox and the conversation page)."""
    from datetime import timedelta

    from django.utils import timezone

    from conversations import services

    long_ago = timezone.now() - timedelta(days=30)
    for key in ("pm_a", "pm_b"):
        users[key] = _make_user(data, key)
    for key in ("pm_a", "pm_b", "writer", "member"):
        users[key].date_joined = long_ago
        users[key].save(update_fields=["date_joined"])
    first = services.start_conversation(
        users["writer"], recipients=[users["member"]], subject="Sleep",
        body="How are the nights going? **Mine** are a little better.", client_id="e2e-seed-1",
    )
    services.send_message(users["member"], conversation=first.conversation, body="Slowly better, thank you.",
                          client_id="e2e-seed-2")
    team = services.start_team_conversation(users["member"], body="A question for the team.", client_id="e2e-seed-3")
    urls = data["urls"]
    urls["inbox"] = _url("conversations:inbox")
    urls["conversation"] = first.conversation.get_absolute_url()
    urls["new_conversation"] = _url("conversations:new")
    urls["team_inbox"] = _url("conversations:team_inbox")
    urls["team_conversation"] = team.conversation.get_absolute_url()


if __name__ == "__main__":
    main(sys.argv[1])
