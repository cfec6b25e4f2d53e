"""Settings for the outage test's server: the channel layer on its own Redis (which the test
stops and starts), the cache and everything else as usual."""

import os

from config.settings import *  # noqa: F403
from config.settings import CHANNEL_LAYERS

CHANNEL_LAYERS["default"]["CONFIG"]["hosts"][0]["address"] = os.environ["HAVEN_TEST_LAYER_REDIS_URL"]
