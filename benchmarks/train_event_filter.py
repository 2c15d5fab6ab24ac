"""Train the event keep/drop filter (loaders/extract/event_filter.py) from the seed and tuning gold.

    python -m benchmarks.train_event_filter [--gold tests/gold --gold tests/gold/tune]
        [--corpus ../shared/corpus] [--out loaders/extract/data/event_filter.json] [--cv-only]

Runs the extractor in the tree with the filter switched off and records every event candidate
with its features. A candidate is KEEP when the scorer (benchmarks/eval.py, one-to-one matching)
matches its record to a gold event, else DROP. A logistic regression (numpy, full-batch gradient
descent from zero: deterministic) is fitted; the L2 strength and the keep threshold are chosen
by leave-one-article-out cross-validation on event F1. The check half is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks import eval as ev_eval  # noqa: E402
from benchmarks import learn  # noqa: E402
from benchmarks.learn import L2S, THRESHOLDS, model_json, refuse_check  # noqa: E402
from loaders.extract.event_filter import MODEL  # noqa: E402

TRAIN_SETS = (REPO_ROOT / "tests" / "gold", REPO_ROOT / "tests" / "gold" / "tune")
OUT = MODEL  # where the extractor reads it
MIN_GAIN = 0.01  # the cross-validated F1 gain the filter must bring to be switched on


@dataclass
class Article:
    """One training article: its candidates' features, which record each candidate made, and the
    labels of the records (True = matched to a gold event)."""

    name: str
    features: list[list[str]] = field(default_factory=list)
    record_of: list[int] = field(default_factory=list)
    labels: list[bool] = field(default_factory=list)
    n_gold: int = 0


# --- candidates and labels -------------------------------------------------------------------


def _gold_path(gold: dict, corpus: Path) -> Path:
    path = corpus / gold["file"]
    return path if path.exists() or not (REPO_ROOT / gold["file"]).exists() else REPO_ROOT / gold["file"]


def _matched_records(gold: dict, pred: dict, body: str | None) -> set[int]:
    """The indices of the predicted events the scorer matches to a gold event (as score_article)."""
    pred_actors = [a for a in pred.get("actors") or [] if isinstance(a, dict)]
    resolve = ev_eval.Resolver(ev_eval.match_actors(gold["actors"], pred_actors), gold["actors"])

    def bonus(g: dict, p: dict) -> float:
        return (
            4.0 * ev_eval._same(p.get("kind"), g["kind"])
            + 2.0 * ev_eval.jaccard(g["participants"], resolve.many(p.get("participants")))
            + 1.0 * ev_eval._same(p.get("date"), g["date"])
        )

    return {pj for _, pj in ev_eval.match_items(gold["events"], pred.get("events") or [], body, bonus)}


def article_candidates(gold: dict, corpus: Path) -> Article:
    """Extract the gold's article with the filter off; label each candidate by its record."""
    from loaders.extract import extractor as ex
    from loaders.extract.event_filter import candidate_features

    seen: list[tuple[list, Any]] = []

    def record(events: list, dis: Any) -> list:
        seen.append((list(events), dis))
        return events

    path = _gold_path(gold, corpus)
    with mock.patch.object(ex, "keep_events", record):
        pred = ex.extract_file(path)
    events, dis = seen[-1]
    _, ev_ids = ex._event_records(pred["article"]["id"], dis.acts, events)
    index = {e["id"]: k for k, e in enumerate(pred["events"])}
    matched = _matched_records(gold, pred, ev_eval.article_body(path))
    art = Article(name=gold["file"], n_gold=len(gold["events"]))
    art.labels = [k in matched for k in range(len(pred["events"]))]
    for i, ev in enumerate(events):
        art.features.append(candidate_features(ev, events[:i], dis))
        art.record_of.append(index[ev_ids[ev]])
    return art


def collect(gold_dirs: list[Path], corpus: Path) -> list[Article]:
    return [article_candidates(g, corpus) for d in gold_dirs for g in ev_eval.load_gold(d)]


# --- the model -------------------------------------------------------------------------------


def fit(arts: list[Article], l2: float) -> tuple[dict[str, float], float]:
    """The regression over every candidate of ``arts``, labelled by its record."""
    rows = [feats for art in arts for feats in art.features]
    labels = [art.labels[r] for art in arts for r in art.record_of]
    return learn.fit(rows, labels, l2)


