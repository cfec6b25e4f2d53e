"""Forum writes. Call them as forum.services.<name>; each module lists its names in __all__.

Modules, lowest first: counters (recount from the posts), engagement (reactions, follows,
notifications), visibility (publishing and hiding a post), content (topics and posts),
topics (moderators' topic tools), reading (what members have read), care (content notes,
reading preferences, the rule 2 reminder's queue hook), drafts (server-side drafts; docs/care.md).
"""

from forum.services.care import *  # noqa: F403
from forum.services.content import *  # noqa: F403
from forum.services.counters import *  # noqa: F403
from forum.services.drafts import *  # noqa: F403
from forum.services.engagement import *  # noqa: F403
from forum.services.reading import *  # noqa: F403
from forum.services.topics import *  # noqa: F403
from forum.services.visibility import *  # noqa: F403
