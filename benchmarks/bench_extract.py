"""Extraction throughput: diplograph's extractor vs the bare spaCy ``nlp.pipe`` on the same texts.

    python benchmarks/bench_extract.py [--articles 300] [--batch-size 32] [--repeat 2]
        [--corpus ../shared/corpus] [--profile out/extract-profile.txt]

"Bare" is the trained pipeline the extractor is built on (``spacy.load`` of the pinned model),
run with ``nlp.pipe`` over the same texts with the same batch size, consuming the Docs and
nothing else. "Ours" is ``loaders.extract.extract_many``: the same model plus the gazetteer
EntityRuler, paragraph breaks and quote finder, then every rule stage, down to the Extraction
records. Both pipelines are loaded and warmed up before timing; each is timed ``--repeat``
times, alternating, and the best run of each is kept (the machine is shared). Prints words/s of
both and ``ours / bare`` (the issue asks for >= 0.7), by wall clock and by CPU time of this
process (the fair measure when other work shares the machine).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import corpus  # noqa: E402
from loaders.documents import Document, iter_documents  # noqa: E402

REAL_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def synthetic_documents(n: int) -> list[Document]:
    return [
        Document(text=r["text"], title=r["title"], published=r["published"], doc_id=r["id"])
        for r in corpus(n)
    ]


def real_documents(folder: Path) -> list[Document]:
    if not folder.is_dir():
        return []
    return [d for d in iter_documents(folder) if isinstance(d, Document)]


def words(docs: list[Document]) -> int:
    return sum(len(d.text.split()) for d in docs)


def time_bare(nlp, docs: list[Document], batch_size: int) -> tuple[float, float]:
    """(wall, CPU) seconds of the bare parse."""
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe((d.text for d in docs), batch_size=batch_size):
        pass
    return time.perf_counter() - started, time.process_time() - cpu


def time_ours(nlp, docs: list[Document], batch_size: int) -> tuple[float, float]:
    """(wall, CPU) seconds of the whole extraction."""
    from loaders.extract import extract_many

    started, cpu = time.perf_counter(), time.process_time()
    for _ in extract_many(docs, nlp=nlp, batch_size=batch_size):
        pass
    return time.perf_counter() - started, time.process_time() - cpu


def compare(name: str, bare, ours, docs: list[Document], batch_size: int, repeat: int) -> float:
    n_words = words(docs)
    t_bare, t_ours = [], []
    for _ in range(repeat):
        t_bare.append(time_bare(bare, docs, batch_size))
        t_ours.append(time_ours(ours, docs, batch_size))
    wb, wo = n_words / min(t[0] for t in t_bare), n_words / min(t[0] for t in t_ours)
    cb, co = n_words / min(t[1] for t in t_bare), n_words / min(t[1] for t in t_ours)
    print(
        f"{name:10s} {len(docs):5d} articles {n_words:7d} words | bare nlp.pipe {wb:7.0f} words/s"
        f" | ours {wo:7.0f} words/s | ours/bare {wo / wb:4.2f}  (per CPU second: bare {cb:.0f}, "
        f"ours {co:.0f}, ratio {co / cb:4.2f})"
    )
    return co / cb


def profile(ours, docs: list[Document], batch_size: int, output: Path) -> None:
    """Where the extractor spends its time beyond the parse (pyinstrument, text report)."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit(
            "error: --profile needs pyinstrument, the 'bench' extra: .venv/bin/pip install -e '.[bench]'"
        )

    profiler = Profiler(interval=0.002)
    profiler.start()
    time_ours(ours, docs, batch_size)
    profiler.stop()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(profiler.output_text(unicode=False, color=False, show_all=False))
    print(f"profile written to {output}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=REAL_CORPUS)
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="also profile the extractor on the synthetic texts into this file",
    )
    args = parser.parse_args()

    import spacy

    from loaders.extract.pipeline import MODEL, load_nlp

    bare, ours = spacy.load(MODEL), load_nlp()
    synthetic = synthetic_documents(args.articles)
    warm = synthetic[:16]
    time_bare(bare, warm, args.batch_size)
    time_ours(ours, warm, args.batch_size)
    print(f"bare pipeline: {', '.join(bare.pipe_names)}")
    print(f"ours:          {', '.join(ours.pipe_names)} + rule stages")
    ratios = [compare("synthetic", bare, ours, synthetic, args.batch_size, args.repeat)]
    real = real_documents(args.corpus)
    if real:
        ratios.append(compare("real", bare, ours, real, args.batch_size, max(args.repeat, 3)))
    else:
        print(f"real       skipped: no corpus folder at {args.corpus}")
    print(
        f"ours/bare  min {min(ratios):.2f} by CPU time (target >= 0.70; CPU time is the fair "
        f"measure on a shared machine, wall-clock ratios are printed above)"
    )
    if args.profile:
        profile(ours, synthetic, args.batch_size, args.profile)


if __name__ == "__main__":
    main()
