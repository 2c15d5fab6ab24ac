"""Exports for graph tools and event data, a Cypher query's subgraph, and the export/sparql CLI."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph

import api
from cli import main
from graph.export import EVENT_COLUMNS, event_rows, export_text, subgraph
from loaders.delta import to_delta
from ontology.errors import QueryError
from ontology.model import actor_id
from tests.helpers import make_extraction

ANA, LANDIA, OTHER = actor_id("Ana Example"), actor_id("Landia"), actor_id("Otherland")


@pytest.fixture
def filled(store):
    store.write(to_delta(make_extraction()))
    return store


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# -- event data -----------------------------------------------------------------------------------
def test_events_csv_has_one_row_per_coded_interaction(filled):
    rows = rows_of(api.export(filled, "events-csv"))
    assert list(rows[0])[:9] == [
        "date",
        "source_actor",
        "source_country",
        "target_actor",
        "target_country",
        "cameo",
        "plover",
        "quote",
        "url",
    ]
    statement = [r for r in rows if r["record"] == "statement"]
    assert statement == [
        {
            **{c: "" for c in EVENT_COLUMNS},
            "date": "2024-01-02",
            "source_actor": "Ana Example",
            "source_country": "LND",
            "target_actor": "Otherland",
            "target_country": "OTH",
            "cameo": "020",
            "plover": "REQUEST",
            "quote": "We want talks.",
            "url": "https://example.org/a",
            "record": "statement",
            "id": "statement:test-1",
            "kind": "Appeal",
            "mode": "direct",
            "source_id": ANA,
            "target_id": OTHER,
            "sentence": '"We want talks." Ana said.',
            "article": "article:abababababababab",
        }
    ]
    # the call had two participants and no initiator: one row each way
    calls = {(r["source_actor"], r["target_actor"]): r for r in rows if r["record"] == "event"}
    assert set(calls) == {("Ana Example", "Otherland"), ("Otherland", "Ana Example")}
    call = calls["Ana Example", "Otherland"]
    assert (call["cameo"], call["plover"], call["date"], call["status"]) == (
        "041",
        "CONSULT",
        "2024-01-02",
        "reported",
    )
    assert call["quote"] == "They spoke for 30 minutes."
    assert len(rows) == 3


def test_event_rows_follow_roles_and_affiliations():
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="Actor", name="A", kind="Person")  # no country of its own
    graph.add_node("s", label="Actor", name="S", kind="State", country="SSS")
    graph.add_node("t", label="Actor", name="T", kind="State", country="TTT")
    graph.add_node(
        "e",
        label="Event",
        kind="Shelling",
        cameo="194",
        plover="ASSAULT",
        date="2022-02-19",
        status="alleged",
    )
    graph.add_node("x", label="Event", kind="Evacuation", status="reported")  # not coded
    graph.add_edge("a", "s", key="AFFILIATED_WITH", role="commander")
    graph.add_edge("a", "e", key="PARTICIPATED_IN", role="initiator")
    graph.add_edge("s", "e", key="PARTICIPATED_IN", role="participant")
    graph.add_edge("t", "e", key="PARTICIPATED_IN", role="target")
    graph.add_edge("t", "x", key="PARTICIPATED_IN", role="participant")
    rows = event_rows(graph)
    assert [
        (r["source_actor"], r["source_country"], r["target_actor"], r["target_country"]) for r in rows
    ] == [("A", "SSS", "T", "TTT")]


# -- graph tools and CSV --------------------------------------------------------------------------
def test_graphml_and_gexf_read_back_with_every_node_and_edge(filled, tmp_path):
    graph = filled.to_networkx()
    path = api.export(filled, "graphml", output=tmp_path / "g.graphml")
    back = nx.read_graphml(path)
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes[ANA]["label"] == "Actor"
    assert json.loads(back.nodes[ANA]["aliases"]) == ["Example"]
    reported = [d for _, _, d in back.edges(data=True) if d["type"] == "REPORTED_IN"]
    assert {d["start"] for d in reported} >= {0, 57}

    path = api.export(filled, "gexf", output=tmp_path / "g.gexf")
    back = nx.read_gexf(path)
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes[ANA]["label"] == "Ana Example"
    assert back.nodes[ANA]["category"] == "Actor"


def test_csv_lists_nodes_then_relationships_with_their_properties(filled):
    graph = filled.to_networkx()
    rows = rows_of(api.export(filled, "csv"))
    nodes = [r for r in rows if r["element"] == "node"]
    rels = [r for r in rows if r["element"] == "relationship"]
    assert len(nodes) == graph.number_of_nodes() and len(rels) == graph.number_of_edges()
    ana = next(r for r in nodes if r["id"] == ANA)
    assert (ana["label"], ana["name"], ana["country"], json.loads(ana["aliases"])) == (
        "Actor",
        "Ana Example",
        "LND",
        ["Example"],
    )
    said = next(r for r in rels if r["label"] == "REPORTED_IN" and r["source"] == "statement:test-1")
    assert (said["sentence"], said["start"], said["end"]) == ('"We want talks." Ana said.', "57", "80")
    roles = {r["source"]: r["rel_role"] for r in rels if r["label"] == "PARTICIPATED_IN"}
    assert roles == {ANA: "participant", OTHER: "participant"}


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown export format"):
        export_text(nx.MultiDiGraph(), "xlsx")


# -- a Cypher query's subgraph --------------------------------------------------------------------
def test_subgraph_of_returned_nodes_and_relationships(filled):
    sub = subgraph(filled, "MATCH (a:Actor)-[r:SAID]->(s:Statement) RETURN a, r, s")
    assert set(sub.nodes) == {ANA, "statement:test-1"}
    assert list(sub.edges(keys=True)) == [(ANA, "statement:test-1", "SAID")]
    assert sub.nodes[ANA]["name"] == "Ana Example"


def test_subgraph_of_returned_paths_keeps_relationship_properties(filled):
    sub = subgraph(filled, "MATCH p = (a:Actor)-[:PARTICIPATED_IN]->(e:Event) RETURN p")
    assert set(sub.nodes) == {ANA, OTHER, "event:test-call"}
    assert {(u, k, d["role"]) for u, _, k, d in sub.edges(keys=True, data=True)} == {
        (ANA, "PARTICIPATED_IN", "participant"),
        (OTHER, "PARTICIPATED_IN", "participant"),
    }


def test_subgraph_of_nodes_only_and_its_rdf_conforms(filled):
    pyshacl = pytest.importorskip("pyshacl")
    from ontology.owl import load_shapes

    sub = subgraph(filled, "MATCH (a:Actor) WHERE a.kind = 'State' RETURN collect(a) AS states")
    assert set(sub.nodes) == {LANDIA, OTHER} and sub.number_of_edges() == 0
    text = api.export(filled, "ttl", cypher="MATCH (s:Statement)-[r:REPORTED_IN]->(a) RETURN s, r, a")
    g = Graph().parse(data=text, format="turtle")
    conforms, _, report = pyshacl.validate(g, shacl_graph=load_shapes(), inference="none")
    assert conforms, report
    assert len(set(g.subjects())) > 2


def test_subgraph_refuses_a_query_with_nothing_to_export(filled):
    with pytest.raises(QueryError, match="no nodes, relationships or paths"):
        subgraph(filled, "MATCH (a:Actor) RETURN a.name")


def test_bare_relationships_need_their_nodes(filled):
    # neither store's driver names the ends of a relationship returned without them
    with pytest.raises(QueryError, match=r"RETURN a, r, b"):
        subgraph(filled, "MATCH ()-[r:SAID]->() RETURN r")


# -- the command line -----------------------------------------------------------------------------
@pytest.fixture
def run():
    def invoke(*args):
        runner = CliRunner()
        return runner.invoke(
            main,
            [str(a) for a in args],
            catch_exceptions=False,
            env={"NEO4J_URI": None, "DIPLOGRAPH_STORE": None},
        )

    return invoke


@pytest.fixture
def db(tmp_path):
    from graph.ladybug_store import LadybugStore

    path = tmp_path / "db"
    with LadybugStore(path) as store:
        store.write(to_delta(make_extraction()))
    return path


def test_cli_export_ingest_export_round_trip(run, db, tmp_path):
    out = tmp_path / "graph.ttl"
    result = run("export", "-o", out, "--store", db)  # the format from the suffix
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("@prefix")
    first = run("export", "--format", "nt", "--store", db)
    assert first.exit_code == 0 and first.output.count("\n") > 50
    result = run("ingest", out, "--store", tmp_path / "copy")
    assert result.exit_code == 0, result.output
    assert "1 stored" in result.output and "3 actors" in result.output
    second = run("export", "--format", "nt", "--store", tmp_path / "copy")
    assert second.output == first.output


def test_cli_export_events_csv_and_cypher(run, db):
    result = run("export", "--format", "events-csv", "--store", db)
    assert result.exit_code == 0
    rows = rows_of(result.output)
    assert any(r["source_actor"] == "Ana Example" and r["cameo"] == "020" for r in rows)
    result = run(
        "export",
        "--format",
        "jsonld",
        "--store",
        db,
        "--cypher",
        "MATCH (a:Actor {id: $id}) RETURN a",
        "-p",
        f"id={ANA}",
    )
    assert result.exit_code == 0, result.output
    g = Graph().parse(data=result.output, format="json-ld")
    assert len(set(g.subjects())) == 1


def test_cli_export_errors_are_one_line(run, db):
    result = run("export", "--store", db, "--cypher", "MATCH (a:Actor) RETURN a.name")
    assert result.exit_code == 4
    assert result.output.strip().count("\n") == 0 and result.output.startswith("error:")
    result = run("export", "--store", db, "--cypher", "CREATE (a:Place {id: 'x'}) RETURN a")
    assert result.exit_code == 4


def test_cli_sparql(run, db):
    result = run(
        "sparql",
        "SELECT ?name ?country WHERE { ?a a dgo:State ; schema:name ?name ; "
        "dgo:country ?country } ORDER BY ?name",
        "--format",
        "json",
        "--store",
        db,
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {"name": "Landia", "country": "LND"},
        {"name": "Otherland", "country": "OTH"},
    ]
    result = run(
        "sparql", "SELECT ?label WHERE { cameo:041 skos:prefLabel ?label }", "--with-ontology", "--store", db
    )
    assert "Discuss by telephone" in result.output
    result = run("sparql", "not sparql", "--store", db)
    assert result.exit_code == 4 and result.output.startswith("error: not a SPARQL query")


# -- the seed article, end to end -----------------------------------------------------------------
def test_seed_export_conforms_and_codes_putins_statements(seed, tmp_path):
    pyshacl = pytest.importorskip("pyshacl")
    from graph.ladybug_store import LadybugStore
    from graph.rdf import to_rdf
    from ontology.owl import load_shapes

    with LadybugStore(tmp_path / "db") as store:
        summary = api.ingest([seed], store)
        assert summary.stored == 1
        graph = store.to_networkx()
        events = rows_of(api.export(store, "events-csv"))
    conforms, _, report = pyshacl.validate(to_rdf(graph), shacl_graph=load_shapes(), inference="none")
    assert conforms, report
    putin = [r for r in events if r["source_actor"] == "Vladimir Putin"]
    assert putin and all(r["source_country"] == "RUS" for r in putin)
    assert {r["url"] for r in events} == {
        "https://www.themoscowtimes.com/2022/02/20/"
        "moscow-and-kyiv-call-for-talks-amid-intense-shellfire-a-76477"
    }
    assert {r["date"] for r in events if r["record"] == "statement"} == {"2022-02-20"}
