from django.urls import path

from mailing import views

app_name = "mailing"

urlpatterns = [
    path("settings/email/", views.email_settings, name="settings"),
    path("settings/email/confirm/", views.request_confirmation, name="request_confirmation"),
    path("email/confirm/<text:token>/", views.confirm_address, name="confirm"),
    path("email/unsubscribe/<text:token>/", views.unsubscribe, name="unsubscribe"),
    path("email/bounces/", views.bounce_webhook, name="bounce_webhook"),
]
