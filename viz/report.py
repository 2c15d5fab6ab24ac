"""The one-page briefing: what the corpus holds, who is central, who does what to whom, when,
and the network, each chart with a table view; a click on any mark lists the statements and events
behind it with their evidence sentence, speaker, date and article link.

Input is plain data: the graph as ``Store.to_networkx()`` gives it and the dyad rows
(``graph.dyads.DyadRow.to_dict()``); nothing here knows about stores. The charts are SVG drawn in
Python (``viz.charts``); the page's small script only shows facts and filters nothing, so the
file opens offline in any browser, and a Content-Security-Policy forbids every request. Article
text reaches the page escaped in SVG/HTML or as JSON data shown with ``textContent``.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import networkx as nx

from ontology.codes import quad_class

from .charts import (
    OTHER,
    QUADS,
    Bar,
    Cell,
    Link,
    Segment,
    bar_chart,
    esc,
    matrix_chart,
    network_chart,
    timeline_chart,
)
from .network import _json_for_script
from .style import QUAD_COLOURS
from .views import STATEMENT_EDGE, interactions, node_date

TEMPLATE = Path(__file__).with_name("templates") / "report.html"
EVIDENCE_LIMIT = 600  # characters of an evidence sentence kept in the page
IDS_PER_MARK = 200  # a mark lists at most this many facts (the most recent first); the page
# holds only the facts some mark or table row lists, so its size is bounded by the marks
IDS_PER_LINE = 50  # the same for a line or circle of the network (there are many more of them)
TABLE_ROWS = 300  # the dyad table keeps the dyads with most facts (`diplograph dyads` has all)
CHART_NAMES = ("central", "matrix", "timeline", "network")


# -- facts ---------------------------------------------------------------------------------------
def _names(graph: nx.MultiDiGraph, nodes: Iterable[Any]) -> list[str]:
    return sorted({str(graph.nodes[n].get("name") or n) for n in nodes})


def fact_record(graph: nx.MultiDiGraph, node: Any) -> dict[str, Any]:
    """What the page shows for one statement or event: kind, quad class, date, who, text,
    evidence sentence and its article."""
    attrs = graph.nodes[node]
    label = attrs.get("label")
    ins = [(u, k) for u, _, k in graph.in_edges(node, keys=True)]
    outs = [(v, k, d) for _, v, k, d in graph.out_edges(node, keys=True, data=True)]
    record: dict[str, Any] = {
        "what": label,
        "kind": attrs.get("kind") or label,
        "quad": attrs.get("quad") or quad_class(attrs.get("plover")) or OTHER,
        "date": node_date(graph, node) or "",
        "status": attrs.get("status") or "",
    }
    if label == "Statement":
        record["who"] = ", ".join(_names(graph, (u for u, k in ins if k == "SAID")))
        record["whom"] = ", ".join(_names(graph, (v for v, k, _ in outs if k == "TARGETS")))
        record["text"] = attrs.get("text") or ""
    else:
        record["who"] = ", ".join(_names(graph, (u for u, k in ins if k == "PARTICIPATED_IN")))
        record["whom"] = ""
        record["text"] = attrs.get("name") or ""
    reports = sorted(
        ((v, d) for v, k, d in outs if k == "REPORTED_IN"),
        key=lambda vd: (str(graph.nodes[vd[0]].get("published") or ""), str(vd[0])),
    )
    if reports:
        article, data = reports[0]
        art = graph.nodes[article]
        record.update(
            evidence=" ".join(str(data.get("sentence") or "").split())[:EVIDENCE_LIMIT],
            title=art.get("title") or "",
            url=art.get("url") or "",
            outlet=art.get("outlet") or "",
            published=art.get("published") or "",
            sources=len(reports),
        )
    return record


def _recent_first(ids: Iterable[str], facts: dict[str, dict], limit: int | None = None) -> list[str]:
    ordered = sorted(set(ids), key=lambda i: (facts.get(i, {}).get("date") or "", i), reverse=True)
    return ordered[: IDS_PER_MARK if limit is None else limit]


# -- sections ------------------------------------------------------------------------------------
def outlet_of(article: dict) -> str:
    """The article's outlet, else the host name of its URL.

    >>> outlet_of({"url": "https://www.example.org/a"}), outlet_of({"outlet": "AFP"}), outlet_of({})
    ('example.org', 'AFP', 'unknown')
    """
    if article.get("outlet"):
        return str(article["outlet"])
    host = urlsplit(str(article.get("url") or "")).hostname or ""
    return host.removeprefix("www.") or "unknown"


def fill_periods(periods: Sequence[str]) -> list[str]:
    """The periods with the empty ones between them put back (years and months), so that the
    timeline's axis is even; days and weeks are left as they are.

    >>> fill_periods(["2020", "2022", "undated"]), fill_periods(["2021-11", "2022-01"])
    (['2020', '2021', '2022', 'undated'], ['2021-11', '2021-12', '2022-01'])
    """
    dated = [p for p in periods if p != "undated"]
    tail = [p for p in periods if p == "undated"]
    if len(dated) < 2:
        return list(periods)
    if all(re.fullmatch(r"\d{4}", p) for p in dated):
        return [str(y) for y in range(int(dated[0]), int(dated[-1]) + 1)] + tail
    if all(re.fullmatch(r"\d{4}-\d{2}", p) for p in dated):
        (y0, m0), (y1, m1) = (map(int, dated[0].split("-")), map(int, dated[-1].split("-")))
        months = range(y0 * 12 + m0 - 1, y1 * 12 + m1)
        if len(months) <= 240:
            return [f"{m // 12}-{m % 12 + 1:02d}" for m in months] + tail
    return list(periods)


def corpus_summary(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Counts per label, the publication date range, the outlets and the articles."""
    by_label = Counter(a.get("label") for _, a in graph.nodes(data=True))
    articles = [a for _, a in graph.nodes(data=True) if a.get("label") == "Article"]
    dates = sorted(str(a["published"]) for a in articles if a.get("published"))
    outlets = Counter(outlet_of(a) for a in articles)
    return {
        "counts": {k: by_label.get(k, 0) for k in ("Article", "Actor", "Statement", "Event")},
        "first": dates[0] if dates else "",
        "last": dates[-1] if dates else "",
        "outlets": outlets.most_common(),
        "articles": sorted(
            articles, key=lambda a: (str(a.get("published") or ""), str(a.get("id"))), reverse=True
        ),
    }


