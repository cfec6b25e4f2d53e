"""Reads for reactions, subscriptions, notifications, bookmarks and search."""

__all__: list[str] = []
