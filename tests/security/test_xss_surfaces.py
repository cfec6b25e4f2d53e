"""Hostile markup through every place a member writes that came after issue 12: the pages (and
e-mails' HTML parts) that show it must hold nothing executable (tests/security/html_audit.py).

Each test writes every vector (VECTORS: the sanitiser's cheat sheet plus attribute, unicode,
mention and quote tricks) through the services, then reads the pages as the people who see them.
A proof word in each surface shows the page really held the member's text.
"""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import forum.services
import moderation.models
import moderation.services
from accounts.services import set_member_signature
from conversations import services as conversation_services
from forum.models import Post
from journal import services as journal_services
from journal.equivalence import OTHER
from journal.models import MEMBERS, PUBLIC
from mailing import services as mailing_services
from mailing.kinds import NOW
from tests.factories import BoardFactory, MemberFactory, sign_in
from tests.security.html_audit import EXTRA, STORED_VECTORS, VECTORS, page_problems
from tests.security.test_private_mail import run_mail_pipeline

pytestmark = pytest.mark.django_db


def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        sign_in(client, user)
    return client


def _audit(client, urls, proof: str) -> None:
    """Every page answers, holds no executable markup, and at least one holds the proof word."""
    problems, found = [], False
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        html = response.content.decode()
        found = found or proof in html
        problems += [f"{url}: {problem}" for problem in page_problems(html)]
    assert found, f"{proof} never reached {urls}"
    assert not problems, "\n".join(problems[:30])


def _unless_refused(write, *args, **kwargs):
    """Run a write; text with no words left once sanitised is refused (correctly): skip it."""
    try:
        return write(*args, **kwargs)
    except ValidationError:
        return None


