"""A whole ingest on real-length articles (500-900 words) with ``--workers N``, against the bare
spaCy parse of the same texts.

    python benchmarks/bench_realtext.py [--articles 300] [--workers 2] [--batch-size 32]

The articles are put together at run time from the paragraphs of the shared corpus
(``../shared/corpus``: nothing of it is written into the repository): each article takes whole
paragraphs of randomly chosen corpus texts (a fixed seed) until it holds 500 to 900 words. They
go to a JSON Lines file in a temporary folder, which ``diplograph ingest --workers N`` reads into a
fresh embedded store in a child process while this one samples the memory (RSS) of that process
and all its workers every 0.2 s. Then the same texts are parsed by the bare pipeline
(``nlp.pipe(n_process=N)``, the same model and components, nothing else), once before the ingest
and once after, so that a machine shared with other work shows how much the timings move. Prints
the time, peak memory, articles/s and the ratio of the ingest to the mean bare parse; the model's
loading is timed apart in both.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_paragraphs(corpus: Path) -> list[str]:
    """The paragraphs of every corpus article with at least 12 words (datelines, headings out)."""
    from loaders.documents import Document, iter_documents

    out = []
    for item in iter_documents(corpus):
        if isinstance(item, Document):
            out += [p for p in item.text.split("\n\n") if len(p.split()) >= 12]
    return out


def real_length_articles(paragraphs: list[str], n: int, seed: int = 11) -> list[dict]:
    """``n`` articles of 500 to 900 words, each of whole paragraphs."""
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        target = rng.randint(500, 900)
        chosen: list[str] = []
        words = 0
        while words < target:
            paragraph = rng.choice(paragraphs)
            if words + len(paragraph.split()) > 900 and words >= 500:
                break
            chosen.append(paragraph)
            words += len(paragraph.split())
        articles.append({"id": f"bench-{i}", "published": "2022-02-20", "text": "\n\n".join(chosen)})
    return articles


def tree_rss(process: psutil.Process) -> int:
    """Bytes resident in ``process`` and all its children now."""
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_ingest(feed: Path, store: Path, workers: int, batch_size: int) -> tuple[float, int, str]:
    """Wall time, peak RSS of the whole process tree and the summary line of one ingest."""
    cmd = [sys.executable, str(ROOT / "cli.py"), "ingest", str(feed), "--store", str(store)]
    cmd += ["--workers", str(workers), "--batch-size", str(batch_size)]
    started = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss(watched))
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    out, err = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"the ingest failed ({child.returncode}): {err.strip()[-400:]}")
    return seconds, peak, out.strip()


def bare_parse(texts: list[str], workers: int, batch_size: int) -> tuple[float, float]:
    """Seconds to load the pipeline, seconds to parse ``texts`` with it."""
    from loaders.extract.pipeline import load_nlp

    started = time.perf_counter()
    nlp = load_nlp()
    loaded = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=workers):
        pass
    return loaded - started, time.perf_counter() - loaded


def model_load_seconds() -> float:
    """The one-off cost a CLI run pays before its first article (imports and the model)."""
    code = "import time; t = time.perf_counter(); from loaders.extract.pipeline import load_nlp; load_nlp(); print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="how many articles (the issue asks 10,000)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"the shared corpus is not at {args.corpus}")
    paragraphs = corpus_paragraphs(args.corpus)
    articles = real_length_articles(paragraphs, args.articles)
    words = [len(a["text"].split()) for a in articles]
    print(
        f"{len(articles)} articles of {min(words)}-{max(words)} words (mean {sum(words) / len(words):.0f}), "
        f"from {len(paragraphs)} corpus paragraphs; workers={args.workers}, batch size={args.batch_size}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "articles.jsonl"
        feed.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
        texts = [a["text"] for a in articles]
        loaded, before = bare_parse(texts, args.workers, args.batch_size)
        load = model_load_seconds()
        seconds, peak, summary = run_ingest(feed, Path(tmp) / "store", args.workers, args.batch_size)
        _, after = bare_parse(texts, args.workers, args.batch_size)
    parse = (before + after) / 2
    n = len(articles)
    ingest_work = max(seconds - load, 1e-9)
    print(
        f"ingest (CLI, whole run):   {seconds:8.1f} s  {n / seconds:6.2f} articles/s  peak RSS {peak / 2**20:,.0f} MiB"
    )
    print(f"  less imports + model ({load:.1f} s): {ingest_work:8.1f} s  {n / ingest_work:6.2f} articles/s")
    print(
        f"bare spaCy parse (mean):   {parse:8.1f} s  {n / parse:6.2f} articles/s  (before the ingest "
        f"{before:.1f} s, after {after:.1f} s; model loaded in {loaded:.1f} s)"
    )
    print(f"ratio ingest / bare parse: {ingest_work / parse:8.2f}")
    print(f"summary: {summary}")


if __name__ == "__main__":
    main()
