"""Networks readable at corpus scale: one edge per dyad and quad class, communities, the actor
panel, labels of the most connected actors at every zoom, weights recounted by the date filter."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

import api
from benchmarks.synthetic import extraction
from graph.ladybug_store import LadybugStore
from loaders.delta import to_delta
from tests.helpers import make_extraction
from tests.test_viz import ANA, BOB, OTHER, fill, page_json
from viz import views
from viz.network import top_nodes
from viz.style import QUAD_COLOURS


@pytest.fixture
def filled(tmp_path):
    with LadybugStore(tmp_path / "db") as store:
        fill(store)
        yield store


def test_parallel_statements_are_one_edge_per_dyad_and_quad_class():
    g = views.example_graph()
    g.nodes["s1"]["plover"], g.nodes["s2"]["plover"] = "REQUEST", "ACCUSE"  # both verbal conflict
    g.add_node("s3", label="Statement", id="s3", text="Thanks.", kind="Praise", plover="SUPPORT")
    g.add_edge("ana", "s3", key="SAID", type="SAID")
    g.add_edge("s3", "other", key="TARGETS", type="TARGETS")
    inter = views.interactions(g, by_quad=True)
    edges = {(u, v, d["quad"]): d for u, v, d in inter.edges(data=True)}
    assert edges[("ana", "other", "verbal conflict")]["weight"] == 2
    assert edges[("ana", "other", "verbal cooperation")]["weight"] == 1
    assert edges[("ana", "other", "other")]["type"] == views.EVENT_EDGE  # the call has no PLOVER type
    assert sum(d["weight"] for d in edges.values() if d["type"] == views.STATEMENT_EDGE) == 3
    # without by_quad: one statement edge for the pair, as before
    assert [
        d["weight"] for _, _, k, d in views.interactions(g).edges(keys=True, data=True) if k == "TARGETED"
    ] == [3]


def test_quad_edges_are_coloured_by_class_with_the_count_in_label_and_tooltip(filled, tmp_path):
    data = page_json(api.viz(filled, tmp_path / "q.html", by_quad=True))
    quad_edges = [e for e in data["edges"] if e.get("quad")]
    assert quad_edges and all(e["color"]["color"] == QUAD_COLOURS[e["quad"]] for e in quad_edges)
    for e in quad_edges:
        n = len(e["facts"])
        assert e["value"] == n and e["label"] == f"{e['quad']} \u00d7{n}" and f": {n} " in e["title"]
    assert {q["name"] for q in data["quads"]} == {e["quad"] for e in quad_edges}


def test_communities_colour_and_group_actors(filled, tmp_path):
    data = page_json(api.viz(filled, tmp_path / "c.html", interactions=True, communities=True))
    groups = {n["id"]: n["group"] for n in data["nodes"]}
    assert all(g.startswith("community ") for g in groups.values())
    assert groups[ANA] == groups[OTHER]  # Ana addresses Otherland and calls it: one community
    assert {g["name"] for g in data["groups"]} == set(groups.values())


def test_actor_panel_counts_what_the_actor_said_heard_and_did(filled, tmp_path):
    data = page_json(api.viz(filled, tmp_path / "p.html", interactions=True))
    panels = {n["id"]: n["panel"] for n in data["nodes"]}
    other = panels[OTHER]
    assert other["made"] == {} and other["received"] == {"Accusation": 1, "Appeal": 1}
    assert other["events"] == {"PhoneCall": 2}
    assert dict(map(tuple, other["counterparts"])) == {"Ana Example": 2, data_name(data, BOB): 2}
    assert [f["date"] for f in other["facts"]] == sorted((f["date"] for f in other["facts"]), reverse=True)
    assert all(f["ev"] for f in other["facts"])


def data_name(data: dict, node_id: str) -> str:
    return next(n["actor"] for n in data["nodes"] if n["id"] == node_id)


# -- in headless Chromium, the network off ------------------------------------------------------
browser_tests = pytest.importorskip("tests.test_viz_browser", reason="needs playwright and Chromium")
browser = browser_tests.browser
needs_chromium = pytest.mark.skipif(
    not browser_tests.CHROMIUM or not Path(browser_tests.CHROMIUM).exists(),
    reason="no Chromium: `make browser`",
)


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory):
    """The by-quad interactions page of 80 synthetic articles (about 300 actors)."""
    folder = tmp_path_factory.mktemp("scale")
    rng = random.Random(11)
    with LadybugStore(folder / "db") as store:
        for i in range(80):
            store.write(to_delta(extraction(i, rng)))
        for month in range(1, 5):  # Ana appeals to Otherland once a month: one edge, four facts
            ex = make_extraction(text_hash=f"{month:02d}" * 32)
            ex.article.published = f"2024-{month:02d}-02"
            ex.statements[0].id, ex.events[0].id = f"statement:m{month}", f"event:m{month}"
            ex.statements[0].event = ex.events[0].id
            ex.events[0].date = ex.article.published
            store.write(to_delta(ex))
        graph = views.interactions(store.to_networkx(), by_quad=True)
        path = api.viz(store, folder / "net.html", by_quad=True)
    return path, graph


@needs_chromium
def test_top_labels_are_drawn_at_the_opening_zoom(browser, corpus_page):
    path, graph = corpus_page
    page = browser_tests.Opened(browser, path)
    try:
        p = page.page
        assert p.evaluate("diplograph.network.getScale()") < 0.6  # zoomed out: vis hides labels
        p.evaluate("diplograph.network.redraw()")
        drawn = set(p.evaluate("diplograph.topLabels()"))
        expected = {graph.nodes[n]["name"] for n in top_nodes(graph)}
        assert len(expected) == 15 and drawn == expected
        assert page.errors == [] and page.outgoing() == []
    finally:
        page.close()


@needs_chromium
def test_date_filter_recounts_edge_weights_and_actor_panel_opens(browser, corpus_page):
    path, _ = corpus_page
    data = page_json(path)
    heavy = next(
        e for e in data["edges"] if (e["from"], e["to"], e.get("quad")) == (ANA, OTHER, "verbal conflict")
    )
    cut = "2024-03-01"
    expected = sum(1 for f in heavy["facts"] if f[1] >= cut)
    assert len(heavy["facts"]) == 4 and expected == 2
    page = browser_tests.Opened(browser, path)
    try:
        p = page.page
        p.fill("#date-from", cut)
        p.dispatch_event("#date-from", "change")
        edge = p.evaluate(f"diplograph.edges.get({heavy['id']})")
        assert edge["value"] == expected and edge["label"].endswith(f"\u00d7{expected}")
        p.fill("#date-from", "")
        p.dispatch_event("#date-from", "change")
        assert p.evaluate(f"diplograph.edges.get({heavy['id']}).value") == len(heavy["facts"])
        # a click on an actor opens its panel
        actor = heavy["from"]
        xy = p.evaluate(
            """(id) => { var n = diplograph.network; n.focus(id, {scale: 1.5, animation: false});
                         var d = n.canvasToDOM(n.getPositions([id])[id]);
                         var r = document.getElementById('network').getBoundingClientRect();
                         return [d.x + r.left, d.y + r.top]; }""",
            actor,
        )
        p.mouse.click(xy[0], xy[1])
        text = p.locator("#details").inner_text()
        assert "Statements made" in text or "Statements received" in text
        assert "Counterparts" in text and "Most recent facts" in text
        counts = Counter(e["from"] for e in data["edges"])
        assert counts[actor] >= 1
        assert page.errors == [] and page.outgoing() == []
    finally:
        page.close()
