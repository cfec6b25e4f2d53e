from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        # Django lets apps import their models only once every app is loaded, hence here.
        from accounts import reviewable_kinds

        reviewable_kinds.register()
