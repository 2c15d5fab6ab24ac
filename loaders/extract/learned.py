"""Small learned components: a logistic regression over sparse binary features, shipped as JSON.

Where the gold's judgement calls decide (which candidate events, actors, targets or participants the
annotators keep), weights learned from the training gold replace hand-set thresholds. Each component
names its features (strings such as ``"dep=dobj"``), a training script in ``benchmarks/`` fits the
weights on the seed and tuning gold (never the check half) and writes ``data/<name>.json``; the
component is switched on only when its cross-validated gain earned it a threshold above zero, so
without the file (or with threshold 0) the extractor behaves exactly as the rules alone.

>>> m = LinearModel(weights={"dep=dobj": 2.0}, bias=-1.0, threshold=0.5)
>>> round(m.probability(["dep=dobj"]), 3), m.keeps(["dep=nsubj"])
(0.731, False)
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class LinearModel:
    """Weights of the binary features, the bias and the probability a candidate needs to be kept."""

    weights: dict[str, float]
    bias: float
    threshold: float

    @property
    def active(self) -> bool:
        """Whether training switched the component on (threshold 0 keeps every candidate)."""
        return self.threshold > 0.0

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, features: Iterable[str]) -> bool:
        """True when the component is off or the candidate's probability reaches the threshold."""
        return not self.active or self.probability(features) >= self.threshold


def model_path(name: str) -> Path:
    """Where the component ``name`` is shipped (``data/<name>.json``)."""
    return DATA / f"{name}.json"


@cache
def load(path: str) -> LinearModel | None:
    """The model in the JSON file at ``path`` (read once), or None when there is no such file."""
    p = Path(path)
    if not p.exists():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    return LinearModel(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
    )


def shipped(name: str) -> LinearModel | None:
    """The shipped component ``name``, or None when the package carries no file for it."""
    return load(str(model_path(name)))
