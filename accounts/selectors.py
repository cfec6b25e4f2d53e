from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404

User = get_user_model()


def profile_user(*, username: str):
    """The active member with this display name (case-insensitive), or 404."""
    return get_object_or_404(
        User.objects.prefetch_related("groups"), username__iexact=username, is_active=True
    )
