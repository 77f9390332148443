"""Members write posts in Markdown; this turns it into HTML that is safe to show.

Two layers, so a mistake in one does not open a hole:

1. python-markdown runs with its raw-HTML handling removed, so ``<b>`` or ``<script>``
   typed in a post stays visible text instead of becoming markup;
2. nh3 (ammonia) then keeps only an explicit allow-list of tags and attributes, only
   http, https and mailto links, and marks every link ``rel="nofollow ugc"``.

``@name`` outside code becomes a highlighted mention; ``forums.mentions`` decides whom it
notifies.
"""

import xml.etree.ElementTree as ET  # noqa: N817 - python-markdown builds ElementTree nodes

import markdown
import nh3
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

EXTENSIONS = ["fenced_code", "tables", "sane_lists"]

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
# Only the class the mention markup uses; members cannot write HTML to add others.
ALLOWED_CLASSES = {"span": {"mention"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc"

# The thread page's own outline uses h1 (thread) to h3 (each post); headings inside a
# post start below it so screen-reader users keep a sensible outline.
HEADING_OFFSET = 3


class _DemoteHeadings(Treeprocessor):
    def run(self, root):
        for element in root.iter():
            if element.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                element.tag = f"h{min(int(element.tag[1]) + HEADING_OFFSET, 6)}"


# "@name": not inside a word or an email address; names are Django usernames.
MENTION_PATTERN = r"(?<![\w@.+-])@([A-Za-z0-9_][\w.+-]*[\w+-]|[A-Za-z0-9_])"


class _Mentions(InlineProcessor):
    """Wraps ``@name`` in a span and records the names (code spans are never seen here)."""

    def handleMatch(self, m, data):  # noqa: N802 - python-markdown's API name
        name = m.group(1)
        self.md.mentioned_names.append(name)
        element = ET.Element("span", {"class": "mention"})
        element.text = AtomicString(f"@{name}")  # not parsed again
        return element, m.start(0), m.end(0)


class _PostExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 - python-markdown's API name
        # Raw HTML blocks and inline tags are left as text (escaped on output).
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        # Images would load third-party URLs for every reader; image syntax stays text.
        for name in ("image_link", "image_reference", "short_image_ref"):
            md.inlinePatterns.deregister(name)
        md.treeprocessors.register(_DemoteHeadings(md), "demote_headings", 5)
        md.mentioned_names = []
        # Below links and emphasis, so "[@x](url)" stays a link and "**@x**" still works.
        md.inlinePatterns.register(_Mentions(MENTION_PATTERN, md), "mention", 65)


def convert(text):
    """Markdown source to (sanitized HTML, the @names in it outside code)."""
    # A Markdown instance keeps state between conversions, so each call gets its own.
    converter = markdown.Markdown(extensions=[*EXTENSIONS, _PostExtension()])
    html = converter.convert(text or "")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )
    return clean, converter.mentioned_names


def render_markdown(text):
    """Markdown source to sanitized HTML, safe to pass to ``mark_safe``."""
    return convert(text)[0]


def mentioned_names(text):
    """The distinct ``@names`` in a post, in order of first appearance, case kept."""
    seen = {}
    for name in convert(text)[1]:
        seen.setdefault(name.lower(), name)
    return list(seen.values())


def quote_markdown(author_name, text):
    """A post quoted as a Markdown blockquote, to start a reply with."""
    lines = [f"> {author_name} wrote:", ">"]
    lines += [f"> {line}".rstrip() for line in (text or "").strip().splitlines()]
    return "\n".join(lines) + "\n\n"
