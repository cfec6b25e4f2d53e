from django.conf import settings

from accounts.permissions import can_moderate, needs_two_step, two_step_url

THEMES = {"system", "light", "dark", "calm"}
TEXT_SIZES = {"normal", "large", "larger"}


def haven(request):
    """Theme and text size (account first, then cookie), so pages render without a flash."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        theme, text_size = user.theme, user.text_size
    else:
        theme = request.COOKIES.get("haven_theme", "system")
        text_size = request.COOKIES.get("haven_text", "normal")
    return {
        "site_name": settings.SITE_NAME,
        "ui_theme": theme if theme in THEMES else "system",
        "ui_text_size": text_size if text_size in TEXT_SIZES else "normal",
        "user_can_moderate": bool(user is not None and can_moderate(user)),
        # Staff whose session has not passed two-step see a notice with the way to complete it.
        "two_step_url": two_step_url(user, request.get_full_path())
        if user is not None and needs_two_step(user) and not request.path.startswith("/account/")
        else "",
    }
