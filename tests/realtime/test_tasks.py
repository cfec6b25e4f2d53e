"""The task queue clears chat presence a crashed process left, every minute, without cron."""

from datetime import timedelta

import pytest
from django.utils import timezone
from huey.contrib.djhuey import HUEY

from realtime import services
from realtime.models import Presence
from realtime.tasks import clear_stale_presence_task

pytestmark = pytest.mark.django_db


def test_the_minutely_job_removes_only_stale_presence(room, member):
    services.join_room(member, room=room, channel_name="fresh")
    services.join_room(member, room=room, channel_name="old")
    Presence.objects.filter(channel_name="old").update(last_seen=timezone.now() - timedelta(hours=1))

    clear_stale_presence_task()  # immediate mode in tests: runs now, as the consumer would

    assert list(Presence.objects.values_list("channel_name", flat=True)) == ["fresh"]


def test_the_job_is_registered_as_a_periodic_task_with_the_consumer():
    assert "clear_stale_presence_task" in {t.name for t in HUEY._registry.periodic_tasks}
