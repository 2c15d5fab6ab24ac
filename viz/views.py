"""Views: which part of the graph a picture shows, as plain functions on networkx.

Every function takes and returns a :class:`networkx.MultiDiGraph` shaped like
``Store.to_networkx()``: nodes keyed by id with a ``label`` (Article, Actor, Event, Statement,
Place) and their properties, edges keyed by relationship type. Nothing here knows about stores;
``api.viz`` gets the graph (or a Cypher result) from a store and hands it to these functions.

A small graph for the examples below: Ana (a Landian minister) appeals to Otherland, and both
take part in a phone call reported in one article.

>>> g = example_graph()
>>> sorted(g.nodes)
['a1', 'ana', 'call', 'geneva', 'land', 'other', 's1', 's2']
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from ontology.codes import QUAD_CLASSES, quad_class
from ontology.errors import InputError

#: Relationship types whose target is a statement's addressee or a participant's event.
STATEMENT_EDGE, EVENT_EDGE = "TARGETED", "TOOK_PART_WITH"


def example_graph() -> nx.MultiDiGraph:
    """A tiny hand-made graph for examples and tests (no store, no NLP)."""
    g = nx.MultiDiGraph()
    g.add_node(
        "a1", label="Article", id="a1", title="Test", published="2024-01-02", url="https://example.org/a"
    )
    g.add_node(
        "ana",
        label="Actor",
        id="ana",
        name="Ana Example",
        kind="Person",
        aliases=["Example"],
        country="LND",
        role="Foreign Minister",
    )
    g.add_node("land", label="Actor", id="land", name="Landia", kind="State", country="LND")
    g.add_node("other", label="Actor", id="other", name="Otherland", kind="State", country="OTH")
    g.add_node(
        "call",
        label="Event",
        id="call",
        name="PhoneCall: Ana, Otherland",
        kind="PhoneCall",
        date="2024-01-02",
        status="reported",
    )
    g.add_node("geneva", label="Place", id="geneva", name="Geneva", kind="place")
    g.add_node("s1", label="Statement", id="s1", text="We want talks.", kind="Appeal", date="2024-01-02")
    g.add_node(
        "s2", label="Statement", id="s2", text="They shelled us.", kind="Accusation", date="2024-03-05"
    )
    g.add_edge("ana", "land", key="AFFILIATED_WITH", type="AFFILIATED_WITH", role="Foreign Minister")
    g.add_edge("ana", "s1", key="SAID", type="SAID")
    g.add_edge("ana", "s2", key="SAID", type="SAID")
    g.add_edge("s1", "other", key="TARGETS", type="TARGETS")
    g.add_edge("s2", "other", key="TARGETS", type="TARGETS")
    g.add_edge("s1", "call", key="DURING", type="DURING")
    g.add_edge("ana", "call", key="PARTICIPATED_IN", type="PARTICIPATED_IN", role="participant")
    g.add_edge("other", "call", key="PARTICIPATED_IN", type="PARTICIPATED_IN", role="participant")
    g.add_edge("call", "geneva", key="IN", type="IN")
    for node in ("ana", "call", "s1"):
        g.add_edge(node, "a1", key="REPORTED_IN", type="REPORTED_IN", sentence="Ana spoke.", start=0, end=10)
    g.add_edge(
        "s2", "a1", key="REPORTED_IN", type="REPORTED_IN", sentence="<script>x</script>", start=11, end=20
    )
    return g


# -- one actor's neighbourhood -------------------------------------------------------------------
def find_actor(graph: nx.MultiDiGraph, name: str) -> str:
    """The id of the actor whose name, alias or id is ``name`` (case-insensitive).

    A unique actor whose name contains ``name`` is accepted too; otherwise ``InputError`` with a
    message for the user.

    >>> g = example_graph()
    >>> find_actor(g, "example"), find_actor(g, "otherl")
    ('ana', 'other')
    >>> find_actor(g, "land")
    'land'
    >>> find_actor(g, "nobody")
    Traceback (most recent call last):
    ...
    ontology.errors.InputError: no actor named 'nobody' in the graph
    """
    wanted = name.casefold().strip()
    actors = [(n, a) for n, a in graph.nodes(data=True) if a.get("label") == "Actor"]
    for node, attrs in actors:
        names = [attrs.get("name") or "", str(node)] + list(attrs.get("aliases") or [])
        if wanted in (n.casefold() for n in names):
            return node
    partial = [n for n, a in actors if wanted and wanted in (a.get("name") or "").casefold()]
    if len(partial) == 1:
        return partial[0]
    if partial:
        several = ", ".join(sorted(graph.nodes[n].get("name", n) for n in partial)[:5])
        raise InputError(f"{name!r} names several actors ({several}); give the full name")
    raise InputError(f"no actor named {name!r} in the graph")


def neighbourhood(graph: nx.MultiDiGraph, actor: str, depth: int = 1) -> nx.MultiDiGraph:
    """The subgraph within ``depth`` hops (in either direction) of the actor named ``actor``.

    Articles are provenance, not pathways: an article next to the actor is kept, but the walk
    does not go on through it (else depth 2 would be everything the article reports).

    >>> g = example_graph()
    >>> sorted(neighbourhood(g, "Otherland", 1))
    ['call', 'other', 's1', 's2']
    >>> sorted(neighbourhood(g, "Otherland", 2))
    ['a1', 'ana', 'call', 'geneva', 'other', 's1', 's2']
    """
    if depth < 0:
        raise ValueError("depth must be 0 or more")
    start = find_actor(graph, actor)
    seen = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        hops = seen[node]
        if hops == depth or (node != start and graph.nodes[node].get("label") == "Article"):
            continue
        for nxt in list(graph.successors(node)) + list(graph.predecessors(node)):
            if nxt not in seen:
                seen[nxt] = hops + 1
                queue.append(nxt)
    return graph.subgraph(seen).copy()


# -- dates -----------------------------------------------------------------------------------------
def node_date(graph: nx.MultiDiGraph, node: Any) -> str | None:
    """The ISO date of a statement, event or article; a statement or event without a date of its
    own takes the publication date of the article that reports it. Actors and places have none.

    >>> g = example_graph()
    >>> node_date(g, "s2"), node_date(g, "a1"), node_date(g, "ana")
    ('2024-03-05', '2024-01-02', None)
    """
    attrs = graph.nodes[node]
    label = attrs.get("label")
    if label == "Article":
        return attrs.get("published") or None
    if label not in ("Statement", "Event"):
        return None
    if attrs.get("date"):
        return str(attrs["date"])
    for _, article, key in graph.out_edges(node, keys=True):
        if key == "REPORTED_IN" and graph.nodes[article].get("published"):
            return str(graph.nodes[article]["published"])
    return None


def in_range(date: str | None, since: str | None = None, until: str | None = None) -> bool:
    """Whether an ISO date (or a prefix such as ``2022-02``) lies in ``[since, until]``; both
    bounds inclusive and either may be a prefix, so ``until="2022-02"`` means the whole of
    February. A missing date is in every range.

    >>> in_range("2022-02-20", "2022-02", "2022-02"), in_range("2022-03-01", until="2022-02")
    (True, False)
    >>> in_range(None, "2030"), in_range("2022-02-20", since="2022-02-21")
    (True, False)
    """
    if not date:
        return True
    if since and date[: len(since)] < since:
        return False
    if until and date[: len(until)] > until:
        return False
    return True


def between(graph: nx.MultiDiGraph, since: str | None = None, until: str | None = None) -> nx.MultiDiGraph:
    """The graph without the statements and events dated outside ``[since, until]``, without
    the articles published outside it that report none of the kept ones, and without the actors
    and places that were linked only to what was dropped.

    >>> g = example_graph()
    >>> sorted(between(g, since="2024-02"))
    ['a1', 'ana', 'land', 'other', 's2']
    >>> between(g, until="2024-01-31").has_node("s2")
    False
    >>> between(g) is not g and len(between(g)) == len(g)
    True
    """
    if not since and not until:
        return graph.copy()
    dropped = {
        n
        for n in graph
        if graph.nodes[n].get("label") in ("Statement", "Event")
        and not in_range(node_date(graph, n), since, until)
    }
    for n, attrs in graph.nodes(data=True):
        if attrs.get("label") == "Article" and not in_range(node_date(graph, n), since, until):
            reports = {
                m for m, _ in graph.in_edges(n) if graph.nodes[m].get("label") in ("Statement", "Event")
            }
            if not reports - dropped:
                dropped.add(n)
    kept = graph.subgraph(n for n in graph if n not in dropped)
    orphans = {n for n in kept if kept.degree(n) == 0 and graph.degree(n) > 0}
    return graph.subgraph(n for n in kept if n not in orphans).copy()


# -- who did what to whom --------------------------------------------------------------------------
def dominant(kinds: Counter) -> str | None:
    """The most frequent kind; ties go to the kind first in alphabetical order.

    >>> dominant(Counter({"Demand": 2, "Accusation": 2, "Appeal": 1}))
    'Accusation'
    >>> dominant(Counter()) is None
    True
    """
    if not kinds:
        return None
    return min(kinds, key=lambda k: (-kinds[k], k))


#: (actor, actor) -> the statements or events that link them, as :func:`_fact` lists them.
Pairs = dict[tuple[Any, Any], list[dict]]


def interactions(graph: nx.MultiDiGraph, by_quad: bool = False, panels: bool = True) -> nx.MultiDiGraph:
    """Actors only: who addressed whom and who took part in events with whom.

    ``by_quad``: one edge per pair *and PLOVER quad class* instead (keys ``TARGETED:<quad>``,
    ``TOOK_PART_WITH:<quad>``, attribute ``quad``; "other" for facts without one), so that
    parallel statements of one class are one edge whose width is their number.
    Every actor gains ``panel``: what an actor panel shows (``actor_panel``; not with
    ``panels=False``).

    One ``TARGETED`` edge A -> B per ordered pair, for the statements by A that target B, with
    ``weight`` (their number), ``kinds`` (kind -> count), ``kind`` (the dominant kind, which
    colours the edge) and ``facts`` (kind, date, text of each, for tooltips and the page's
    filters). One ``TOOK_PART_WITH`` edge per unordered pair of actors that took part in the same
    events (from the actor first by name; ``directed`` is false), with ``weight`` and ``facts``.
    Actors gain ``said``, ``targeted_by`` and ``events`` counts; actors with no interaction
    are left out.

    >>> g = example_graph()
    >>> i = interactions(g)
    >>> sorted(i.nodes)
    ['ana', 'other']
    >>> d = i.edges["ana", "other", "TARGETED"]
    >>> d["weight"], d["kind"], d["kinds"]
    (2, 'Accusation', {'Accusation': 1, 'Appeal': 1})
    >>> i.edges["ana", "other", "TOOK_PART_WITH"]["weight"]
    1
    >>> i.nodes["ana"]["said"], i.nodes["other"]["targeted_by"]
    (2, 2)
    """
    said = _statement_pairs(graph)
    met = _event_pairs(graph)
    out = nx.MultiDiGraph()
    _add_actors(graph, out, said, met)
    _add_edges(out, said, by_quad, STATEMENT_EDGE)
    _add_edges(out, met, by_quad, EVENT_EDGE)
    if panels:
        for actor in out:
            out.nodes[actor]["panel"] = actor_panel(graph, out, actor)
    return out


def _is_actor(graph: nx.MultiDiGraph, node: Any) -> bool:
    return graph.nodes[node].get("label") == "Actor"


def _fact(graph: nx.MultiDiGraph, node: Any, kind: str, text: str) -> dict:
    """One statement or event as an edge lists it: what a tooltip, the page's filters and an
    actor panel show (``kind`` and ``text`` name the fallback kind and the attribute shown)."""
    attrs = graph.nodes[node]
    return {
        "kind": attrs.get("kind") or kind,
        "date": node_date(graph, node),
        "text": attrs.get(text) or "",
        "id": node,
        "quad": fact_quad(attrs),
    }


def _statement_pairs(graph: nx.MultiDiGraph) -> Pairs:
    """(speaker, addressee) -> the statements by the one that target the other; an actor
    targeting itself is no interaction."""
    said: Pairs = defaultdict(list)
    for speaker, statement, key in graph.edges(keys=True):
        if key != "SAID" or not _is_actor(graph, speaker):
            continue
        fact = _fact(graph, statement, "Statement", "text")
        for _, target, tkey in graph.out_edges(statement, keys=True):
            if tkey == "TARGETS" and _is_actor(graph, target) and target != speaker:
                said[(speaker, target)].append(fact)
    return said


def _event_pairs(graph: nx.MultiDiGraph) -> Pairs:
    """(actor, actor) -> the events both took part in, each pair once with the actor first by
    name first, so that an undirected link has one stable direction."""
    met: Pairs = defaultdict(list)
    for event, attrs in graph.nodes(data=True):
        if attrs.get("label") != "Event":
            continue
        people = sorted(
            {
                a
                for a, _, k in graph.in_edges(event, keys=True)
                if k == "PARTICIPATED_IN" and _is_actor(graph, a)
            },
            key=lambda a: (graph.nodes[a].get("name") or "", str(a)),
        )
        fact = _fact(graph, event, "Event", "name")
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                met[(a, b)].append(fact)
    return met


def _add_actors(graph: nx.MultiDiGraph, out: nx.MultiDiGraph, said: Pairs, met: Pairs) -> None:
    """The actors of some pair, with their ``said``, ``targeted_by`` and ``events`` counts,
    tallied in one pass over the pairs (a pass per actor is quadratic at scale)."""
    made: Counter = Counter()
    heard: Counter = Counter()
    took_part: dict[Any, set] = defaultdict(set)
    for (a, b), facts in said.items():
        made[a] += len(facts)
        heard[b] += len(facts)
    for (a, b), facts in met.items():
        for f in facts:
            took_part[a].add(f["id"])
            took_part[b].add(f["id"])
    involved = {a for pair in list(said) + list(met) for a in pair}
    for actor in sorted(involved):  # a stable node order, whatever the hash seed
        attrs = dict(graph.nodes[actor])
        attrs.update(said=made[actor], targeted_by=heard[actor], events=len(took_part[actor]))
        out.add_node(actor, **attrs)


def _pair_parts(pairs: Pairs, by_quad: bool) -> Iterator[tuple[Any, Any, str | None, list[dict], Counter]]:
    """Each pair's facts (pairs in order of their ids), whole or per quad class, with the count
    of each kind: one edge each."""
    for (a, b), facts in sorted(pairs.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        for quad, part in _split(facts, by_quad):
            yield a, b, quad, part, Counter(f["kind"] for f in part)


def _add_edges(out: nx.MultiDiGraph, pairs: Pairs, by_quad: bool, edge_type: str) -> None:
    """One edge per pair (and quad class): ``TARGETED`` edges are directed and coloured by their
    dominant kind, ``TOOK_PART_WITH`` edges are marked undirected."""
    targeted = edge_type == STATEMENT_EDGE
    for a, b, quad, part, kinds in _pair_parts(pairs, by_quad):
        attrs: dict = {"type": edge_type, "weight": len(part)}
        if not targeted:
            attrs["directed"] = False
        attrs["kinds"] = dict(sorted(kinds.items()))
        if targeted:
            attrs["kind"] = dominant(kinds)
        attrs["facts"] = part
        if quad:
            attrs["quad"] = quad
        out.add_edge(a, b, key=f"{edge_type}:{quad}" if quad else edge_type, **attrs)


OTHER_QUAD = "other"


def fact_quad(attrs: dict) -> str:
    """The quad class of a statement or event: its stored ``quad``, else its PLOVER type's."""
    return attrs.get("quad") or quad_class(attrs.get("plover")) or OTHER_QUAD


