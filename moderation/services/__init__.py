"""Moderation writes: holds, the review queue, flags, decisions, sanctions, notes.

Every service runs in a transaction, writes its audit entry in that transaction
(accounts.services.record_audit) and publishes realtime events only after commit. Only
moderation/adapter.py talks to django-moderation. Call them as moderation.services.<name>.
"""

from moderation.services.advice import *  # noqa: F403
from moderation.services.common import *  # noqa: F403
from moderation.services.content_policy import *  # noqa: F403
from moderation.services.crisis import *  # noqa: F403
from moderation.services.flags import *  # noqa: F403
from moderation.services.holds import *  # noqa: F403
from moderation.services.members import *  # noqa: F403
from moderation.services.queue import *  # noqa: F403
