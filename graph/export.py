"""Exports of the stored graph (or of what a Cypher query returns): RDF, GraphML, GEXF, CSV, and the
event-data table that sets diplograph beside GDELT, ICEWS or POLECAT.

``export_text`` turns a networkx graph (as ``Store.to_networkx`` returns it) into the text of one
format; ``subgraph`` cuts the part a Cypher query returns out of the stored graph.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

import networkx as nx

from ontology.errors import QueryError
from ontology.schema import NODE_TYPES, REL_TYPES

from .rdf import serialize, to_rdf
from .store import Store

RDF_EXPORTS = ("ttl", "jsonld", "nt")
FORMATS = RDF_EXPORTS + ("graphml", "gexf", "csv", "events-csv")
SUFFIXES = {
    "ttl": ".ttl",
    "jsonld": ".jsonld",
    "nt": ".nt",
    "graphml": ".graphml",
    "gexf": ".gexf",
    "csv": ".csv",
    "events-csv": ".csv",
}

EVENT_COLUMNS = (
    "date",
    "source_actor",
    "source_country",
    "target_actor",
    "target_country",
    "cameo",
    "plover",
    "quote",
    "url",
    # beyond the nine columns event data sets share
    "record",
    "id",
    "kind",
    "mode",
    "status",
    "source_id",
    "source_wikidata",
    "target_id",
    "target_wikidata",
    "sentence",
    "article",
)


# -- a query's subgraph ---------------------------------------------------------------------------
RelKey = tuple[str, "str | None", "str | None"]


def returned_elements(values: Iterable[Any]) -> tuple[set[str], set[RelKey]]:
    """Node ids and (type, src, dst) of the relationships among returned values (nested too).

    >>> said = {"_type": "SAID", "_src": "a", "_dst": "s"}
    >>> returned_elements([{"_label": "Actor", "id": "a"}, [said]])
    ({'a'}, {('SAID', 'a', 's')})
    """
    nodes: set[str] = set()
    rels: set[RelKey] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if "_label" in value and value.get("id") is not None:
                nodes.add(value["id"])
            elif "_type" in value:
                rels.add((value["_type"], value.get("_src"), value.get("_dst")))
            else:
                for item in value.values():
                    walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    walk(list(values))
    return nodes, rels


def subgraph(
    store: Store, cypher: str, params: dict | None = None, graph: nx.MultiDiGraph | None = None
) -> nx.MultiDiGraph:
    """The nodes and relationships a read-only Cypher query returns (nodes, relationships or
    paths, in any column, nested in lists too), with the ends of every relationship.

    A relationship whose ends the driver did not name (both drivers return a relationship without
    its nodes' properties unless the nodes are returned too) stands for every relationship of its
    type among the returned nodes.
    """
    result = store.query(cypher, params or {}, write=False)
    ids, rels = returned_elements(row for row in result.rows)
    full = store.to_networkx() if graph is None else graph
    out = nx.MultiDiGraph()
    edges = set()
    for rel_type, src, dst in rels:
        if src is not None and dst is not None:
            edges.add((src, dst, rel_type))
        else:
            edges.update(
                (u, v, rel_type)
                for u, v, k in full.edges(keys=True)
                if k == rel_type and u in ids and v in ids
            )
    if not ids and not edges:
        if rels:
            raise QueryError(
                "a relationship returned without its nodes cannot be exported: "
                "return them too (RETURN a, r, b) or a path (RETURN p)"
            )
        raise QueryError("the query returned no nodes, relationships or paths to export")
    for node in ids | {u for u, _, _ in edges} | {v for _, v, _ in edges}:
        if node in full:
            out.add_node(node, **full.nodes[node])
    for u, v, key in edges:
        if full.has_edge(u, v, key):
            out.add_edge(u, v, key=key, **full.edges[u, v, key])
    return out


# -- tabular and graph-tool formats ---------------------------------------------------------------
def _flat(value: Any) -> Any:
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def flat_graph(graph: nx.MultiDiGraph, gexf: bool = False) -> nx.MultiDiGraph:
    """A copy with scalar attributes only (lists as JSON), as GraphML and GEXF need.

    In GEXF ``label`` is the display text, so there the node label moves to ``category`` and the
    label holds the name (title, text) instead; edges get their type as label.
    """
    out = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        data = {k: _flat(v) for k, v in attrs.items() if v is not None}
        if gexf:
            data["category"] = data.pop("label", "")
            text = attrs.get("name") or attrs.get("title") or attrs.get("text") or node
            data["label"] = str(text)
        out.add_node(node, **data)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        data = {k: _flat(val) for k, val in attrs.items() if val is not None}
        data.setdefault("type", key)
        if gexf:
            data["label"] = key
        out.add_edge(u, v, key=key, **data)
    return out


def node_columns() -> list[str]:
    seen: list[str] = []
    for node_type in NODE_TYPES.values():
        seen += [p for p in node_type.properties if p not in seen and p != "id"]
    return seen


def rel_columns() -> list[str]:
    seen: list[str] = []
    for rel in REL_TYPES.values():
        seen += [p for p in rel.properties if p not in seen]
    return seen


def csv_text(graph: nx.MultiDiGraph) -> str:
    """One table of nodes then relationships: ``element`` (node | relationship), ``id``, ``label``
    (node label or relationship type), ``source``, ``target``, then every property (lists as JSON;
    relationship properties after node properties, ``rel_`` prefixed where names clash)."""
    ncols = node_columns()
    rcols = rel_columns()
    rheads = [f"rel_{c}" if c in ncols else c for c in rcols]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["element", "id", "label", "source", "target"] + ncols + rheads)
    nodes = sorted(graph.nodes(data=True), key=lambda kv: (kv[1].get("label", ""), kv[0]))
    for node, attrs in nodes:
        writer.writerow(
            ["node", node, attrs.get("label"), "", ""]
            + [_cell(attrs.get(c)) for c in ncols]
            + [""] * len(rcols)
        )
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1]))
    for u, v, key, attrs in edges:
        writer.writerow(
            ["relationship", "", key, u, v] + [""] * len(ncols) + [_cell(attrs.get(c)) for c in rcols]
        )
    return buf.getvalue()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    return _flat(value)


# -- event data -----------------------------------------------------------------------------------
def _country(graph: nx.MultiDiGraph, actor: str | None) -> str | None:
    """An actor's country, else that of the actor it is affiliated with."""
    if actor is None:
        return None
    attrs = graph.nodes[actor]
    if attrs.get("country"):
        return attrs["country"]
    for _, other, key in graph.out_edges(actor, keys=True):
        if key == "AFFILIATED_WITH" and graph.nodes[other].get("country"):
            return graph.nodes[other]["country"]
    return None


def _reported(graph: nx.MultiDiGraph, node: str) -> tuple[str | None, str | None, str | None]:
    """(url, article id, sentence) of the earliest article a fact was reported in."""
    found = []
    for _, article, key, attrs in graph.out_edges(node, keys=True, data=True):
        if key == "REPORTED_IN":
            a = graph.nodes[article]
            found.append((a.get("published") or "9999", a.get("url") or "", article, attrs.get("sentence")))
    if not found:
        return None, None, None
    _, url, article, sentence = min(found)
    return url or None, article, sentence


def event_rows(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per coded interaction (a statement or event with a CAMEO code), per source/target
    pair: a statement's speaker -> each of its targets; an event's initiators (else all its
    participants) -> its targets (else the other participants). With no target, one row whose
    target is empty."""
    rows = []
    for node, attrs in graph.nodes(data=True):
        label = attrs.get("label")
        if label not in ("Statement", "Event") or not attrs.get("cameo"):
            continue
        if label == "Statement":
            sources = sorted(u for u, _, k in graph.in_edges(node, keys=True) if k == "SAID")
            targets = sorted(v for _, v, k in graph.out_edges(node, keys=True) if k == "TARGETS")
            pairs = [(s, t) for s in sources or [None] for t in targets or [None]]
        else:
            roles = {}
            for u, _, k, e in graph.in_edges(node, keys=True, data=True):
                if k == "PARTICIPATED_IN":
                    roles[u] = e.get("role") or "participant"
            initiators = sorted(a for a, r in roles.items() if r == "initiator")
            targets = sorted(a for a, r in roles.items() if r == "target")
            sources = initiators or sorted(a for a, r in roles.items() if r != "target")
            pairs = []
            for s in sources or [None]:
                ts = targets or [a for a in sources if a != s]
                pairs += [(s, t) for t in ts] or [(s, None)]
        url, article, sentence = _reported(graph, node)
        for source, target in pairs:
            src = graph.nodes[source] if source else {}
            dst = graph.nodes[target] if target else {}
            rows.append(
                {
                    "date": attrs.get("date"),
                    "source_actor": src.get("name"),
                    "source_country": _country(graph, source),
                    "target_actor": dst.get("name"),
                    "target_country": _country(graph, target),
                    "cameo": attrs.get("cameo"),
                    "plover": attrs.get("plover"),
                    "quote": attrs.get("text") if label == "Statement" else sentence,
                    "url": url,
                    "record": label.lower(),
                    "id": node,
                    "kind": attrs.get("kind"),
                    "mode": attrs.get("mode"),
                    "status": attrs.get("status"),
                    "source_id": source,
                    "source_wikidata": src.get("wikidata"),
                    "target_id": target,
                    "target_wikidata": dst.get("wikidata"),
                    "sentence": sentence,
                    "article": article,
                }
            )
    order = ("date", "id", "source_id", "target_id")
    rows.sort(key=lambda r: tuple(str(r[c] or "") for c in order))
    return rows


def events_csv_text(graph: nx.MultiDiGraph) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EVENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in event_rows(graph):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buf.getvalue()


# -- any format -----------------------------------------------------------------------------------
def export_text(graph: nx.MultiDiGraph, fmt: str) -> str:
    """The text of ``graph`` in one of :data:`FORMATS`."""
    if fmt in RDF_EXPORTS:
        return serialize(to_rdf(graph), fmt)
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(flat_graph(graph))) + "\n"
    if fmt == "gexf":
        return "\n".join(nx.generate_gexf(flat_graph(graph, gexf=True))) + "\n"
    if fmt == "csv":
        return csv_text(graph)
    if fmt == "events-csv":
        return events_csv_text(graph)
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
