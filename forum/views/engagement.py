"""Views for reactions, subscriptions, notifications, bookmarks and search."""
