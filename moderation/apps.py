from django.apps import AppConfig


class HavenModerationConfig(AppConfig):
    name = "moderation"
    label = "haven_moderation"
    verbose_name = "Moderation"

    def ready(self):
        # Django lets apps import their models only once every app is loaded, hence here.
        from moderation import adapter, note_concerns, personal_data, selectors
        from moderation.services.content_policy import ContentPolicy
        from reviewable import assessors, registry

        adapter.register_models()
        registry.set_content_policy(ContentPolicy())
        registry.set_queue_reader(selectors.pending_items_of_kind)
        personal_data.register()
        assessors.register_text_assessor(note_concerns.concerns_in)
