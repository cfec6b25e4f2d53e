from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        # Django lets apps import their models only once every app is loaded, hence here.
        from accounts import export, reviewable_kinds

        reviewable_kinds.register()
        export.register_export_section("account", "Your account and settings", export.account_section)
