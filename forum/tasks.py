"""Background jobs for the forum (run by the Huey consumer; docs/decisions.md).

Services enqueue through `enqueue_on_commit`, so this module imports the service modules it runs
one by one (never the forum.services package, which imports the services that enqueue).
"""

import logging

from django.db import transaction
from huey import crontab
from huey.contrib.djhuey import HUEY, db_periodic_task, db_task

from forum.models import Post
from forum.services.drafts import purge_old_drafts
from forum.services.engagement import notify_new_post
from forum.services.reading import flush_topic_views

log = logging.getLogger(__name__)


def enqueue_on_commit(task, *args) -> None:
    """Enqueue a task once the current transaction commits (never for a write that rolled back).

    In Huey's immediate mode (the tests) the task runs at once inside the caller's transaction
    instead, so a test sees its effects as soon as the service returns, as it would once a worker
    has run it; events the task publishes still wait for the outer commit. If the queue cannot be
    reached after the commit, that is logged and the task runs in this process instead (Huey's
    call_local); the request succeeds either way.
    """
    if HUEY.immediate:
        task(*args)
        return

    def enqueue() -> None:
        # The write has committed: a queue that is down must not turn it into an error page, and
        # the work is done here instead (slower, but nothing is lost while Redis is away).
        try:
            task(*args)
        except Exception:
            log.exception("could not enqueue %s%r: running it in this process", getattr(task, "name", task), args)
            try:
                task.call_local(*args)
            except Exception:
                log.exception("%s%r failed in this process too", getattr(task, "name", task), args)

    transaction.on_commit(enqueue)


@db_task(retries=3, retry_delay=30, retry_backoff=2)
def notify_new_post_task(post_id: int) -> int:
    """Notify the followers, mentioned and quoted members of a post that became public.
    Idempotent (forum.services.notify_new_post), so Huey's retries after a failure are safe."""
    post = Post.objects.select_related("author", "topic__board").filter(pk=post_id).first()
    if post is None:
        log.info("post %s is gone: nobody to notify", post_id)
        return 0
    return notify_new_post(post)


@db_periodic_task(crontab(hour="3", minute="40"))
def purge_old_drafts_task() -> int:
    """Daily, remove drafts untouched for 30 days (docs/care.md)."""
    return purge_old_drafts()


@db_periodic_task(crontab(minute="*"))
def flush_topic_views_task() -> int:
    """Every minute, write topic views gathered in Redis (HAVEN_DEFER_VIEW_COUNTS) to the topics."""
    return flush_topic_views()
