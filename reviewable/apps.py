from django.apps import AppConfig


class ReviewableConfig(AppConfig):
    """The public registry of reviewable kinds and the content-policy hook (reviewable/registry.py).

    It imports nothing of Haven: content apps register here in their own ready(), moderation
    reads the registry and plugs its policy in, and nobody imports moderation to take part.
    """

    name = "reviewable"
    verbose_name = "Reviewable kinds"
