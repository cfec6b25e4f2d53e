"""The task queue's periodic job ends expired clinician verifications without cron."""

import datetime

from django.utils import timezone
from huey.contrib.djhuey import HUEY

from accounts.permissions import has_role
from resources import services
from resources.models import ClinicianApplication
from resources.tasks import expire_clinicians_task
from tests import factories
from tests.resources.helpers import fresh
from tests.resources.test_verification import FORM


def test_the_hourly_job_expires_verifications_past_their_date(admin_user):
    old = factories.MemberFactory(username="dr_old")
    application = services.apply_as_clinician(old, **FORM)
    services.verify_clinician(application, by=admin_user, expires_at=timezone.now() - datetime.timedelta(hours=1))

    expire_clinicians_task()  # immediate mode in tests: runs now, as the consumer would

    assert ClinicianApplication.objects.get(applicant=old).status == "expired"
    assert not has_role(fresh(old), "clinician")
    assert fresh(old).notifications.filter(text__contains="expired").exists()


def test_the_job_is_registered_as_a_periodic_task_with_the_consumer():
    periodic = {task.name for task in HUEY._registry.periodic_tasks}
    assert "expire_clinicians_task" in periodic
