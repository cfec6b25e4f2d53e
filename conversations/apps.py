from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "conversations"
    label = "conversations"
    verbose_name = "Private messages"

    def ready(self):
        from conversations.selectors import blockers_of
        from forum import hooks

        # Members who blocked someone are not notified of that member's mentions and quotes.
        hooks.register_silencer(blockers_of)
