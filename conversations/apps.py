from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "conversations"
    label = "conversations"
    verbose_name = "Private messages"

    def ready(self):
        # Django lets apps import their models only once every app is loaded, hence here.
        from conversations import reviewable_kinds
        from conversations.selectors import blockers_of
        from forum import hooks

        # Members who blocked someone are not notified of that member's mentions and quotes.
        hooks.register_silencer(blockers_of)
        # Reported messages and conversations go to the review queue.
        reviewable_kinds.register()
