"""Routes for reactions, subscriptions, notifications, bookmarks and search (included by forum/urls.py)."""

from django.urls import path

from forum.views import engagement as views

engagement_urlpatterns: list = [
    path("p/<int:post_id>/react/", views.react, name="react"),
    path("p/<int:post_id>/bookmark/", views.bookmark, name="bookmark"),
    path("follow/topic/<int:topic_id>/", views.follow_topic, name="follow_topic"),
    path("follow/board/<slug:slug>/", views.follow_board, name="follow_board"),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/read/", views.notifications_read, name="notifications_read"),
    path("notifications/settings/", views.notification_settings, name="notification_settings"),
    path("notifications/<int:notification_id>/", views.notification_open, name="notification_open"),
    path("bookmarks/", views.bookmarks, name="bookmarks"),
    path("search/", views.search, name="search"),
]
