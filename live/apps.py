from django.apps import AppConfig


class LiveConfig(AppConfig):
    """The live-event bus: group names and publishing after commit. Depends on nothing in Haven."""

    name = "live"
    verbose_name = "Live events"
