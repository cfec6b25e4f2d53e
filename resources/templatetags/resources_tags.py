"""Template tags other apps' pages use to show resources.

    {% load resources_tags %}{% pinned_resources board %}      (top of a board's page)
    {% pinned_guidance boards %}                               (home page: the member's stage boards)
    {% search_resources_results q viewer %}                    (on the search page)
Each costs one query, however many resources there are.
"""

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from accounts.templatetags.haven_accounts import author
from resources import selectors

register = template.Library()


@register.inclusion_tag("resources/partials/pinned.html")
def pinned_resources(board):
    """Published resources pinned to board, with their reviewed badge."""
    if board is None:
        return {"resources": []}
    return {"resources": selectors.pinned_resources(board), "today": timezone.localdate()}


@register.inclusion_tag("resources/partials/pinned.html")
def pinned_guidance(boards):
    """Published resources pinned to any of these boards (the home page's stage boards)."""
    return {"resources": selectors.pinned_resources_for_boards(boards), "today": timezone.localdate()}


@register.inclusion_tag("resources/partials/search_results.html")
def search_resources_results(query, viewer=None):
    """Resources matching a search, marked as resources."""
    query = (query or "").strip()
    return {"resources": selectors.search_resources(query, viewer=viewer), "query": query}


@register.simple_tag
def person(user):
    """A name with its role badges (accounts' author partial) without surrounding whitespace,
    so it can sit before a comma in a sentence. The partial escapes everything it shows."""
    html = render_to_string("partials/author.html", author(user))
    return mark_safe(html.strip())  # noqa: S308 - escaped template output, not user text
