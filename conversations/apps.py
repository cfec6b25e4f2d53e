from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "conversations"
    label = "conversations"
    verbose_name = "Private messages"

    def ready(self):
        # Django lets apps import their models only once every app is loaded, hence here.
        from accounts.export import register_export_section
        from conversations import personal_data, reviewable_kinds
        from conversations.selectors import blockers_of
        from conversations.services.messaging import send_private_message
        from forum import hooks
        from reviewable import registry

        # Members who blocked someone are not notified of that member's mentions and quotes.
        hooks.register_silencer(blockers_of)
        # Reported messages and conversations go to the review queue.
        reviewable_kinds.register()
        # Moderators can write to a member privately from a crisis item (moderation never imports us).
        registry.register_private_messenger(send_private_message)
        # A member's export holds their own messages, their conversations and their choices.
        register_export_section("private_messages", "Private messages I wrote", personal_data.messages_written)
        register_export_section("conversations", "My private conversations", personal_data.conversations_joined)
        register_export_section("messaging_choices", "Blocked, followed and message settings", personal_data.people)