def _probabilities(art: Article, weights: dict[str, float], bias: float) -> list[float]:
    from loaders.extract.learned import LinearModel

    model = LinearModel(weights=weights, bias=bias, threshold=0.0)
    return [model.probability(f) for f in art.features]


def _tally(art: Article, probs: list[float], threshold: float) -> tuple[int, int, int]:
    """(tp, pred, gold) of the article's records when candidates under the threshold go."""
    kept = {r for r, p in zip(art.record_of, probs) if p >= threshold}
    return sum(art.labels[r] for r in kept), len(kept), art.n_gold


def _f1(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    return ev_eval.prf(tp, n_pred, n_gold)


def cross_validate(arts: list[Article], l2: float) -> dict[float, dict[str, float]]:
    """Leave-one-article-out: P/R/F1 of the pooled held-out articles at each threshold (0 = off)."""
    held: list[tuple[Article, list[float]]] = []
    for k, art in enumerate(arts):
        weights, bias = fit(arts[:k] + arts[k + 1 :], l2)
        held.append((art, _probabilities(art, weights, bias)))
    out = {}
    for t in (0.0, *THRESHOLDS):
        tallies = [_tally(a, p, t) for a, p in held]
        out[t] = _f1(*(sum(x[i] for x in tallies) for i in range(3)))
    return out


def choose(arts: list[Article], min_gain: float = MIN_GAIN) -> tuple[float, float, dict]:
    """(l2, threshold, cv table) with the best cross-validated F1, the lowest threshold on ties;
    threshold 0 (the filter keeps everything) unless that F1 beats no filter by ``min_gain``."""
    best: tuple[float, float, float, dict] = (-1.0, 0.0, 0.0, {})
    for l2 in L2S:
        table = cross_validate(arts, l2)
        for t in THRESHOLDS:
            if table[t]["f1"] > best[0] + 1e-9:
                best = (table[t]["f1"], l2, t, table)
    f1, l2, threshold, table = best
    if f1 < table[0.0]["f1"] + min_gain:
        threshold = 0.0
    return l2, threshold, table


def train(gold_dirs: list[Path], corpus: Path, min_gain: float = MIN_GAIN) -> tuple[str, dict]:
    """(the model file's text, the cross-validation report)."""
    names = [
        d.relative_to(REPO_ROOT).as_posix() if d.is_relative_to(REPO_ROOT) else d.name for d in gold_dirs
    ]
    return train_articles(collect(gold_dirs, corpus), names, min_gain)


def train_articles(
    arts: list[Article], trained_on: list[str], min_gain: float = MIN_GAIN
) -> tuple[str, dict]:
    """Choose the L2 strength and threshold by cross-validation, then fit on all the articles."""
    l2, threshold, table = choose(arts, min_gain)
    weights, bias = fit(arts, l2)
    best = max(THRESHOLDS, key=lambda t: table[t]["f1"])
    report = {"l2": l2, "threshold": threshold, "off": table[0.0], "best": {"threshold": best, **table[best]}}
    meta = {
        "trained_on": trained_on,
        "articles": len(arts),
        "candidates": sum(len(a.features) for a in arts),
        "l2": l2,
        "cv_off": {k: round(v, 3) for k, v in table[0.0].items()},
        "cv_best": {"threshold": best, **{k: round(v, 3) for k, v in table[best].items()}},
    }
    return model_json(weights, bias, threshold, meta), report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", action="append", help="gold folder, repeatable (default: seed + tune)")
    ap.add_argument("--corpus", default=str(REPO_ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--cv-only", action="store_true", help="print the cross-validation, write nothing")
    ap.add_argument(
        "--min-gain",
        type=float,
        default=MIN_GAIN,
        help="CV F1 gain needed to switch the filter on (negative: always on, for measuring)",
    )
    args = ap.parse_args(argv)
    dirs = [Path(d).resolve() for d in args.gold] if args.gold else list(TRAIN_SETS)
    refuse_check(dirs)
    text, report = train(dirs, Path(args.corpus), args.min_gain)
    print(json.dumps(report, indent=1))
    if not args.cv_only:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