def _pages(route: str, count: int, per_page: int, *args) -> list[str]:
    url = reverse(route, args=args)
    return [f"{url}?page={number}" for number in range(1, count // per_page + 2)]


def test_baseline_pages_hold_nothing_the_audit_refuses():
    _audit(_client(MemberFactory()), [reverse("forum:home"), reverse("journal:home")], "Haven")


def test_journal_notes_and_medication_names_stay_inert():
    owner, reader = MemberFactory(), MemberFactory()
    journal_services.set_journal_visibility(owner, visibility=PUBLIC)
    for number, vector in enumerate(["XSSJOURNALPROOF", *STORED_VECTORS]):
        dose = {"medication": OTHER, "other_name": vector[:60], "amount": Decimal("2.5"), "unit": "mg"}
        journal_services.create_entry(
            owner, date=date(2025, 1, 1) + timedelta(days=number), marker="cut", ratings={"fog": 3},
            doses=[dose], note=vector, visibility=PUBLIC if number % 2 else MEMBERS,
        )
    per_page = 20
    _audit(_client(owner), _pages("journal:home", len(STORED_VECTORS), per_page) + [reverse("journal:report")],
           "XSSJOURNALPROOF")
    member_journal = reverse("journal:member", args=[owner.username])
    _audit(_client(reader), [member_journal], "XSSJOURNALPROOF")


def test_signatures_under_posts_stay_inert():
    author = MemberFactory(show_signature=True)
    topic = forum.services.create_topic(author, board=BoardFactory(is_public=True), title="Sig", body="Hello")
    fragment = reverse("forum:post_fragment", args=[topic.opening_post.pk])
    client = _client(MemberFactory())
    for vector in ["XSSSIGPROOF", *STORED_VECTORS]:
        set_member_signature(author, text=vector)
        html = client.get(fragment).content.decode()
        assert vector == "XSSSIGPROOF" or "XSSSIGPROOF" not in html
        assert not page_problems(html), (vector, page_problems(html))
    assert "XSSSIGPROOF" not in html


def test_private_and_team_messages_and_report_notes_stay_inert(settings):
    settings.HAVEN_FLAG_RATE = 10_000
    sender, reader = MemberFactory(date_joined=timezone.now() - timedelta(days=9)), MemberFactory()
    moderator = MemberFactory(roles=["moderator"], mfa=True)
    first = conversation_services.start_conversation(
        sender, recipients=[reader], subject="XSSPMPROOF", body="XSSPMPROOF", client_id="x-0")
    conversation = first.conversation
    team = conversation_services.start_team_conversation(reader, subject="XSSTEAMPROOF", body="XSSTEAMPROOF",
                                                         client_id="t-0").conversation
    for number, vector in enumerate(STORED_VECTORS, start=1):
        message = _unless_refused(conversation_services.send_message, sender, conversation=conversation,
                                  body=vector, client_id=f"x-{number}")
        _unless_refused(conversation_services.send_message, reader, conversation=team, body=vector,
                        client_id=f"t-{number}")
        if number % 3 == 0:  # subjects are plain text: a sample of the vectors
            conversation_services.start_conversation(sender, recipients=[reader], subject=vector[:120],
                                                     body=f"{number}", client_id=f"s-{number}")
            conversation_services.start_team_conversation(reader, subject=vector[:120], body=f"{number}",
                                                          client_id=f"ts-{number}")
        if message is not None and number % 4 == 0:
            moderation.services.file_flag(message, flagger=reader, reason="other", note=vector)
    pages = _pages("conversations:detail", len(STORED_VECTORS), 30, conversation.pk)
    _audit(_client(reader), pages + _pages("conversations:inbox", len(STORED_VECTORS), 50), "XSSPMPROOF")
    staff = _client(moderator)
    team_pages = _pages("conversations:detail", len(STORED_VECTORS), 30, team.pk)
    _audit(staff, [reverse("conversations:team_inbox"), *team_pages], "XSSTEAMPROOF")
    reported = [reverse("moderation:message_report", args=[flag.object_id])
                for flag in moderation.models.Flag.objects.order_by("pk")[:6]]
    _audit(staff, [reverse("moderation:queue"), *reported], "alert(1)")


def test_content_notes_drafts_and_introductions_stay_inert(settings):
    board = BoardFactory(is_public=True, slug="xss-introductions")
    settings.HAVEN_INTRODUCTIONS_BOARD = board.slug
    writer = MemberFactory()
    topic = forum.services.create_topic(writer, board=board, title="XSSTOPICPROOF", body="Hello",
                                        note_other="XSSNOTEPROOF")
    for vector in STORED_VECTORS:
        post = forum.services.create_post(writer, topic=topic, body="A reply")
        forum.services.set_content_notes(post, by=writer, notes=["loss"], other=vector)
        forum.services.save_draft(writer, composer="edit", target_id=post.pk, title=vector, body=vector)
        _unless_refused(forum.services.create_topic, writer, board=board, title=vector[:150], body=vector)
    forum.services.save_draft(writer, composer="reply", target_id=topic.pk, body="XSSDRAFTPROOF")
    Post.objects.filter(topic__board=board).update(created_at=topic.created_at - timedelta(days=2))
    reader = _client(MemberFactory())
    _audit(reader, _pages("forum:topic", len(STORED_VECTORS), 20, topic.pk, topic.slug), "XSSNOTEPROOF")
    _audit(_client(writer), [reverse("forum:drafts"), reverse("forum:reply", args=[topic.pk])], "XSSDRAFTPROOF")
    moderator = _client(MemberFactory(roles=["moderator"], mfa=True))
    _audit(moderator, [reverse("forum:unanswered_introductions"), reverse("forum:board", args=[board.slug])],
           "alert(1)")


FORM_POSTS = [
    ("journal:stage", lambda v: {"stage": v}),
    ("forum:welcome", lambda v: {"stage": v, "collapsed_notes": [v]}),
    ("mailing:settings", lambda v: {"time_zone": v, "mode_mention": v, "digest_hour": v}),
    ("journal:new", lambda v: {"date": v, "medication_1": OTHER, "other_name_1": v, "amount_1": "1", "note": v}),
    ("conversations:new", lambda v: {"to": v, "subject": v, "body": v, "client_id": "c"}),
    ("conversations:team_new", lambda v: {"subject": v, "body": "", "client_id": "c"}),
    ("forum:reading_settings", lambda v: {"collapsed_notes": [v], "is_welcomer": v}),
]


@pytest.mark.parametrize(("route", "data"), FORM_POSTS, ids=[route for route, _ in FORM_POSTS])
def test_forms_refusing_hostile_input_echo_it_inert(route, data, settings):
    settings.HAVEN_RATE_LIMITS = {action: ("", "") for action in settings.HAVEN_RATE_LIMITS}
    client = _client(MemberFactory())
    problems = []
    for vector in EXTRA[:8] + VECTORS[::12]:
        response = client.post(reverse(route), data(vector))
        assert response.status_code < 500, (route, vector)
        problems += [f"{vector!r}: {problem}" for problem in page_problems(response.content.decode())]
    assert not problems, "\n".join(problems[:20])


def test_email_html_parts_stay_inert():
    follower, author = MemberFactory(), MemberFactory()
    board = BoardFactory(is_public=True)
    forum.services.subscribe(follower, board=board)
    mailing_services.save_preferences(follower, modes={"reply_followed": NOW, "reply_mine": NOW, "mention": NOW})
    mailing_services.collect_notifications()
    topic = forum.services.create_topic(follower, board=board, title="XSSMAILPROOF", body="Mine")
    for vector in STORED_VECTORS:
        _unless_refused(forum.services.create_topic, author, board=board, title=vector[:150], body=vector)
        _unless_refused(forum.services.create_post, author, topic=topic, body=f"@{follower.username} {vector}")
    run_mail_pipeline()
    html_parts = [content for message in mail.outbox for content, kind in message.alternatives if kind == "text/html"]
    assert html_parts and any("XSSMAILPROOF" in part for part in html_parts)
    problems = [problem for part in html_parts for problem in page_problems(part, email=True)]
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("markup", [
    "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="data:text/html,x">x</a>', '<p style="color:red">x</p>', "<iframe src=/></iframe>",
    '<svg><a xlink:href="javascript:alert(1)">x</a></svg>', '<meta http-equiv="Refresh" content="0;url=/">',
])
def test_the_audit_finds_markup_that_would_run(markup):
    assert page_problems(f"<html><body><p>Hi</p>{markup}</body></html>")


def test_the_audit_lets_the_sites_own_scripts_and_data_blocks_through():
    page = '<script src="/static/js/haven.js" defer></script><script type="application/json" id="d">{"a": 1}</script>'
    assert page_problems(page) == []
