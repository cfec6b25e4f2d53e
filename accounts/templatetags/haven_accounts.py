from django import template

from accounts.permissions import ROLE_GROUPS

register = template.Library()
_GROUP_ROLES = {group: role for role, group in ROLE_GROUPS.items()}


@register.inclusion_tag("partials/author.html")
def author(user, show_link=True):
    """A member's name with their role badges.

    Uses `user.groups.all()`: selectors that list many authors prefetch "author__groups"
    so a page costs one query for all badges.
    """
    roles = []
    if user is not None and user.is_active:
        roles = [_GROUP_ROLES[g.name] for g in user.groups.all() if g.name in _GROUP_ROLES]
    return {
        "member": user,
        "is_deleted": user is None or not user.is_active,
        "is_moderator": "moderator" in roles or "admin" in roles,
        "clinician_title": user.clinician_title if user is not None and "clinician" in roles else "",
        "show_link": show_link,
        "stage": user.get_stage_display() if user is not None and user.is_active and user.show_stage_on_posts else "",
    }
