"""Readers and writers on the embedded store, as real processes: a query during an ingest sees the
last committed state, a second ingest waits for the first, a crashed writer's log is recovered."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from graph.ladybug_store import LadybugStore
from tests.helpers import hold_embedded_store

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SENTENCES = [
    "{a} and {b} held talks in Geneva on Tuesday.",
    "{a} said the talks had been useful and called for a ceasefire.",
    "{b} accused {a} of shelling villages near the border.",
]
PAIRS = [("Russia", "Ukraine"), ("Armenia", "Azerbaijan"), ("Serbia", "Kosovo"), ("India", "Pakistan")]


def articles(folder: Path, n: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        a, b = PAIRS[i % len(PAIRS)]
        text = " ".join(s.format(a=a, b=b) for s in SENTENCES) + f" The round was number {i} this year."
        (folder / f"{i:03}.txt").write_text(text, encoding="utf-8")
    return folder


def run(*args: object, **kwargs) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k not in {"NEO4J_URI", "DIPLOGRAPH_STORE"}}
    return subprocess.Popen(
        [PY, str(ROOT / "cli.py"), *map(str, args)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def test_queries_during_an_ingest_see_committed_articles_and_never_fail(tmp_path):
    db = tmp_path / "db"
    first = run("ingest", articles(tmp_path / "a", 2), "--store", db)
    assert first.wait(timeout=300) == 0
    # the articles differ in one number only: --duplicate-threshold 1 stores each as a story of its
    # own, so every commit adds a whole batch of two
    ingest = run(
        "ingest",
        articles(tmp_path / "b", 24, start=2),
        "--store",
        db,
        "--batch-size",
        "2",
        "--duplicate-threshold",
        "1",
    )
    seen: list[int] = []
    try:
        while ingest.poll() is None and len(seen) < 40:
            query = run("query", "MATCH (a:Article) RETURN count(a) AS n", "--store", db, "--format", "json")
            out, err = query.communicate(timeout=120)
            assert query.returncode == 0 and "Traceback" not in err, err
            seen.append(json.loads(out)[0]["n"])
    finally:
        out, err = ingest.communicate(timeout=300)
    assert ingest.returncode == 0, err
    assert len(seen) >= 2 and seen == sorted(seen) and seen[0] >= 2  # committed state, never less
    assert all(n % 2 == 0 or n == 26 for n in seen), seen  # whole batches of two: no half-written batch
    stats = run("stats", "--store", db, "--format", "json")
    assert json.loads(stats.communicate(timeout=120)[0])["Article"] == 26


def test_a_second_ingest_waits_for_the_first_and_then_runs(tmp_path):
    db = tmp_path / "db"
    holder = hold_embedded_store(db)
    assert holder.stdin is not None
    waiting = run("ingest", articles(tmp_path / "a", 2), "--store", db, "--wait", "120")
    assert waiting.stderr is not None
    line = waiting.stderr.readline()  # told at once why it waits
    assert line.strip() == (
        f"the embedded store at {db} is being written by another process (pid {holder.pid}); "
        f"waiting for it (up to 120s, --wait to change)"
    )
    holder.stdin.write("done\n")
    holder.stdin.flush()
    holder.wait(timeout=30)
    out, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0 and "error" not in err, err
    assert "2 stored" in out


WRITE_AND_DIE = """
import os, sys
sys.path.insert(0, sys.argv[2])
from graph.ladybug_store import LadybugStore
store = LadybugStore(sys.argv[1])
store.query("CREATE (:Place {id: 'place:x', name: 'X', kind: 'city'})", write=True)
print("written", flush=True)
os.kill(os.getpid(), 9)  # no close, no checkpoint: the log holds the write
"""


def test_a_reader_after_a_crashed_writer_sees_its_committed_writes(tmp_path):
    db = tmp_path / "db"
    LadybugStore(db).close()
    writer = subprocess.run(
        [PY, "-c", WRITE_AND_DIE, str(db), str(ROOT)], capture_output=True, text=True, timeout=120
    )
    assert writer.returncode == -signal.SIGKILL and writer.stdout.strip() == "written"
    started = time.monotonic()
    query = run("query", "MATCH (p:Place) RETURN p.name", "--store", db, "--format", "json", "--wait", "30")
    out, err = query.communicate(timeout=120)
    assert query.returncode == 0 and "Traceback" not in err, err
    assert json.loads(out) == [{"p.name": "X"}] and time.monotonic() - started < 60


PENDING = (
    "Runtime exception: Cannot open database in read-only mode while checkpoint recovery is pending. "
    "If another process is checkpointing, retry after it finishes; otherwise reopen in read-write mode"
)


def test_a_reader_meeting_a_checkpoint_waits_with_a_message_then_opens(tmp_path, monkeypatch):
    import ladybug

    import graph.ladybug_store as lb

    LadybugStore(tmp_path / "db").close()
    real = ladybug.Database
    calls: list[bool] = []

    def busy_twice(path: str, read_only: bool = False):
        calls.append(read_only)
        if len(calls) <= 4:  # read-only refused, read-write locked (a writer is checkpointing), twice
            raise RuntimeError(PENDING if read_only else "IO exception: Could not set lock (held by PID 7)")
        return real(path, read_only=read_only)

    monkeypatch.setattr(lb.ladybug, "Database", busy_twice)
    monkeypatch.setattr(lb, "_POLL", 0.01)
    told: list[str] = []
    with LadybugStore(tmp_path / "db", read_only=True, wait=5, on_wait=told.append) as store:
        assert store.stats()["Article"] == 0
    assert calls == [True, False, True, False, True]
    assert told == [
        f"the embedded store at {tmp_path / 'db'} is being checkpointed by another process; "
        f"waiting for it (up to 5s, --wait to change)"
    ]


def test_a_store_made_before_the_new_article_properties_takes_them(tmp_path):
    import ladybug

    old = tmp_path / "old"
    old.mkdir()
    db = ladybug.Database(str(old / "graph.lbug"))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Article(id STRING, title STRING, sha256 STRING, PRIMARY KEY(id))")
    conn.execute("CREATE (:Article {id: 'article:1', title: 'Old', sha256: 'ab'})")
    conn.close()
    db.close()
    with LadybugStore(old) as store:
        rows = store.query("MATCH (a:Article) RETURN a.title, a.source_id, a.minhash").rows
    assert rows == [["Old", None, None]]
