"""Whole-page checks for executable markup, and the hostile vectors the XSS probes write.

`page_problems(html)` parses a page as a browser would (Python's HTML parser: entities decoded,
tags case-folded) and lists anything that could run script under Haven's CSP or a laxer one:
inline or foreign <script>, event-handler attributes, javascript:/vbscript:/data: URLs, style
attributes and <style> (CSP forbids inline styles), frames, objects, <base>, meta refresh.
"""

import re
from html.parser import HTMLParser

from tests.forum.test_sanitize import HOSTILE

_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "lowsrc",
              "srcset", "ping", "cite", "manifest", "codebase", "dynsrc"}
_FORBIDDEN_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "portal"}
_BAD_SCHEME = re.compile(r"^(?:javascript|vbscript|data|livescript):", re.IGNORECASE)


class _PageAudit(HTMLParser):
    def __init__(self, *, forbidden_tags: set[str]):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.forbidden_tags = forbidden_tags

    def handle_starttag(self, tag, attrs):
        values = {name: (value or "") for name, value in attrs}
        if tag == "script":
            own_file = values.get("src", "").startswith("/static/") and "src" in values
            data_only = values.get("type") == "application/json"  # json_script: never executed
            if not (own_file or data_only):
                self.problems.append(f"<script {values}>")
        if tag in self.forbidden_tags:
            self.problems.append(f"<{tag}>")
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")
        for name, value in values.items():
            squashed = re.sub(r"[\x00-\x20\x7f]", "", value)
            if name.startswith("on"):
                self.problems.append(f"{name}= on <{tag}>")
            elif name in ("style", "srcdoc"):
                self.problems.append(f"{name}= on <{tag}>")
            elif name in _URL_ATTRS and _BAD_SCHEME.match(squashed):
                self.problems.append(f"{name}={value[:60]!r} on <{tag}>")

    handle_startendtag = handle_starttag


def page_problems(html: str, *, email: bool = False) -> list[str]:
    """email: the e-mail layout's one <style>, in its head, is allowed (no CSP applies there)."""
    audit = _PageAudit(forbidden_tags=_FORBIDDEN_TAGS)
    audit.feed(html)
    audit.close()
    if email and audit.problems.count("<style>") == 1 and html.index("<style") < html.index("</head>"):
        audit.problems.remove("<style>")
    return audit.problems


# Beyond the sanitiser's cheat sheet: breaking out of attributes, text areas, titles and JSON
# blocks, template syntax, unicode look-alikes and controls, mention and quote syntax abuse.
EXTRA = [
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)" x="',
    "' onfocus='alert(1)' autofocus='",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    '</option></select><img src=x onerror=alert(1)>',
    "{{ 7|add:7 }}{% debug %}",
    "\u202e<script>alert(1)</script>\u202d",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "<scr\u0000ipt>alert(1)</scr\u0000ipt>",
    "\u200b<img src=x onerror=alert(1)>",
    "<a href=\"\u2028javascript:alert(1)\">x</a>",
    "@<img src=x onerror=alert(1)>",
    '@matrix_member" onmouseover="alert(1)',
    "@[x](javascript:alert(1))",
    "> @x <script>alert(1)</script>\n>> [y](javascript:alert(1))",
    '[quote="x onmouseover=alert(1)"]hi[/quote]',
    "[x]\n\n[x]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "[a](<javascript:alert(1)>)",
    "[a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "<div style=\"width:expression(alert(1))\">x</div>",
    "<x onclick=alert(1)>click",
    "<img src=`x`onerror=alert(1)>",
    "<a/href=javascript:alert(1)>x</a>",
    "<svg/onload=alert(1)//",
]
# A few dozen: every other cheat-sheet vector (the sanitiser's own tests run them all) and the extras.
VECTORS = list(HOSTILE[::2]) + EXTRA
# What a service may be handed: the forms refuse NUL before any service sees it (Django's
# ProhibitNullCharactersValidator), and PostgreSQL could not store it.
STORED_VECTORS = [vector for vector in VECTORS if "\x00" not in vector]
