"""Would a learned statement-kind classifier beat the rules? Leave-one-article-out on the training gold.

    python -m benchmarks.kind_classifier_cv [--words] [--l2 0.1]

Runs the extractor on the seed and tuning gold (never the check half), pairs each predicted
statement with its gold statement as the scorer does, and fits a multinomial logistic regression
(numpy, full-batch gradient descent from zero: deterministic) on binary features of the prediction:
the rules' kind, the cue, the mode and, with ``--words``, the words of the reported content. Prints
the held-out kind accuracy of the classifier next to the rules' own accuracy on the same statements.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks import eval as ev_eval  # noqa: E402
from benchmarks.train_event_filter import TRAIN_SETS, _gold_path  # noqa: E402

ITERATIONS = 300


def matched_statements(corpus: Path) -> list[dict]:
    """(article, gold kind, predicted statement) of every statement pair the scorer would match."""
    from loaders.extract import extract_file

    rows = []
    for gold_dir in TRAIN_SETS:
        for gold in ev_eval.load_gold(gold_dir):
            path = _gold_path(gold, corpus)
            rows.extend(_article_pairs(gold, extract_file(path), ev_eval.article_body(path)))
    return rows


def _article_pairs(gold: dict, pred: dict, body: str | None) -> list[dict]:
    resolve = ev_eval.Resolver(ev_eval.match_actors(gold["actors"], pred["actors"]), gold["actors"])

    def bonus(g: dict, p: dict) -> float:  # the scorer's, without the kind (the thing predicted)
        same_speaker = resolve(p.get("speaker")) == g["speaker"]
        return 4.0 * same_speaker + ev_eval.jaccard(g["targets"], resolve.many(p.get("targets")))

    pairs = ev_eval.match_items(gold["statements"], pred["statements"], body, bonus)
    return [
        {"article": gold["file"], "gold": gold["statements"][gi]["kind"], **pred["statements"][pj]}
        for gi, pj in pairs
    ]


def features(row: dict, words: bool) -> list[str]:
    out = [f"rule={row['kind']}", f"cue={row['cue'].lower()}", f"mode={row['mode']}"]
    if words:
        out += [f"w={w}" for w in sorted(set(re.findall(r"[a-z']+", row["text"].lower())))]
    return out


def fit(
    rows: list[dict], kinds: list[str], words: bool, l2: float
) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    counts = Counter(f for r in rows for f in set(features(r, words)))
    col = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= 2))}
    x = np.zeros((len(rows), len(col)))
    y = np.zeros((len(rows), len(kinds)))
    for i, r in enumerate(rows):
        x[i, [col[f] for f in features(r, words) if f in col]] = 1.0
        y[i, kinds.index(r["gold"])] = 1.0
    w, b, n = np.zeros((len(col), len(kinds))), np.zeros(len(kinds)), max(len(rows), 1)
    for _ in range(ITERATIONS):
        z = x @ w + b
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        w -= (x.T @ (p - y)) / n + l2 * w / n
        b -= (p - y).sum(axis=0) / n
    return col, w, b


def predict(
    model: tuple[dict[str, int], np.ndarray, np.ndarray], row: dict, kinds: list[str], words: bool
) -> str:
    col, w, b = model
    z = b + sum((w[col[f]] for f in features(row, words) if f in col), np.zeros(len(kinds)))
    return kinds[int(np.argmax(z))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(REPO_ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--words", action="store_true", help="add the words of the reported content")
    ap.add_argument("--l2", type=float, default=0.1)
    args = ap.parse_args(argv)
    rows = matched_statements(Path(args.corpus))
    kinds = sorted({r["gold"] for r in rows} | {r["kind"] for r in rows})
    right = 0
    for article in sorted({r["article"] for r in rows}):
        model = fit([r for r in rows if r["article"] != article], kinds, args.words, args.l2)
        right += sum(
            predict(model, r, kinds, args.words) == r["gold"] for r in rows if r["article"] == article
        )
    rules = sum(r["kind"] == r["gold"] for r in rows)
    print(
        f"{len(rows)} matched statements: classifier {right / len(rows):.3f}, rules {rules / len(rows):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
