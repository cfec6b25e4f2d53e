from django.urls import path

from resources import views

app_name = "resources"

urlpatterns = [
    path("resources/", views.library, name="library"),
    path("resources/new/", views.new, name="new"),
    path("resources/review/", views.review_queue, name="review_queue"),
    path("resources/clinicians/apply/", views.apply, name="apply"),
    path("resources/clinicians/", views.applications, name="applications"),
    path("resources/clinicians/<int:pk>/", views.application, name="application"),
    path("resources/clinicians/<int:pk>/verify/", views.verify, name="verify"),
    path("resources/clinicians/<int:pk>/decline/", views.decline, name="decline"),
    path("resources/clinicians/<int:pk>/revoke/", views.revoke, name="revoke"),
    path("resources/<slug:slug>/", views.detail, name="detail"),
    path("resources/<slug:slug>/history/", views.history, name="history"),
    path("resources/<slug:slug>/diff/", views.diff, name="diff"),
    path("resources/<slug:slug>/draft/", views.draft, name="draft"),
    path("resources/<slug:slug>/edit/", views.edit, name="edit"),
    path("resources/<slug:slug>/submit/", views.submit, name="submit"),
    path("resources/<slug:slug>/sign-off/", views.sign_off, name="sign_off"),
    path("resources/<slug:slug>/return/", views.return_for_changes, name="return"),
    path("resources/<slug:slug>/re-review/", views.rereview, name="rereview"),
    path("resources/<slug:slug>/retire/", views.retire, name="retire"),
]
