from django.apps import AppConfig


class JournalConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "journal"
    label = "journal"
    verbose_name = "Taper journal"

    def ready(self) -> None:
        from journal import personal_data, reviewable_kinds

        personal_data.register()
        reviewable_kinds.register()
