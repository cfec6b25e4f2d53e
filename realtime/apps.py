from allauth.account.signals import password_changed, password_reset, password_set
from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_out

from realtime import session_events


class RealtimeConfig(AppConfig):
    name = "realtime"
    verbose_name = "Realtime"

    def ready(self) -> None:
        from realtime import personal_data

        personal_data.register()
        user_logged_out.connect(session_events.on_signed_out, dispatch_uid="realtime.signed_out")
        for name, signal in (("changed", password_changed), ("set", password_set), ("reset", password_reset)):
            signal.connect(session_events.on_password_changed, dispatch_uid=f"realtime.password_{name}")
        # Django lets apps import their models only once every app is loaded, hence here.
        from realtime import reviewable_kinds

        reviewable_kinds.register()
