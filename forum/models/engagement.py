"""Reactions, subscriptions, notifications and bookmarks."""

__all__: list[str] = []
