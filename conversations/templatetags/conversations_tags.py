"""`{% messaging_actions member %}` on profiles: message privately, follow, block."""

from django import template

from conversations import permissions, selectors

register = template.Library()


@register.inclusion_tag("conversations/partials/profile_actions.html", takes_context=True)
def messaging_actions(context, member):
    viewer = context["request"].user
    shown = viewer.is_authenticated and member.pk != viewer.pk and member.is_active
    relation = selectors.relationship(viewer, member) if shown else {"following": False, "blocked": False}
    return {
        "member": member,
        "shown": shown,
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
        "following": relation["following"],
        "blocked": relation["blocked"],
        "can_block": shown and permissions.can_block(viewer, member),
    }
