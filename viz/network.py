"""networkx -> an interactive, self-contained HTML network (vis-network from pyvis's package).

The page is our own template: vis-network's script and style (shipped inside pyvis) are inlined,
so the file opens with no network at all, and a Content-Security-Policy forbids every request.
All text from articles is untrusted: it reaches the page only as JSON data (``<``, ``>`` and ``&``
escaped) and the page's script shows it with ``textContent``/``innerText``, never as markup; the
legend, built here, is HTML-escaped.

``page_data`` is the whole picture as plain data (nodes, edges, legend, options); ``render_html``
puts it into the template; ``to_pyvis`` gives the same nodes and edges as a pyvis ``Network`` for
notebooks.
"""

from __future__ import annotations

import html
import json
import math
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis

from .style import (
    DASHED,
    QUAD_COLOURS,
    edge_colour,
    group_of,
    group_order,
    legend,
    node_style,
    statement_colour,
    statement_legend,
)
from .views import node_date

PYVIS_LIB = Path(pyvis.__file__).parent / "templates" / "lib"
VIS_DIR = PYVIS_LIB / "vis-9.1.2"
TEMPLATE = Path(__file__).with_name("templates") / "network.html"
MAX_LABEL = 40
LABEL_INSIDE = {"box", "ellipse", "circle", "database", "text"}
COMPACT = {"box": "square", "ellipse": "dot", "circle": "dot", "database": "square"}
SMALL = 150  # up to this many nodes vis-network lays out from scratch (improvedLayout)
BIG = 600  # from this many nodes on, the page trades looks for speed
TOP_LABELS = 15  # labels always drawn, whatever the zoom
COMMUNITY_COLOURS = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#7f7f7f",
)


def short(text: str, limit: int = MAX_LABEL) -> str:
    """``text`` on one line, cut to ``limit`` characters.

    >>> short("a  b\\nc"), short("x" * 50, 10)
    ('a b c', 'xxxxxxxxx…')
    """
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def node_label(attrs: dict) -> str:
    """The short text drawn on a node.

    >>> node_label({"label": "Statement", "kind": "Appeal", "text": "We want talks."})
    'Appeal: We want talks.'
    >>> node_label({"label": "Actor", "name": "Landia"})
    'Landia'
    """
    if attrs.get("label") == "Statement":
        return short(f"{attrs.get('kind') or 'Statement'}: {attrs.get('text') or ''}")
    return short(attrs.get("name") or attrs.get("title") or attrs.get("text") or attrs.get("id") or "")


def _name(graph: nx.MultiDiGraph, node: Any) -> str:
    attrs = graph.nodes[node]
    return str(attrs.get("name") or attrs.get("title") or attrs.get("id") or node)


def _evidence(graph: nx.MultiDiGraph, node: Any) -> tuple[str | None, dict | None]:
    """The first evidence sentence of ``node`` and the article it is in."""
    for _, article, key, data in graph.out_edges(node, keys=True, data=True):
        if key == "REPORTED_IN":
            attrs = graph.nodes[article]
            link = {
                "href": attrs.get("url") or "",
                "text": attrs.get("title") or attrs.get("url") or "the article",
                "date": attrs.get("published") or "",
            }
            return data.get("sentence"), link
    return None, None


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return str(value)


