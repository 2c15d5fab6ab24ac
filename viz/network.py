"""networkx -> an interactive, self-contained HTML network (pyvis + vis-network, inlined).

pyvis builds the node and edge lists and the physics options; the page itself comes from our own
template, because pyvis's templates load bootstrap and tom-select from the network. Every script and
style is inlined, so the file opens with no network at all. All text from articles is untrusted:
it reaches the page only as JSON data (``<`` escaped) and is shown as text, never as markup.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from .style import legend, node_style, statement_colour

PYVIS_LIB = Path(__import__("pyvis").__file__).parent / "templates" / "lib"
TEMPLATE = Path(__file__).with_name("templates") / "network.html"
MAX_LABEL = 40


def node_label(attrs: dict) -> str:
    """The short text drawn on a node."""
    text = attrs.get("name") or attrs.get("title") or attrs.get("text") or attrs.get("id", "")
    if attrs.get("label") == "Statement":
        text = f"{attrs.get('kind', 'Statement')}: {attrs.get('text', '')}"
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "\u2026"


def node_tooltip(graph: nx.MultiDiGraph, node: str, attrs: dict) -> str:
    """Plain-text tooltip: the facts a reader needs to trust a node, with its evidence."""
    label = attrs.get("label", "")
    lines = [f"{label}: {attrs.get('name') or attrs.get('title') or ''}".rstrip(": ")]
    if label == "Statement":
        speakers = [graph.nodes[u].get("name", u) for u, _, k in graph.in_edges(node, keys=True)
                    if k == "SAID"]
        lines = [f"{attrs.get('kind', '')} by {', '.join(speakers) or 'unknown'}"
                 f" ({attrs.get('date') or 'no date'})", f"\u201c{attrs.get('text', '')}\u201d"]
    for key in ("kind", "country", "role", "date", "status", "cameo", "plover", "published", "url"):
        if key in attrs and not (label == "Statement" and key in ("kind", "date")):
            lines.append(f"{key}: {attrs[key]}")
    if label == "Actor":
        lines.append(f"links: {graph.degree(node)}")
    for _, _, key, data in graph.out_edges(node, keys=True, data=True):
        if key == "REPORTED_IN" and data.get("sentence"):
            lines.append(f"evidence: {data['sentence']}")
            break
    return "\n".join(lines)


def to_pyvis(graph: nx.MultiDiGraph) -> Network:
    """A pyvis Network of ``graph`` styled from the ontology, sized by degree."""
    net = Network(directed=True, cdn_resources="in_line")
    for node, attrs in graph.nodes(data=True):
        colour, shape = node_style(attrs.get("label", ""), attrs.get("kind"))
        net.add_node(node, label=node_label(attrs), title=node_tooltip(graph, node, attrs),
                     color=colour, shape=shape, size=10 + 3 * min(graph.degree(node), 15),
                     group=attrs.get("label", ""), kind=attrs.get("kind", attrs.get("label", "")),
                     date=attrs.get("date") or attrs.get("published") or "")
    for u, v, key, data in graph.edges(keys=True, data=True):
        colour = None
        if key in ("SAID", "TARGETS"):
            statement = v if key == "SAID" else u
            colour = statement_colour(graph.nodes[statement].get("kind"))
        edge = {"label": key, "title": key, "arrows": "to"}
        if colour:
            edge["color"] = colour
        if data.get("weight"):
            edge["value"] = data["weight"]
            edge["title"] = f"{key} \u00d7 {data['weight']}"
        net.add_edge(u, v, **edge)
    return net


OPTIONS = {
    "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300}},
    "edges": {"smooth": {"type": "dynamic"}, "font": {"size": 9, "align": "middle"}},
    "interaction": {"hover": True},
}


def _json_for_script(data) -> str:
    """JSON safe inside a <script> element: no '</script>' or '<!--' can end it early."""
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(graph: nx.MultiDiGraph, title: str = "diplograph") -> str:
    """The whole page as one string: scripts, styles and data inlined."""
    net = to_pyvis(graph)
    page = TEMPLATE.read_text(encoding="utf-8")
    legend_rows = "".join(
        f'<li><span class="swatch" style="background:{html.escape(colour)}"></span>'
        f"{html.escape(name)} <small>({html.escape(shape)})</small></li>"
        for name, colour, shape in legend())
    replacements = {
        "{{TITLE}}": html.escape(title),
        "{{LEGEND}}": legend_rows,
        "{{VIS_CSS}}": (PYVIS_LIB / "vis-9.1.2" / "vis-network.css").read_text(encoding="utf-8"),
        "{{VIS_JS}}": (PYVIS_LIB / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8"),
        "{{NODES}}": _json_for_script(net.nodes),
        "{{EDGES}}": _json_for_script(net.edges),
        "{{OPTIONS}}": _json_for_script(OPTIONS),
        "{{COUNTS}}": html.escape(f"{graph.number_of_nodes()} nodes, "
                                  f"{graph.number_of_edges()} relationships"),
    }
    for key in ("{{TITLE}}", "{{LEGEND}}", "{{COUNTS}}", "{{NODES}}", "{{EDGES}}", "{{OPTIONS}}",
                "{{VIS_CSS}}", "{{VIS_JS}}"):  # data first, library code last: it is not scanned
        page = page.replace(key, replacements[key], 1)
    return page


def write_html(graph: nx.MultiDiGraph, path: str | Path, title: str = "diplograph") -> Path:
    """Write the page for ``graph`` to ``path`` and return the path.

    >>> import tempfile, os
    >>> g = nx.MultiDiGraph(); g.add_node("a", label="Actor", name="<b>x</b>", kind="Person")
    >>> p = write_html(g, os.path.join(tempfile.mkdtemp(), "g.html"))
    >>> "<b>x</b>" in p.read_text()
    False
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(graph, title), encoding="utf-8")
    return path
