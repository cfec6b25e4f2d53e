"""What account deletion removes beyond the account itself, app by app.

Apps register from their own AppConfig.ready(); accounts.services.delete_account calls them:

    from accounts.erasure import register_content_eraser, register_personal_data_eraser
    # Community words: blanked only when the member chose "remove my posts' text too".
    register_content_eraser("forum posts", lambda user: ...)  # returns how many items it blanked
    # Personal records that are never community words (a taper journal): always deleted with
    # the account, whatever the member chose; the label is listed on the delete-account page.
    register_personal_data_eraser("journal", "Your taper journal: every entry, note and rating", lambda user: ...)
"""

from collections.abc import Callable

REMOVED_TEXT = "This was removed at the writer's request."

_ERASERS: dict[str, Callable] = {}
_PERSONAL: dict[str, tuple[str, Callable]] = {}


def register_content_eraser(name: str, eraser: Callable) -> None:
    _ERASERS[name] = eraser


def erase_content(user) -> dict[str, int]:
    """Run every registered eraser for user; how many items each blanked."""
    return {name: eraser(user) for name, eraser in _ERASERS.items()}


def register_personal_data_eraser(name: str, label: str, eraser: Callable) -> None:
    _PERSONAL[name] = (label, eraser)


def personal_data_labels() -> list[str]:
    """What is always deleted with an account, in the member's words (the delete-account page)."""
    return [label for label, _ in _PERSONAL.values()]


def erase_personal_data(user) -> dict[str, int]:
    """Run every personal-data eraser for user (always, on account deletion); how many items each removed."""
    return {name: eraser(user) for name, (_, eraser) in _PERSONAL.items()}
