from django.urls import path

from forum.urls_engagement import engagement_urlpatterns
from forum.views import content as views

app_name = "forum"

urlpatterns = [
    path("", views.home, name="home"),
]
urlpatterns += engagement_urlpatterns
