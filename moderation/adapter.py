"""The one module that talks to django-moderation. Filled in by the moderation issue."""


def register_models() -> None:
    """Register Haven's moderated models with django-moderation (explicitly, no auto-discovery)."""