def _split(facts: list[dict], by_quad: bool) -> list[tuple[str | None, list[dict]]]:
    """The facts of one pair, whole or per quad class (in the PLOVER README's order)."""
    if not by_quad:
        return [(None, facts)]
    order = {q: i for i, q in enumerate(dict.fromkeys(QUAD_CLASSES.values()))}
    groups: dict[str, list[dict]] = defaultdict(list)
    for fact in facts:
        groups[str(fact["quad"])].append(fact)
    ranked = sorted(groups, key=lambda quad: order.get(quad, len(order)))
    return [(quad, groups[quad]) for quad in ranked]


PANEL_FACTS = 25  # the most recent facts an actor panel lists


def actor_panel(graph: nx.MultiDiGraph, inter: nx.MultiDiGraph, actor: Any) -> dict:
    """What a click on an actor shows: statements made and received by kind, events by kind,
    counterparts by number of facts, and the most recent facts with their evidence and article.

    >>> panel = interactions(example_graph()).nodes["ana"]["panel"]
    >>> panel["made"], panel["events"], panel["counterparts"]
    ({'Accusation': 1, 'Appeal': 1}, {'PhoneCall': 1}, [['Otherland', 3]])
    >>> [f["kind"] for f in panel["facts"]], panel["facts"][0]["ev"]
    (['Accusation', 'Appeal', 'PhoneCall'], '<script>x</script>')
    """
    made: Counter = Counter()
    received: Counter = Counter()
    partners: Counter = Counter()
    listed: dict[Any, dict] = {}
    edges = list(inter.out_edges(actor, data=True)) + [
        (u, v, d) for u, v, d in inter.in_edges(actor, data=True) if u != v
    ]
    for u, v, data in edges:
        other = v if u == actor else u
        name = str(inter.nodes[other].get("name") or other)
        partners[name] += len(data.get("facts") or [])
        for fact in data.get("facts") or []:
            if data.get("type") == STATEMENT_EDGE:
                (made if u == actor else received)[fact["kind"]] += 1
                way = "\u2192" if u == actor else "\u2190"
            else:
                way = "\u2194"
            item = listed.setdefault(
                fact["id"], {"kind": fact["kind"], "date": fact["date"] or "", "way": way}
            )
            item.setdefault("with", set()).add(name)
            item["text"] = fact["text"]
    # an event with several counterparts counts once in the events tally
    events = Counter(graph.nodes[e].get("kind") or "Event" for e, f in listed.items() if f["way"] == "\u2194")
    facts = sorted(listed.items(), key=lambda kv: (kv[1]["date"], str(kv[0])), reverse=True)[:PANEL_FACTS]
    rows = []
    for node, item in facts:
        evidence, link = _first_evidence(graph, node)
        rows.append(
            {
                "kind": item["kind"],
                "date": item["date"],
                "way": item["way"],
                "with": ", ".join(sorted(item["with"])),
                "text": item["text"],
                "ev": evidence,
                "link": link,
            }
        )
    return {
        "made": dict(sorted(made.items())),
        "received": dict(sorted(received.items())),
        "events": dict(sorted(events.items())),
        "counterparts": [[n, c] for n, c in sorted(partners.items(), key=lambda kv: (-kv[1], kv[0]))[:12]],
        "facts": rows,
    }


