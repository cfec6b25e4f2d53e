"""Removing a deleted member's words too ("remove my posts' text"), app by app.

Apps register what to blank from their own AppConfig.ready(); accounts.services.delete_account
calls every eraser when the member chose to remove their text:

    from accounts.erasure import register_content_eraser
    register_content_eraser("forum posts", lambda user: ...)  # returns how many items it blanked
"""

from collections.abc import Callable

REMOVED_TEXT = "This was removed at the writer's request."

_ERASERS: dict[str, Callable] = {}


def register_content_eraser(name: str, eraser: Callable) -> None:
    _ERASERS[name] = eraser


def erase_content(user) -> dict[str, int]:
    """Run every registered eraser for user; how many items each blanked."""
    return {name: eraser(user) for name, eraser in _ERASERS.items()}
