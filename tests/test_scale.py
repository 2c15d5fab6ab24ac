"""Corpus scale: batched writes, resumable streaming ingests, progress, and resolution across
articles (the same actor is one node, the same event reported twice is one event)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import api
from benchmarks.synthetic import corpus as synthetic_corpus
from cli import main

# Two reports of one call, from the two sides, worded differently; both dated 2022-02-20, both
# leave the call's date to "Sunday" (resolved against the article's date).
KREMLIN = (
    "Russian President Vladimir Putin held a phone call with French President Emmanuel "
    "Macron on Sunday, the Kremlin said. The two leaders discussed the situation in "
    "eastern Ukraine."
)
ELYSEE = (
    "French President Emmanuel Macron had a phone call with Russian President Vladimir "
    "Putin on Sunday, the Elysee Palace said. Macron urged a ceasefire."
)


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def two_reports(tmp_path: Path) -> Path:
    return write_jsonl(
        tmp_path / "reports.jsonl",
        [
            {
                "id": "kremlin",
                "title": "Kremlin readout",
                "published": "2022-02-20",
                "url": "https://example.org/kremlin",
                "text": KREMLIN,
            },
            {
                "id": "elysee",
                "title": "Elysee readout",
                "published": "2022-02-20",
                "url": "https://example.org/elysee",
                "text": ELYSEE,
            },
        ],
    )


def test_the_same_call_in_two_articles_is_one_event_reported_in_both(store, tmp_path):
    summary = api.ingest([two_reports(tmp_path)], store)
    assert (summary.stored, summary.failed) == (2, 0)
    calls = store.query("MATCH (e:Event) WHERE e.kind = 'PhoneCall' RETURN e.id, e.date").rows
    assert len(calls) == 1 and calls[0][1] == "2022-02-20"
    reports = store.query(
        "MATCH (e:Event)-[:REPORTED_IN]->(art:Article) WHERE e.kind = 'PhoneCall' "
        "RETURN art.title ORDER BY art.title"
    ).rows
    assert [r[0] for r in reports] == ["Elysee readout", "Kremlin readout"]
    parties = store.query(
        "MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) WHERE e.kind = 'PhoneCall' "
        "RETURN a.name ORDER BY a.name"
    ).rows
    assert [r[0] for r in parties] == ["Emmanuel Macron", "Vladimir Putin"]
    # each actor is one node, reported in both articles
    putin = store.query(
        "MATCH (a:Actor)-[:REPORTED_IN]->(art:Article) WHERE a.name = 'Vladimir Putin' "
        "RETURN a.id, count(art)"
    ).rows
    assert len(putin) == 1 and putin[0][1] == 2


def test_each_batch_is_one_transaction_with_one_query_per_label_and_rel_type(tmp_path, monkeypatch):
    from graph.ladybug_store import LadybugStore

    feed = write_jsonl(tmp_path / "feed.jsonl", synthetic_corpus(10))
    store = LadybugStore(tmp_path / "db")
    transactions: list[list[str]] = []
    run = store._write_statements

    def spy(statements):
        transactions.append([cypher for cypher, _ in statements])
        run(statements)

    monkeypatch.setattr(store, "_write_statements", spy)
    summary = api.ingest([feed], store, batch_size=4)
    assert (summary.stored, summary.skipped, summary.failed) == (10, 0, 0)
    assert len(transactions) == 3  # 4 + 4 + 2 articles
    for queries in transactions:
        assert all(q.startswith("UNWIND $rows AS row") for q in queries)
        assert len(queries) == len(set(queries))  # one query per label / rel type and ends
    # resumable: a second run finds every article stored and writes nothing
    again = api.ingest([feed], store, batch_size=4)
    assert (again.stored, again.skipped) == (0, 10) and len(transactions) == 3
    store.close()


def test_an_interrupted_ingest_resumes_where_it_stopped(tmp_path):
    from graph.ladybug_store import LadybugStore

    records = synthetic_corpus(6)
    first = write_jsonl(tmp_path / "first.jsonl", records[:3])
    whole = write_jsonl(tmp_path / "whole.jsonl", records)
    with LadybugStore(tmp_path / "db") as store:
        api.ingest([first], store, batch_size=2)
        done: list[int] = []
        summary = api.ingest([whole], store, batch_size=2, on_progress=done.append)
        assert (summary.stored, summary.skipped) == (3, 3)
        assert sum(done) == 6  # progress counts skipped and stored articles
        assert store.stats()["Article"] == 6


def test_an_article_the_extractor_fails_on_is_reported_and_the_rest_stored(tmp_path, monkeypatch):
    import loaders.extract
    from graph.ladybug_store import LadybugStore

    records = synthetic_corpus(5)
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    real = loaders.extract.extract_parsed

    def broken_on_the_third(document, parsed):
        if document.doc_id == "2":
            raise KeyError("Somewhere")
        return real(document, parsed)

    monkeypatch.setattr(loaders.extract, "extract_parsed", broken_on_the_third)
    with LadybugStore(tmp_path / "db") as store:
        summary = api.ingest([feed], store, batch_size=2)
        assert (summary.stored, summary.failed) == (4, 1)
        assert summary.errors == [f"{feed}:3: the extractor failed (KeyError: 'Somewhere'); not stored"]
        monkeypatch.setattr(loaders.extract, "extract_parsed", real)
        again = api.ingest([feed], store, batch_size=2)  # the failed one is retried
        assert (again.stored, again.skipped, again.failed) == (1, 4, 0)


def test_two_worker_processes_give_the_same_graph_as_one(tmp_path):
    from graph.ladybug_store import LadybugStore

    feed = write_jsonl(tmp_path / "feed.jsonl", synthetic_corpus(6, seed=3))
    stats = []
    for workers in (1, 2):
        with LadybugStore(tmp_path / f"db{workers}") as store:
            summary = api.ingest([feed], store, batch_size=3, workers=workers)
            assert summary.stored == 6
            stats.append(store.stats())
    assert stats[0] == stats[1] and stats[0]["Statement"] > 0


def test_count_articles_counts_feed_lines_and_files(tmp_path, corpus):
    feed = write_jsonl(tmp_path / "feed.jsonl", synthetic_corpus(7))
    (tmp_path / "notes.md").write_text("Some text.", encoding="utf-8")
    (tmp_path / "README.md").write_text("not an article", encoding="utf-8")
    assert api.count_articles([feed]) == 7
    assert api.count_articles([tmp_path]) == 8
    expected = sum(1 for item in __import__("api").documents([corpus], []))
    assert api.count_articles([corpus]) >= expected > 0


def test_cli_ingest_prints_the_summary_and_no_progress_bar_off_a_terminal(tmp_path):
    runner = CliRunner()
    db = tmp_path / "db"
    result = runner.invoke(
        main,
        ["ingest", str(two_reports(tmp_path)), "--store", str(db), "--batch-size", "1"],
        env={"NEO4J_URI": None, "DIPLOGRAPH_STORE": None},
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "2 articles: 2 stored, 0 already stored, 0 failed in " in out
    assert "articles/s" in out and "2 articles, " in out and " events, " in out
    assert "ETA" not in result.output and "ingest [" not in result.output  # no bar: not a tty


def test_cli_refuses_a_bad_dask_address_in_one_line(tmp_path):
    result = CliRunner().invoke(
        main,
        ["ingest", str(two_reports(tmp_path)), "--store", str(tmp_path / "db"), "--dask", "local:zero"],
        env={"NEO4J_URI": None, "DIPLOGRAPH_STORE": None},
    )
    assert result.exit_code == 5
    assert result.output.strip().splitlines() == [
        "error: 'local:zero': write local:N with N >= 1 worker processes"
    ]


@pytest.mark.parametrize("n", [1, 3])
def test_synthetic_corpus_is_deterministic_and_jsonl_ready(n):
    a, b = synthetic_corpus(n), synthetic_corpus(n)
    assert a == b and len(a) == n
    assert all(set(r) >= {"id", "title", "published", "text"} and r["text"] for r in a)
