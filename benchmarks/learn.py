"""Training pieces shared by the learned components (loaders/extract/learned.py).

Each component's script collects rows (the binary feature names of one candidate) with a label from
the seed and tuning gold, then uses these functions: the same regression, the same deterministic
fit, the same byte-stable model file. The check half is never passed in (``refuse_check``).

>>> w, b = fit([["a"], ["a"], ["b"], ["b"]], [True, True, False, False], l2=0.1, min_count=1)
>>> w["a"] > 0 > w["b"]
True
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 19))  # keep thresholds tried in cross-validation
L2S = (0.3, 1.0, 3.0)  # L2 strengths tried in cross-validation
MIN_COUNT = 2  # a feature seen in fewer training rows gets no weight
ITERATIONS = 400


def refuse_check(gold_dirs: Sequence[Path | str]) -> None:
    """Stop a training or choosing run (training, agreement) on the check half, whatever it was given."""
    for d in gold_dirs:
        if "check" in Path(str(d).split(":", 1)[0]).parts:
            raise SystemExit(f"{d}: the check half is never trained on nor read to choose anything")


def vocabulary(rows: Sequence[Sequence[str]], min_count: int = MIN_COUNT) -> list[str]:
    """The features seen in at least ``min_count`` rows, sorted (the fit's column order)."""
    counts: dict[str, int] = {}
    for feats in rows:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= min_count)


def matrix(rows: Sequence[Sequence[str]], vocab: Sequence[str]) -> np.ndarray:
    """The 0/1 design matrix of ``rows`` over ``vocab`` (unknown features ignored)."""
    col = {f: j for j, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for i, feats in enumerate(rows):
        for f in feats:
            if f in col:
                x[i, col[f]] = 1.0
    return x


def fit(
    rows: Sequence[Sequence[str]],
    labels: Sequence[bool],
    l2: float,
    min_count: int = MIN_COUNT,
    iterations: int = ITERATIONS,
) -> tuple[dict[str, float], float]:
    """Logistic regression by full-batch gradient descent from zero weights (deterministic)."""
    vocab = vocabulary(rows, min_count)
    x, y = matrix(rows, vocab), np.array([float(v) for v in labels])
    w, b = np.zeros(len(vocab)), 0.0
    n = max(len(y), 1)
    rate = 0.5
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= rate * ((x.T @ (p - y)) / n + l2 * w / n)
        b -= rate * float(np.sum(p - y)) / n
    return {f: float(v) for f, v in zip(vocab, w)}, b


def model_json(weights: dict[str, float], bias: float, threshold: float, meta: dict) -> str:
    """The model file: sorted, rounded, near-zero weights left out (byte-stable)."""
    kept = {f: round(v, 4) for f, v in sorted(weights.items()) if abs(v) >= 1e-3}
    data = {"bias": round(bias, 4), "threshold": threshold, "meta": meta, "weights": kept}
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
