"""Demo topics for `make run`."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from forum.models import Post, Topic
from tests.factories import MemberFactory
from tests.forum.content_helpers import use_stub_policy

pytestmark = pytest.mark.django_db

# Starter text must carry no doses, schedules or medical claims.
NO_MEDICAL_INSTRUCTIONS = re.compile(
    r"\d+\s*(mg|milligram|%|per ?cent)|\b(dose|dosage|schedule|reduce by|cut by|cures?|treats?)\b", re.IGNORECASE
)


@pytest.fixture(autouse=True)
def _policy():
    use_stub_policy()


@pytest.fixture
def demo_accounts():
    return [
        MemberFactory(username="river"), MemberFactory(username="willow"),
        MemberFactory(username="mod_heron", roles=["moderator"]), MemberFactory(username="dr_oak", roles=["clinician"]),
    ]


def run() -> str:
    out = StringIO()
    call_command("forum_starter", stdout=out)
    return out.getvalue()


def test_starter_writes_friendly_demo_topics_in_debug_mode(settings, demo_accounts):
    settings.DEBUG = True
    assert "written" in run()
    assert Topic.objects.count() >= 4 and Post.objects.count() > Topic.objects.count()
    welcome = Topic.objects.get(board__slug="help-desk")
    assert welcome.is_pinned and welcome.post_count >= 2
    for post in Post.objects.all():
        assert not NO_MEDICAL_INSTRUCTIONS.search(post.source), post.source
    assert Post.objects.filter(html__contains='class="mention"').exists()


def test_starter_does_nothing_when_topics_exist(settings, demo_accounts):
    settings.DEBUG = True
    run()
    before = Post.objects.count()
    assert "skipped" in run()
    assert Post.objects.count() == before


def test_starter_does_nothing_outside_debug_mode(settings, demo_accounts):
    settings.DEBUG = False
    assert "skipped" in run()
    assert not Topic.objects.exists()


def test_starter_skips_when_demo_accounts_are_missing(settings):
    settings.DEBUG = True
    assert "skipped" in run()
    assert not Topic.objects.exists()


def test_starter_is_listed_for_load_starter(settings):
    from django.conf import settings as live

    assert "forum_starter" in live.HAVEN_STARTER_COMMANDS
