from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        # Django lets apps import their models only once every app is loaded, hence here.
        from django.urls import register_converter

        from accounts import export, reviewable_kinds
        from accounts.converters import TextConverter

        register_converter(TextConverter, "text")
        reviewable_kinds.register()
        export.register_export_section("account", "Your account and settings", export.account_section)
