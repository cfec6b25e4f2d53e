"""The one rendering pipeline for user content: Markdown -> HTML -> bleach.

This is the only module that imports bleach and holds the allowlists. Store both the source
and the result of ``render_markdown``; templates render only the stored HTML with ``|safe``.
Profiles: "post" (forum posts), "chat" (no headings or images), "resource" (adds tables).
"""

import re
import unicodedata
from functools import partial
from html import escape as html_escape
from html import unescape as html_unescape
from urllib.parse import urlsplit

import bleach
import markdown
from bleach.linkifier import Linker
from django.conf import settings
from django.core.exceptions import ValidationError

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
    elif attrs.get((None, "class")) == "mention" and _MENTION_HREF.match(href):
        pass
    else:
        attrs.pop((None, "class"), None)
    return attrs


# --- Mentions ------------------------------------------------------------------------------
# The one mention parser. `mentioned_names(source)` offers the candidate @names (the service
# looks them up), `render_markdown(..., mentions=)` links the members among them where a mention
# is live (not inside code or a link), and `linked_mentions(html)` reads the links back from the
# stored HTML: notifications go to exactly the members linked, so what readers see linked is who
# was told.

# @display-name: display names are 3-30 of [A-Za-z0-9_.-] (accounts.validators). Not after a
# word character, so e-mail addresses are not mentions.
NAME_PATTERN = r"[A-Za-z0-9_.-]{3,30}"
_MENTION = re.compile(rf"(?<![A-Za-z0-9_.@/-])@({NAME_PATTERN})")
_MENTION_HREF = re.compile(rf"^/u/{NAME_PATTERN}/$")
_CODE_SPANS = re.compile(r"```.*?```|~~~.*?~~~|`[^`\n]*`|^(?: {4}|\t).*$", re.S | re.M)
_NO_MENTION_TAGS = {"a", "pre", "code"}
# A post links (and so notifies) at most this many members; more is a list, not a call for them.
MAX_MENTIONS = 20
# What the mention filter writes, and the quote blocks around it, in sanitised HTML.
_MENTION_LINKS = re.compile(
    rf'<(/?)blockquote\b[^>]*>|<a\b[^>]*\bclass="mention"[^>]*>@({NAME_PATTERN})</a>', re.IGNORECASE
)
_QUOTE_OPENING = re.compile(r"\s*<p>(?:<(?:strong|em|b|i)>)*\Z")
_QUOTE_WROTE = re.compile(r"(?:</(?:strong|em|b|i)>)*\s+wrote\b")


def mentioned_names(source: str) -> list[str]:
    """Candidate @names written in source (outside code), in order, without duplicates
    (case-insensitive): the names to look up before rendering.

    Names are not checked against members; trailing dots and dashes (end of a sentence) are
    also offered without them, so "@river." yields "river." and "river".
    """
    seen: dict[str, str] = {}
    for match in _MENTION.finditer(_CODE_SPANS.sub(" ", clean_text(source))):
        name = match.group(1)
        for candidate in (name, name.rstrip(".-")):
            if len(candidate) >= 3:
                seen.setdefault(candidate.lower(), candidate)
    return list(seen.values())


def linked_mentions(html: str) -> tuple[list[str], list[str]]:
    """(mentioned, quoted): the display names linked as mentions in sanitised HTML, each once.

    mentioned: linked in the author's own words (outside quote blocks); quoted: the name that
    opens a quote block ("> @name wrote:", as the quote button writes it). Names linked inside
    the rest of a quote are someone else's words: neither.
    """
    mentioned: dict[str, str] = {}
    quoted: dict[str, str] = {}
    depth, opened_at = 0, 0
    for match in _MENTION_LINKS.finditer(html):
        if match.group(2) is None:
            depth = depth + 1 if not match.group(1) else max(depth - 1, 0)
            opened_at = match.end()
            continue
        name = match.group(2)
        if not depth:
            mentioned.setdefault(name.lower(), name)
        elif (depth == 1 and _QUOTE_OPENING.match(html[opened_at:match.start()])
              and _QUOTE_WROTE.match(html, match.end())):
            quoted.setdefault(name.lower(), name)
    return list(mentioned.values()), list(quoted.values())