def _first_evidence(graph: nx.MultiDiGraph, node: Any) -> tuple[str | None, dict | None]:
    for _, article, key, data in graph.out_edges(node, keys=True, data=True):
        if key == "REPORTED_IN":
            attrs = graph.nodes[article]
            return data.get("sentence"), {
                "href": attrs.get("url") or "",
                "text": attrs.get("title") or attrs.get("url") or "the article",
                "date": attrs.get("published") or "",
            }
    return None, None


def communities(graph: nx.MultiDiGraph, seed: int = 7) -> nx.MultiDiGraph:
    """The graph with each actor's ``community`` (0 the largest), from networkx's Louvain method
    on the actors' links (weights summed, directions ignored). Returns a copy.

    >>> g = communities(interactions(example_graph()))
    >>> g.nodes["ana"]["community"] == g.nodes["other"]["community"] == 0
    True
    """
    out = graph.copy()
    simple = nx.Graph()
    simple.add_nodes_from(n for n, a in graph.nodes(data=True) if a.get("label") == "Actor")
    for u, v, data in graph.edges(data=True):
        if u in simple and v in simple and u != v:
            w = simple.get_edge_data(u, v, {}).get("weight", 0)
            simple.add_edge(u, v, weight=w + float(data.get("weight") or 1))
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed) if len(simple) else []
    ranked = sorted(found, key=lambda c: (-len(c), min(str(n) for n in c)))
    for i, members in enumerate(ranked):
        for node in members:
            out.nodes[node]["community"] = i
    return out


