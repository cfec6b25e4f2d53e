from django.urls import path

from forum.urls_care import care_urlpatterns
from forum.urls_engagement import engagement_urlpatterns
from forum.views import content as views
from forum.views import topic_tools

app_name = "forum"

urlpatterns = [
    path("", views.home, name="home"),
    path("b/<slug:slug>/", views.board, name="board"),
    path("b/<slug:slug>/new/", views.new_topic, name="new_topic"),
    path("t/<int:topic_id>/", views.topic, name="topic_short"),
    path("t/<int:topic_id>/reply/", views.reply, name="reply"),
    path("t/<int:topic_id>/unread/", views.first_unread, name="first_unread"),
    path("t/<int:topic_id>/posts-after/", views.posts_after, name="posts_after"),
    path("t/<int:topic_id>/state/", topic_tools.topic_state, name="topic_state"),
    path("t/<int:topic_id>/move/", topic_tools.move_topic, name="move_topic"),
    path("t/<int:topic_id>/<text:slug>/", views.topic, name="topic"),
    path("p/<int:post_id>/", views.post_permalink, name="post"),
    path("p/<int:post_id>/fragment/", views.post_fragment, name="post_fragment"),
    path("p/<int:post_id>/edit/", views.edit_post, name="edit_post"),
    path("p/<int:post_id>/remove/", views.remove_post, name="remove_post"),
    path("p/<int:post_id>/history/", views.post_history, name="post_history"),
    path("u/<text:username>/", views.profile, name="profile"),
]
urlpatterns += engagement_urlpatterns
urlpatterns += care_urlpatterns
