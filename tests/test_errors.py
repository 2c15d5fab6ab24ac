"""Errors a user or a script meets: one root, one exit code per kind of failure, one line each.

One CLI test per documented exit code, the codes as ``--help`` and the README list them, causes
chained, and the answers that used to be silently wrong (a ``$name`` without a value, several
articles for ``--format json``, text after the seed layout's url) now said out loud.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import api
from cli import main
from graph.ladybug_store import LadybugStore
from graph.neo4j_store import Neo4jStore
from loaders.delta import to_delta
from ontology.errors import (
    ERRORS,
    ClusterError,
    DiplographError,
    InputError,
    OutputError,
    QueryError,
    ReadOnlyError,
    StoreError,
)
from ontology.schema import NODE_TYPES, REL_TYPES, schema_dict
from tests.helpers import ROOT, make_extraction

ARTICLE = (
    "# Landia and Otherland agree to talks\n\nMarch 3, 2024\n\n"
    "Landia's foreign minister Ana Example said on Sunday that Landia wants talks with Otherland.\n\n"
    "Original url:\n<https://example.org/talks>\n"
)


def run(*args: object, env: dict[str, str | None] | None = None) -> Result:
    """The command as a script runs it: the embedded store unless a test names another."""
    return CliRunner().invoke(
        main, [str(a) for a in args], env={"NEO4J_URI": None, "DIPLOGRAPH_STORE": None, **(env or {})}
    )


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """An embedded store folder holding the hand-made article's facts (no NLP)."""
    with LadybugStore(tmp_path / "db") as store:
        store.write(to_delta(make_extraction()))
    return tmp_path / "db"


# -- the classes and their codes ----------------------------------------------------------------
def test_every_error_class_has_its_own_documented_exit_code_and_none_is_2():
    codes = [cls.exit_code for cls in ERRORS]
    assert len(set(codes)) == len(codes) and 2 not in codes and 0 not in codes
    assert all(issubclass(cls, DiplographError) and cls.exit_meaning for cls in ERRORS)
    for sub in (ReadOnlyError, QueryError, StoreError, InputError, ClusterError, OutputError):
        assert sub.exit_code in codes


def test_help_and_readme_list_every_exit_code():
    help_text = run("--help").output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for cls in ERRORS:
        assert re.search(rf"^\s+{cls.exit_code}\s+{re.escape(cls.exit_meaning)}$", help_text, re.M), cls
        assert re.search(rf"^\|\s*`?{cls.exit_code}`?\s*\|", readme, re.M), cls
    assert re.search(r"^\s+2\s+usage error", help_text, re.M)


def library_files() -> list[Path]:
    skip = {"tests", "benchmarks", ".venv", "build", "neo4j-server"}
    return [p for p in ROOT.rglob("*.py") if not skip & set(p.relative_to(ROOT).parts)]


def test_library_code_never_drops_a_cause():
    dropped = []
    for path in library_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.cause, ast.Constant):
                dropped.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert library_files() and dropped == []


def test_a_store_error_keeps_the_driver_cause_but_never_the_password():
    with pytest.raises(StoreError) as caught:
        Neo4jStore("bolt://neo4j:pa55-In-Uri@127.0.0.1:1", password="pa55-Given")
    assert caught.value.__cause__ is not None
    chain: list[BaseException] = []
    error: BaseException | None = caught.value
    while error is not None and len(chain) < 10:  # everything a logged traceback would print
        chain.append(error)
        error = error.__cause__ or error.__context__
    assert len(chain) >= 2
    assert not any("pa55" in "".join(traceback.format_exception_only(e)) for e in chain)


def test_a_refused_query_chains_the_store_s_own_error(tmp_path):
    with LadybugStore(tmp_path / "db") as store, pytest.raises(QueryError) as caught:
        store.query("MATCH (n:NoSuchLabel) RETURN n")
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert "\n" not in str(caught.value)


