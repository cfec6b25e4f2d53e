from django import template

from forum.sanitize import plain_text

register = template.Library()


@register.filter
def excerpt(html: str, length: int = 160) -> str:
    """Plain text from stored, sanitised post HTML, cut at a word near `length` characters."""
    text = plain_text(html or "")
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0].rstrip(",.;:") + "…"
