"""The crisis detector suggests content notes while writing (docs/care.md): through the
text-assessor hook (reviewable/assessors.py), on the server only, silent to moderators."""

import pytest
from django.core import mail
from django.test import Client

from forum import selectors, services
from moderation.models import QueueItem
from moderation.note_concerns import concerns_in
from reviewable import assessors
from tests.factories import BoardFactory
from tests.forum.content_helpers import start_topic

pytestmark = pytest.mark.django_db

# Neither matches the small phrase set (forum/notes.py); the crisis detector sees both.
WISH_TO_DIE = "I dont want to wake up tomorrow, everyone would be better without me."
CUTTING = "I burned my arm on purpose last night."


def suggest(client, body):
    return client.post("/notes/suggest/", {"body": body})


@pytest.mark.parametrize(("text", "codes"), [
    (WISH_TO_DIE, ["suicidal"]),
    (CUTTING, ["self_harm"]),
    ("I have the pills saved up and I'm on 2 mg.", ["suicidal", "doses"]),
])
def test_the_crisis_detector_suggests_notes_the_phrases_alone_miss(member_client, text, codes):
    response = suggest(member_client, text)
    assert response.status_code == 200
    assert [note["code"] for note in response.json()["notes"]] == codes
    labels = {"suicidal": "Suicidal thoughts", "self_harm": "Self-harm", "doses": "Dose numbers"}
    assert [note["label"] for note in response.json()["notes"]] == [labels[code] for code in codes]


@pytest.mark.parametrize("text", [
    "This taper is killing me, but I'm hanging in there.",
    "I'm dying to sleep through the night.",
    "Day 40 of my hold and sleeping a little better.",
])
def test_ordinary_hard_days_get_no_crisis_note(member_client, text):
    notes = [note["code"] for note in suggest(member_client, text).json()["notes"]]
    assert "suicidal" not in notes and "self_harm" not in notes


def test_asking_for_suggestions_tells_moderators_nothing(member_client, moderator):
    assert suggest(member_client, WISH_TO_DIE).json()["notes"]
    assert not QueueItem.objects.exists()
    assert mail.outbox == []


def test_suggestions_need_sign_in_and_are_rate_limited(member_client):
    assert suggest(Client(), WISH_TO_DIE).status_code == 302
    answers = [suggest(member_client, "A calm day.").status_code for _ in range(21)]
    assert answers[:20] == [200] * 20 and answers[20] == 429


def test_without_an_assessor_only_the_phrases_suggest(monkeypatch):
    monkeypatch.setattr(assessors, "_text_assessors", [])
    assert selectors.suggested_notes(WISH_TO_DIE) == []
    assert selectors.suggested_notes("I was at A&E with a seizure") == ["hospital"]
    monkeypatch.setattr(assessors, "_text_assessors", [concerns_in])
    assert selectors.suggested_notes(WISH_TO_DIE) == ["suicidal"]


def test_a_composer_that_comes_back_names_the_suggested_notes(member_client, member):
    topic = start_topic(member, board=BoardFactory(), body="Checking in.")
    body = WISH_TO_DIE + " You should cut 10% tonight."
    html = member_client.post(f"/t/{topic.pk}/reply/", {"body": body, "token": "n1"}).content.decode()
    assert "A gentle reminder of rule 2" in html
    assert "This post might need a note: Suicidal thoughts." in html
    ticked = member_client.post(
        f"/t/{topic.pk}/reply/", {"body": body, "token": "n2", "content_notes": ["suicidal"]}
    ).content.decode()
    assert "This post might need a note" not in ticked


def test_the_writer_decides_posting_adds_no_note_by_itself(member, settings):
    topic = start_topic(member, board=BoardFactory(), body="Checking in.")
    post = services.create_post(member, topic=topic, body=CUTTING)
    assert post.content_notes == []
