"""Build one e-mail's subject, plain text and HTML from items, in the site's calm style.

No tracking pixels, no remote images, no link rewriting: links point straight at the site.
Excerpts are plain text taken from the already-sanitised post HTML.
"""

import hashlib
import html
import re
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from forum.selectors import is_collapsed_for
from mailing.kinds import BY_KEY, lower_label
from mailing.tokens import unsubscribe_token

EXCERPT_CHARS = 240
# The site's theme palettes (static/css/haven.css), so an e-mail looks like the member's Haven.
PALETTES = {
    "light": {"bg": "#fbfaf7", "surface": "#ffffff", "text": "#1f2328", "muted": "#4f5660", "line": "#d6d3cc",
              "accent": "#2f5d62", "link": "#1d4f8a", "dark": False},
    "dark": {"bg": "#15181c", "surface": "#1d2126", "text": "#e8e6e3", "muted": "#b2b8bf", "line": "#3a4048",
             "accent": "#8cc7c9", "link": "#9cc3f5", "dark": True},
    "calm": {"bg": "#ecebe6", "surface": "#f3f2ee", "text": "#36393d", "muted": "#505458", "line": "#cbc9c2",
             "accent": "#4a6163", "link": "#36546c", "dark": False},
}
_SPACE = re.compile(r"\s+")


@dataclass
class Line:
    heading: str
    text: str
    url: str
    excerpt: str = ""


def absolute(url: str) -> str:
    if url.startswith(("http://", "https://")):
        return url
    return settings.HAVEN_SITE_URL.rstrip("/") + "/" + url.lstrip("/")


@lru_cache(maxsize=4096)  # a digest run excerpts the same popular posts for many members
def excerpt(sanitised_html: str, limit: int = EXCERPT_CHARS) -> str:
    """Plain text from sanitised HTML: tags (and so images) dropped, entities decoded, shortened."""
    text = _SPACE.sub(" ", html.unescape(strip_tags(sanitised_html or ""))).strip()
    return Truncator(text).chars(limit)


def post_excerpt(user, post) -> str:
    """A post's excerpt for user, or only its content notes when user folds them away
    (forum.selectors.is_collapsed_for, docs/care.md)."""
    if is_collapsed_for(user, post):
        return f"Content notes: {', '.join(post.content_note_labels)}. Open it on Haven when you are ready."
    return excerpt(post.html)


def unsubscribe_url(user_id: int, kind: str) -> str:
    return absolute(reverse("mailing:unsubscribe", args=[unsubscribe_token(user_id, kind)]))


def reason_for(kind: str) -> str:
    if kind == "digest":
        return "You asked for a digest of what you follow on Haven."
    return BY_KEY[kind].reason


@lru_cache(maxsize=8)
def _style(theme: str) -> str:
    """The e-mail's stylesheet in one palette (rendered once per process per theme)."""
    palette = PALETTES.get(theme, PALETTES["light"])
    return mark_safe(render_to_string("mailing/email/style.css", {"palette": palette}))  # noqa: S308 - our template


def render(*, user, kind: str, subject: str, intro: str, lines: list[Line]) -> tuple[str, str]:
    """(text, html) for one message."""
    context = {
        "site_name": settings.SITE_NAME,
        # "Follow my device" gets the light palette plus a dark one for clients that ask for it.
        "palette": PALETTES.get(getattr(user, "theme", "light"), PALETTES["light"]),
        "style": _style(getattr(user, "theme", "light")),
        "site_url": absolute("/"),
        "subject": subject,
        "name": user.username,
        "intro": intro,
        "lines": lines,
        "reason": reason_for(kind),
        "kind_label": lower_label(kind),
        "settings_url": absolute(reverse("mailing:settings")),
        "unsubscribe_url": unsubscribe_url(user.pk, kind),
    }
    return (
        render_to_string("mailing/email/message.txt", context).strip() + "\n",
        render_to_string("mailing/email/message.html", context),
    )


def message_id(key: str) -> str:
    """A stable Message-ID per idempotency key, so a provider can recognise a repeated send."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    domain = settings.HAVEN_SITE_URL.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "localhost"
    return f"<{digest}@{domain}>"
