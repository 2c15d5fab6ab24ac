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
from tests.helpers import CORPUS, SEED, neo4j_uri


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
