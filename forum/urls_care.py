"""Routes for posting and reading with care (included by forum/urls.py; docs/care.md)."""

from django.urls import path

from forum.views import care as views
from forum.views import drafts, welcome

care_urlpatterns: list = [
    path("nudge-rules.json", views.care_rules, name="nudge_rules"),
    path("notes/suggest/", views.note_suggestions, name="note_suggestions"),
    path("settings/reading/", views.reading_settings, name="reading_settings"),
    path("p/<int:post_id>/notes/", views.post_notes, name="post_notes"),
    path("drafts/", drafts.my_drafts, name="drafts"),
    path("drafts/keep/", drafts.draft_api, name="draft_api"),
    path("drafts/<int:draft_id>/discard/", drafts.discard_draft, name="discard_draft"),
    path("welcome/", welcome.welcome, name="welcome"),
    path("introductions/unanswered/", welcome.unanswered_introductions, name="unanswered_introductions"),
]
