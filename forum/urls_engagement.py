"""Routes for reactions, subscriptions, notifications, bookmarks and search (included by forum/urls.py)."""

engagement_urlpatterns: list = []
