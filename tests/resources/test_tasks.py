"""The task queue's periodic jobs for guidance: expired verifications end, overdue reviews are reminded."""

import datetime

from django.utils import timezone
from huey.contrib.djhuey import HUEY

from accounts.permissions import has_role
from resources import services
from resources.models import ClinicianApplication, Resource
from resources.reminders import remind_overdue_reviews
from resources.tasks import expire_clinicians_task, remind_overdue_reviews_task
from tests import factories
from tests.resources.helpers import fresh, make_published
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


def test_clinicians_are_reminded_weekly_of_guidance_past_its_review_date(clinician_a, clinician_b):
    resource = make_published(clinician_a, clinician_b)
    Resource.objects.filter(pk=resource.pk).update(next_review_due=timezone.localdate() - datetime.timedelta(days=1))

    remind_overdue_reviews_task()
    remind_overdue_reviews_task()  # the next day: no second reminder within a week

    for clinician in (clinician_a, clinician_b):
        reminders = clinician.notifications.filter(text__startswith="Review due")
        assert reminders.count() == 1
        assert resource.title in reminders.get().text
        assert reminders.get().url == resource.get_absolute_url()
    later = timezone.now() + datetime.timedelta(days=8)
    assert remind_overdue_reviews(now=later) == 2


def test_guidance_not_yet_due_brings_no_reminder(clinician_a, clinician_b):
    make_published(clinician_a, clinician_b)
    remind_overdue_reviews_task()
    assert not clinician_a.notifications.filter(text__startswith="Review due").exists()
