from django.apps import AppConfig


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = "Forum"

    def ready(self):
        # Django lets apps import their models only once every app is loaded, hence here.
        from forum import drafts, personal_data, reviewable_kinds

        drafts.register_forum_composers()
        reviewable_kinds.register()
        personal_data.register()
