from django.urls import path

from conversations import views, views_people

app_name = "conversations"

urlpatterns = [
    path("messages/", views.inbox, name="inbox"),
    path("messages/new/", views.new, name="new"),
    path("messages/team/", views.team_inbox, name="team_inbox"),
    path("messages/team/new/", views.team_new, name="team_new"),
    path("messages/settings/", views_people.settings_page, name="settings"),
    path("messages/m/<int:message_id>/", views.message_link, name="message"),
    path("messages/c/<int:conversation_id>/", views.conversation_link, name="conversation"),
    path("messages/<int:conversation_id>/", views.detail, name="detail"),
    path("messages/<int:conversation_id>/send/", views.send, name="send"),
    path("messages/<int:conversation_id>/read/", views.read, name="read"),
    path("messages/<int:conversation_id>/leave/", views.leave, name="leave"),
    path("messages/<int:conversation_id>/delete/", views.clear, name="clear"),
    path("messages/<int:conversation_id>/open/", views.admin_open, name="admin_open"),
    path("messages/people/<text:username>/block/", views_people.block, name="block"),
    path("messages/people/<text:username>/unblock/", views_people.unblock, name="unblock"),
    path("messages/people/<text:username>/follow/", views_people.follow, name="follow"),
    path("messages/people/<text:username>/unfollow/", views_people.unfollow, name="unfollow"),
]