def tooltip(graph: nx.MultiDiGraph, node: Any) -> dict:
    """What a reader needs to trust a node, as data the page turns into text (never markup):
    ``h`` a heading, ``q`` a quote, ``rows`` (name, value) pairs, ``ev`` the evidence sentence
    and ``link`` the article it is in.

    >>> from viz.views import example_graph
    >>> tip = tooltip(example_graph(), "s1")
    >>> tip["h"], tip["q"], tip["ev"], tip["link"]["href"]
    ('Appeal by Ana Example', 'We want talks.', 'Ana spoke.', 'https://example.org/a')
    >>> dict(tip["rows"])["targets"], dict(tip["rows"])["date"]
    ('Otherland', '2024-01-02')
    >>> dict(tooltip(example_graph(), "call")["rows"])["participants"]
    'Ana Example (participant), Otherland (participant)'
    >>> dict(tooltip(example_graph(), "ana")["rows"])["statements made"]
    '2'
    """
    attrs = graph.nodes[node]
    label = attrs.get("label")
    ins = defaultdict(list)
    outs = defaultdict(list)
    for u, _, key, data in graph.in_edges(node, keys=True, data=True):
        ins[key].append((u, data))
    for _, v, key, data in graph.out_edges(node, keys=True, data=True):
        outs[key].append((v, data))
    rows: list[tuple[str, Any]] = []
    heading = _name(graph, node)
    quote = None
    if label == "Statement":
        speakers = ", ".join(_name(graph, u) for u, _ in ins["SAID"]) or "unknown speaker"
        heading = f"{attrs.get('kind') or 'Statement'} by {speakers}"
        quote = attrs.get("text")
        rows += [
            ("speaker", speakers),
            ("kind", attrs.get("kind")),
            ("targets", ", ".join(_name(graph, v) for v, _ in outs["TARGETS"])),
            ("date", node_date(graph, node)),
            ("mode", attrs.get("mode")),
            ("cue", attrs.get("cue")),
            ("CAMEO", attrs.get("cameo")),
            ("PLOVER", attrs.get("plover")),
            ("during", ", ".join(_name(graph, v) for v, _ in outs["DURING"])),
            ("mentions", ", ".join(_name(graph, v) for v, _ in outs["MENTIONS"])),
        ]
    elif label == "Event":
        rows += [
            ("kind", attrs.get("kind")),
            ("date", node_date(graph, node)),
            ("status", attrs.get("status")),
            ("place", ", ".join(_name(graph, v) for v, _ in outs["IN"])),
            (
                "participants",
                ", ".join(
                    _name(graph, u) + (f" ({d['role']})" if d.get("role") else "")
                    for u, d in ins["PARTICIPATED_IN"]
                ),
            ),
            ("quantities", attrs.get("quantities")),
            ("CAMEO", attrs.get("cameo")),
            ("statements", len(ins["DURING"]) or None),
        ]
    elif label == "Actor":
        counts = [
            ("statements made", attrs.get("said", len(outs["SAID"]))),
            ("statements targeting it", attrs.get("targeted_by", len(ins["TARGETS"]))),
            ("events", attrs.get("events", len(outs["PARTICIPATED_IN"]))),
            ("articles", len(outs["REPORTED_IN"]) or None),
            ("links", graph.degree(node)),
        ]
        rows += [
            ("kind", attrs.get("kind")),
            ("country", attrs.get("country")),
            ("role", attrs.get("role")),
            ("affiliated with", ", ".join(_name(graph, v) for v, _ in outs["AFFILIATED_WITH"])),
            ("backs", ", ".join(_name(graph, v) for v, _ in outs["BACKS"])),
            ("aliases", attrs.get("aliases")),
            ("Wikidata", attrs.get("wikidata")),
        ]
        rows += [(k, str(v)) for k, v in counts if v is not None]
    elif label == "Place":
        rows += [
            ("kind", attrs.get("kind")),
            ("events here", len(ins["IN"])),
            ("Wikidata", attrs.get("wikidata")),
        ]
    elif label == "Article":
        rows += [
            ("published", attrs.get("published")),
            ("outlet", attrs.get("outlet")),
            ("byline", attrs.get("byline")),
            ("facts reported", len(ins["REPORTED_IN"])),
        ]
    else:
        rows += [(k, v) for k, v in attrs.items() if k not in ("label", "id")]
    evidence, link = _evidence(graph, node)
    if label == "Article" and attrs.get("url"):
        link = {"href": attrs["url"], "text": attrs["url"], "date": ""}
    return {
        "h": heading,
        "q": quote,
        "ev": evidence,
        "link": link,
        "rows": [(k, _text(v)) for k, v in rows if v not in (None, "", [], {})],
    }


GOLDEN = math.pi * (3 - math.sqrt(5))


