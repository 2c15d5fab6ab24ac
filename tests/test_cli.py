"""The command line as a user meets it: exit codes, one-line errors, the same rows on both stores."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from cli import main

SAID_QUERY = (
    "MATCH (a:Actor)-[:SAID]->(s:Statement) RETURN a.name, a.aliases, s.kind, s.text "
    "ORDER BY s.text, a.name, s.kind"
)


@pytest.fixture
def run(tmp_path):
    def invoke(*args):
        # the embedded store unless a test passes --neo4j-uri itself
        runner = CliRunner()
        return runner.invoke(
            main,
            [str(a) for a in args],
            catch_exceptions=False,
            env={"NEO4J_URI": None, "DIPLOGRAPH_STORE": None},
        )

    return invoke


def test_extract_prints_the_json_contract(run, seed):
    result = run("extract", seed, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert set(data) >= {"article", "actors", "events", "statements"}
    assert data["article"]["published"] == "2022-02-20"
    for statement in data["statements"]:
        assert {
            "speaker",
            "kind",
            "cameo",
            "plover",
            "mode",
            "cue",
            "text",
            "targets",
            "event",
            "evidence",
            "start",
            "end",
        } <= set(statement)
    ids = {a["id"] for a in data["actors"]}
    assert all(s["speaker"] in ids for s in data["statements"])


def test_ingest_then_query_lists_the_speakers(run, seed, tmp_path):
    store = tmp_path / "db"
    result = run("ingest", seed, "--store", store)
    assert result.exit_code == 0, result.output
    assert "1 stored" in result.output
    rows = json.loads(run("query", SAID_QUERY, "--store", store, "--format", "json").output)
    speakers = {name for r in rows for name in [r["a.name"], *r["a.aliases"]]}
    assert {"Vladimir Putin", "Volodymyr Zelenskiy", "Antony Blinken", "Valeriy Zaluzhniy"} <= speakers
    again = run("ingest", seed, "--store", store)
    assert "0 stored, 1 already stored" in again.output


def test_query_without_write_refuses_create(run, tmp_path):
    store = tmp_path / "db"
    run("query", "MATCH (n) RETURN count(n)", "--store", store, "--write")
    result = run("query", "CREATE (:Actor {id: 'x', name: 'x'})", "--store", store)
    assert result.exit_code == 4
    assert "--write" in result.output
    counted = run("query", "MATCH (a:Actor) RETURN count(a) AS n", "--store", store, "--format", "json")
    assert json.loads(counted.output) == [{"n": 0}]


def test_missing_file_is_one_line_error_and_exit_1(run, tmp_path):
    result = run("ingest", tmp_path / "nope.txt", "--store", tmp_path / "db")
    assert result.exit_code == 1
    errors = [l for l in result.output.splitlines() if l.startswith("error:")]
    assert errors == [f"error: {tmp_path / 'nope.txt'}: no such file or folder"]


def test_viz_writes_a_self_contained_page(run, seed, tmp_path):
    store = tmp_path / "db"
    run("ingest", seed, "--store", store)
    out = tmp_path / "g.html"
    result = run("viz", "-o", out, "--store", store)
    assert result.exit_code == 0
    page = out.read_text()
    assert "vis.Network" in page and "Legend" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)


@pytest.mark.neo4j
def test_neo4j_and_embedded_return_the_same_rows(run, seed, tmp_path):
    from graph.neo4j_store import Neo4jStore
    from tests.helpers import neo4j_uri

    uri = neo4j_uri()
    with Neo4jStore(uri) as neo:
        neo.clear()
    run("ingest", seed, "--neo4j-uri", uri)
    run("ingest", seed, "--store", tmp_path / "db")
    on_neo4j = run("query", SAID_QUERY, "--neo4j-uri", uri, "--format", "json").output
    embedded = run("query", SAID_QUERY, "--store", tmp_path / "db", "--format", "json").output
    assert json.loads(on_neo4j) == json.loads(embedded) != []


def test_a_typed_store_beats_neo4j_uri_from_the_environment(tmp_path):
    """NEO4J_URI in the environment must not send a command with an explicit --store elsewhere."""
    db = tmp_path / "db"
    runner = CliRunner()
    env = {"NEO4J_URI": "bolt://127.0.0.1:9", "DIPLOGRAPH_STORE": None}
    typed = runner.invoke(main, ["stats", "--store", str(db)], env=env)
    assert "no embedded store at" in typed.output and "127.0.0.1:9" not in typed.output
    from_env = runner.invoke(main, ["stats"], env=env)  # no --store: the environment's Neo4j
    assert from_env.exit_code == 3 and "127.0.0.1:9" in from_env.output
