from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("u/<text:username>/", views.profile, name="profile"),
    path("settings/", views.settings_view, name="settings"),
    path("settings/appearance/", views.appearance, name="appearance"),
    path("settings/delete/", views.delete_account, name="delete"),
    path("settings/export/", views.export, name="export"),
    path("settings/export/<text:token>/", views.export_download, name="export_download"),
    path("guidelines/", views.guidelines, name="guidelines"),
]
