from django.urls import path

from journal import views

app_name = "journal"

urlpatterns = [
    path("journal/", views.journal_home, name="home"),
    path("journal/new/", views.entry_create, name="new"),
    path("journal/entries/<int:entry_id>/edit/", views.entry_edit, name="edit"),
    path("journal/entries/<int:entry_id>/delete/", views.entry_delete, name="delete"),
    path("journal/visibility/", views.visibility, name="visibility"),
    path("journal/stage/", views.stage, name="stage"),
    path("journal/report/", views.report, name="report"),
    path("journal/export.csv", views.export, name="export"),
    path("journal/import/", views.import_csv, name="import"),
    path("u/<text:username>/journal/", views.member_journal, name="member"),
    path("equivalence/", views.equivalence, name="equivalence"),
]