class _MentionFilter(bleach.html5lib_shim.Filter):
    """Turn @name in text into a profile link for names in `known` (lower-case -> display name).

    A link the member wrote themselves loses class="mention": only this filter makes mentions.
    """

    known: dict[str, str] = {}

    def __iter__(self):
        depth = 0
        for token in super().__iter__():
            kind = token["type"]
            if kind == "StartTag" and token["name"] == "a":
                token["data"].pop((None, "class"), None)
            if kind in ("StartTag", "EmptyTag") and token["name"] in _NO_MENTION_TAGS:
                depth += kind == "StartTag"
            elif kind == "EndTag" and token["name"] in _NO_MENTION_TAGS:
                depth = max(depth - 1, 0)
            elif kind == "Characters" and not depth and "@" in token["data"]:
                yield from self._split(token["data"])
                continue
            yield token

    def _split(self, text: str):
        last = 0
        for match in _MENTION.finditer(text):
            name = match.group(1)
            username = self.known.get(name.lower())
            if username is None:
                stripped = name.rstrip(".-")
                username = self.known.get(stripped.lower())
                name = stripped
            if username is None:
                continue
            start, end = match.start(), match.start() + 1 + len(name)
            if start > last:
                yield {"type": "Characters", "data": text[last:start]}
            yield {
                "type": "StartTag",
                "name": "a",
                "data": {(None, "href"): f"/u/{username}/", (None, "class"): "mention"},
            }
            yield {"type": "Characters", "data": "@" + username}
            yield {"type": "EndTag", "name": "a"}
            last = end
        if last < len(text):
            yield {"type": "Characters", "data": text[last:]}


def clean_text(text: str) -> str:
    """Normalise what a member typed: NFC, Unix newlines, no control or bidi-override characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text)


def has_forbidden_characters(text: str) -> bool:
    return bool(_CONTROL.search(text.replace("\r", "")))


def render_markdown(source: str, *, profile: str = "post", mentions: dict[str, str] | None = None) -> str:
    """Render member Markdown to safe HTML for the given profile.

    mentions maps lower-cased display names to display names of members who exist; each
    `@name` among them becomes `<a class="mention" href="/u/name/">@name</a>`.
    """
    tags = PROFILES[profile]
    filters = [type("MentionFilter", (_MentionFilter,), {"known": dict(mentions or {})})]
    filters.append(partial(bleach.linkifier.LinkifyFilter, callbacks=[_link_attrs], skip_tags={"pre", "code"}))
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
        filters=filters,
    )
    # The page owns <h1>; a member's top-level heading becomes <h2>. Executable and styling
    # blocks are dropped with their content (bleach would keep their text).
    html = _DROP_BLOCKS.sub("", html)
    html = re.sub(r"<(/?)h1\b", r"<\1h2", html, flags=re.IGNORECASE)
    html = cleaner.clean(html).strip()
    # An image whose address was refused (remote, data: or outside uploads) becomes its alt text.
    return _IMG_WITHOUT_SRC.sub(_alt_text, html)


_IMG_WITHOUT_SRC = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>", re.IGNORECASE)
_ALT = re.compile(r'\salt="([^"]*)"')


def _alt_text(match: re.Match) -> str:
    alt = _ALT.search(match.group(0))
    return html_escape(html_unescape(alt.group(1))) if alt else ""


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


BLANK_MESSAGE = "This has no words left once formatting is removed. Please write something."
_VISIBLE_IMAGE = re.compile(r"<img\b[^>]*\ssrc=", re.IGNORECASE)
# Characters that render as nothing but are not whitespace (fillers, joiners, byte-order mark).
_INVISIBLE = re.compile(r"[\u034f\u115f\u1160\u17b4\u17b5\u180e\u2060-\u2064\u3164\ufeff\uffa0]")


def has_visible_content(html: str) -> bool:
    """Whether sanitised HTML shows anything: text other than whitespace, or an allowed image."""
    if _VISIBLE_IMAGE.search(html):
        return True
    text = html_unescape(bleach.clean(html, tags=set(), strip=True))
    return bool("".join(_INVISIBLE.sub("", _CONTROL.sub("", text)).split()))


def check_visible(html: str) -> str:
    """The one blank-content rule for posts, chat and private messages: refuse what shows nothing.

    Raises ValidationError(BLANK_MESSAGE, code="blank") when the sanitised HTML has no visible
    text (e.g. only a script, a refused image or an empty link); returns the HTML otherwise.
    """
    if not has_visible_content(html):
        raise ValidationError(BLANK_MESSAGE, code="blank")
    return html


def clean_message(body: str, *, max_chars: int) -> tuple[str, str]:
    """A chat or private message: its cleaned source and sanitised HTML (the "chat" profile).

    Raises ValidationError for an empty, invisible-only or too long message.
    """
    body = clean_text(body or "").strip()
    if not body:
        raise ValidationError("Please write a message first.", code="required")
    if len(body) > max_chars:
        raise ValidationError(f"Messages can be up to {max_chars:,} characters; this one has {len(body):,}.",
                              code="too_long")
    return body, check_visible(render_markdown(body, profile="chat"))


def plain_text(html: str) -> str:
    """Text content of sanitised HTML (for search indexes, notifications and excerpts)."""
    return re.sub(r"\s+", " ", bleach.clean(html, tags=set(), strip=True)).strip()
