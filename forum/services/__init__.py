"""Forum writes. Call them as forum.services.<name>; each module lists its names in __all__."""

from forum.services.content import *  # noqa: F403
from forum.services.engagement import *  # noqa: F403
