"""The store contract: the same tests on the embedded store and on Neo4j."""

from __future__ import annotations

import pytest

from graph.store import ReadOnlyError
from loaders.delta import to_delta
from tests.helpers import make_extraction


def write(store, **kwargs):
    delta = to_delta(make_extraction(**kwargs))
    store.write(delta)
    return delta


def test_write_stores_every_node_and_relationship(store):
    delta = write(store)
    counts = store.stats()
    for label, n in delta.counts().items():
        assert counts[label] == n
    rel_types: dict[str, int] = {}
    for rel in delta.rels.values():
        rel_types[rel.type] = rel_types.get(rel.type, 0) + 1
    for rel_type, n in rel_types.items():
        assert counts[rel_type] == n, rel_type
    assert counts["SAID"] == 1 and counts["PARTICIPATED_IN"] == 2 and counts["AFFILIATED_WITH"] == 1


def test_writing_twice_changes_no_count(store):
    write(store)
    before = store.stats()
    write(store)
    assert store.stats() == before


def test_query_with_parameters_returns_rows(store):
    write(store)
    result = store.query(
        "MATCH (a:Actor)-[:SAID]->(s:Statement) WHERE a.name = $name RETURN a.name, s.kind, s.text",
        {"name": "Ana Example"},
    )
    assert result.columns == ["a.name", "s.kind", "s.text"]
    assert result.rows == [["Ana Example", "Appeal", "We want talks."]]


def test_hostile_text_is_stored_verbatim_as_data(store):
    nasty = 'x\'}) DETACH DELETE n //\n`MATCH` {"<script>alert(1)</script>"}'
    write(store, quote=nasty, speaker="O'Brien `DROP` {x}")
    rows = store.query("MATCH (a:Actor)-[:SAID]->(s:Statement) RETURN a.name, s.text").rows
    assert rows == [["O'Brien `DROP` {x}", nasty]]
    assert store.stats()["Actor"] == 3


def test_read_only_query_refuses_changes_and_changes_nothing(store):
    write(store)
    before = store.stats()
    with pytest.raises(ReadOnlyError):
        store.query("CREATE (a:Actor {id: 'intruder', name: 'x'})")
    assert store.stats() == before
    store.query("MATCH (a:Actor {name: 'Landia'}) SET a.role = 'changed'", write=True)
    assert store.query("MATCH (a:Actor {name: 'Landia'}) RETURN a.role").rows == [["changed"]]


def test_second_article_adds_aliases_and_keeps_the_actor_single(store):
    write(store, aliases=("Example",))
    write(store, text_hash="cd" * 32, aliases=("A. Example",))
    rows = store.query("MATCH (a:Actor {name: 'Ana Example'}) RETURN a.aliases").rows
    assert len(rows) == 1 and sorted(rows[0][0]) == ["A. Example", "Example"]
    assert store.stats()["Article"] == 2


def test_to_networkx_matches_the_stored_counts(store):
    delta = write(store)
    graph = store.to_networkx()
    counts = store.stats()
    assert graph.number_of_nodes() == sum(delta.counts().values())
    from ontology.schema import REL_TYPES

    assert graph.number_of_edges() == sum(counts[t] for t in REL_TYPES)
    call = graph.nodes["event:test-call"]
    assert call["label"] == "Event" and call["kind"] == "PhoneCall"
    assert '"minutes": 30' in call["quantities"]
    said = [(u, v) for u, v, k in graph.edges(keys=True) if k == "SAID"]
    assert said == [("actor:ana-example", "statement:test-1")]


def test_evidence_offsets_are_kept_on_reported_in(store):
    write(store)
    rows = store.query(
        "MATCH (s:Statement)-[r:REPORTED_IN]->(a:Article) RETURN r.sentence, r.start, a.title"
    ).rows
    assert rows == [['"We want talks." Ana said.', 57, "Test article"]]


def test_has_article_finds_stored_text_hash(store):
    assert not store.has_article("ab" * 32)
    write(store)
    assert store.has_article("ab" * 32)


@pytest.mark.neo4j
def test_neo4j_adds_the_actor_kind_as_a_second_label(request):
    from graph.neo4j_store import Neo4jStore
    from tests.helpers import neo4j_uri

    with Neo4jStore(neo4j_uri()) as neo:
        neo.clear()
        write(neo)
        assert neo.query("MATCH (a:Actor:Person) RETURN a.name").rows == [["Ana Example"]]
        assert neo.query("MATCH (a:Actor:State) RETURN count(a)").rows == [[2]]


def test_relationships_returned_beside_their_nodes_name_both_ends(store):
    write(store)
    rows = store.query("MATCH (a:Actor)-[r:SAID]->(s:Statement) RETURN a, r, s").rows
    [[actor, rel, statement]] = rows
    assert actor["_label"] == "Actor" and statement["_label"] == "Statement"
    assert (rel["_type"], rel["_src"], rel["_dst"]) == ("SAID", actor["id"], statement["id"])
