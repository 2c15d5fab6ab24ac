"""Dyads over time: grouping rules, the same rows on both stores, the CLI, and the seed article."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from click.testing import CliRunner

import api
from cli import main
from graph.dyads import QUADS, Actor, Fact, aggregate, column, country_states, dyads, period_of, state_of
from loaders.delta import to_delta
from ontology.codes import QUAD_CLASSES, quad_class
from tests.helpers import SEED, make_extraction


def test_quad_classes_follow_the_plover_readme_and_cover_every_plover_type():
    from ontology.codes import PLOVER_TYPES

    assert set(QUAD_CLASSES) == set(PLOVER_TYPES)
    assert QUADS == ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
    assert [quad_class(p) for p in ("CONSULT", "AID", "ACCUSE", "ASSAULT")] == list(QUADS)


ACTORS = {
    i: Actor(i, n, k, c)
    for i, n, k, c in [
        ("ru", "Russia", "State", "RUS"),
        ("putin", "Putin", "Person", "RUS"),
        ("ua", "Ukraine", "State", "UKR"),
        ("forces", "Ukrainian forces", "ArmedGroup", "UKR"),
    ]
}


def test_a_fact_counts_once_per_row_even_when_two_of_its_actors_roll_up_into_it():
    facts = [
        Fact("s1", "Statement", "putin", "ua", "2022-02-20", "verbal conflict"),
        Fact("s1", "Statement", "putin", "forces", "2022-02-20", "verbal conflict"),
        Fact("e1", "Event", "ru", "forces", "2022-02-19", "material conflict"),
        Fact("s2", "Statement", "ru", "ua", "2022-03-01", None),
    ]
    roll = {"putin": "ru", "forces": "ua", "ru": "ru", "ua": "ua"}
    rows = aggregate(facts, ACTORS, "month", roll)
    assert [(r.source, r.target, r.period) for r in rows] == [
        ("Russia", "Ukraine", "2022-02"),
        ("Russia", "Ukraine", "2022-03"),
    ]
    feb, mar = rows
    assert feb.counts["verbal conflict"] == 1 and feb.counts["material conflict"] == 1
    assert feb.statements == ["s1"] and feb.events == ["e1"] and feb.net_cooperation == -2
    assert mar.other == 1 and mar.total == 1 and mar.net_cooperation == 0
    # at actor level the same statement is two rows, one per target
    actor_rows = aggregate(facts, ACTORS, "year")
    assert {(r.source, r.target) for r in actor_rows if "s1" in r.statements} == {
        ("Putin", "Ukraine"),
        ("Putin", "Ukrainian forces"),
    }


def test_a_person_whose_state_has_no_node_rolls_up_to_that_state_by_country_code():
    # "Lithuania's defence minister warned Russia": the extractor makes no Lithuania node
    actors = {
        "min": Actor("min", "Lithuanian defence minister", "Person", "LTU"),
        "ru": Actor("ru", "Russia", "State", "RUS"),
    }
    actors = {**actors, **country_states(actors)}
    rows = aggregate(
        [Fact("s1", "Statement", "min", "ru", "2024-05-02", "verbal conflict")],
        actors,
        "year",
        state_of(actors, []),
    )
    assert [(r.source, r.target) for r in rows] == [("Lithuania", "Russia")]
    assert "actor:russia" not in country_states(actors)  # a stored State is never doubled


def test_dates_filter_and_group_by_period():
    facts = [
        Fact(f"s{i}", "Statement", "ru", "ua", d, "verbal conflict")
        for i, d in enumerate(["2022-02-20", "2022-02-21", "2022-03-01", None])
    ]
    assert [r.period for r in aggregate(facts, ACTORS, "week")] == [
        "2022-W07",
        "2022-W08",
        "2022-W09",
        "undated",
    ]
    kept = aggregate(facts, ACTORS, "day", since="2022-02-21", until="2022-02")
    assert [r.statements for r in kept] == [["s1"]]
    assert [r.source for r in aggregate(facts, ACTORS, "year", actor="nobody")] == []
    assert period_of("2022-02-20", "year") == "2022"
    with pytest.raises(ValueError):
        aggregate(facts, ACTORS, "decade")


def test_to_dict_has_one_column_per_quad_class_and_the_ids():
    [row] = aggregate([Fact("e9", "Event", "ru", "ua", "2022-01-05", "material cooperation")], ACTORS, "day")
    record = row.to_dict()
    assert [column(q) for q in QUADS] == [k for k in record if k in {column(q) for q in QUADS}]
    assert (
        record["material_cooperation"] == 1 and record["events"] == ["e9"] and record["net_cooperation"] == 1
    )


# -- both stores ------------------------------------------------------------------------------
def test_rows_of_a_stored_article_on_each_store(store):
    store.write(to_delta(make_extraction()))
    rows = {(r.source, r.target): r for r in dyads(store, by="month")}
    # Ana's appeal (REQUEST) targets Otherland; Ana and Otherland took part in one call (CONSULT)
    ana = rows[("Ana Example", "Otherland")]
    assert ana.period == "2024-01" and ana.statements == ["statement:test-1"]
    assert ana.counts["verbal conflict"] == 1 and ana.counts["verbal cooperation"] == 1
    assert rows[("Otherland", "Ana Example")].events == ["event:test-call"]
    assert rows[("Otherland", "Ana Example")].statements == []
    # state level: Ana is a Landian minister (AFFILIATED_WITH Landia)
    states = {(r.source, r.target) for r in dyads(store, by="year", level="state")}
    assert states == {("Landia", "Otherland"), ("Otherland", "Landia")}
    assert dyads(store, since="2025") == []


@pytest.mark.neo4j
def test_both_stores_give_the_same_rows_for_the_seed_article(tmp_path):
    from graph.ladybug_store import LadybugStore
    from graph.neo4j_store import Neo4jStore
    from loaders.extract import extract_many
    from tests.helpers import neo4j_uri, read_document

    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}")
    [extraction] = list(extract_many([read_document(SEED)]))
    delta = to_delta(extraction)
    with (
        LadybugStore(tmp_path / "db") as embedded,
        Neo4jStore(
            neo4j_uri(),
            os.environ.get("NEO4J_USER"),
            os.environ.get("NEO4J_PASSWORD"),
            os.environ.get("NEO4J_DATABASE"),
        ) as neo,
    ):
        neo.clear()
        embedded.write(delta)
        neo.write(delta)
        for level in ("actor", "state"):
            mine = [r.to_dict() for r in dyads(embedded, by="day", level=level)]
            theirs = [r.to_dict() for r in dyads(neo, by="day", level=level)]
            assert mine and mine == theirs


# -- the seed article, through the CLI --------------------------------------------------------
@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}")
    from graph.open import open_store

    path = tmp_path_factory.mktemp("seed") / "db"
    with open_store(str(path), env={}) as store:
        api.ingest([SEED], store)
    return path


def test_seed_has_a_russia_to_ukraine_verbal_conflict_row_its_ids_prove(seed_store):
    result = CliRunner().invoke(
        main, ["dyads", "--store", str(seed_store), "--by", "month", "--level", "state", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    [row] = [r for r in rows if (r["source"], r["target"], r["period"]) == ("Russia", "Ukraine", "2022-02")]
    assert int(row["verbal_conflict"]) >= 1
    from graph.open import open_store

    with open_store(str(seed_store), read_only=True, env={}) as store:
        evidence = store.query(
            "UNWIND $ids AS i MATCH (a:Actor)-[:SAID]->(s:Statement {id: i})-[r:REPORTED_IN]->(:Article) "
            "RETURN s.plover, a.name, r.sentence",
            {"ids": row["statements"].split()},
        ).rows
    conflict = [
        (who, sentence) for plover, who, sentence in evidence if quad_class(plover) == "verbal conflict"
    ]
    russian = ("Russia", "Moscow", "Kremlin", "Putin")
    ukrainian = ("Ukrain", "Kyiv", "Zelensk")
    assert any(
        any(w in sentence for w in russian) and any(w in sentence for w in ukrainian)
        for _, sentence in conflict
    ), conflict


def test_cli_json_and_file_output_agree_with_the_api(seed_store, tmp_path):
    out = tmp_path / "d.json"
    result = CliRunner().invoke(
        main, ["dyads", "--store", str(seed_store), "--by", "week", "--format", "json", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    from graph.open import open_store

    with open_store(str(seed_store), read_only=True, env={}) as store:
        expected = [r.to_dict() for r in api.dyads(store, by="week")]
    assert json.loads(out.read_text()) == expected and expected
    table = CliRunner().invoke(main, ["dyads", "--store", str(seed_store), "--actor", "Vladimir Putin"])
    assert table.exit_code == 0 and "Vladimir Putin" in table.output
    assert all("Vladimir Putin" in line for line in table.output.splitlines()[2:] if line.strip())


def test_cli_refuses_a_bad_date(seed_store):
    result = CliRunner().invoke(main, ["dyads", "--store", str(seed_store), "--since", "last week"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_cli_names_an_output_it_cannot_write(seed_store, tmp_path):
    from ontology.errors import OutputError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(main, ["dyads", "--store", str(seed_store), "-o", str(blocker / "d.csv")])
    assert result.exit_code == OutputError.exit_code and str(blocker / "d.csv") in result.output
