"""Shared fixtures: both stores behind one parameter, the corpus folder.

Plain helpers (paths, the Neo4j URI, a hand-made article) are in ``tests/helpers.py``.
Tests marked ``neo4j`` use the server `make test` starts (``NEO4J_URI``); they delete everything
in that database, so never point NEO4J_URI at data you want to keep while running the tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store import Store
from tests.helpers import CORPUS, SEED, claim_neo4j, neo4j_identity, neo4j_uri, same_neo4j


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[tuple[str, ...]]:
    """This run's hold on the test Neo4j (``claim_neo4j``, waiting up to ``DIPLOGRAPH_NEO4J_WAIT``
    seconds, default 900, for another run) and the identity of the server it found there."""
    uri = neo4j_uri()
    claim = claim_neo4j(uri, float(os.environ.get("DIPLOGRAPH_NEO4J_WAIT") or 900))
    try:
        yield neo4j_identity(uri)
    finally:
        claim.close()


@pytest.fixture(autouse=True)
def _neo4j_is_this_runs(request: pytest.FixtureRequest) -> None:
    """Before each test that uses Neo4j: the server is held by this run and is still the one it
    started with. Seen once: a run whose own server had been stopped went on with the next server
    on the port, another checkout's, and its clear() emptied that run's graph between two ingests
    (64 stored, 193 failed)."""
    if request.node.get_closest_marker("neo4j") is None or not os.environ.get("NEO4J_URI"):
        return
    expected = request.getfixturevalue("neo4j_server")
    problem = same_neo4j(neo4j_uri(), expected)
    if problem:
        pytest.fail(problem, pytrace=False)


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    return CORPUS


@pytest.fixture
def seed(corpus: Path) -> Path:
    return SEED


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Each store, empty."""
    opened: Store
    if request.param == "embedded":
        from graph.ladybug_store import LadybugStore

        opened = LadybugStore(tmp_path / "store")
    else:
        from graph.neo4j_store import Neo4jStore

        neo = Neo4jStore(
            neo4j_uri(),
            os.environ.get("NEO4J_USER"),
            os.environ.get("NEO4J_PASSWORD"),
            os.environ.get("NEO4J_DATABASE"),
        )
        neo.clear()
        opened = neo
    yield opened
    opened.close()
