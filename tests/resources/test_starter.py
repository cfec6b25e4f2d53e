"""Starter content: marked as awaiting review, only PRODUCT.md's sources, no doses or schedules."""

import io
import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from resources import permissions, services
from resources.models import Citation, Resource
from resources.starter import STARTER_RESOURCES
from tests.factories import sign_in
from tests.resources.helpers import fresh

PRODUCT_DOIS = {"10.1371/journal.pone.0285584", "10.1177/20451253221145561", "10.1016/S0887-6177(03)00096-9"}
DOSE = re.compile(r"\d\s*(mg|milligram|mcg|µg|microgram|ml)\b", re.IGNORECASE)
SCHEDULE_WORDS = re.compile(
    r"\b(schedule|per day|per week|a day|a week|daily|weekly|fortnightly|every (other|two|three|\d+) "
    r"(day|days|week|weeks)|reduce by|cut by|percent|step down|titrat\w*|crossover|switch to)\b|%",
    re.IGNORECASE,
)


def _load():
    call_command("load_starter_resources", stdout=io.StringIO())


def _all_text(item) -> str:
    return "\n".join([item["title"], item["summary"], item["audience_note"], item["body"]])


@pytest.mark.parametrize("item", STARTER_RESOURCES, ids=lambda item: item["slug"])
def test_starter_text_has_no_dose_amounts_or_schedule_words(item):
    text = _all_text(item)
    assert not DOSE.search(text), DOSE.search(text)
    assert not SCHEDULE_WORDS.search(text), SCHEDULE_WORDS.search(text)


def test_starter_content_is_loaded_once_and_is_marked_awaiting_review(db, client):
    _load()
    _load()
    assert Resource.objects.filter(is_starter=True).count() == 3
    for resource in Resource.objects.all():
        assert resource.status == Resource.IN_REVIEW
        assert resource.author is None and resource.reviewed_by is None and resource.current_version is None
        page = client.get(reverse("resources:detail", args=[resource.slug])).content.decode()
        assert "Starter content — awaiting clinician review" in page
        assert "badge-reviewed" not in page and "reviewed by" not in page
        assert "Do not stop a benzodiazepine abruptly" in page
    library = client.get(reverse("resources:library")).content.decode()
    assert library.count("Starter content — awaiting clinician review") == 3


def test_starter_content_cites_only_the_products_sources(db):
    _load()
    citations = Citation.objects.filter(version__resource__is_starter=True)
    assert {c.value for c in citations if c.kind == "doi"} <= PRODUCT_DOIS
    assert {c.kind for c in citations} <= {"doi", "ref"}
    assert all("Ashton" in c.label for c in citations if c.kind == "ref")
    rendered = " ".join(v.body_html for r in Resource.objects.all() for v in r.versions.all())
    assert not DOSE.search(rendered)


def test_starter_command_is_in_the_starter_list():
    assert "load_starter_resources" in settings.HAVEN_STARTER_COMMANDS


def test_starter_content_cannot_be_signed_off_until_a_clinician_takes_it_on(client, clinician_a, clinician_b):
    _load()
    resource = Resource.objects.get(slug="protracted-symptoms-and-bind")
    version = services.working_version(resource)
    assert not permissions.can_sign_off_version(fresh(clinician_b), version)

    sign_in(client, clinician_a)
    page = client.get(reverse("resources:detail", args=[resource.slug])).content.decode()
    assert "Take this on and edit it" in page
    services.update_draft(
        resource, editor=clinician_a, title=version.title, summary=version.summary, body=version.body_source,
        change_note="Checked against the sources",
    )
    resource.refresh_from_db()
    assert not resource.is_starter and resource.author == clinician_a and resource.status == Resource.DRAFT
    client.logout()
    assert client.get(reverse("resources:detail", args=[resource.slug])).status_code == 404

    services.submit_resource(resource, by=clinician_a)
    services.sign_off_resource(resource, by=fresh(clinician_b))
    resource.refresh_from_db()
    assert resource.status == Resource.PUBLISHED and resource.reviewed_by == clinician_b
