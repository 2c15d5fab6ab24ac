"""The viz views and page data on both stores, without a browser (see test_viz_browser.py).

Two hand-made articles: the helpers' (Ana appeals to Otherland on 2024-01-02) and a hostile one
(published 2024-03-05) whose speaker, quote, title, evidence and URL carry markup and script.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner

import api
from cli import main
from loaders.delta import to_delta
from ontology.errors import InputError
from ontology.model import actor_id
from tests.helpers import make_extraction
from viz.network import page_data, render_html
from viz.static import svg

EVIL_NAME = 'Bob <img src=x onerror="window.__pwned=1">'
EVIL_QUOTE = "<script>window.__pwned=2</script> They lie & cheat."
EVIL_TITLE = "<img src=x onerror=window.__pwned=3> Breaking"
EVIL_EVIDENCE = '"<b>bold</b>" <iframe src="https://evil.example/"></iframe> Bob said.'
EVIL_URL = "javascript:window.__pwned=4"
ANA, BOB = actor_id("Ana Example"), actor_id(EVIL_NAME)
OTHER, LAND = actor_id("Otherland"), actor_id("Landia")
PATHS_QUERY = "MATCH p=(a:Actor)-[:SAID]->(s:Statement)-[:TARGETS]->(b:Actor) RETURN p"


def hostile_extraction():
    ex = make_extraction(text_hash="cd" * 32, speaker=EVIL_NAME, quote=EVIL_QUOTE, aliases=())
    ex.article.title, ex.article.published, ex.article.url = EVIL_TITLE, "2024-03-05", EVIL_URL
    ex.events[0].id, ex.events[0].date = "event:evil-call", "2024-03-05"
    statement = ex.statements[0]
    statement.id, statement.kind, statement.event = "statement:evil", "Accusation", "event:evil-call"
    statement.evidence = EVIL_EVIDENCE
    return ex


def fill(store):
    store.write(to_delta(make_extraction()))
    store.write(to_delta(hostile_extraction()))
    return store


@pytest.fixture
def filled(store):
    return fill(store)


def page_json(path) -> dict:
    text = path.read_text(encoding="utf-8")
    found = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', text, re.S)
    assert found is not None, "no graph data in the page"
    return json.loads(found.group(1))


def drawn(data: dict) -> tuple[set, set]:
    return (
        {n["id"] for n in data["nodes"]},
        {(e["from"], e["to"], e["label"].split(" ")[0]) for e in data["edges"]},
    )


# -- every view on both stores ---------------------------------------------------------------------
def test_whole_graph_view_draws_every_node_and_relationship(filled, tmp_path):
    graph = filled.to_networkx()
    data = page_json(api.viz(filled, tmp_path / "g.html"))
    assert len(data["nodes"]) == graph.number_of_nodes() == 11
    assert len(data["edges"]) == graph.number_of_edges()
    assert {(u, v, k) for u, v, k in graph.edges(keys=True)} == drawn(data)[1]
    assert {g["name"] for g in data["groups"]} == {
        "Person",
        "State",
        "PhoneCall",
        "Statement",
        "Place",
        "Article",
    }
    assert [s["name"] for s in data["skinds"]] == ["Appeal", "Accusation"]


def test_actor_view_is_the_neighbourhood(filled, tmp_path):
    data = page_json(api.viz(filled, tmp_path / "g.html", actor="example", depth=1))
    ids, _ = drawn(data)
    assert ANA in ids and "statement:test-1" in ids and "event:test-call" in ids and LAND in ids
    assert OTHER not in ids and BOB not in ids and "statement:evil" not in ids
    deeper, _ = drawn(page_json(api.viz(filled, tmp_path / "g2.html", actor="Ana Example", depth=2)))
    assert OTHER in deeper and BOB in deeper  # via the statement, and via Landia
    assert "statement:evil" not in deeper
    with pytest.raises(InputError, match="no actor named 'Nobody'"):
        api.viz(filled, tmp_path / "g3.html", actor="Nobody")


def test_neighbourhood_does_not_walk_through_articles():
    g = nx.MultiDiGraph()
    g.add_node("art", label="Article", id="art", published="2024-01-01")
    for actor in ("a", "b"):
        g.add_node(actor, label="Actor", id=actor, name=actor.upper(), kind="State")
        g.add_edge(actor, "art", key="REPORTED_IN", type="REPORTED_IN")
    assert sorted(api.neighbourhood(g, "A", depth=5)) == ["a", "art"]


def test_interactions_view_counts_statements_and_shared_events(filled, tmp_path):
    data = page_json(api.viz(filled, tmp_path / "g.html", interactions=True))
    assert {n["group"] for n in data["nodes"]} == {"Person", "State"}
    edges = {(e["from"], e["to"], e["label"]): e for e in data["edges"]}
    assert edges[(ANA, OTHER, "Appeal \u00d71")]["skind"] == "Appeal"
    accusation = edges[(BOB, OTHER, "Accusation \u00d71")]
    assert accusation["color"]["color"] == "#ff7f0e" and accusation["value"] == 1
    shared = [e for e in data["edges"] if e["label"].startswith("TOOK_PART_WITH")]
    assert len(shared) == 2 and all(e["arrows"] == "" for e in shared)
    assert LAND not in drawn(data)[0]  # no statement or event: no interaction


def test_cypher_view_draws_what_the_query_returns(filled, tmp_path):
    data = page_json(api.viz(filled, tmp_path / "g.html", cypher=PATHS_QUERY))
    ids, edges = drawn(data)
    assert ids == {ANA, BOB, OTHER, "statement:test-1", "statement:evil"}
    assert edges == {
        (ANA, "statement:test-1", "SAID"),
        (BOB, "statement:evil", "SAID"),
        ("statement:test-1", OTHER, "TARGETS"),
        ("statement:evil", OTHER, "TARGETS"),
    }
    named = page_json(
        api.viz(
            filled,
            tmp_path / "g2.html",
            params={"kind": "Appeal"},
            cypher="MATCH (s:Statement) WHERE s.kind = $kind RETURN s",
        )
    )
    assert drawn(named) == ({"statement:test-1"}, set())


def test_dates_narrow_every_view(filled, tmp_path):
    march = page_json(api.viz(filled, tmp_path / "g.html", since="2024-03"))
    ids, _ = drawn(march)
    assert "statement:evil" in ids and "event:evil-call" in ids and BOB in ids
    assert "statement:test-1" not in ids and "event:test-call" not in ids
    assert "place:geneva" in ids and ANA in ids  # still linked: the evil call, Landia
    assert "article:abababababababab" not in ids  # reports nothing from March
    january = page_json(api.viz(filled, tmp_path / "g2.html", interactions=True, until="2024-01"))
    assert drawn(january)[0] == {ANA, OTHER}
    assert drawn(
        page_json(
            api.viz(filled, tmp_path / "g3.html", cypher=PATHS_QUERY, since="2024-03-05", until="2024-03-05")
        )
    )[0] == {BOB, OTHER, "statement:evil"}


# -- what the page says ------------------------------------------------------------------------------
def test_tooltips_carry_the_facts_with_their_evidence(filled, tmp_path):
    nodes = {n["id"]: n for n in page_json(api.viz(filled, tmp_path / "g.html"))["nodes"]}
    tip = nodes["statement:evil"]["tip"]
    rows = dict(tip["rows"])
    assert tip["q"] == EVIL_QUOTE and tip["ev"] == EVIL_EVIDENCE
    assert rows["speaker"] == EVIL_NAME and rows["kind"] == "Accusation"
    assert rows["date"] == "2024-03-05" and rows["targets"] == "Otherland"
    assert tip["link"] == {"href": EVIL_URL, "text": EVIL_TITLE, "date": "2024-03-05"}
    event = dict(nodes["event:test-call"]["tip"]["rows"])
    assert event["kind"] == "PhoneCall" and event["date"] == "2024-01-02"
    assert event["status"] == "reported" and event["place"] == "Geneva"
    assert "Ana Example (participant)" in event["participants"]
    actor = dict(nodes[ANA]["tip"]["rows"])
    assert actor["kind"] == "Person" and actor["country"] == "LND"
    assert actor["role"] == "Foreign Minister" and actor["statements made"] == "1"
    assert nodes[ANA]["shape"] == "dot" and nodes[OTHER]["shape"] == "diamond"


def test_untrusted_text_never_reaches_the_page_as_markup(filled, tmp_path):
    page = api.viz(filled, tmp_path / "g.html", title="<script>alert(1)</script>").read_text()
    for markup in ("<img", "<iframe", "<b>bold", "<script>window", "<script>alert"):
        assert markup not in page, markup
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2  # <title> and <h1>
    data = page_json(tmp_path / "g.html")  # the text is all there, as data
    assert any(n["tip"]["q"] == EVIL_QUOTE for n in data["nodes"])
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "default-src 'none'" in page


def test_own_script_never_uses_inner_html():
    from viz.network import TEMPLATE

    assert "innerHTML" not in TEMPLATE.read_text() and "textContent" in TEMPLATE.read_text()


def test_several_edges_between_two_nodes_curve_apart():
    g = nx.MultiDiGraph()
    g.add_node("a", label="Actor", name="A", kind="State")
    g.add_node("b", label="Actor", name="B", kind="State")
    for key in ("BACKS", "AFFILIATED_WITH"):
        g.add_edge("a", "b", key=key, type=key)
    g.add_edge("b", "a", key="BACKS", type="BACKS")
    smooth = [e["smooth"] for e in page_data(g)["edges"]]
    bends = {(s["type"], s["roundness"]) for s in smooth}
    assert len(bends) == 3  # three different curves, none drawn over another


def test_static_svg_is_well_formed_and_escaped(filled, tmp_path):
    api.viz(filled, tmp_path / "g.html", svg=tmp_path / "g.svg", title="<T>")
    text = (tmp_path / "g.svg").read_text()
    root = ET.fromstring(text)
    assert root.tag.endswith("svg") and "<script" not in text and "<img" not in text
    assert text.count('class="node"') == filled.to_networkx().number_of_nodes()
    assert "&lt;T&gt;" in text
    assert svg(nx.MultiDiGraph()).startswith("<svg")


def test_empty_graph_still_makes_a_page(tmp_path):
    page = render_html(nx.MultiDiGraph())
    assert "0 nodes, 0 relationships" in page


# -- the command ------------------------------------------------------------------------------------
@pytest.fixture
def cli_store(tmp_path):
    from graph.ladybug_store import LadybugStore

    with LadybugStore(tmp_path / "db") as store:
        fill(store)
    return tmp_path / "db"


def run(*args):
    return CliRunner().invoke(
        main,
        [str(a) for a in args],
        catch_exceptions=False,
        env={"NEO4J_URI": None, "DIPLOGRAPH_STORE": None},
    )


def test_cli_views_and_errors(cli_store, tmp_path):
    out = tmp_path / "i.html"
    result = run(
        "viz",
        "--store",
        cli_store,
        "-o",
        out,
        "--interactions",
        "--since",
        "2024-01",
        "--until",
        "2024-03-31",
        "--svg",
        tmp_path / "i.svg",
    )
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.output and (tmp_path / "i.svg").exists()
    assert len(page_json(out)["nodes"]) == 3
    result = run(
        "viz",
        "--store",
        cli_store,
        "-o",
        out,
        "--cypher",
        "MATCH (s:Statement) WHERE s.kind = $k RETURN s",
        "-p",
        "k=Accusation",
    )
    assert result.exit_code == 0 and drawn(page_json(out))[0] == {"statement:evil"}
    bad = run("viz", "--store", cli_store, "-o", out, "--actor", "Nobody")
    assert bad.exit_code == 1 and bad.output.strip() == "error: no actor named 'Nobody' in the graph"
    assert run("viz", "--store", cli_store, "--since", "March").exit_code == 2
    refused = run("viz", "--store", cli_store, "-o", out, "--cypher", "CREATE (:Place {id: 'x'})")
    assert refused.exit_code == 4 and refused.output.startswith("error:")


def test_png_without_a_browser_is_one_line_error(cli_store, tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_CHROMIUM", str(tmp_path / "no-such-browser"))
    result = run("viz", "--store", cli_store, "-o", tmp_path / "g.html", "--png", tmp_path / "g.png")
    assert result.exit_code == 6
    assert result.output.startswith("error: Chromium could not take the screenshot")
    assert len(result.output.strip().splitlines()) == 1 and (tmp_path / "g.html").exists()
