"""The one rendering pipeline for user content: Markdown -> HTML -> bleach.

This is the only module that imports bleach and holds the allowlists. Store both the source
and the result of ``render_markdown``; templates render only the stored HTML with ``|safe``.
Profiles: "post" (forum posts), "chat" (no headings or images), "resource" (adds tables).
"""

import re
import unicodedata
from functools import partial
from urllib.parse import urlsplit

import bleach
import markdown
from bleach.linkifier import Linker
from django.conf import settings

_POST_TAGS = {
    "p", "br", "hr", "em", "strong", "b", "i", "del", "s", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h2", "h3", "h4", "img", "span",
}
_CHAT_TAGS = {"p", "br", "em", "strong", "b", "i", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a",
              "span"}
_RESOURCE_TAGS = _POST_TAGS | {"h5", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub"}

PROFILES = {"post": _POST_TAGS, "chat": _CHAT_TAGS, "resource": _RESOURCE_TAGS}
_PROTOCOLS = {"http", "https", "mailto"}
# Control characters other than tab, newline and carriage return are never stored.
_DROP_BLOCKS = re.compile(r"<(script|style|iframe|object|embed|template|noscript)\b.*?</\1\s*>", re.I | re.S)
_RAW_URL = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>()\"']+", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if tag == "a":
        return name in {"href", "title", "rel", "class"}
    if tag == "img":
        if name == "src":
            # Images only from the site's own uploads; never remote (tracking) or data: URLs.
            return value.startswith(settings.MEDIA_URL) and "//" not in value and ".." not in value
        return name in {"alt", "title"}
    if tag in {"th", "td"}:
        return name == "align" and value in {"left", "right", "center"}
    if tag == "span":
        return name == "class" and value in {"mention"}
    if tag == "ol":
        return name == "start" and value.isdigit()
    return False


def _site_hosts() -> set[str]:
    return {h.lstrip(".").lower() for h in settings.ALLOWED_HOSTS if h not in {"*"}}


def is_external_url(href: str) -> bool:
    parts = urlsplit(href)
    if not parts.scheme and not parts.netloc:
        return False
    host = (parts.hostname or "").lower()
    return host not in _site_hosts()


def _link_attrs(attrs, new=False):
    href_key = (None, "href")
    href = attrs.get(href_key, "")
    if not href:
        return attrs
    attrs[(None, "rel")] = "nofollow ugc noopener"
    if is_external_url(href):
        attrs[(None, "class")] = "external"
    else:
        attrs.pop((None, "class"), None)
    return attrs


def clean_text(text: str) -> str:
    """Normalise what a member typed: NFC, Unix newlines, no control or bidi-override characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text)


def has_forbidden_characters(text: str) -> bool:
    return bool(_CONTROL.search(text.replace("\r", "")))


def render_markdown(source: str, *, profile: str = "post") -> str:
    """Render member Markdown to safe HTML for the given profile."""
    tags = PROFILES[profile]
    html = markdown.markdown(
        clean_text(source),
        extensions=["fenced_code", "sane_lists", "nl2br"] + (["tables"] if profile == "resource" else []),
        output_format="html",
    )
    cleaner = bleach.Cleaner(
        tags=tags,
        attributes=_allowed_attribute,
        protocols=_PROTOCOLS,
        strip=True,
        strip_comments=True,
        filters=[partial(bleach.linkifier.LinkifyFilter, callbacks=[_link_attrs], skip_tags={"pre", "code"})],
    )
    # The page owns <h1>; a member's top-level heading becomes <h2>. Executable and styling
    # blocks are dropped with their content (bleach would keep their text).
    html = _DROP_BLOCKS.sub("", html)
    html = re.sub(r"<(/?)h1\b", r"<\1h2", html, flags=re.IGNORECASE)
    return cleaner.clean(html).strip()


def linkify_attrs(html: str) -> str:
    """Re-apply link attributes to already-clean HTML (used after inserting mentions)."""
    return Linker(callbacks=[_link_attrs], skip_tags={"pre", "code"}).linkify(html)


def external_links(source: str) -> list[str]:
    """External link targets in rendered source; used to hold new members' posts with links."""
    html = render_markdown(source)
    found = [m.replace("&amp;", "&") for m in re.findall(r'href="([^"]+)"', html)]
    # Also catch URLs bleach's linkifier does not know (unlisted top-level domains).
    found += [m if "://" in m else "http://" + m for m in _RAW_URL.findall(clean_text(source))]
    seen: dict[str, None] = {}
    for url in found:
        if is_external_url(url):
            seen.setdefault(url, None)
    return list(seen)


def plain_text(html: str) -> str:
    """Text content of sanitised HTML (for search indexes, notifications and excerpts)."""
    return re.sub(r"\s+", " ", bleach.clean(html, tags=set(), strip=True)).strip()
