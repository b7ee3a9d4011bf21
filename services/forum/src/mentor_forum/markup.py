"""Post bodies: Markdown (CommonMark) rendered by markdown-it-py with raw HTML off, then sanitized by nh3 (the
Ammonia sanitizer) — what a reader's browser receives never carries script, event handlers or `javascript:`
links, whatever was typed."""

import nh3
from markdown_it import MarkdownIt

# No tables: a 10,000-character body of one header row and many short lines renders to ~670 KB of HTML and ~2 s of
# CPU on the event loop (found by review).
_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("strikethrough")


def render(body: str) -> str:
    return nh3.clean(_markdown.render(body), link_rel="nofollow ugc noopener noreferrer")


def highlight(fragment: str) -> str:
    """A search highlight: the matched words in `<em>`, everything else as text (a fragment quotes what people
    typed, so it is sanitized like a post)."""
    return nh3.clean(fragment, tags={"em"}, attributes={})