@dataclass
class Central:
    id: str
    name: str
    kind: str
    degree: float
    betweenness: float
    said: int
    received: int
    events: int
    ids: list[str] = field(default_factory=list)


def central_actors(graph: nx.MultiDiGraph, top: int = 15) -> list[Central]:
    """The most central actors of the interactions network (who addressed whom, who took part in
    events with whom): weighted degree centrality, and betweenness (from 100 sampled sources
    above 300 actors)."""
    inter = interactions(graph, panels=False)
    simple = nx.DiGraph()
    simple.add_nodes_from(inter)
    for u, v, key, data in inter.edges(keys=True, data=True):
        pairs = [(u, v)] if key == STATEMENT_EDGE else [(u, v), (v, u)]
        for a, b in pairs:
            w = simple.get_edge_data(a, b, {}).get("weight", 0)
            simple.add_edge(a, b, weight=w + int(data.get("weight") or 1))
    if not len(simple):
        return []
    total = sum(w for _, _, w in simple.edges(data="weight")) or 1
    degree = {n: d / total for n, d in simple.degree(weight="weight")}
    k = 100 if len(simple) > 300 else None  # sampled sources: betweenness is O(n m) otherwise
    betweenness = nx.betweenness_centrality(simple.to_undirected(), k=k, seed=7 if k else None)
    ranked = sorted(simple, key=lambda n: (-degree[n], -betweenness[n], str(n)))[:top]
    out = []
    for n in ranked:
        attrs = inter.nodes[n]
        said = [s for _, s, k2 in graph.out_edges(n, keys=True) if k2 == "SAID"]
        heard = [s for s, _, k2 in graph.in_edges(n, keys=True) if k2 == "TARGETS"]
        events = [e for _, e, k2 in graph.out_edges(n, keys=True) if k2 == "PARTICIPATED_IN"]
        out.append(
            Central(
                str(n),
                str(attrs.get("name") or n),
                str(attrs.get("kind") or ""),
                degree[n],
                betweenness[n],
                len(said),
                len(heard),
                len(events),
                [str(i) for i in said + heard + events],
            )
        )
    return out


def _row_ids(row: dict) -> list[str]:
    return list(row.get("statements") or []) + list(row.get("events") or [])


def _involvement(rows: Sequence[dict]) -> Counter:
    weight: Counter = Counter()
    for row in rows:
        weight[row["source"]] += row["total"]
        weight[row["target"]] += row["total"]
    return weight


def dyad_cells(rows: Sequence[dict]) -> list[Cell]:
    """Rows summed over their periods: one cell per (source, target)."""
    cells: dict[tuple[str, str], Cell] = {}
    for row in rows:
        key = (row["source"], row["target"])
        cell = cells.setdefault(key, Cell(*key, counts=dict.fromkeys((*QUADS, OTHER), 0), net=0, ids=[]))
        for quad in QUADS:
            cell.counts[quad] += row[quad.replace(" ", "_")]
        cell.counts[OTHER] += row["other"]
        cell.net += row["net_cooperation"]
        cell.ids.extend(_row_ids(row))
    for cell in cells.values():
        cell.ids = sorted(set(cell.ids))
    return sorted(cells.values(), key=lambda c: (-c.total, c.source, c.target))


