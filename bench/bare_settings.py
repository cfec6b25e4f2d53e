"""Settings for bench/bare_asgi.py: nothing but Channels, with Haven's own channel layer config."""

from config.settings import CHANNEL_LAYERS, SECRET_KEY  # noqa: F401 - the same layer as Haven

DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["channels"]
DATABASES: dict = {}
USE_TZ = True
