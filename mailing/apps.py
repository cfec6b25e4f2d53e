from django.apps import AppConfig


class MailingConfig(AppConfig):
    name = "mailing"
    label = "mailing"
    verbose_name = "E-mail notifications and digests"