def timeline_segments(rows: Sequence[dict], facts: dict[str, dict]) -> tuple[list[str], list[Segment]]:
    """Distinct facts per period and quad class (a fact in several rows counts once)."""
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        for i in _row_ids(row):
            groups[(row["period"], facts.get(i, {}).get("quad", OTHER))].add(i)
    periods = fill_periods(sorted({p for p, _ in groups}, key=lambda p: (p == "undated", p)))
    return periods, [Segment(p, q, sorted(ids)) for (p, q), ids in sorted(groups.items())]


def network_links(rows: Sequence[dict], facts: dict[str, dict], actors: set[str]) -> list[Link]:
    """One link per (source, target, quad class) among ``actors``, all periods together."""
    groups: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for row in rows:
        if row["source"] in actors and row["target"] in actors:
            for i in _row_ids(row):
                groups[(row["source"], row["target"], facts.get(i, {}).get("quad", OTHER))].add(i)
    return [Link(s, t, q, sorted(ids)) for (s, t, q), ids in sorted(groups.items())]


# -- the page ------------------------------------------------------------------------------------
@dataclass
class Briefing:
    title: str
    summary: dict[str, Any]
    charts: dict[str, str]
    tables: dict[str, str]
    facts: dict[str, dict]
    notes: dict[str, str]


def _listed(markup: str) -> Iterable[str]:
    for ids in re.findall(r'data-ids="([^"]*)"', markup):
        yield from ids.split()


def _table(columns: Sequence[str], rows: Iterable[tuple[Sequence[Any], Sequence[str]]], cls: str) -> str:
    """An HTML table; each row ``(cells, ids)``, clickable when it has ids. Cells are escaped."""
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = []
    for cells, ids in rows:
        ids = list(ids)[:IDS_PER_MARK]
        attr = f' class="trow" data-ids="{html.escape(" ".join(ids))}"' if ids else ""
        body.append(f"<tr{attr}>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>")
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def build_briefing(
    graph: nx.MultiDiGraph,
    rows: Sequence[dict],
    title: str = "diplograph briefing",
    top_actors: int = 15,
    matrix_size: int = 15,
    network_size: int = 40,
) -> Briefing:
    """Everything the page shows, from the (date-filtered) graph and the dyad rows."""
    central = central_actors(graph, top_actors)
    wanted = {i for row in rows for i in _row_ids(row)} | {i for c in central for i in c.ids}
    facts = {str(n): fact_record(graph, n) for n in graph if str(n) in wanted}
    for c in central:
        c.ids = _recent_first(c.ids, facts)
    summary = corpus_summary(graph)

    involvement = _involvement(rows)
    matrix_actors = [a for a, _ in involvement.most_common(matrix_size)]
    all_cells = dyad_cells(rows)
    cells = [c for c in all_cells if c.source in matrix_actors and c.target in matrix_actors]
    for cell in all_cells:
        cell.ids = _recent_first(cell.ids, facts)
    table_cells = all_cells[:TABLE_ROWS]  # the dyads with most facts
    periods, segments = timeline_segments(rows, facts)
    for seg in segments:
        seg.ids = _recent_first(seg.ids, facts)
    net_actors = {a for a, _ in involvement.most_common(network_size)}
    links = network_links(rows, facts, net_actors)
    actor_ids: dict[str, set[str]] = defaultdict(set)
    for link in links:
        actor_ids[link.source].update(link.ids)
        actor_ids[link.target].update(link.ids)
    node_info = {
        a: {"weight": len(actor_ids[a]), "ids": _recent_first(actor_ids[a], facts, IDS_PER_LINE), "kind": ""}
        for a in net_actors
        if actor_ids[a]
    }
    for link in links:
        link.ids = _recent_first(link.ids, facts, IDS_PER_LINE)

    charts = {
        "central": bar_chart(
            [Bar(c.name, round(c.degree, 4), c.ids, f"({c.kind})") for c in central],
            "Most central actors (weighted degree centrality)",
        ),
        "matrix": matrix_chart(matrix_actors, cells, "Who to whom: facts, coloured by net cooperation"),
        "timeline": timeline_chart(periods, segments, "Statements and events per period and quad class"),
        "network": network_chart(node_info, links, "Interactions: one line per dyad and quad class"),
    }
    tables = {
        "central": _table(
            ["actor", "kind", "degree centrality", "betweenness", "statements made", "received", "events"],
            (
                (
                    [c.name, c.kind, f"{c.degree:.4f}", f"{c.betweenness:.4f}", c.said, c.received, c.events],
                    c.ids,
                )
                for c in central
            ),
            "central",
        ),
        "matrix": _table(
            ["source", "target", *QUADS, OTHER, "net cooperation"],
            (
                ([c.source, c.target, *(c.counts[q] for q in (*QUADS, OTHER)), c.net], c.ids)
                for c in table_cells
            ),
            "matrix",
        ),
        "timeline": _table(
            ["period", *QUADS, OTHER],
            (
                (
                    [
                        p,
                        *(
                            sum(s.n for s in segments if s.period == p and s.quad == q)
                            for q in (*QUADS, OTHER)
                        ),
                    ],
                    [i for s in segments if s.period == p for i in s.ids][:IDS_PER_MARK],
                )
                for p in periods
            ),
            "timeline",
        ),
        "network": _table(
            ["source", "target", "quad class", "facts"],
            (([lk.source, lk.target, lk.quad, lk.n], lk.ids) for lk in links),
            "network",
        ),
        "articles": _table(
            ["published", "title", "outlet", "url"],
            (
                ([a.get("published") or "", a.get("title") or "", outlet_of(a), a.get("url") or ""], [])
                for a in summary["articles"][:300]
            ),
            "articles",
        ),
    }
    # the page carries only the facts that some mark or table row lists
    listed = {i for svg in charts.values() for i in _listed(svg)} | {
        i for table in tables.values() for i in _listed(table)
    }
    facts = {i: f for i, f in facts.items() if i in listed}
    notes = {
        "matrix": f"the {len(matrix_actors)} actors in most facts; the table: the {len(table_cells)} of {len(all_cells)} dyads with most facts",
        "network": f"{len(node_info)} actors in most facts, {len(links)} lines",
        "timeline": f"{len(periods)} periods",
    }
    return Briefing(title, summary, charts, tables, facts, notes)


