"""Posts are Markdown; what comes out must be inert whatever a member types."""

from html.parser import HTMLParser

import pytest

from network.core.markdown import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    ALLOWED_URL_SCHEMES,
    quote_markdown,
    render_markdown,
)

XSS_CORPUS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    '<img src="x" onerror="alert(1)">',
    "<img src=x onerror=alert(1)//",
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](jav&#x61;script:alert(1))",
    "[click](jav&#97;script:alert(1))",
    "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    "[click]( javascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "<javascript:alert(1)>",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '<svg onload="alert(1)"><circle r="4"/></svg>',
    "<svg><script>alert(1)</script></svg>",
    '<math><mtext><table><mglyph><style><img src=x onerror="alert(1)">',
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<style>body { display: none }</style>",
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<div onclick="alert(1)">click</div>',
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x.swf">',
    '<form action="https://evil.example"><button>Go</button></form>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<base href="https://evil.example/">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "<scr<script>ipt>alert(1)</script>",
    "<!--<script>alert(1)</script>-->",
    '[x](https://example.org "title" onmouseover="alert(1)")',
    '[x](https://example.org"onmouseover="alert(1))',
    "<details open ontoggle=alert(1)>",
    "```html\n<script>alert(1)</script>\n```",
    "`<img src=x onerror=alert(1)>`",
    "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
    "> <iframe src=https://evil.example></iframe>",
]


class Structure(HTMLParser):
    """Collects the real tags and (entity-decoded) attributes of a fragment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def structure(html):
    parser = Structure()
    parser.feed(html)
    parser.close()
    return parser.tags


def assert_inert(html):
    for tag, attrs in structure(html):
        assert tag in ALLOWED_TAGS, (tag, html)
        for name, value in attrs.items():
            assert name in ALLOWED_ATTRIBUTES.get(tag, set()) | {"rel"}, (tag, name, html)
            if name == "href":
                scheme = value.split(":", 1)[0].strip().lower() if ":" in value else ""
                assert scheme in ALLOWED_URL_SCHEMES, (value, html)


@pytest.mark.parametrize("source", XSS_CORPUS)
def test_xss_corpus_renders_inert(source):
    html = render_markdown(source)
    assert_inert(html)
    lowered = html.lower()
    for dangerous in ("<script", "<iframe", "<svg", "<style", "<img", "<object", "<embed"):
        assert dangerous not in lowered, html


def test_raw_html_is_shown_as_text_not_markup():
    html = render_markdown('Hello <b>bold</b> <a href="https://example.org">raw</a>')
    assert structure(html) == [("p", {})]
    assert "&lt;b&gt;bold&lt;/b&gt;" in html


def test_dangerous_links_lose_their_target_but_keep_their_text():
    html = render_markdown("[click](javascript:alert(1)) and [data](data:text/html,hi)")
    assert [attrs for tag, attrs in structure(html) if tag == "a"] == [
        {"rel": "nofollow ugc"},
        {"rel": "nofollow ugc"},
    ]
    assert "click" in html and "data" in html


@pytest.mark.parametrize(
    "source, href",
    [
        ("[site](https://example.org/a?b=1)", "https://example.org/a?b=1"),
        ("[plain](http://example.org)", "http://example.org"),
        ("<https://example.org/auto>", "https://example.org/auto"),
        ("[mail](mailto:someone@example.org)", "mailto:someone@example.org"),
    ],
)
def test_links_get_nofollow_ugc(source, href):
    links = [attrs for tag, attrs in structure(render_markdown(source)) if tag == "a"]
    assert links == [{"href": href, "rel": "nofollow ugc"}]


def test_markdown_features_survive():
    html = render_markdown(
        "# Title\n\n**bold** *em* `code`\n\n"
        "1. one\n2. two\n\n- a\n- b\n\n> quoted\n\n"
        "```\nprint(1)\n```\n\n| h |\n|---|\n| c |"
    )
    tags = {tag for tag, _ in structure(html)}
    assert {"h4", "strong", "em", "code", "ol", "ul", "li", "blockquote", "pre"} <= tags
    assert {"table", "th", "td"} <= tags
    assert "<h1" not in html  # headings sit below the page's own outline


def test_quote_makes_a_blockquote_with_attribution():
    quoted = quote_markdown("Rosa Demo", "First line\n\nSecond line")
    assert quoted == "> Rosa Demo wrote:\n>\n> First line\n>\n> Second line\n\n"
    html = render_markdown(quoted + "My answer.")
    assert html.startswith("<blockquote>")
    assert "<p>My answer.</p>" in html
