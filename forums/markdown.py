"""Members write posts in Markdown; this turns it into HTML that is safe to show.

Two layers, so a mistake in one does not open a hole:

1. python-markdown runs with its raw-HTML handling removed, so ``<b>`` or ``<script>``
   typed in a post stays visible text instead of becoming markup;
2. nh3 (ammonia) then keeps only an explicit allow-list of tags and attributes, only
   http, https and mailto links, and marks every link ``rel="nofollow ugc"``.
"""

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

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
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
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


class _PostExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 - python-markdown's API name
        # Raw HTML blocks and inline tags are left as text (escaped on output).
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        # Images would load third-party URLs for every reader; image syntax stays text.
        for name in ("image_link", "image_reference", "short_image_ref"):
            md.inlinePatterns.deregister(name)
        md.treeprocessors.register(_DemoteHeadings(md), "demote_headings", 5)


def render_markdown(text):
    """Markdown source to sanitized HTML, safe to pass to ``mark_safe``."""
    # A Markdown instance keeps state between conversions, so each call gets its own.
    converter = markdown.Markdown(extensions=[*EXTENSIONS, _PostExtension()])
    html = converter.convert(text or "")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )


def quote_markdown(author_name, text):
    """A post quoted as a Markdown blockquote, to start a reply with."""
    lines = [f"> {author_name} wrote:", ">"]
    lines += [f"> {line}".rstrip() for line in (text or "").strip().splitlines()]
    return "\n".join(lines) + "\n\n"
