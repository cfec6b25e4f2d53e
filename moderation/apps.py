from django.apps import AppConfig


class HavenModerationConfig(AppConfig):
    name = "moderation"
    label = "haven_moderation"
    verbose_name = "Moderation"

    def ready(self):
        from moderation import adapter

        adapter.register_models()