# -- query results ---------------------------------------------------------------------------------
def from_results(values: Iterable[Any]) -> nx.MultiDiGraph:
    """The nodes and relationships in query results, as a graph like ``Store.to_networkx()``.

    ``values`` are plain values as ``graph.values.plain`` makes them (rows, lists, dicts): a node
    is ``{"_label", "id", ...}``, a relationship ``{"_type", "_src", "_dst", ...}``, a path
    ``{"nodes": [...], "relationships": [...]}``; anything else (numbers, strings) is ignored. A
    relationship whose ends were not returned adds them as bare nodes (``label`` None), and one
    whose ends are unknown is dropped.

    >>> rows = [[{"nodes": [{"_label": "Actor", "id": "a", "name": "A"},
    ...                     {"_label": "Statement", "id": "s", "text": "Hi"}],
    ...           "relationships": [{"_type": "SAID", "_src": "a", "_dst": "s"}]}],
    ...         [{"_type": "TARGETS", "_src": "s", "_dst": "b"}, 3, "text"]]
    >>> g = from_results(rows)
    >>> sorted(g.nodes(data="label"), key=str)
    [('a', 'Actor'), ('b', None), ('s', 'Statement')]
    >>> sorted(g.edges(keys=True))
    [('a', 's', 'SAID'), ('s', 'b', 'TARGETS')]
    """
    nodes: dict[Any, dict] = {}
    rels: list[dict] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if "_label" in value and value.get("id") is not None:
                attrs = {k: v for k, v in value.items() if not k.startswith("_") and v is not None}
                nodes.setdefault(value["id"], {}).update(label=value["_label"], **attrs)
            elif "_type" in value and "_src" in value:
                rels.append(value)
            elif "nodes" in value and "relationships" in value:
                walk(value["nodes"])
                walk(value["relationships"])
            else:
                walk(list(value.values()))
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    walk(list(values))
    graph = nx.MultiDiGraph()
    for node, attrs in nodes.items():
        graph.add_node(node, **attrs)
    for rel in rels:
        src, dst = rel.get("_src"), rel.get("_dst")
        if src is None or dst is None:
            continue
        for end in (src, dst):
            if end not in graph:
                graph.add_node(end, label=None, id=end)
        attrs = {k: v for k, v in rel.items() if not k.startswith("_") and v is not None}
        graph.add_edge(src, dst, key=rel["_type"], type=rel["_type"], **attrs)
    return graph


def fill_from(graph: nx.MultiDiGraph, full: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Give the bare nodes of ``graph`` (``label`` None) their attributes from ``full``.

    >>> g = from_results([{"_type": "SAID", "_src": "ana", "_dst": "s1"}])
    >>> fill_from(g, example_graph()).nodes["ana"]["name"]
    'Ana Example'
    """
    for node, attrs in graph.nodes(data=True):
        if attrs.get("label") is None and node in full:
            attrs.update(full.nodes[node])
    return graph


def bare_nodes(graph: nx.MultiDiGraph) -> list[Any]:
    """Nodes known only as the end of a returned relationship."""
    return [n for n, label in graph.nodes(data="label") if label is None]
