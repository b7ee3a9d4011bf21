"""The moderators' statistics as SVG charts, drawn by pygal on the server (no script runs in them).

A chart is served as an `image/svg+xml` answer and shown with `<img>` next to a table of the same numbers (its text
alternative). pygal puts its look in one `<style>` element (and a tooltip's `style="opacity: 0"`): the answer's own
Content-Security-Policy allows exactly those by their hashes and nothing else; pygal's configuration `<script>` is
taken out (no script runs in an image anyway, and the policy allows none)."""

import base64
import hashlib
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from xml.etree import ElementTree

import pygal
from fastapi.responses import Response
from pygal.style import Style

# pygal appends a legacy import hook (`PluginImportFixer`, find_module only, for map plugins we do not use) to
# `sys.meta_path`; code that asks every finder for `find_spec` (pytest's collection does) then fails. Taken out.
sys.meta_path[:] = [finder for finder in sys.meta_path if type(finder).__name__ != "PluginImportFixer"]

PALETTE = ("#1d4e89", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0f766e", "#a16207", "#475569")
STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#1f2933",
    foreground_strong="#111827",
    foreground_subtle="#52606d",
    opacity=".9",
    opacity_hover="1",
    colors=PALETTE,
    font_family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    label_font_size=13,
    major_label_font_size=13,
    value_font_size=12,
    value_label_font_size=12,
    legend_font_size=13,
    title_font_size=16,
)
STYLE_ATTRIBUTE = re.compile(r'\sstyle="([^"]*)"')
SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.S)  # pygal's configuration script, useless in an image
SVG = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | int | None]


def _config(title: str, **extra: object) -> dict[str, object]:
    """`title`: the chart's name inside the SVG (the page names it in its own heading, so it is left out there)."""
    return {
        "title": title or None,
        "style": STYLE,
        "js": [],  # pygal's tooltip script is not loaded: the chart is an image, the numbers are in the table
        "width": 760,
        "height": 380,
        "explicit_size": False,
        "print_values": True,
        "legend_at_bottom": True,
        "truncate_label": -1,
        "truncate_legend": -1,
        "margin": 16,
        **extra,
    }


def whole_ticks(values: Sequence[float | int | None]) -> dict[str, object]:
    """Counts: ticks on whole numbers only (0, 1, 2… or 0, 5, 10…), never 0.2 of a case."""
    top = max([int(v) for v in values if v is not None] + [1])
    step = max(1, math.ceil(top / 8))
    return {"y_labels": list(range(0, top + step, step))}


def bar(
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    horizontal: bool = False,
    stacked: bool = False,
    no_data: str = "",
    counts: bool = True,
) -> str:
    kind = (
        pygal.HorizontalStackedBar
        if horizontal and stacked
        else (pygal.HorizontalBar if horizontal else (pygal.StackedBar if stacked else pygal.Bar))
    )
    height = max(260, 110 + 36 * len(labels) * (1 if stacked else max(len(series), 1))) if horizontal else 380
    config = _config(title, show_legend=len(series) > 1, no_data_text=no_data, min_scale=1, height=height)
    if counts:
        columns = list(zip(*(one.values for one in series), strict=True)) or [()]
        tops = [sum(v or 0 for v in column) if stacked else max([v or 0 for v in column] + [0]) for column in columns]
        config.update(whole_ticks(tops))
    chart = kind(**config)
    chart.x_labels = list(labels)
    for one in series:
        chart.add(one.name, list(one.values))
    return str(chart.render(is_unicode=True))


def funnel(title: str, labels: Sequence[str], values: Sequence[int], *, no_data: str = "") -> str:
    """The funnel as horizontal bars, one per step, widest first (easier to read than a cone)."""
    config = _config(title, show_legend=False, no_data_text=no_data, min_scale=1, height=110 + 50 * len(labels))
    config.update(whole_ticks(values))
    chart = pygal.HorizontalBar(**config)
    chart.x_labels = list(reversed(labels))
    chart.add(title, list(reversed(values)))
    return str(chart.render(is_unicode=True))


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def policy_for(svg: str) -> str:
    """A Content-Security-Policy for this SVG alone: its own `<style>` and style attributes by hash, nothing else."""
    root = ElementTree.fromstring(svg.encode())
    styles = [_hash(node.text or "") for node in root.iter(f"{SVG}style")]
    attributes = sorted({_hash(value) for value in STYLE_ATTRIBUTE.findall(svg)})
    sources = " ".join([*styles, *(["'unsafe-hashes'", *attributes] if attributes else [])]) or "'none'"
    return f"default-src 'none'; style-src {sources}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


def svg_response(svg: str) -> Response:
    svg = SCRIPT.sub("", svg)
    return Response(
        svg,
        media_type="image/svg+xml",
        headers={"content-security-policy": policy_for(svg), "cache-control": "private, max-age=60"},
    )
