from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = "Clinician-reviewed resources"

    def ready(self):
        from resources import moderation_hooks

        moderation_hooks.register_resource_kind()
