"""Scaling of a whole ingest (read -> extract -> batched writes) with the corpus size, on the
embedded store and on Neo4j at once, and the latency of the README's queries on the result.

    python benchmarks/bench_scale.py --sizes 100,1000,10000 [--neo4j-uri bolt://127.0.0.1:7697]
        [--latency-at 10000] [--real ../shared/corpus] [--workers 1]

Each size runs in a fresh Python process (so its peak memory is its own) over a synthetic corpus
written by ``benchmarks.synthetic`` as a folder of JSON Lines files of 1,000 articles each; the
real corpus (``--real``) is run the same way. Every article is extracted once and its batch is
written to both stores (the embedded one in a temporary folder, Neo4j cleared first: point
``--neo4j-uri`` only at a throwaway database), timing each store's writes separately, so
"embedded vs Neo4j" is measured on the very same deltas. Prints, per size: wall time (the model's one-off loading
timed apart), articles/s, time per article, the split extract / embedded writes / Neo4j writes, peak RSS of the process,
and the graph's size; the last lines compare the growth with a linear one. ``--latency-at N``
times the README's five queries on both stores after the run of size N (p50 and p95).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import cast

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

REAL_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# The README's "Five useful queries", verbatim.
README_QUERIES = {
    "who said what": "MATCH (a:Actor)-[:SAID]->(s:Statement) RETURN a.name, s.kind, s.text ORDER BY a.name",
    "demands/accusations": "MATCH (a:Actor)-[:SAID]->(s:Statement)-[:TARGETS]->(t:Actor) "
    "WHERE s.kind IN ['Demand', 'Accusation'] RETURN a.name AS speaker, "
    "s.kind AS kind, t.name AS target, s.text AS text",
    "calls and meetings": "MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) "
    "WHERE e.kind IN ['PhoneCall', 'Meeting', 'Talks'] "
    "RETURN e.kind, e.date, e.status, collect(a.name) AS participants",
    "provenance (Putin)": "MATCH (a:Actor {name: 'Vladimir Putin'})-[:SAID]->(s:Statement)"
    "-[r:REPORTED_IN]->(art:Article) "
    "RETURN s.kind, s.text, r.sentence, art.title, art.url",
    "who talks to whom": "MATCH (a:Actor)-[:SAID]->(:Statement)-[:TARGETS]->(b:Actor) "
    "RETURN a.name AS source, b.name AS target, count(*) AS statements "
    "ORDER BY statements DESC",
}


def clear_neo4j(store) -> None:
    """Empty the Neo4j database in transactions of 5,000 nodes: ``Neo4jStore.clear`` deletes
    everything in one transaction, which runs out of transaction memory on a large graph."""
    with store._session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


class Timed:
    """Wraps a store: times its writes and article look-ups."""

    def __init__(self, store) -> None:
        self.store, self.write_s, self.lookup_s = store, 0.0, 0.0

    def write(self, delta) -> None:
        started = time.perf_counter()
        self.store.write(delta)
        self.write_s += time.perf_counter() - started


class Both:
    """The store ``api.ingest`` sees: each batch is written to every store, one after the other;
    "already stored?" is asked of the first."""

    def __init__(self, stores: list[Timed]) -> None:
        self.stores = stores
        self.name = "+".join(s.store.name for s in stores)

    def has_article(self, sha256: str) -> bool:
        first = self.stores[0]
        started = time.perf_counter()
        found = first.store.has_article(sha256)
        first.lookup_s += time.perf_counter() - started
        return found

    def write(self, delta) -> None:
        for s in self.stores:
            s.write(delta)

    def stats(self) -> dict[str, int]:
        return self.stores[0].store.stats()


def write_corpus(folder: Path, n: int, per_file: int = 1000, sentences: int = 8) -> Path:
    from benchmarks.synthetic import corpus

    folder.mkdir(parents=True, exist_ok=True)
    records = corpus(n, sentences=sentences)
    for k in range(0, n, per_file):
        with open(folder / f"part-{k // per_file:04d}.jsonl", "w", encoding="utf-8") as out:
            for r in records[k : k + per_file]:
                out.write(json.dumps(r) + "\n")
    return folder


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def latency(store, runs: int) -> dict[str, dict]:
    out = {}
    for name, cypher in README_QUERIES.items():
        rows = len(store.query(cypher).rows)  # warm-up, and the result size
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            store.query(cypher)
            times.append((time.perf_counter() - started) * 1000)
        out[name] = {"rows": rows, "p50_ms": percentile(times, 0.5), "p95_ms": percentile(times, 0.95)}
    return out


def child(args) -> None:
    """One ingest in this process; prints one JSON line of measurements."""
    import api
    from graph.ladybug_store import LadybugStore
    from graph.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="dg-scale-"))
    stores = [Timed(LadybugStore(tmp / "db"))]
    if args.neo4j_uri:
        from graph.neo4j_store import Neo4jStore

        neo = Neo4jStore(
            args.neo4j_uri,
            os.environ.get("NEO4J_USER"),
            os.environ.get("NEO4J_PASSWORD"),
            os.environ.get("NEO4J_DATABASE"),
        )
        clear_neo4j(neo)
        stores.append(Timed(neo))
    both = Both(stores)
    from loaders.extract.pipeline import load_nlp

    loading = time.perf_counter()
    load_nlp()  # loaded once per process: timed apart from the ingest
    load_s = time.perf_counter() - loading
    started, cpu = time.perf_counter(), time.process_time()
    # duck-typed: ingest only calls has_article, write and stats
    summary = api.ingest([args.child], cast(Store, both), batch_size=args.batch_size, workers=args.workers)
    wall = time.perf_counter() - started
    result = {
        "input": str(args.child),
        "articles": summary.stored,
        "failed": summary.failed,
        "wall_s": wall,
        "load_s": load_s,
        "cpu_s": time.process_time() - cpu,
        "lookup_s": stores[0].lookup_s,
        "write_s": {s.store.name: s.write_s for s in stores},
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "words": None,
        "counts": summary.counts,
    }
    if args.latency:
        result["latency"] = {s.store.name: latency(s.store, args.runs) for s in stores}
    for s in stores:
        s.store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(result))


def run_child(folder: Path, args, latency_here: bool, size: int | None = None) -> dict:
    command = [
        sys.executable,
        __file__,
        "--child",
        str(folder),
        "--batch-size",
        str(args.batch_size),
        "--workers",
        str(args.workers),
        "--runs",
        str(args.runs),
    ]
    if args.neo4j_uri and (size is None or args.neo4j_max is None or size <= args.neo4j_max):
        command += ["--neo4j-uri", args.neo4j_uri]
    if latency_here:
        command.append("--latency")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"the run over {folder} failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(label: str, r: dict) -> None:
    n = r["articles"]
    writes = r["write_s"]
    extract_s = r["wall_s"] - sum(writes.values()) - r["lookup_s"]
    c = r["counts"]
    split = " | ".join(
        f"{name} writes {s:7.1f}s ({n / s if s else 0:6.0f} art/s)" for name, s in writes.items()
    )
    print(
        f"{label:>9s} {n:6d} articles ({r['failed']} failed) {r['wall_s']:8.1f}s {n / r['wall_s']:6.1f} art/s "
        f"{1000 * r['wall_s'] / n:6.1f} ms/article | extract {extract_s:7.1f}s | {split} | "
        f"lookups {r['lookup_s']:5.1f}s | model load {r['load_s']:4.1f}s | peak RSS {r['peak_rss_mb']:5.0f} MB | graph "
        f"{c.get('Actor', 0)} actors {c.get('Event', 0)} events {c.get('Statement', 0)} "
        f"statements",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--neo4j-uri", default=os.environ.get("NEO4J_URI"))
    parser.add_argument("--latency-at", type=int, default=None)
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query")
    parser.add_argument("--real", type=Path, default=REAL_CORPUS)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--sentences", type=int, default=8, help="sentences per synthetic article")
    parser.add_argument(
        "--neo4j-max",
        type=int,
        default=None,
        help="write to Neo4j only for sizes up to this (the rest: embedded only)",
    )
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--latency", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    print(
        f"stores: embedded{' + neo4j at ' + args.neo4j_uri if args.neo4j_uri else ''}; "
        f"{f' (sizes up to {args.neo4j_max})' if args.neo4j_uri and args.neo4j_max else ''}; "
        f"batch size {args.batch_size}; workers {args.workers}; synthetic articles of "
        f"{args.sentences} sentences",
        flush=True,
    )
    work = Path(tempfile.mkdtemp(prefix="dg-corpus-"))
    results = []
    try:
        if args.real.is_dir():
            report("real", run_child(args.real, args, False))
        else:
            print(f"real      skipped: no corpus folder at {args.real}")
        for n in (int(s) for s in args.sizes.split(",")):
            folder = write_corpus(work / str(n), n, sentences=args.sentences)
            r = run_child(folder, args, args.latency_at == n, n)
            results.append(r)
            report("synthetic", r)
            if "latency" in r:
                for store, queries in r["latency"].items():
                    for name, q in queries.items():
                        print(
                            f"  latency {store:8s} {name:20s} p50 {q['p50_ms']:8.1f} ms  "
                            f"p95 {q['p95_ms']:8.1f} ms  ({q['rows']} rows)",
                            flush=True,
                        )
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for small, large in zip(results, results[1:]):
        size = large["articles"] / small["articles"]
        print(
            f"growth {small['articles']} -> {large['articles']} articles (x{size:.0f}): "
            f"time x{large['wall_s'] / small['wall_s']:.1f} (linear: x{size:.0f}), "
            f"ms/article {1000 * small['wall_s'] / small['articles']:.1f} -> "
            f"{1000 * large['wall_s'] / large['articles']:.1f}, peak RSS "
            f"{small['peak_rss_mb']:.0f} -> {large['peak_rss_mb']:.0f} MB"
        )
        for name in large["write_s"]:
            a, b = small["write_s"][name], large["write_s"][name]
            print(
                f"  {name} writes: {1000 * a / small['articles']:.2f} -> "
                f"{1000 * b / large['articles']:.2f} ms/article"
            )
    both = [r for r in results if len(r["write_s"]) == 2]
    if both:
        r = both[-1]
        emb, neo = r["write_s"]["embedded"], r["write_s"]["neo4j"]
        print(
            f"embedded vs neo4j writes at {r['articles']} articles (same deltas): embedded "
            f"{r['articles'] / emb:.0f} art/s, neo4j {r['articles'] / neo:.0f} art/s, "
            f"neo4j/embedded time {neo / emb:.2f}"
        )


if __name__ == "__main__":
    main()