# -- one CLI test per exit code -------------------------------------------------------------------
def test_exit_0_success(filled):
    result = run("stats", "--store", filled, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["Actor"] == 3


def test_exit_1_an_input_cannot_be_used(tmp_path):
    result = run("extract", tmp_path / "missing.txt")
    assert result.exit_code == 1
    assert error_lines(result) == [f"error: {tmp_path / 'missing.txt'}: no such file or folder"]


def test_a_missing_spacy_pipeline_is_one_input_error_naming_the_setting(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Talks\n\nThe two ministers met in Geneva on Monday.\n", encoding="utf-8")
    env = {**os.environ, "DIPLOGRAPH_MODEL": str(tmp_path / "no-model")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "extract", str(article)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"error: spaCy pipeline '{tmp_path / 'no-model'}' not found: set DIPLOGRAPH_MODEL to an installed "
        "English pipeline or model folder, or unset it for the default (installed by make demo)"
    ]


def test_exit_2_is_click_s_usage_error_only(filled):
    result = run("stats", "--store", filled, "--no-such-option")
    assert result.exit_code == 2 and "No such option" in result.output


def test_exit_3_the_store_cannot_be_opened(tmp_path):
    not_a_folder = tmp_path / "store"
    not_a_folder.write_text("x")
    result = run("stats", "--store", not_a_folder)
    assert result.exit_code == 3
    assert error_lines(result) == [f"error: {not_a_folder} is a file, not an embedded store folder"]
    missing = run("query", "MATCH (n) RETURN n", "--store", tmp_path / "none")
    assert missing.exit_code == 3 and error_lines(missing)[0].startswith("error: no embedded store at")


def test_exit_4_the_query_is_refused(filled):
    result = run("query", "MATCH (a:Actor) RETURN a.nme +", "--store", filled)
    assert result.exit_code == 4 and len(error_lines(result)) == 1
    assert error_lines(result)[0].startswith("error: query failed: ")
    write = run("query", "MATCH (a:Actor) DETACH DELETE a", "--store", filled)
    assert write.exit_code == 4 and "--write" in error_lines(write)[0]


def test_exit_5_the_cluster_cannot_be_used(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("ingest", article, "--store", tmp_path / "db", "--dask", "local:0")
    assert result.exit_code == 5
    assert error_lines(result) == ["error: 'local:0': write local:N with N >= 1 worker processes"]


def test_exit_6_an_output_cannot_be_written(filled, tmp_path):
    result = run(
        "viz",
        "--store",
        filled,
        "-o",
        tmp_path / "g.html",
        "--png",
        tmp_path / "g.png",
        env={"DIPLOGRAPH_CHROMIUM": str(tmp_path / "no-browser")},
    )
    assert result.exit_code == 6 and len(error_lines(result)) == 1
    assert error_lines(result)[0].startswith("error: Chromium could not take the screenshot")


# -- answers that used to be silently wrong -----------------------------------------------------
def test_a_parameter_without_a_value_is_refused_not_answered_with_nothing(filled):
    cypher = "MATCH (a:Actor {name: $name}) RETURN a.name"
    result = run("query", cypher, "--store", filled)
    assert result.exit_code == 4 and result.stdout == ""
    assert error_lines(result) == ["error: the query uses $name but no value was given: add -p name=VALUE"]
    given = run("query", cypher, "-p", "name=Landia", "--store", filled, "--format", "json")
    assert given.exit_code == 0 and json.loads(given.stdout) == [{"a.name": "Landia"}]
    for command in (("viz", "-o", filled.parent / "g.html"), ("export",)):
        refused = run(*command, "--cypher", "MATCH p=(:Actor {id: $id})--() RETURN p", "--store", filled)
        assert refused.exit_code == 4 and "$id" in error_lines(refused)[0], command


def test_a_dollar_in_a_string_or_comment_is_not_a_parameter(filled):
    with LadybugStore(filled, read_only=True) as store:
        rows = api.query(store, "RETURN 'costs $5' AS a // or $6\n").rows
        assert rows == [["costs $5"]]
        with pytest.raises(QueryError, match=r"\$who, \$when"):
            api.query(store, "RETURN $who, $when, '$not'", {})


def test_extract_json_on_several_articles_is_an_error_that_names_jsonl(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"text": "Landia wants talks."}) + "\n" + json.dumps({"text": "Otherland agrees."}) + "\n",
        encoding="utf-8",
    )
    result = run("extract", feed, "--format", "json")
    assert result.exit_code == 1 and result.stdout == ""
    assert error_lines(result) == [
        f"error: {feed}: holds more than one article and --format json prints one document: "
        "use --format jsonl (one document a line)"
    ]


def test_text_after_the_url_line_is_named_in_a_warning(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE + "\nA stray paragraph after the url.\n", encoding="utf-8")
    result = run("extract", path)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"warning: {path}: 32 characters after the 'Original url:' line are not part of the article "
        f"and were left out ('A stray paragraph after the url.')"
    ]
    data = json.loads(result.stdout)
    assert data["article"]["url"] == "https://example.org/talks"
    assert all("stray" not in s["evidence"] for s in data["statements"])
    clean = tmp_path / "b.md"
    clean.write_text(ARTICLE, encoding="utf-8")
    assert run("extract", clean).stderr == ""


# -- help and the schema command ------------------------------------------------------------------
STORE_COMMANDS = ("ingest", "query", "viz", "stats", "demo", "export", "sparql")


@pytest.mark.parametrize("command", [*STORE_COMMANDS, "extract", "schema"])
def test_each_command_s_help_has_an_example_and_the_exit_codes(command):
    text = run(command, "--help").output
    assert "Examples:" in text and f"diplograph {command}" in text
    assert "Exit codes:" in text
    if command in STORE_COMMANDS:
        for name in ("DIPLOGRAPH_STORE", "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
            assert name in text, name
    if command in ("ingest", "extract"):
        for suffix in (".txt", ".md", ".html", ".jsonl"):
            assert suffix in text, suffix


def test_schema_prints_every_label_relationship_type_and_property():
    text = run("schema").stdout
    for label, node_type in NODE_TYPES.items():
        line = next(line for line in text.splitlines() if line.startswith(f"  (:{label} "))
        assert all(re.search(rf"\b{p}\b", line) for p in node_type.properties), line
        assert all(kind in text for kind in node_type.kinds)
    for rel_type, rel in REL_TYPES.items():
        assert f"-[:{rel_type}" in text
        assert all(p in text for p in rel.properties)
    as_json = json.loads(run("schema", "--format", "json").stdout)
    assert as_json == schema_dict() and set(as_json["nodes"]) == set(NODE_TYPES)


def test_no_repo_folder_shadows_the_neo4j_driver():
    import neo4j

    assert not (ROOT / "neo4j").exists()
    assert neo4j.__file__ is not None and Path(neo4j.__file__).parent.parent != ROOT
