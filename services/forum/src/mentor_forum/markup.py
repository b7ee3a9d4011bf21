"""Post bodies: Markdown (CommonMark) rendered by markdown-it-py with raw HTML off, then sanitized by nh3 (the
Ammonia sanitizer) — what a reader's browser receives never carries script, event handlers or `javascript:`
links, whatever was typed."""

import nh3
from markdown_it import MarkdownIt

from mentor_kit.web import Invalid

# No tables: a 10,000-character body of one header row and many short lines renders to ~670 KB of HTML and ~2 s of
# CPU on the event loop (found by review). No images: a remote image in a post or a personal message tells its
# sender who read it, when, and from which address (`![x](url)` shows as "!" and a link instead).
_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("strikethrough").disable("image")
_TAGS = nh3.ALLOWED_TAGS - {"img"}
# A reference link repeated can turn 10,000 characters into megabytes of HTML, stored and served to every reader.
HTML_MAX = 200_000  # 20 times a post's longest text: a page of 100 posts stays under 20 MB


def render(body: str, *, field: str = "body") -> str:
    """The sanitized HTML of `body`; a 422 naming `field` when it would be more than HTML_MAX characters."""
    html = nh3.clean(_markdown.render(body), tags=_TAGS, link_rel="nofollow ugc noopener noreferrer")
    if len(html) > HTML_MAX:
        raise Invalid({field: f"renders to more than {HTML_MAX:,} characters of HTML: fewer links or references"})
    return html


def highlight(fragment: str) -> str:
    """A search highlight: the matched words in `<em>`, everything else as text (a fragment quotes what people
    typed, so it is sanitized like a post)."""
    return nh3.clean(fragment, tags={"em"}, attributes={})
