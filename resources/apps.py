from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = "Clinician-reviewed resources"

    def ready(self):
        # Django lets apps import their models only once every app is loaded, hence here.
        from resources import reviewable_kinds

        reviewable_kinds.register()
