"""Two moderators acting at the same moment (PostgreSQL) and the shared flag counter (Redis)."""

import threading

import pytest
from django.db import connection

from tests.conftest import NEEDS_POSTGRES, NEEDS_REDIS


@NEEDS_POSTGRES
@pytest.mark.django_db(transaction=True)
def test_two_moderators_deciding_at_once_have_exactly_one_effect():
    import forum.services
    from accounts.models import AuditEntry
    from moderation import services
    from moderation.models import QueueItem
    from tests import factories

    board = factories.BoardFactory(is_public=True)
    topic = forum.services.create_topic(factories.MemberFactory(), board=board, title="Busy night", body="Hi")
    post = forum.services.create_post(factories.MemberFactory(), topic=topic, body="Spam link")
    services.file_flag(post, flagger=factories.MemberFactory(), reason="spam")
    item = QueueItem.objects.get()
    moderators = [factories.MemberFactory(roles=["moderator"], mfa=True) for _ in range(4)]
    barrier = threading.Barrier(len(moderators))
    outcomes = []

    def act(moderator):
        try:
            barrier.wait()
            services.hide_content(QueueItem.objects.get(pk=item.pk), by=moderator, reason="Spam")
            outcomes.append("done")
        except services.AlreadyHandled as error:
            outcomes.append(error.message)
        finally:
            connection.close()

    threads = [threading.Thread(target=act, args=(m,)) for m in moderators]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("done") == 1
    assert all(o.startswith("Already handled by") for o in outcomes if o != "done")
    assert AuditEntry.objects.filter(action="moderation.hide").count() == 1


@NEEDS_REDIS
def test_the_flag_rate_limit_is_shared_through_redis(db, settings):
    from django.core.cache import caches

    from moderation import services
    from moderation.services import flags
    from tests import factories

    settings.HAVEN_FLAG_RATE = 2
    flagger = factories.MemberFactory()
    flags._check_flag_rate(flagger)
    # A second process is another cache client on the same Redis.
    other_process = caches.create_connection("default")
    keys = [k for k in other_process._cache.get_client().scan_iter(match="*flag-rate*")]
    assert keys
    flags._check_flag_rate(flagger)
    with pytest.raises(services.TooManyFlags):
        flags._check_flag_rate(flagger)
