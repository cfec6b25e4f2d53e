"""The one rendering pipeline against hostile input (XSS cheat-sheet style vectors)."""

import re
from html.parser import HTMLParser

import pytest

from forum.sanitize import (
    clean_text,
    external_links,
    has_forbidden_characters,
    mentioned_names,
    plain_text,
    render_markdown,
)

_ALLOWED_TAGS = {
    "p", "br", "hr", "em", "strong", "b", "i", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a",
    "h2", "h3", "h4", "h5", "img", "span", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub",
}
_ALLOWED_ATTRS = {"href", "title", "rel", "class", "src", "alt", "align", "start"}


class _Audit(HTMLParser):
    """Parses rendered HTML as a browser would and lists anything that could run or track."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in _ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}>")
        for name, value in attrs:
            value = (value or "").strip()
            squashed = re.sub(r"[\x00-\x20]", "", value).lower()
            if name not in _ALLOWED_ATTRS:
                self.problems.append(f"attribute {name} on <{tag}>")
            has_scheme = ":" in squashed.split("/")[0]
            if name == "href" and has_scheme and not squashed.startswith(("http:", "https:", "mailto:")):
                self.problems.append(f"href {value!r}")
            if name == "src" and not value.startswith("/media/"):
                self.problems.append(f"src {value!r}")

    handle_startendtag = handle_starttag


def assert_safe(html: str) -> None:
    audit = _Audit()
    audit.feed(html)
    audit.close()
    assert not audit.problems, (audit.problems, html)


HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img src=x onerror="alert(1)">',
    "<img src=x onerror=alert(1)//",
    '<IMG SRC="javascript:alert(\'XSS\');">',
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=" + "".join(f"&#{ord(c)};" for c in "javascript:alert('XSS')") + ">",
    "<IMG SRC=" + "".join(f"&#x{ord(c):X}" for c in "javascript:alert('XSS')") + ">",
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="jav\tascript:alert(1)">x</a>',
    '<a href=" &#14;  javascript:alert(1)">x</a>',
    '<a href="java\nscript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](java&#x09;script:alert(1))",
    "[click](data:text/html,<script>alert(1)</script>)",
    "[click](vbscript:msgbox(1))",
    "![x](javascript:alert(1))",
    '![x](x" onerror="alert(1))',
    "[a](http://example.com \"title\" onmouseover=alert(1))",
    "[[nested](javascript:alert(1))](http://example.com)",
    "[![img](/media/a.png)](javascript:alert(1))",
    "[x](javascript://example.com%0Aalert(1))",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<p style="position:fixed;top:0;left:0;width:100%;height:100%">cover</p>',
    '<body onload=alert(1)>',
    '<details open ontoggle=alert(1)>',
    '<input autofocus onfocus=alert(1)>',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<base href="https://evil.example/">',
    '<video><source onerror="alert(1)"></video>',
    '<img srcset="https://evil.example/track.png 1x">',
    '<a href="https://example.com" onclick="alert(1)">x</a>',
    '<a href="https://example.com" style="color:red">x</a>',
    "<<script>script>alert(1)<</script>/script>",
    "<!--<script>alert(1)//-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<template><script>alert(1)</script></template>',
    "```\n<script>alert(1)</script>\n```",
    "`<img src=x onerror=alert(1)>`",
    "    <script>alert(1)</script>",
    "> <script>alert(1)</script>",
    "* <img src=x onerror=alert(1)>",
    "<a href='javascript&colon;alert(1)'>x</a>",
    '<a href="' + "".join(f"&#{ord(c):07d}" for c in "javascript:") + 'alert(1)">x</a>',
]


@pytest.mark.parametrize("profile", ["post", "chat", "resource"])
@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_input_renders_without_anything_executable(source, profile):
    assert_safe(render_markdown(source, profile=profile))


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_input_with_mentions_on_is_still_safe(source, settings):
    assert_safe(render_markdown(source + " @river", profile="post", mentions={"river": "river"}))


def test_script_blocks_are_dropped_with_their_text():
    html = render_markdown("Hello <script>alert('hi')</script> there")
    assert "alert" not in html
    assert "Hello" in html and "there" in html


def test_remote_images_are_removed_but_site_uploads_stay():
    assert render_markdown("![tracker](https://evil.example/pixel.png)") == "<p>tracker</p>"
    assert "<img" not in render_markdown("![tracker](//evil.example/pixel.png)")
    assert "<img" not in render_markdown("![x](data:image/png;base64,iVBORw0KGgo=)")
    assert render_markdown('![a "quoted" <b>](https://evil.example/x.png)') == "<p>a &quot;quoted&quot; &lt;b&gt;</p>"
    kept = render_markdown("![my garden](/media/uploads/garden.png)")
    assert '<img alt="my garden" src="/media/uploads/garden.png">' in kept or 'src="/media/uploads/garden.png"' in kept


def test_images_cannot_climb_out_of_the_upload_folder():
    assert "<img" not in render_markdown("![x](/media/../admin/)")


def test_links_get_nofollow_and_external_ones_are_marked():
    html = render_markdown("[Ashton Manual](https://www.benzo.org.uk/manual/) and [home](/)")
    assert 'rel="nofollow ugc noopener"' in html
    assert 'class="external"' in html
    assert html.count('class="external"') == 1


def test_bare_urls_are_linked_safely():
    html = render_markdown("see https://example.com/page?a=1&b=2")
    assert 'href="https://example.com/page?a=1&amp;b=2"' in html
    assert "nofollow" in html


def test_member_headings_never_become_the_page_heading():
    html = render_markdown("# My story")
    assert "<h1" not in html and "<h2>My story</h2>" in html


def test_ordinary_markdown_survives():
    html = render_markdown("**bold** and *soft*\n\n> a quote\n\n- one\n- two\n\n`code`")
    for fragment in ("<strong>bold</strong>", "<em>soft</em>", "<blockquote>", "<li>one</li>", "<code>code</code>"):
        assert fragment in html


def test_chat_profile_has_no_headings_or_images():
    html = render_markdown("## Big\n\n![x](/media/a.png)", profile="chat")
    assert "<h2" not in html and "<img" not in html


def test_control_and_bidi_override_characters_are_detected_and_cleaned():
    assert has_forbidden_characters("hello\x00world")
    assert has_forbidden_characters("evil\u202etxt.exe")
    assert has_forbidden_characters("bell\x07")
    assert not has_forbidden_characters("line one\r\nline two\ttabbed")
    assert clean_text("a\x00b\u202ec\r\nd") == "abc\nd"


def test_mentions_link_only_known_members_outside_code_and_links():
    html = render_markdown(
        "Thanks @river and @nobody. `@river` [@river](https://example.com) write to a@river.com",
        mentions={"river": "river"},
    )
    assert html.count('class="mention"') == 1
    assert '<a href="/u/river/" class="mention" rel="nofollow ugc noopener">@river</a>' in html
    assert "@nobody" in html and "/u/nobody/" not in html


def test_mention_uses_the_members_own_spelling_and_drops_sentence_dots():
    html = render_markdown("Well done @WILLOW.", mentions={"willow": "Willow"})
    assert '<a href="/u/Willow/" class="mention" rel="nofollow ugc noopener">@Willow</a>.' in html


def test_fake_mention_markup_cannot_carry_a_script_url():
    html = render_markdown('<a class="mention" href="javascript:alert(1)">@river</a>')
    assert "javascript" not in html


def test_mentioned_names_skip_code_and_email_addresses():
    assert mentioned_names("hi @river, @willow! `@code` ```\n@fenced\n``` me@example.com") == ["river", "willow"]


def test_quoted_names_count_as_mentions():
    assert "river" in mentioned_names("> @river wrote:\n> hello")


def test_external_links_found_for_holding_new_members_posts():
    links = external_links("buy here: pills.example.xyz/shop and [x](https://evil.example)")
    assert any("evil.example" in link for link in links)


def test_plain_text_strips_tags():
    assert plain_text("<p>Hello <strong>there</strong></p>\n<p>friend</p>") == "Hello there friend"
