from django.urls import path

from moderation import views

app_name = "moderation"
urlpatterns = [
    path("review/", views.queue, name="queue"),
    path("review/bulk/", views.bulk, name="bulk"),
    path("review/audit/", views.audit, name="audit"),
    path("review/audit.csv", views.audit_csv, name="audit_csv"),
    path("review/<int:item_id>/", views.item, name="item"),
    path("review/<int:item_id>/<slug:action>/", views.item_action, name="item_action"),
    path("review/member/<str:username>/", views.member, name="member"),
    path("review/member/<str:username>/<slug:action>/", views.member_action, name="member_action"),
    path("review/sanctions/<int:sanction_id>/lift/", views.lift, name="lift"),
    path("flag/<slug:kind>/<int:object_id>/", views.flag, name="flag"),
    path("flags/", views.my_flags, name="my_flags"),
    path("help-now/", views.help_now, name="help_now"),
]
