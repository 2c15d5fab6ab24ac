"""SVG charts drawn in Python for the briefing page and for slides: bars, a dyad matrix, a
stacked timeline and a small actor network. No JavaScript, no network, no library beyond networkx.

Every mark that stands for facts carries ``data-ids`` (the ids of the statements and events behind
it, space separated) and a class (``bar``, ``cell``, ``seg``, ``link``, ``actor``) so the page can
show the facts on a click and tests can count marks. All text is XML-escaped here: article text
and actor names are untrusted.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr

import networkx as nx

from ontology.codes import QUAD_CLASSES

from .style import QUAD_COLOURS

QUADS: tuple[str, ...] = tuple(dict.fromkeys(QUAD_CLASSES.values()))
OTHER = "other"
FONT = 'font-family="sans-serif"'


def esc(text: object) -> str:
    """XML text, quotes included (safe in attributes too).

    >>> esc('<a href="x">&')
    '&lt;a href=&quot;x&quot;&gt;&amp;'
    """
    return _escape(str(text), {'"': "&quot;", "'": "&#x27;"})


def ids_attr(ids: Sequence[str], total: int | None = None) -> str:
    """``data-ids`` (the facts a click lists) and ``data-n`` (how many there are in all)."""
    return f' data-ids={quoteattr(" ".join(ids))} data-n="{len(ids) if total is None else total}"'


def net_colour(net: float, total: float) -> str:
    """Red for conflict, blue for cooperation, pale grey in between (``net`` / ``total``).

    >>> net_colour(-3, 3), net_colour(0, 5), net_colour(2, 2)
    ('#cb181d', '#eeeeee', '#2171b5')
    """
    share = max(-1.0, min(1.0, net / total)) if total else 0.0
    end = (0xCB, 0x18, 0x1D) if share < 0 else (0x21, 0x71, 0xB5)
    mid = (0xEE, 0xEE, 0xEE)
    t = abs(share)
    rgb = [round(m + (e - m) * t) for m, e in zip(mid, end)]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


@dataclass
class Bar:
    label: str
    value: float
    ids: list[str] = field(default_factory=list)
    note: str = ""


def bar_chart(bars: Sequence[Bar], title: str, width: int = 640, unit: str = "") -> str:
    """Horizontal bars, one per item, longest first as given."""
    row, left, top = 22, 190, 34
    height = top + row * len(bars) + 16
    most = max((b.value for b in bars), default=0) or 1
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" {FONT} role="img" aria-label={quoteattr(title)}>',
        f'<text x="4" y="18" font-size="14" font-weight="bold">{esc(title)}</text>',
    ]
    for i, bar in enumerate(bars):
        y = top + i * row
        w = max(1.0, (width - left - 70) * bar.value / most)
        tip = f"{bar.label}: {bar.value:g}{unit} {bar.note}".strip()
        out.append(
            f'<text x="{left - 6}" y="{y + 14}" font-size="12" text-anchor="end">{esc(_short(bar.label, 28))}</text>'
            f'<rect class="bar" x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="#4a78a8"'
            f"{ids_attr(bar.ids)}><title>{esc(tip)}</title></rect>"
            f'<text x="{left + w + 4:.1f}" y="{y + 14}" font-size="11" fill="#444">{bar.value:.3g}</text>'
        )
    out.append("</svg>")
    return "".join(out)


@dataclass
class Cell:
    source: str
    target: str
    counts: dict[str, int]
    net: int
    ids: list[str]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def matrix_chart(actors: Sequence[str], cells: Sequence[Cell], title: str) -> str:
    """Who (rows) to whom (columns): the number of facts, coloured by net cooperation."""
    size, left, top = 30, 180, 170
    n = len(actors)
    width, height = left + size * n + 20, top + size * n + 50
    index = {a: i for i, a in enumerate(actors)}
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" {FONT} role="img" aria-label={quoteattr(title)}>',
        f'<text x="4" y="18" font-size="14" font-weight="bold">{esc(title)}</text>',
        '<text x="4" y="36" font-size="11" fill="#555">rows: source, columns: target; '
        "red: more conflict, blue: more cooperation; number: facts</text>",
    ]
    for a, i in index.items():
        y = top + i * size + size / 2 + 4
        x = left + i * size + size / 2 + 4
        out.append(
            f'<text x="{left - 6}" y="{y:.0f}" font-size="11" text-anchor="end">{esc(_short(a, 26))}</text>'
            f'<text transform="translate({x:.0f},{top - 6}) rotate(-60)" font-size="11">{esc(_short(a, 26))}</text>'
        )
    out.append(
        f'<rect x="{left}" y="{top}" width="{size * n}" height="{size * n}" fill="none" stroke="#ccc"/>'
    )
    for cell in cells:
        if cell.source not in index or cell.target not in index:
            continue
        x, y = left + index[cell.target] * size, top + index[cell.source] * size
        parts = ", ".join(f"{q} {c}" for q, c in cell.counts.items() if c)
        tip = (
            f"{cell.source} \u2192 {cell.target}: {cell.total} facts ({parts}); net cooperation {cell.net:+d}"
        )
        colour = net_colour(cell.net, cell.total)
        ink = "#fff" if abs(cell.net) / (cell.total or 1) > 0.55 else "#222"
        out.append(
            f'<g class="cell"{ids_attr(cell.ids, cell.total)}><rect x="{x}" y="{y}" width="{size - 1}" '
            f'height="{size - 1}" fill="{colour}"/><text x="{x + size / 2:.0f}" y="{y + size / 2 + 4:.0f}" '
            f'font-size="11" text-anchor="middle" fill="{ink}">{cell.total}</text><title>{esc(tip)}</title></g>'
        )
    out.append("</svg>")
    return "".join(out)


@dataclass
class Segment:
    period: str
    quad: str
    ids: list[str]
    n: int = -1  # the number of facts (``ids`` may be cut to the most recent)

    def __post_init__(self) -> None:
        self.n = len(self.ids) if self.n < 0 else self.n


def timeline_chart(periods: Sequence[str], segments: Sequence[Segment], title: str) -> str:
    """Stacked bars per period, one segment per quad class (and ``other``)."""
    left, top, bottom, height = 40, 50, 60, 300
    slot = max(8, min(60, 900 // max(len(periods), 1)))
    width = left + slot * len(periods) + 180
    stacks: dict[str, dict[str, Segment]] = {p: {} for p in periods}
    for seg in segments:
        stacks.setdefault(seg.period, {})[seg.quad] = seg
    most = max((sum(s.n for s in st.values()) for st in stacks.values()), default=0) or 1
    scale = (height - top - bottom) / most
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" {FONT} role="img" aria-label={quoteattr(title)}>',
        f'<text x="4" y="18" font-size="14" font-weight="bold">{esc(title)}</text>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{left + slot * len(periods)}" y2="{height - bottom}" stroke="#888"/>',
        f'<text x="{left - 4}" y="{top + 4}" font-size="10" text-anchor="end">{most}</text>',
    ]
    every = max(1, len(periods) // 20)
    for i, period in enumerate(periods):
        x, y = left + i * slot, float(height - bottom)
        for quad in (*QUADS, OTHER):
            found = stacks[period].get(quad)
            if not found or not found.ids:
                continue
            seg = found
            h = seg.n * scale
            y -= h
            out.append(
                f'<rect class="seg" x="{x + 1}" y="{y:.1f}" width="{slot - 2}" height="{h:.1f}" '
                f'fill="{QUAD_COLOURS[quad]}"{ids_attr(seg.ids, seg.n)}><title>{esc(f"{period}: {quad} {seg.n}")}'
                "</title></rect>"
            )
        if i % every == 0:
            out.append(
                f'<text transform="translate({x + slot / 2:.0f},{height - bottom + 12}) rotate(45)" '
                f'font-size="10">{esc(period)}</text>'
            )
    lx = left + slot * len(periods) + 16
    for i, quad in enumerate((*QUADS, OTHER)):
        out.append(
            f'<rect x="{lx}" y="{top + i * 18}" width="12" height="12" fill="{QUAD_COLOURS[quad]}"/>'
            f'<text x="{lx + 16}" y="{top + i * 18 + 10}" font-size="11">{esc(quad)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


@dataclass
class Link:
    source: str
    target: str
    quad: str
    ids: list[str]
    n: int = -1  # the number of facts (``ids`` may be cut to the most recent)

    def __post_init__(self) -> None:
        self.n = len(self.ids) if self.n < 0 else self.n


def network_chart(
    actors: dict[str, dict], links: Sequence[Link], title: str, labelled: int = 15, seed: int = 7
) -> str:
    """Actors as circles sized by their number of facts, one curved line per (source, target,
    quad class) with its count as width; the ``labelled`` most connected actors always labelled,
    the rest named in their tooltip. ``actors``: name -> {"kind", "weight", "ids"}."""
    width, height, margin = 980, 680, 70
    g = nx.Graph()
    g.add_nodes_from(actors)
    for link in links:
        w = g.get_edge_data(link.source, link.target, {}).get("weight", 0)
        g.add_edge(link.source, link.target, weight=w + link.n)
    pos = (
        nx.spring_layout(g, seed=seed, weight="weight", k=2.5 / math.sqrt(max(len(g), 1)), iterations=80)
        if len(g)
        else {}
    )
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    sx, sy = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1

    def at(a: str) -> tuple[float, float]:
        x, y = pos[a]
        return (
            margin + (x - min(xs)) / sx * (width - 2 * margin - 160),
            margin + (y - min(ys)) / sy * (height - 2 * margin),
        )

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" {FONT} role="img" aria-label={quoteattr(title)}>',
        '<defs><marker id="tip" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
        'markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#777"/></marker></defs>',
        f'<text x="4" y="18" font-size="14" font-weight="bold">{esc(title)}</text>',
    ]
    most = max((link.n for link in links), default=1) or 1
    order = {q: i for i, q in enumerate((*QUADS, OTHER))}
    for link in sorted(links, key=lambda lk: (lk.source, lk.target, order.get(lk.quad, 9))):
        (x1, y1), (x2, y2) = at(link.source), at(link.target)
        length = math.hypot(x2 - x1, y2 - y1) or 1
        # each quad class its own curve, the two directions on either side; short links bend less
        bend = min(0.25 * length, 6 + 6 * order.get(link.quad, 4))
        cx, cy = (x1 + x2) / 2 - bend * (y2 - y1) / length, (y1 + y2) / 2 + bend * (x2 - x1) / length
        w = 0.6 + 5 * math.sqrt(link.n / most)
        tip = f"{link.source} \u2192 {link.target}: {link.quad}, {link.n}"
        out.append(
            f'<path class="link" d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}" fill="none" '
            f'stroke="{QUAD_COLOURS.get(link.quad, "#999")}" stroke-width="{w:.1f}" stroke-opacity="0.6" '
            f'marker-end="url(#tip)"{ids_attr(link.ids, link.n)}><title>{esc(tip)}</title></path>'
        )
    ranked = sorted(actors, key=lambda a: (-actors[a]["weight"], a))
    top = max((actors[a]["weight"] for a in ranked), default=1) or 1
    shown = set(ranked[:labelled])
    labels = []
    for name in ranked[::-1]:
        x, y = at(name)
        info = actors[name]
        r = 4 + 14 * math.sqrt(info["weight"] / top)
        tip = f"{name} ({info.get('kind') or 'actor'}): {info['weight']} facts"
        out.append(
            f'<g class="actor"{ids_attr(info["ids"], info["weight"])}><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
            f'fill="#fff" stroke="#333" stroke-width="1.5"/><title>{esc(tip)}</title></g>'
        )
        if name in shown:  # drawn after every circle, so no circle hides a label
            labels.append(
                f'<text class="label" x="{x:.1f}" y="{y - r - 3:.1f}" font-size="12" text-anchor="middle" '
                f'paint-order="stroke" stroke="#fff" stroke-width="3" pointer-events="none">'
                f"{esc(_short(name, 30))}</text>"
            )
    out.extend(labels)
    lx = width - 170
    for i, quad in enumerate((*QUADS, OTHER)):
        out.append(
            f'<line x1="{lx}" y1="{60 + i * 18}" x2="{lx + 22}" y2="{60 + i * 18}" stroke="{QUAD_COLOURS[quad]}" '
            f'stroke-width="4"/><text x="{lx + 28}" y="{64 + i * 18}" font-size="11">{esc(quad)}</text>'
        )
    out.append("</svg>")
    return "".join(out)
