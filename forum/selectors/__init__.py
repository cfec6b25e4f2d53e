"""Forum reads for a viewer. Call them as forum.selectors.<name>."""

from forum.selectors.care import *  # noqa: F403
from forum.selectors.content import *  # noqa: F403
from forum.selectors.engagement import *  # noqa: F403
from forum.selectors.fulltext import *  # noqa: F403
from forum.selectors.home import *  # noqa: F403