def _summary_html(summary: dict[str, Any]) -> str:
    c = summary["counts"]
    span = f"{summary['first']} to {summary['last']}" if summary["first"] else "no dates"
    outlets = ", ".join(f"{name} ({n})" for name, n in summary["outlets"][:12])
    more = f" and {len(summary['outlets']) - 12} more" if len(summary["outlets"]) > 12 else ""
    return (
        f'<p class="facts"><b>{c["Article"]}</b> articles published {html.escape(span)}; '
        f"<b>{c['Actor']}</b> actors, <b>{c['Statement']}</b> statements, <b>{c['Event']}</b> events.</p>"
        f"<p>Outlets: {html.escape(outlets + more) or 'none named'}.</p>"
    )


def _legend_html() -> str:
    return "".join(
        f'<span class="key"><i style="background:{QUAD_COLOURS[q]}"></i>{html.escape(q)}</span>'
        for q in (*QUADS, OTHER)
    )


def render_report(briefing: Briefing) -> str:
    """The page as one string; every inserted piece was escaped where it was made."""
    sections = []
    headings = {
        "central": "Most central actors",
        "matrix": "Who does what to whom",
        "timeline": "Over time",
        "network": "The interactions network",
    }
    for name in CHART_NAMES:
        note = briefing.notes.get(name, "")
        sections.append(
            f'<section id="{name}"><h2>{headings[name]}</h2>'
            f'<p class="note">{html.escape(note)}</p><div class="figure">{briefing.charts[name]}</div>'
            f"<details><summary>Table view</summary>{briefing.tables[name]}</details></section>"
        )
    page = TEMPLATE.read_text(encoding="utf-8")
    values = {
        "TITLE": html.escape(briefing.title),
        "SUMMARY": _summary_html(briefing.summary),
        "ARTICLES": briefing.tables["articles"],
        "LEGEND": _legend_html(),
        "SECTIONS": "".join(sections),
        "FACTS": _json_for_script(briefing.facts),
    }
    # one pass over the template: inserted text is never scanned for placeholders again
    return re.sub(r"\{\{([A-Z]+)\}\}", lambda m: values[m.group(1)], page)


def write_report(briefing: Briefing, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(briefing), encoding="utf-8")
    return path


def write_charts(briefing: Briefing, folder: str | Path) -> list[Path]:
    """Each chart as a standalone SVG file (for slides)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in CHART_NAMES:
        path = folder / f"{name}.svg"
        path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + briefing.charts[name], encoding="utf-8")
        out.append(path)
    return out


def chart_size(svg: str) -> tuple[int, int]:
    """The width and height an SVG chart declares.

    >>> chart_size('<svg xmlns="x" class="chart" width="640" height="90">')
    (640, 90)
    """
    found = re.search(r'<svg[^>]*\bwidth="(\d+)"[^>]*\bheight="(\d+)"', svg)
    return (int(found.group(1)), int(found.group(2))) if found else (1000, 700)


__all__ = ["Briefing", "build_briefing", "esc", "render_report", "write_charts", "write_report"]
