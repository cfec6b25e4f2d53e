"""Routes for posting and reading with care (included by forum/urls.py; docs/care.md)."""

from django.urls import path

from forum.views import care as views

care_urlpatterns: list = [
    path("nudge-rules.json", views.care_rules, name="nudge_rules"),
    path("settings/reading/", views.reading_settings, name="reading_settings"),
    path("p/<int:post_id>/notes/", views.post_notes, name="post_notes"),
]
