from django.urls import path

from realtime import views

app_name = "realtime"
urlpatterns = [
    path("chat/", views.rooms, name="rooms"),
    path("chat/m/<int:message_id>/", views.message_permalink, name="message"),
    path("chat/<slug:slug>/", views.room, name="room"),
]
