from django.urls import path

from moderation import views_messages
from moderation.views import audit, flags, item, members, queue

app_name = "moderation"
urlpatterns = [
    path("review/", queue.queue, name="queue"),
    path("review/bulk/", queue.bulk, name="bulk"),
    path("review/audit/", audit.audit, name="audit"),
    path("review/audit.csv", audit.audit_csv, name="audit_csv"),
    path("review/<int:item_id>/", item.item, name="item"),
    path("review/<int:item_id>/crisis/message/", item.crisis_message, name="crisis_message"),
    path("review/<int:item_id>/<slug:action>/", item.item_action, name="item_action"),
    path("review/messages/<int:message_id>/", views_messages.message_report, name="message_report"),
    path("review/conversations/<int:conversation_id>/", views_messages.conversation_report,
         name="conversation_report"),
    path("review/member/<text:username>/", members.member, name="member"),
    path("review/member/<text:username>/<slug:action>/", members.member_action, name="member_action"),
    path("review/sanctions/<int:sanction_id>/lift/", members.lift, name="lift"),
    path("flag/<slug:kind>/<int:object_id>/", flags.flag, name="flag"),
    path("flags/", flags.my_flags, name="my_flags"),
    path("help-now/", flags.help_now, name="help_now"),
]
