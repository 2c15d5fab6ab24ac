"""One store, more than one client: a test run holds its Neo4j (another run sharing the server
would wipe its graphs mid-test), a read follows the writes before it, and a document whose stored
Article was deleted by another client since the ingest started is new again, not a copy of itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import api
from graph.store import Store
from loaders.sources.base import Document
from loaders.sources.dedup import Deduplicator
from ontology.model import article_id
from tests.helpers import neo4j_identity, neo4j_uri, same_neo4j

ROOT = Path(__file__).resolve().parent.parent

TEXT = (
    "The foreign ministers of Chile and Peru met in Lima on Monday to discuss the maritime border. "
    "Both sides said the talks had been constructive and agreed to meet again next month."
)

CLAIM = """
import sys
sys.path.insert(0, sys.argv[2])
from tests.helpers import claim_neo4j
claim_neo4j(sys.argv[1], wait=0)
print("claimed")
"""


@pytest.mark.neo4j
def test_a_second_test_run_cannot_take_the_neo4j_this_run_holds():
    uri = neo4j_uri()  # this test's own fixture already holds it
    other = subprocess.run(
        [sys.executable, "-c", CLAIM, uri, str(ROOT)], capture_output=True, text=True, timeout=120
    )
    assert other.returncode != 0 and "claimed" not in other.stdout
    assert f"another test run (pid {os.getpid()} in " in other.stdout + other.stderr


@pytest.mark.neo4j
def test_a_server_that_replaced_this_runs_one_is_refused():
    uri = neo4j_uri()
    here = neo4j_identity(uri)
    assert "system" in [line.split()[0] for line in here]  # the system database and the user's
    assert same_neo4j(uri, here) is None
    other = tuple(line.replace(line.split()[2], "another-server") for line in here)
    assert "is not the server this test run started with" in (same_neo4j(uri, other) or "")


def another_client(store: Store) -> Store:
    """A second connection to the same database (Neo4j); the embedded store admits one writer per
    process, so there it is the store itself."""
    if store.name != "neo4j":
        return store
    from graph.neo4j_store import Neo4jStore

    return Neo4jStore(
        neo4j_uri(),
        os.environ.get("NEO4J_USER"),
        os.environ.get("NEO4J_PASSWORD"),
        os.environ.get("NEO4J_DATABASE"),
    )


def test_a_read_right_after_a_write_sees_it(store):
    for i in range(20):
        store.query("CREATE (:Place {id: $id, name: 'P', kind: 'city'})", {"id": f"place:{i}"}, write=True)
        assert store.query("MATCH (p:Place {id: $id}) RETURN p.id", {"id": f"place:{i}"}).rows == [
            [f"place:{i}"]
        ]


def test_an_article_deleted_by_another_client_during_an_ingest_is_new_again(store, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert api.ingest([tmp_path / "a.txt"], store).stored == 1
    doc = Document(text=TEXT, source=str(tmp_path / "a.txt"))
    dedup = Deduplicator(lambda cypher, params: store.query(cypher, params).rows)  # reads the signature
    other = another_client(store)
    try:
        other.query("MATCH (a:Article {id: $id}) DETACH DELETE a", {"id": article_id(doc.sha256)}, write=True)
    finally:
        if other is not store:
            other.close()
    assert dedup.classify(doc) is None  # new: extracted and stored again, not "a copy of itself"
    assert dedup.signature_of(article_id(doc.sha256))  # and stored with its signature
