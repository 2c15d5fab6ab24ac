"""Untrusted text (issue 6): it reaches the database only as parameters, labels and relationship
types come only from the ontology, ``query`` is read-only unless asked, and the HTML escapes it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import api
import cli
from graph.ladybug_store import LadybugStore
from graph.store import QueryError, ReadOnlyError, merge_node_query, merge_rel_query
from loaders.delta import to_delta
from ontology.model import GraphDelta, Node, Rel
from ontology.schema import NODE_TYPES, REL_TYPES
from tests.helpers import make_extraction, neo4j_uri

HOSTILE = [
    "x'}) DETACH DELETE n //",
    'He said "MATCH (n) DETACH DELETE n" and left',
    "`Actor`:`Person` {id: $rows} RETURN 1; DROP TABLE Actor;",
    "line one\nline two\r\n} ] ) CREATE (:Intruder)",
    "</script><script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "{{DATA}} ${rows} \\u0027 \\' \\\\",
    "UNION MATCH (m) SET m.name = 'pwned' RETURN m",
]
SPEAKER = 'O\'Brien `DROP` {x} "MERGE" $name'


def hostile_delta() -> GraphDelta:
    delta = to_delta(make_extraction(speaker=SPEAKER, quote=HOSTILE[0], aliases=tuple(HOSTILE[1:4])))
    for i, text in enumerate(HOSTILE):
        delta.add_node(
            "Statement", f"statement:hostile-{i}", text=text, kind="Report", mode="direct", cue=text[:10]
        )
        delta.add_rel(
            "SAID",
            [n for n in delta.nodes.values() if n.props.get("name") == SPEAKER][0],
            ("Statement", f"statement:hostile-{i}"),
        )
    return delta


def spy(store):
    """Record every Cypher text the store sends while writing (the database stays real)."""
    sent: list[tuple[str, dict]] = []
    real = store._write_statements

    def recording(statements):
        sent.extend(statements)
        return real(statements)

    store._write_statements = recording
    return sent


def test_hostile_text_travels_only_as_parameters_and_reads_back_verbatim(store):
    sent = spy(store)
    delta = hostile_delta()
    store.write(delta)
    assert sent, "nothing was written"
    for cypher, params in sent:
        assert set(params) == {"rows"}
        for text in HOSTILE + [SPEAKER]:
            assert text not in cypher
        assert "'" not in cypher and '"' not in cypher  # no literal at all, only $rows
    sent_values = json.dumps([p for _, p in sent])
    assert all(json.dumps(t)[1:-1] in sent_values for t in HOSTILE)  # they went as data

    rows = store.query(
        "MATCH (a:Actor)-[:SAID]->(s:Statement) WHERE a.name = $name RETURN s.text", {"name": SPEAKER}
    ).rows
    assert sorted(r[0] for r in rows) == sorted(HOSTILE + [HOSTILE[0]])  # + make_extraction's
    [[aliases]] = store.query("MATCH (a:Actor {name: $name}) RETURN a.aliases", {"name": SPEAKER}).rows
    assert sorted(aliases) == sorted(HOSTILE[1:4])
    counts = store.stats()
    assert counts["Actor"] == 3 and counts["Statement"] == len(HOSTILE) + 1  # none extra, none lost
    labels = store.query("MATCH (n) RETURN DISTINCT labels(n)").rows
    flat = {l for row in labels for l in (row[0] if isinstance(row[0], list) else [row[0]])}
    assert flat <= set(NODE_TYPES) | {k for t in NODE_TYPES.values() for k in t.kinds}


def test_writing_hostile_text_twice_changes_nothing(store):
    store.write(hostile_delta())
    before = store.stats()
    store.write(hostile_delta())
    assert store.stats() == before


@pytest.mark.parametrize("bad", ["Actor`) DETACH DELETE (n", "Intruder", "actor", "Actor "])
def test_labels_come_only_from_the_ontology(bad):
    with pytest.raises(ValueError, match="unknown node label"):
        merge_node_query(bad)
    with pytest.raises(ValueError, match="unknown node label"):
        Node(bad, "x", {})
    with pytest.raises(ValueError, match="unknown node label"):
        merge_rel_query("SAID", bad, "Statement")


@pytest.mark.parametrize("bad", ["SAID]->() DETACH DELETE (a", "KNOWS", "said"])
def test_relationship_types_come_only_from_the_ontology(bad):
    with pytest.raises(ValueError, match="unknown relationship type"):
        merge_rel_query(bad, "Actor", "Statement")
    with pytest.raises(ValueError, match="unknown relationship type"):
        Rel(bad, "a", "b", "Actor", "Statement")


def test_every_generated_query_names_only_ontology_labels():
    for label in NODE_TYPES:
        names = set(re.findall(r"`([^`]*)`", merge_node_query(label)))
        assert names <= {label} | set(NODE_TYPES[label].properties)
    for rel_type, rel in REL_TYPES.items():
        for src in rel.sources:
            for dst in rel.targets:
                names = set(re.findall(r"`([^`]*)`", merge_rel_query(rel_type, src, dst)))
                assert names <= {rel_type, src, dst} | set(rel.properties)


def test_an_actor_kind_outside_the_ontology_never_becomes_a_neo4j_label(store):
    delta = GraphDelta()
    delta.add_node("Actor", "actor:x", name="X", kind="Person`:Admin {x: 1}) DETACH DELETE (m")
    if store.name == "neo4j":
        with pytest.raises(ValueError, match="unknown Actor kind"):
            store.write(delta)
        assert store.stats()["Actor"] == 0
    else:  # the embedded store has no second labels: the kind is just a value
        store.write(delta)
        assert store.query("MATCH (a:Actor) RETURN a.kind").rows == [[delta.nodes["actor:x"].props["kind"]]]


WRITES = [
    "CREATE (:Actor {id: 'intruder', name: 'x'})",
    "MERGE (:Actor {id: 'intruder', name: 'x'})",
    "MATCH (a:Actor) SET a.name = 'pwned'",
    "MATCH (a:Actor) DETACH DELETE a",
    "MATCH (a:Actor)-[r:SAID]->() DELETE r",
    "COMMIT; CREATE (:Actor {id: 'intruder', name: 'x'})",
    "ROLLBACK; MATCH (a:Actor) SET a.name = 'pwned'",
    "MATCH (n) RETURN count(n); CREATE (:Actor {id: 'intruder', name: 'x'})",
]


def snapshot(store):
    return store.stats(), store.query("MATCH (a:Actor) RETURN a.id, a.name ORDER BY a.id").rows


@pytest.mark.parametrize("cypher", WRITES)
def test_read_only_queries_refuse_every_kind_of_write_and_change_nothing(store, cypher):
    store.write(to_delta(make_extraction()))
    before = snapshot(store)
    with pytest.raises(QueryError) as refused:  # ReadOnlyError, or a syntax error on Neo4j
        store.query(cypher)
    assert "\n" not in str(refused.value)
    if not cypher.startswith(("COMMIT", "ROLLBACK", "MATCH (n) RETURN")) or store.name != "neo4j":
        assert isinstance(refused.value, ReadOnlyError)
    assert snapshot(store) == before


def test_write_true_does_write(store):
    store.write(to_delta(make_extraction()))
    store.query("CREATE (:Actor {id: 'added', name: $n})", {"n": SPEAKER}, write=True)
    assert store.query("MATCH (a:Actor {id: 'added'}) RETURN a.name").rows == [[SPEAKER]]


def run_cli(*args):
    return CliRunner().invoke(
        cli.main, [str(a) for a in args], env={"NEO4J_URI": None, "DIPLOGRAPH_STORE": None}
    )


def store_args(kind: str, tmp_path: Path) -> list[str]:
    if kind == "neo4j":
        return ["--neo4j-uri", neo4j_uri()]
    return ["--store", str(tmp_path / "db")]


@pytest.mark.parametrize("kind", ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_cli_query_is_read_only_unless_write(kind, tmp_path):
    where = store_args(kind, tmp_path)
    if kind == "neo4j":
        from graph.neo4j_store import Neo4jStore

        with Neo4jStore(neo4j_uri()) as neo:
            neo.clear()
    count = "MATCH (a:Actor) RETURN count(a) AS n"
    assert run_cli("query", "CREATE (:Actor {id: 'seed', name: 's'})", *where, "--write").exit_code == 0
    for cypher in WRITES:
        refused = run_cli("query", cypher, *where)
        assert refused.exit_code == 4, (cypher, refused.output)
        [line] = refused.stderr.splitlines()
        assert line.startswith("error: ")
        assert json.loads(run_cli("query", count, *where, "--format", "json").stdout) == [{"n": 1}]
    names = run_cli("query", "MATCH (a:Actor) RETURN a.name AS name", *where, "--format", "json")
    assert json.loads(names.stdout) == [{"name": "s"}]
    hostile = SPEAKER + "' OR 1=1 //"
    added = run_cli("query", "CREATE (:Actor {id: 'p', name: $n})", "-p", f"n={hostile}", *where, "--write")
    assert added.exit_code == 0, added.output
    found = run_cli(
        "query",
        "MATCH (a:Actor) WHERE a.name = $n RETURN a.id AS id",
        "-p",
        f"n={hostile}",
        *where,
        "--format",
        "json",
    )
    assert json.loads(found.stdout) == [{"id": "p"}]


# --- the HTML page ----------------------------------------------------------------------------


def test_the_html_page_escapes_all_text(tmp_path):
    with LadybugStore(tmp_path / "db") as store:
        store.write(hostile_delta())
        page_path = api.viz(store, tmp_path / "g.html", title="</title><script>alert('t')</script>")
        plain_path = api.viz(store, tmp_path / "plain.html", title="plain")
    page = page_path.read_text(encoding="utf-8")
    plain = plain_path.read_text(encoding="utf-8")
    for text in ["<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "alert('t')"]:
        assert text not in page.replace(_library(page), "")
    # no element came in with the data: as many tags as a page with a harmless title
    assert page.count("<script") == plain.count("<script")
    assert page.count("</script") == plain.count("</script")
    assert page.count("<img") == plain.count("<img")
    assert "&lt;/title&gt;&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;" in page
    # the text is still all there, as data, and the page shows it as text, never as markup
    found = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page, re.S)
    assert found is not None
    data = json.loads(found.group(1))
    blob = json.dumps(data, ensure_ascii=False)
    assert SPEAKER.replace('"', '\\"') in blob
    template = (Path(api.__file__).parent / "viz" / "templates" / "network.html").read_text()
    assert "innerHTML" not in template and "insertAdjacentHTML" not in template
    assert "document.write" not in template


def _library(page: str) -> str:
    """vis-network's own minified code, which is not ours to scan."""
    from viz import network

    return (network.VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
