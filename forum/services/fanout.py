"""The fan-out task: notifications for a post that became public, run on the task queue.

It lives inside the services package because a service enqueues it (forum/services/visibility.py)
and it runs a service (engagement.notify_new_post): kept here, neither forum/tasks.py nor this
module imports the forum.services package from outside, so the package and the task never need
each other (tests/test_architecture.py counts an import of forum.services.x as one of
forum/services/__init__.py too). forum/tasks.py holds the periodic jobs.
"""

import logging

from django.db import transaction
from huey.contrib.djhuey import HUEY, db_task

from forum.models import Post
from forum.services.engagement import notify_new_post

__all__ = ["enqueue_on_commit", "notify_new_post_task"]

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
