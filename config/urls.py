from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from config import views
from forum.views import content as forum_views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("", forum_views.home, name="home"),
    path("admin/", admin.site.urls),
    path("account/", include("allauth.urls")),
    # forum first: its member profile view (with recent activity) serves /u/<name>/.
    path("", include("forum.urls")),
    path("", include("accounts.urls")),
    path("", include("moderation.urls")),
    path("", include("realtime.urls")),
    path("", include("resources.urls")),
    path("", include("mailing.urls")),
    path("", include("journal.urls")),
    path("", include("conversations.urls")),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain")),
]

handler404 = "config.errors.not_found"
handler403 = "config.errors.forbidden"
handler500 = "config.errors.server_error"