def initial_positions(graph: nx.MultiDiGraph, spacing: float = 110.0) -> dict[Any, tuple[int, int]]:
    """A cheap starting layout (linear in the graph's size) so that physics needs few iterations
    on big graphs: actors on a sunflower spiral, busiest in the middle; every other node in a
    small spiral around the centre of the actors it is linked to, or of whatever neighbours
    were placed; the rest on the outside.

    >>> from viz.views import example_graph
    >>> pos = initial_positions(example_graph())
    >>> len(pos), pos["ana"] != pos["other"], all(isinstance(v, int) for xy in pos.values() for v in xy)
    (8, True, True)
    """
    n = max(len(graph), 1)
    radius = spacing * math.sqrt(n / math.pi)
    actors = sorted(
        (v for v, label in graph.nodes(data="label") if label == "Actor"),
        key=lambda v: (-graph.degree(v), str(v)),
    )
    step = 0.7 * radius / math.sqrt(max(len(actors), 1))
    pos: dict[Any, tuple[float, float]] = {}
    if any("community" in graph.nodes[a] for a in actors):
        pos.update(_community_positions(graph, actors, step))
    for i, actor in enumerate(actors):
        if actor in pos:
            continue
        r = step * math.sqrt(i + 0.5)
        pos[actor] = (r * math.cos(i * GOLDEN), r * math.sin(i * GOLDEN))
    crowd: Counter = Counter()
    for _ in range(2):  # statements and events first, then what hangs off them
        for node in graph:
            if node in pos:
                continue
            near = [pos[m] for m in set(graph.successors(node)) | set(graph.predecessors(node)) if m in pos]
            if not near:
                continue
            cx = sum(x for x, _ in near) / len(near)
            cy = sum(y for _, y in near) / len(near)
            key = (round(cx / spacing), round(cy / spacing))
            j = crowd[key]
            crowd[key] += 1
            r = spacing * 0.45 * math.sqrt(j + 1)
            pos[node] = (cx + r * math.cos(j * GOLDEN), cy + r * math.sin(j * GOLDEN))
    rest = [v for v in graph if v not in pos]
    for i, node in enumerate(rest):  # unlinked: a ring around the rest, not far away
        angle = 2 * math.pi * i / len(rest)
        pos[node] = (radius * 0.4 * math.cos(angle), radius * 0.4 * math.sin(angle))
    return {v: (int(x), int(y)) for v, (x, y) in pos.items()}


def _community_positions(graph: nx.MultiDiGraph, actors: list, step: float) -> dict[Any, tuple[float, float]]:
    """Actors grouped by community: each community a small sunflower of its members (busiest in
    the middle), the communities themselves on a larger sunflower, the biggest in the centre."""
    members: dict[int, list] = defaultdict(list)
    for actor in actors:  # already busiest first
        if "community" in graph.nodes[actor]:
            members[int(graph.nodes[actor]["community"])].append(actor)
    pos: dict[Any, tuple[float, float]] = {}
    gap = 2.2 * step * math.sqrt(max((len(m) for m in members.values()), default=1))
    for k, community in enumerate(sorted(members, key=lambda c: (-len(members[c]), c))):
        r = gap * math.sqrt(k) if k else 0.0
        cx, cy = r * math.cos(k * GOLDEN), r * math.sin(k * GOLDEN)
        for i, actor in enumerate(members[community]):
            rr = step * math.sqrt(i + 0.5)
            pos[actor] = (cx + rr * math.cos(i * GOLDEN), cy + rr * math.sin(i * GOLDEN))
    return pos


