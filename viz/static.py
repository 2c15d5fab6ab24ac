"""Static pictures for reports: a PNG screenshot of the page, or an SVG drawn from networkx.

``write_png`` opens the self-contained page in headless Chromium (Debian's ``chromium``, or the
browser named by ``DIPLOGRAPH_CHROMIUM``) with background networking off, lets the layout settle
(virtual time) and saves a screenshot: the picture is exactly what the page shows, legend included.
``write_svg`` needs no browser: it lays the graph out with networkx (same colours, shapes
approximated, labels and legend escaped as XML).
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import networkx as nx

from ontology.errors import OutputError

from .network import node_label, short
from .style import edge_colour, group_of, node_style

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-extensions",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
    "--mute-audio",
)


def find_browser() -> str | None:
    """The Chromium to use: ``DIPLOGRAPH_CHROMIUM``, else the first browser on the PATH."""
    named = os.environ.get("DIPLOGRAPH_CHROMIUM")
    if named:
        return named
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def write_png(
    page: str | Path,
    path: str | Path,
    width: int = 1600,
    height: int = 1000,
    settle_ms: int = 20000,
    timeout: float = 180,
) -> Path:
    """Screenshot the HTML ``page`` into ``path`` with headless Chromium.

    Raises ``OutputError`` (one line for the user) when no browser is found or it fails.
    """
    browser = find_browser()
    if not browser:
        raise OutputError(
            "--png needs Chromium: install it (apt-get install chromium, or "
            "`make browser`) or set DIPLOGRAPH_CHROMIUM; --svg needs no browser"
        )
    path = Path(path).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="diplograph-chromium-") as profile:
        cmd = [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--virtual-time-budget={settle_ms}",
            f"--screenshot={path}",
            Path(page).resolve().as_uri(),
        ]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise OutputError(f"Chromium could not take the screenshot: {exc}") from exc
    if done.returncode != 0 or not path.exists() or path.stat().st_size == 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise OutputError(f"Chromium could not take the screenshot: {last}")
    return path


def _shape(shape: str, x: float, y: float, r: float, colour: str) -> str:
    fill = f'fill="{colour}" stroke="#333" stroke-width="0.5"'
    if shape in ("diamond", "square", "box", "database"):
        if shape == "diamond":
            pts = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
        else:
            w = r * (1.6 if shape == "box" else 1)
            return f'<rect x="{x - w:.1f}" y="{y - r:.1f}" width="{2 * w:.1f}" height="{2 * r:.1f}" rx="2" {fill}/>'
    elif shape in ("triangle", "triangleDown"):
        s = -1 if shape == "triangle" else 1
        pts = [(x, y + s * r), (x + r, y - s * r * 0.7), (x - r, y - s * r * 0.7)]
    elif shape == "star":
        pts = [
            (
                x + (r if i % 2 == 0 else r * 0.45) * math.sin(i * math.pi / 5),
                y - (r if i % 2 == 0 else r * 0.45) * math.cos(i * math.pi / 5),
            )
            for i in range(10)
        ]
    elif shape == "hexagon":
        pts = [(x + r * math.cos(i * math.pi / 3), y + r * math.sin(i * math.pi / 3)) for i in range(6)]
    elif shape == "ellipse":
        return f'<ellipse cx="{x:.1f}" cy="{y:.1f}" rx="{r * 1.6:.1f}" ry="{r:.1f}" {fill}/>'
    else:
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {fill}/>'
    return '<polygon points="' + " ".join(f"{px:.1f},{py:.1f}" for px, py in pts) + f'" {fill}/>'


def packed_layout(graph: nx.MultiDiGraph, seed: int = 7) -> dict:
    """Spring layout of each connected component, the components packed in rows, biggest first
    (one spring layout of everything flings small components to the corners).

    >>> from viz.views import example_graph
    >>> pos = packed_layout(example_graph())
    >>> sorted(pos) == sorted(example_graph()), all(len(p) == 2 for p in pos.values())
    (True, True)
    """
    simple = nx.Graph(graph.to_undirected(as_view=True))
    parts = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c))))
    placed = []
    for part in parts:
        size = math.sqrt(len(part))
        sub = simple.subgraph(part)
        local = (
            nx.spring_layout(sub, seed=seed, iterations=60, scale=size)
            if len(part) > 1
            else {next(iter(part)): (0.0, 0.0)}
        )
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        placed.append((local, min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1))
    row_width = max([w for *_, w, _ in placed] + [math.sqrt(sum(w * h for *_, w, h in placed)) * 1.3])
    pos, x, y, row_h = {}, 0.0, 0.0, 0.0
    for local, x0, y0, w, h in placed:
        if x and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for node, (px, py) in local.items():
            pos[node] = (x + px - x0, y + py - y0)
        x += w
        row_h = max(row_h, h)
    return pos


def svg(
    graph: nx.MultiDiGraph, title: str = "diplograph", width: int = 1600, height: int = 1000, seed: int = 7
) -> str:
    """The graph as an SVG document: nodes styled as on the page, edges with arrows and type
    labels (several between two nodes curved apart), a legend, a title; text XML-escaped.

    >>> from viz.views import example_graph
    >>> doc = svg(example_graph(), title="<x>")
    >>> doc.startswith("<svg") and "&lt;x&gt;" in doc and "<script" not in doc
    True
    >>> doc.count('class="node"'), doc.count('class="edge"')
    (8, 13)
    """
    margin, legend_w = 60, 190
    pos = packed_layout(graph, seed)
    xs = [p[0] for p in pos.values()] or [0]
    ys = [p[1] for p in pos.values()] or [0]
    span_x, span_y = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1
    plot_w, plot_h = width - legend_w - 2 * margin, height - 2 * margin - 30

    def at(node):
        x, y = pos[node]
        return (margin + (x - min(xs)) / span_x * plot_w, margin + 30 + (y - min(ys)) / span_y * plot_h)

    big = len(graph) > 300
    edge_labels = graph.number_of_edges() <= 60
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" '
        'markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        'fill="#666"/></marker></defs>',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="{margin}" y="34" font-size="20" font-weight="bold">{escape(title)}</text>',
        f'<text x="{margin}" y="54" font-size="12" fill="#555">'
        f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships</text>",
    ]
    seen_pairs: dict[frozenset, int] = {}
    for u, v, key, data in graph.edges(keys=True, data=True):
        (x1, y1), (x2, y2) = at(u), at(v)
        skind = (
            graph.nodes[v].get("kind")
            if key == "SAID"
            else (
                graph.nodes[u].get("kind")
                if key == "TARGETS"
                else data.get("kind")
                if key == "TARGETED"
                else None
            )
        )
        colour = edge_colour(key, skind)
        n = seen_pairs.get(frozenset((u, v)), 0)
        seen_pairs[frozenset((u, v))] = n + 1
        bend = 0 if n == 0 else 18 * ((n + 1) // 2) * (1 if n % 2 else -1)
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        length = math.hypot(x2 - x1, y2 - y1) or 1
        cx, cy = mx - bend * (y2 - y1) / length, my + bend * (x2 - x1) / length
        width_px = 1 + min(float(data.get("weight") or 1), 8) * 0.6 if data.get("weight") else 0.8
        arrow = ' marker-end="url(#arrow)"' if data.get("directed", True) else ""
        out.append(
            f'<path class="edge" d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}" '
            f'fill="none" stroke="{colour}" stroke-width="{width_px:.1f}" '
            f'stroke-opacity="0.7"{arrow}/>'
        )
        if edge_labels:
            out.append(
                f'<text x="{cx:.1f}" y="{cy:.1f}" font-size="8" fill="#777" '
                f'text-anchor="middle">{escape(str(key))}</text>'
            )
    degrees = dict(graph.degree())
    top = max(degrees.values(), default=1) or 1
    for node, attrs in graph.nodes(data=True):
        x, y = at(node)
        colour, shape = node_style(attrs.get("label"), attrs.get("kind"))
        r = 5 + 13 * math.sqrt(degrees[node] / top)
        out.append(f'<g class="node">{_shape(shape, x, y, r, colour)}')
        if not big or degrees[node] >= top / 3:
            out.append(
                f'<text x="{x:.1f}" y="{y + r + 11:.1f}" font-size="11" '
                f'text-anchor="middle">{escape(short(node_label(attrs), 30))}</text>'
            )
        out.append("</g>")
    groups: dict[str, tuple[str, str]] = {}
    for _, attrs in graph.nodes(data=True):
        groups.setdefault(
            group_of(attrs.get("label"), attrs.get("kind")), node_style(attrs.get("label"), attrs.get("kind"))
        )
    lx, ly = width - legend_w + 10, 80
    out.append(f'<text x="{lx}" y="{ly - 14}" font-size="13" font-weight="bold">Legend</text>')
    for i, (name, (colour, shape)) in enumerate(groups.items()):
        out.append(_shape(shape, lx + 6, ly + i * 18, 6, colour))
        out.append(f'<text x="{lx + 20}" y="{ly + i * 18 + 4}" font-size="12">{escape(str(name))}</text>')
    out.append("</svg>")
    return "\n".join(out)


def write_svg(graph: nx.MultiDiGraph, path: str | Path, title: str = "diplograph") -> Path:
    """Write :func:`svg` of ``graph`` to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(svg(graph, title), encoding="utf-8")
    return path