def _font_colour(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (#rrggbb)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#222222" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


def vis_nodes(graph: nx.MultiDiGraph) -> list[dict]:
    """One vis-network node per graph node: shape and colour from its kind, ``value`` its degree
    (vis scales size by it; shapes that hold their label keep one size), ``deg`` the degree,
    the filter fields ``group``, ``skind`` (statement kind) and ``date``,
    and the tooltip data ``tip``.

    >>> from viz.views import example_graph
    >>> n = {d["id"]: d for d in vis_nodes(example_graph())}
    >>> n["land"]["shape"], n["land"]["group"], n["s1"]["skind"], n["call"]["deg"]
    ('diamond', 'State', 'Appeal', 5)
    """
    out = []
    grouped = any("community" in a for _, a in graph.nodes(data=True))
    pos = initial_positions(graph) if len(graph) > SMALL or grouped else {}
    big = len(graph) >= BIG
    top = top_nodes(graph)
    for node, attrs in graph.nodes(data=True):
        label, kind = attrs.get("label"), attrs.get("kind")
        colour, shape = node_style(label, kind)
        if big:  # shapes that hold their label are too big by the thousand: label outside
            shape = COMPACT.get(shape, shape)
        item = {
            "id": str(node),
            "label": node_label(attrs),
            "shape": shape,
            "color": {
                "background": colour,
                "border": colour,
                "highlight": {"background": colour, "border": "#000000"},
                "hover": {"background": colour, "border": "#000000"},
            },
            "value": graph.degree(node),
            "deg": graph.degree(node),
            "group": group_of(label, kind),
            "date": node_date(graph, node) or "",
            "tip": tooltip(graph, node),
        }
        if node in pos:
            item["x"], item["y"] = pos[node]
        if "community" in attrs:  # grouped by community: colour and legend row per community
            colour = COMMUNITY_COLOURS[int(attrs["community"]) % len(COMMUNITY_COLOURS)]
            item["group"] = f"community {int(attrs['community']) + 1}"
            item["color"] = {
                "background": colour,
                "border": colour,
                "highlight": {"background": colour, "border": "#000000"},
                "hover": {"background": colour, "border": "#000000"},
            }
        if node in top:
            item["top"] = top[node]  # its rank: the busiest label is placed first
        if attrs.get("panel"):
            item["panel"] = attrs["panel"]
        if label == "Statement":
            item["skind"] = kind or "Statement"
        if label == "Actor":
            item["actor"] = attrs.get("name") or str(node)
        if big and label in ("Statement", "Article", "Place"):  # their labels show up close
            item["font"] = {"size": 8}
        if shape in LABEL_INSIDE:  # the label is the size: keep it small, whatever the degree
            item["font"] = {"color": _font_colour(colour), "size": 11}
            del item["value"]  # vis would grow the shape with it
            item["widthConstraint"] = {"maximum": 150}
            if label == "Article":
                item["label"] = short(item["label"], 30)
                item["shapeProperties"] = {"borderDashes": [4, 3]}
                item["color"]["border"] = "#777777"
        out.append(item)
    return out


def top_nodes(graph: nx.MultiDiGraph, limit: int = TOP_LABELS) -> dict[Any, int]:
    """The most connected actors (or nodes, in a graph without actors), whose labels the page
    draws at every zoom level, with their rank (1 the most connected).

    >>> from viz.views import example_graph
    >>> top_nodes(example_graph(), 2)
    {'ana': 1, 'other': 2}
    """
    actors = [n for n, label in graph.nodes(data="label") if label == "Actor"] or list(graph)
    ranked = sorted(actors, key=lambda n: (-graph.degree(n, weight="weight"), str(n)))[:limit]
    return {n: i + 1 for i, n in enumerate(ranked)}


def _curves(graph: nx.MultiDiGraph) -> dict[tuple, dict]:
    """A distinct curve for each of several edges between the same two nodes (either way)."""
    pairs = defaultdict(list)
    for u, v, key in graph.edges(keys=True):
        if u != v:
            pairs[frozenset((u, v))].append((u, v, key))
    curves = {}
    for edges in pairs.values():
        if len(edges) < 2:
            continue
        first = min(str(edges[0][0]), str(edges[0][1]))
        for i, (u, v, key) in enumerate(edges):
            bend = 0.2 * (i // 2 + 1) * (1 if i % 2 == 0 else -1)
            if str(u) != first:  # drawn the other way round: its clockwise is our anticlockwise
                bend = -bend
            curves[(u, v, key)] = {
                "enabled": True,
                "type": "curvedCW" if bend > 0 else "curvedCCW",
                "roundness": round(abs(bend), 2),
            }
    return curves


def vis_edges(graph: nx.MultiDiGraph) -> list[dict]:
    """One vis-network edge per relationship, labelled by its type, with an arrow; statement
    edges coloured by the statement's kind; aggregated edges (``weight``) drawn wider and
    carrying their ``facts`` (kind, date) for the page's filters.

    >>> from viz.views import example_graph
    >>> e = [d for d in vis_edges(example_graph()) if d["label"] == "TARGETS"]
    >>> sorted(d["color"]["color"] for d in e), e[0]["arrows"]
    (['#1f77b4', '#ff7f0e'], 'to')
    """
    curves = _curves(graph)
    out = []
    for i, (u, v, key, data) in enumerate(graph.edges(keys=True, data=True)):
        skind = None
        if key == "SAID":
            skind = graph.nodes[v].get("kind") or "Statement"
        elif key in ("TARGETS", "MENTIONS", "DURING") and graph.nodes[u].get("label") == "Statement":
            skind = graph.nodes[u].get("kind") or "Statement"
        elif data.get("kind") and key == "TARGETED":
            skind = data["kind"]
        colour = edge_colour(key, skind if key != "DURING" and key != "MENTIONS" else None)
        edge: dict[str, Any] = {
            "id": i,
            "from": str(u),
            "to": str(v),
            "label": str(key),
            "arrows": "to" if data.get("directed", True) else "",
            "color": {"color": colour, "highlight": "#000000", "hover": colour},
            "title": short(f"{_name(graph, u)} \u2014{key}\u2192 {_name(graph, v)}", 200),
        }
        if key in DASHED:
            edge["dashes"] = True
        if skind and key != "DURING" and key != "MENTIONS":
            edge["skind"] = skind
        if (u, v, key) in curves:
            edge["smooth"] = curves[(u, v, key)]
        if data.get("role"):
            edge["title"] += f" ({data['role']})"
        if data.get("weight"):
            weight = data["weight"]
            edge["value"] = weight
            facts = data.get("facts") or []
            edge["facts"] = [[f.get("kind") or "", f.get("date") or ""] for f in facts]
            if data.get("quad"):  # one edge per dyad and quad class, coloured by the class
                quad = str(data["quad"])
                what = "statement" if data.get("type") == "TARGETED" else "shared event"
                edge["color"] = {"color": QUAD_COLOURS.get(quad, "#999999"), "highlight": "#000000"}
                edge["quad"], edge["lab"] = quad, quad
                edge.pop("skind", None)
                edge["label"] = f"{quad} \u00d7{weight}"
                kinds = ", ".join(f"{k} \u00d7{n}" for k, n in (data.get("kinds") or {}).items())
                edge["title"] = (
                    f"{_name(graph, u)} \u2192 {_name(graph, v)}: {weight} {quad} {what}"
                    f"{'s' if weight != 1 else ''} ({kinds})"
                )
            elif key == "TARGETED":
                kinds = ", ".join(
                    f"{k} \u00d7{n}"
                    for k, n in sorted((data.get("kinds") or {}).items(), key=lambda kv: -kv[1])
                )
                edge["label"] = f"{data.get('kind') or key} \u00d7{weight}"
                edge["lab"] = str(data.get("kind") or key)
                edge["title"] = (
                    f"{_name(graph, u)} \u2192 {_name(graph, v)}: {weight} statement"
                    f"{'s' if weight != 1 else ''} ({kinds})"
                )
            else:
                edge["label"] = f"{key} \u00d7{weight}"
                edge["lab"] = str(key)
                edge["title"] = (
                    f"{_name(graph, u)} and {_name(graph, v)}: {weight} shared "
                    f"event{'s' if weight != 1 else ''}"
                )
            examples = [
                f"{f.get('date') or 'undated'} {f.get('kind')}: {short(f.get('text') or '', 90)}"
                for f in facts[:6]
            ]
            edge["title"] += "".join(f"\n\u2022 {line}" for line in examples)
            if len(facts) > 6:
                edge["title"] += f"\n\u2026 and {len(facts) - 6} more"
        out.append(edge)
    return out


def options(n_nodes: int) -> dict:
    """vis-network options: physics that settles (a fixed number of iterations, then stops),
    sizes scaled by degree, lighter drawing for big graphs."""
    big = n_nodes >= BIG
    iterations = 300 if n_nodes <= SMALL else 150 if not big else 60
    return {
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= SMALL},
        "physics": {
            "solver": "barnesHut" if big else "forceAtlas2Based",
            "barnesHut": {
                "gravitationalConstant": -4000,
                "springLength": 110,
                "avoidOverlap": 0,
                "theta": 1.0,
            },
            "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 120, "avoidOverlap": 0.8},
            "adaptiveTimestep": not big,
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 10, "fit": True},
            "minVelocity": 1.0,
        },
        "nodes": {
            "scaling": {
                "min": 8,
                "max": 36,
                "label": {"enabled": True, "min": 11, "max": 16, "drawThreshold": 8 if big else 6},
            },
            "font": {"size": 12, "face": "system-ui, sans-serif"},
            "borderWidth": 1,
        },
        "edges": {
            "smooth": {"enabled": not big, "type": "continuous", "roundness": 0.3},
            "font": {"size": 9, "align": "middle", "strokeWidth": 2},
            "arrows": {"to": {"scaleFactor": 0.5}},
            "scaling": {"min": 1, "max": 8, "label": {"enabled": False, "drawThreshold": 13 if big else 5}},
            "width": 1,
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "navigationButtons": False,
            "keyboard": False,
        },
    }


def page_data(graph: nx.MultiDiGraph) -> dict:
    """Everything the page draws, as JSON-ready data: nodes, edges, options and the legend
    (the node groups and statement kinds present, with counts, in the ontology's order).

    >>> from viz.views import example_graph
    >>> data = page_data(example_graph())
    >>> len(data["nodes"]), len(data["edges"])
    (8, 13)
    >>> [g["name"] for g in data["groups"]][:3], [s["name"] for s in data["skinds"]]
    (['Person', 'State', 'PhoneCall'], ['Appeal', 'Accusation'])
    """
    nodes = vis_nodes(graph)
    edges = vis_edges(graph)
    order = group_order()
    styles = {
        name: (colour, COMPACT.get(shape, shape) if len(nodes) >= BIG else shape)
        for name, colour, shape in legend()
    }
    group_counts = Counter(n["group"] for n in nodes)
    groups = []

    def rank(g: str) -> tuple:  # "community 2" before "community 10"
        number = g.removeprefix("community ")
        return (order.get(g, len(order)), int(number) if number.isdigit() else 0, g)

    for name in sorted(group_counts, key=rank):
        colour, shape = styles.get(
            name, next((n["color"]["background"], n["shape"]) for n in nodes if n["group"] == name)
        )
        groups.append({"name": name, "colour": colour, "shape": shape, "count": group_counts[name]})
    skind_counts = Counter(n["skind"] for n in nodes if "skind" in n)
    for e in edges:  # aggregated statement edges (interactions) carry their kinds
        if e.get("skind") and e.get("facts"):
            skind_counts.update(kind for kind, _ in e["facts"])
    known = [k for k, _ in statement_legend()]
    skinds = [
        {"name": k, "colour": statement_colour(k), "count": skind_counts[k]}
        for k in sorted(skind_counts, key=lambda k: (known.index(k) if k in known else len(known), k))
    ]
    quad_counts: Counter = Counter()
    for e in edges:
        if e.get("quad"):
            quad_counts[e["quad"]] += len(e.get("facts") or [])
    quads = [
        {"name": q, "colour": colour, "count": quad_counts[q]}
        for q, colour in QUAD_COLOURS.items()
        if quad_counts[q]
    ]
    dates = sorted(d for d in (n["date"] for n in nodes) if d)
    dates += sorted(f[1] for e in edges for f in e.get("facts", []) if f[1])
    return {
        "nodes": nodes,
        "edges": edges,
        "options": options(len(nodes)),
        "big": len(nodes) >= BIG,
        "groups": groups,
        "skinds": skinds,
        "quads": quads,
        "dates": [min(dates)[:10], max(dates)[:10]] if dates else ["", ""],
    }


def to_pyvis(graph: nx.MultiDiGraph):
    """The same nodes and edges as a pyvis ``Network`` (for notebooks); tooltips as plain text.

    >>> from viz.views import example_graph
    >>> net = to_pyvis(example_graph())
    >>> len(net.nodes), len(net.edges), net.nodes[0]["title"].splitlines()[0]
    (8, 13, 'Test')
    """
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for node in vis_nodes(graph):
        tip = node.pop("tip")
        node["title"] = "\n".join([tip["h"]] + [f"{k}: {v}" for k, v in tip["rows"]])
        net.add_node(node.pop("id"), **node)
    for edge in vis_edges(graph):
        edge.pop("id")
        net.add_edge(edge.pop("from"), edge.pop("to"), **edge)
    net.set_options(json.dumps(options(graph.number_of_nodes())))
    return net


def _json_for_script(data) -> str:
    """JSON safe inside a <script> element: no '</script>' or '<!--' can end it early.

    >>> _json_for_script({"a": "</script><b>&"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    return (
        json.dumps(data, ensure_ascii=False, default=str)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _legend_html(data: dict) -> str:
    rows = []
    for g in data["groups"]:
        rows.append(
            f'<li><label><input type="checkbox" class="f-group" checked '
            f'value="{html.escape(g["name"])}"><span class="swatch shape-{html.escape(g["shape"])}" '
            f'style="background:{html.escape(g["colour"])}"></span>{html.escape(g["name"])} '
            f"<small>{g['count']}</small></label></li>"
        )
    kinds = []
    for s in data["skinds"]:
        kinds.append(
            f'<li><label><input type="checkbox" class="f-skind" checked '
            f'value="{html.escape(s["name"])}"><span class="swatch line" '
            f'style="background:{html.escape(s["colour"])}"></span>{html.escape(s["name"])} '
            f"<small>{s['count']}</small></label></li>"
        )
    out = f'<h2>Nodes</h2><ul id="legend-groups">{"".join(rows)}</ul>'
    quads = "".join(
        f'<li><span class="swatch line" style="background:{html.escape(q["colour"])}"></span>'
        f"{html.escape(q['name'])} <small>{q['count']}</small></li>"
        for q in data.get("quads", [])
    )
    if quads:
        out += f'<h2>Quad classes (edge colour, width = number)</h2><ul id="legend-quads">{quads}</ul>'
    if kinds:
        out += f'<h2>Statement kinds (node and edge colour)</h2><ul id="legend-skinds">{"".join(kinds)}</ul>'
    return out


def render_html(graph: nx.MultiDiGraph, title: str = "diplograph") -> str:
    """The whole page as one string: scripts, styles and data inlined."""
    data = page_data(graph)
    page = TEMPLATE.read_text(encoding="utf-8")
    counts = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships"
    replacements = {
        "{{TITLE}}": html.escape(title),
        "{{LEGEND}}": _legend_html(data),
        "{{COUNTS}}": html.escape(counts),
        "{{DATE_MIN}}": html.escape(data["dates"][0]),
        "{{DATE_MAX}}": html.escape(data["dates"][1]),
        "{{DATA}}": _json_for_script(data),
        "{{VIS_CSS}}": (VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
        "{{VIS_JS}}": (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
    }
    # our own text first, then data, library code last: inserted text is never scanned again
    parts = [page]
    for key in (
        "{{TITLE}}",
        "{{LEGEND}}",
        "{{COUNTS}}",
        "{{DATE_MIN}}",
        "{{DATE_MAX}}",
        "{{DATA}}",
        "{{VIS_CSS}}",
        "{{VIS_JS}}",
    ):
        parts = [piece for part in parts for piece in _split_keep(part, key, replacements[key])]
    return "".join(part[0] if isinstance(part, tuple) else part for part in parts)


def _split_keep(part, key: str, value: str):
    """Replace ``key`` in template pieces only (pieces already inserted are left alone)."""
    if isinstance(part, tuple):
        text, inserted = part
    else:
        text, inserted = part, False
    if inserted or key not in text:
        return [(text, inserted)]
    pieces = text.split(key)
    out = [(pieces[0], False)]
    for piece in pieces[1:]:
        out += [(value, True), (piece, False)]
    return out


def write_html(graph: nx.MultiDiGraph, path: str | Path, title: str = "diplograph") -> Path:
    """Write the page for ``graph`` to ``path`` and return the path.

    >>> import tempfile, os
    >>> g = nx.MultiDiGraph(); g.add_node("a", label="Actor", name="<b>x</b>", kind="Person")
    >>> p = write_html(g, os.path.join(tempfile.mkdtemp(), "g.html"))
    >>> "<b>x</b>" in p.read_text(), "&lt;b&gt;x&lt;/b&gt;" in p.read_text()
    (False, False)
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(graph, title), encoding="utf-8")
    return path
