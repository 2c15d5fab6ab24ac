"""Score diplograph's extraction against the gold annotations (and the PLOVER gold sentences).

Usage (from the project's root)::

    python benchmarks/eval.py [--gold DIR ...] --corpus ../shared/corpus [--pred DIR] [--json]
    python benchmarks/eval.py --plover --corpus ../shared/corpus [--pred-plover FILE] [--json]

Gold files (``tests/gold/<FILE>.json``) follow ANNOTATION_GUIDE.md: actors by name with aliases,
statements and events each with a verbatim ``snippet`` of the article. Predictions follow the
extraction JSON contract of DESIGN.md (``diplograph extract FILE --format json``): actor ids in
``speaker``, ``targets`` and ``participants`` are resolved through the prediction's ``actors`` list.

Where predictions come from is a function argument (``predict(path) -> dict``) so that the scorer can
be tested with hand-made predictions: :func:`predictions_from_dir` reads ``DIR/<FILE>.json``,
:func:`predictions_from_extractor` calls ``loaders.extract.extract_file`` (or, failing that import,
the ``diplograph extract`` command).

Matching rules
--------------
* Actors: a predicted actor matches a gold actor when its name or one of its aliases equals the gold
  name or one of the gold aliases after normalisation (case, curly quotes, dots, a leading "the",
  a trailing possessive). Precision/recall count a one-to-one (maximum) matching; for resolving ids,
  every predicted actor (duplicates too) maps to the gold actor its names match.
* Statements: a predicted statement is a candidate for a gold statement when the gold snippet lies
  inside the prediction's ``evidence`` or ``text`` (normalised), or inside its ``start``/``end`` span
  of the article body. One sentence may hold several statements, so candidates are assigned one to
  one, maximising first the number of matches, then agreement of speaker, kind and targets.
* Events: the same, preferring the same kind, then participants and date.

Scores
------
P/R/F1 for actors, statements and events. Over matched statements: speaker accuracy, kind accuracy,
target accuracy both as exact set equality (``target_exact``) and as mean Jaccard overlap
(``target_jaccard``; two empty sets count 1.0), CAMEO accuracy (exact code string), CAMEO root
accuracy (first two digits), PLOVER accuracy (``null`` equals ``null``) and mode accuracy. Over
matched events: kind accuracy, mean participant Jaccard, date accuracy, status accuracy, CAMEO and
PLOVER accuracy. Everything is given per article and micro-averaged over all articles (counts and
correct answers summed before dividing).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:  # so that ``loaders`` imports when run as a script
    sys.path.insert(0, str(REPO_ROOT))

GOLD = REPO_ROOT / "tests" / "gold"
# The six original articles; the tuning half (read and fixed against); the check half (only scored).
DEFAULT_SETS = ("", "tune", "check")
# The tuning half's own gate (tests/gold/TUNE_GATE.tsv): errors are read on tuneA only; a rule is kept
# when tuneB, scored like the check half, confirms it.
GATE_HALVES = ("tuneA", "tuneB")
GATE_SETS = ("", "tune:tuneA", "tune:tuneB", "check")
SCORED_ONLY = ("check", "tuneB")

Prediction = dict[str, Any]
PredictFn = Callable[[Path], Prediction]
PredictTextFn = Callable[[str], Prediction]

# ---------------------------------------------------------------------------------------------
# normalisation

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)


def normalise_text(text: str | None) -> str:
    """Text for substring tests: NFKC, straight quotes, plain hyphens, one space, lower case.

    >>> normalise_text("President\u2019s  \u201cwar\u201d\\n")
    'president\\'s "war"'
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = text.replace("**", "").replace("__", "")
    return re.sub(r"\s+", " ", text).strip().lower()


def normalise_name(name: str | None) -> str:
    """An actor name or alias as a matching key.

    >>> normalise_name("the U.S.")
    'us'
    >>> normalise_name("Macron\u2019s")
    'macron'
    >>> normalise_name("People's Republic of China")
    "people's republic of china"
    """
    if not name:
        return ""
    key = normalise_text(name)
    key = key.replace(".", "").replace(",", " ")
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"'s$", "", key)
    return re.sub(r"\s+", " ", key).strip()


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard overlap of two sets; two empty sets count as a perfect match (1.0).

    >>> jaccard({"a", "b"}, {"b", "c"})
    0.3333333333333333
    >>> jaccard([], [])
    1.0
    """
    a, b = set(a), set(b)
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0.0 where undefined, 1.0 when both sides are empty)."""
    if n_pred == 0 and n_gold == 0:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


# ---------------------------------------------------------------------------------------------
# assignment


def max_weight_assignment(weights: list[list[float | None]]) -> list[tuple[int, int]]:
    """Pairs (row, col) of a one-to-one assignment maximising the total weight.

    ``weights[i][j]`` is ``None`` where row i and column j may not be paired. Pure Python Hungarian
    algorithm on the square completion of the matrix (forbidden and padding cells cost 0 and are
    dropped from the result). Give every allowed pair a large base weight plus small preferences so
    that the number of pairs is maximised first.
    """
    n = max(len(weights), max((len(r) for r in weights), default=0))
    if n == 0:
        return []
    row_of = _min_cost_assignment(_square_costs(weights, n))
    return _allowed_pairs(weights, row_of)


def _square_costs(weights: list[list[float | None]], n: int) -> list[list[float]]:
    """The n x n cost matrix whose minimum assignment is the maximum-weight one: ``big - weight``
    for an allowed cell, ``big`` (no gain) for a forbidden or padding cell, ``big`` being the
    largest weight so that no cost is negative."""
    big = max((w for row in weights for w in row if w is not None), default=0.0)
    cost = [[big] * n for _ in range(n)]
    for i, row in enumerate(weights):
        for j, w in enumerate(row):
            if w is not None:
                cost[i][j] = big - w
    return cost


def _min_cost_assignment(cost: list[list[float]]) -> list[int]:
    """The Hungarian algorithm with potentials (O(n^3)) on a square cost matrix: ``row_of[j]`` is
    the row assigned to column j, both counted from 1 (index 0 is the algorithm's virtual column).

    Rows join the matching one at a time, each along a shortest augmenting path under the
    reduced costs ``cost[i][j] - u[i] - v[j]``, which the potentials keep non-negative.
    """
    n = len(cost)
    u = [0.0] * (n + 1)  # row potentials
    v = [0.0] * (n + 1)  # column potentials
    row_of = [0] * (n + 1)
    way = [0] * (n + 1)  # the previous column on the shortest path to each column
    for i in range(1, n + 1):
        row_of[0] = i
        free = _shortest_augmenting_path(cost, u, v, row_of, way)
        _augment(row_of, way, free)
    return row_of


def _shortest_augmenting_path(
    cost: list[list[float]], u: list[float], v: list[float], row_of: list[int], way: list[int]
) -> int:
    """Grow a shortest-path tree from the new row (``row_of[0]``) one column at a time, updating
    the potentials and ``way``, until it reaches a free column; returns that column."""
    n = len(cost)
    inf = float("inf")
    minv = [inf] * (n + 1)  # the least reduced cost to reach each column so far
    used = [False] * (n + 1)  # columns in the tree
    j0 = 0
    while True:
        used[j0] = True
        i0 = row_of[j0]
        delta = inf
        j1 = 0
        for j in range(1, n + 1):
            if not used[j]:
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j] = cur
                    way[j] = j0
                if minv[j] < delta:
                    delta = minv[j]
                    j1 = j
        for j in range(n + 1):
            if used[j]:
                u[row_of[j]] += delta
                v[j] -= delta
            else:
                minv[j] -= delta
        j0 = j1
        if row_of[j0] == 0:
            return j0


def _augment(row_of: list[int], way: list[int], j0: int) -> None:
    """Flip the matching along the path that ends at free column ``j0``: each column on it takes
    the row of the column before it, which gives the new row a column."""
    while True:
        j1 = way[j0]
        row_of[j0] = row_of[j1]
        j0 = j1
        if j0 == 0:
            break


def _allowed_pairs(weights: list[list[float | None]], row_of: list[int]) -> list[tuple[int, int]]:
    """The (row, col) pairs of an assignment of the square completion that are allowed cells of
    ``weights``, sorted: padding and forbidden cells are no pairs."""
    pairs = []
    for j in range(1, len(row_of)):
        i = row_of[j]
        if i and i - 1 < len(weights) and j - 1 < len(weights[i - 1]) and weights[i - 1][j - 1] is not None:
            pairs.append((i - 1, j - 1))
    return sorted(pairs)


# ---------------------------------------------------------------------------------------------
# actors


def actor_keys(actor: dict[str, Any]) -> set[str]:
    """Normalised name and aliases of an actor (gold or predicted)."""
    names = [actor.get("name")] + list(actor.get("aliases") or [])
    return {k for k in (normalise_name(n) for n in names if isinstance(n, str)) if k}


@dataclass
class ActorMatch:
    """Result of matching a prediction's actors to the gold actors of one article."""

    pairs: list[tuple[str, str]]  # (gold name, predicted id) of the one-to-one matching
    id_to_gold: dict[str, str]  # every predicted actor id -> gold name, or "?<predicted name>"
    n_gold: int
    n_pred: int


def match_actors(gold_actors: list[dict], pred_actors: list[dict]) -> ActorMatch:
    """Match predicted actors to gold actors by shared normalised name/alias (see module doc)."""
    gold_keys = [actor_keys(a) for a in gold_actors]
    pred_keys = [actor_keys(a) for a in pred_actors]
    weights: list[list[float | None]] = []
    for gk, ga in zip(gold_keys, gold_actors):
        row: list[float | None] = []
        for pk, pa in zip(pred_keys, pred_actors):
            if gk & pk:
                exact = normalise_name(ga["name"]) == normalise_name(pa.get("name"))
                row.append(1000.0 + (10.0 if exact else 0.0) + len(gk & pk))
            else:
                row.append(None)
        weights.append(row)
    pairs = max_weight_assignment(weights)
    id_to_gold: dict[str, str] = {}
    paired_pred = {}
    for gi, pj in pairs:
        pid = _actor_id(pred_actors[pj], pj)
        paired_pred[pj] = gold_actors[gi]["name"]
        id_to_gold[pid] = gold_actors[gi]["name"]
    for pj, pa in enumerate(pred_actors):
        pid = _actor_id(pa, pj)
        if pj in paired_pred:
            continue
        best = None
        for gi, gk in enumerate(gold_keys):
            overlap = gk & pred_keys[pj]
            if overlap:
                score = (
                    normalise_name(gold_actors[gi]["name"]) == normalise_name(pa.get("name")),
                    len(overlap),
                )
                if best is None or score > best[0]:
                    best = (score, gold_actors[gi]["name"])
        id_to_gold.setdefault(pid, best[1] if best else "?" + normalise_name(pa.get("name") or pid))
    return ActorMatch(
        pairs=[(gold_actors[gi]["name"], _actor_id(pred_actors[pj], pj)) for gi, pj in pairs],
        id_to_gold=id_to_gold,
        n_gold=len(gold_actors),
        n_pred=len(pred_actors),
    )


def duplicates(match: ActorMatch) -> int:
    """Predicted actors left out of the one-to-one matching whose names still match a gold actor:
    extra nodes for one real-world actor ("Bin Salman" beside "Mohammed bin Salman")."""
    paired = {pid for _, pid in match.pairs}
    return sum(1 for pid, gold in match.id_to_gold.items() if pid not in paired and not gold.startswith("?"))


def _actor_id(actor: dict[str, Any], index: int) -> str:
    return str(actor.get("id") if actor.get("id") is not None else f"#{index}")


class Resolver:
    """Resolve predicted actor references (ids, or names as a fallback) to gold actor names."""

    def __init__(self, match: ActorMatch, gold_actors: list[dict]):
        self.id_to_gold = match.id_to_gold
        self.key_to_gold: dict[str, str] = {}
        for a in gold_actors:
            for k in actor_keys(a):
                self.key_to_gold.setdefault(k, a["name"])

    def __call__(self, ref: Any) -> str | None:
        if isinstance(ref, dict):  # a participant {"actor": id, "role": ...}
            ref = ref.get("actor")
        if ref is None:
            return None
        ref = str(ref)
        if ref in self.id_to_gold:
            return self.id_to_gold[ref]
        key = normalise_name(ref)
        return self.key_to_gold.get(key, "?" + key)

    def many(self, refs: Iterable[Any] | None) -> set[str]:
        return {r for r in (self(x) for x in (refs or [])) if r is not None}


# ---------------------------------------------------------------------------------------------
# statements and events


def _span_of(snippet: str, body: str | None) -> tuple[int, int] | None:
    if not body:
        return None
    i = body.find(snippet)
    return None if i < 0 else (i, i + len(snippet))


def evidence_contains(gold_item: dict, pred_item: dict, body: str | None = None) -> bool:
    """True when the gold snippet lies in the prediction's evidence/text or its start/end span."""
    snip = normalise_text(gold_item.get("snippet"))
    if not snip:
        return False
    for fld in ("evidence", "text"):
        if snip in normalise_text(pred_item.get(fld)):
            return True
    span = _span_of(gold_item["snippet"], body)
    start, end = pred_item.get("start"), pred_item.get("end")
    if span and isinstance(start, int) and isinstance(end, int):
        return start <= span[0] and span[1] <= end
    return False


def _same(a: Any, b: Any) -> bool:
    return (a or None) == (b or None)


def match_items(
    gold: list[dict], pred: list[dict], body: str | None, bonus: Callable[[dict, dict], float]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs among evidence candidates, preferring ``bonus``."""
    weights: list[list[float | None]] = []
    for g in gold:
        weights.append([1000.0 + bonus(g, p) if evidence_contains(g, p, body) else None for p in pred])
    return max_weight_assignment(weights)


@dataclass
class Counts:
    """Correct/total tallies and overlap sums for one article (or summed over articles)."""

    tp: dict[str, int] = field(default_factory=dict)
    n_pred: dict[str, int] = field(default_factory=dict)
    n_gold: dict[str, int] = field(default_factory=dict)
    correct: dict[str, float] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    tally: dict[str, int] = field(default_factory=dict)  # plain counts (actor duplicates)

    def add_prf(self, name: str, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp[name] = self.tp.get(name, 0) + tp
        self.n_pred[name] = self.n_pred.get(name, 0) + n_pred
        self.n_gold[name] = self.n_gold.get(name, 0) + n_gold

    def add_acc(self, name: str, value: float) -> None:
        self.correct[name] = self.correct.get(name, 0.0) + float(value)
        self.total[name] = self.total.get(name, 0) + 1

    def add_count(self, name: str, n: int) -> None:
        self.tally[name] = self.tally.get(name, 0) + n

    def merge(self, other: Counts) -> None:
        for name, n in other.tally.items():
            self.add_count(name, n)
        for name in other.tp:
            self.add_prf(name, other.tp[name], other.n_pred[name], other.n_gold[name])
        for name in other.total:
            self.correct[name] = self.correct.get(name, 0.0) + other.correct[name]
            self.total[name] = self.total.get(name, 0) + other.total[name]

    def scores(self) -> dict[str, Any]:
        """The numbers: ``{"actors": {precision, recall, f1, tp, pred, gold}, ..., "<acc>": x}``."""
        out: dict[str, Any] = {}
        for name in self.tp:
            out[name] = {
                **prf(self.tp[name], self.n_pred[name], self.n_gold[name]),
                "tp": self.tp[name],
                "pred": self.n_pred[name],
                "gold": self.n_gold[name],
            }
        for name in self.total:
            out[name] = self.correct[name] / self.total[name] if self.total[name] else None
            out[name + "_n"] = self.total[name]
        out.update(self.tally)
        return out


STATEMENT_ACCURACIES = (
    "speaker",
    "statement_kind",
    "target_exact",
    "target_jaccard",
    "statement_cameo",
    "statement_cameo_root",
    "statement_plover",
    "mode",
)
EVENT_ACCURACIES = ("event_kind", "participant_jaccard", "date", "status", "event_cameo", "event_plover")


def statement_bonus(resolve: Resolver) -> Callable[[dict, dict], float]:
    """The matching preference among a gold statement's candidates: the speaker, then the kind,
    then the targets (one sentence may hold several statements of one speaker)."""

    def bonus(g: dict, p: dict) -> float:
        return (
            4.0 * (resolve(p.get("speaker")) == g["speaker"])
            + 2.0 * _same(p.get("kind"), g["kind"])
            + jaccard(g["targets"], resolve.many(p.get("targets")))
        )

    return bonus


def event_bonus(resolve: Resolver) -> Callable[[dict, dict], float]:
    """The matching preference among a gold event's candidates: kind, participants, date."""

    def bonus(g: dict, p: dict) -> float:
        return (
            4.0 * _same(p.get("kind"), g["kind"])
            + 2.0 * jaccard(g["participants"], resolve.many(p.get("participants")))
            + 1.0 * _same(p.get("date"), g["date"])
        )

    return bonus


def score_article(gold: dict, pred: Prediction, body: str | None = None) -> Counts:
    """Score one article's prediction (the JSON contract) against its gold annotation.

    ``body`` is the article body text the prediction's start/end offsets count in; without it only
    the evidence strings are used.
    """
    counts = Counts()
    pred = pred or {}
    pred_actors = [a for a in pred.get("actors") or [] if isinstance(a, dict)]
    match = match_actors(gold["actors"], pred_actors)
    counts.add_prf("actors", len(match.pairs), match.n_pred, match.n_gold)
    counts.add_count("actor_duplicates", duplicates(match))
    resolve = Resolver(match, gold["actors"])

    # statements
    g_st, p_st = gold["statements"], [s for s in pred.get("statements") or [] if isinstance(s, dict)]

    pairs = match_items(g_st, p_st, body, statement_bonus(resolve))
    counts.add_prf("statements", len(pairs), len(p_st), len(g_st))
    for gi, pj in pairs:
        g, p = g_st[gi], p_st[pj]
        targets = resolve.many(p.get("targets"))
        counts.add_acc("speaker", resolve(p.get("speaker")) == g["speaker"])
        counts.add_acc("statement_kind", _same(p.get("kind"), g["kind"]))
        counts.add_acc("target_exact", set(g["targets"]) == targets)
        counts.add_acc("target_jaccard", jaccard(g["targets"], targets))
        counts.add_acc("statement_cameo", _same(_code(p.get("cameo")), _code(g["cameo"])))
        counts.add_acc(
            "statement_cameo_root", _same((_code(p.get("cameo")) or "")[:2], (_code(g["cameo"]) or "")[:2])
        )
        counts.add_acc("statement_plover", _same(p.get("plover"), g["plover"]))
        counts.add_acc("mode", _same(p.get("mode"), g["mode"]))

    # events
    g_ev, p_ev = gold["events"], [e for e in pred.get("events") or [] if isinstance(e, dict)]

    pairs = match_items(g_ev, p_ev, body, event_bonus(resolve))
    counts.add_prf("events", len(pairs), len(p_ev), len(g_ev))
    for gi, pj in pairs:
        g, p = g_ev[gi], p_ev[pj]
        counts.add_acc("event_kind", _same(p.get("kind"), g["kind"]))
        counts.add_acc("participant_jaccard", jaccard(g["participants"], resolve.many(p.get("participants"))))
        counts.add_acc("date", _same(p.get("date"), g["date"]))
        counts.add_acc("status", _same(p.get("status"), g["status"]))
        counts.add_acc("event_cameo", _same(_code(p.get("cameo")), _code(g["cameo"])))
        counts.add_acc("event_plover", _same(p.get("plover"), g["plover"]))
    for name in STATEMENT_ACCURACIES + EVENT_ACCURACIES:  # keep the keys even with no matches
        counts.total.setdefault(name, 0)
        counts.correct.setdefault(name, 0.0)
    return counts


def _code(code: Any) -> str | None:
    return None if code is None or code == "" else str(code).strip()


# ---------------------------------------------------------------------------------------------
# gold, corpus and prediction sources


def split_gate(gold_set: str | Path) -> tuple[Path, str | None]:
    """A gold set is a folder, or ``FOLDER:HALF`` for one half of the tuning gate (TUNE_GATE.tsv).

    >>> split_gate("tests/gold/tune:tuneB")
    (PosixPath('tests/gold/tune'), 'tuneB')
    """
    folder, sep, half = str(gold_set).rpartition(":")
    if sep and half in GATE_HALVES:
        return Path(folder), half
    return Path(gold_set), None


def gate_files(folder: str | Path, half: str) -> set[str]:
    """The gold files of ``folder`` that TUNE_GATE.tsv puts in ``half``: the TUNE_GATE.tsv of the
    gold root ``folder`` belongs to (``folder`` itself, or its parent when ``folder`` is a half
    folder such as tests/gold/tune), whose paths count from that root."""
    folder = Path(folder)
    root = next((d for d in (folder, folder.parent) if (d / "TUNE_GATE.tsv").is_file()), None)
    if root is None:
        raise FileNotFoundError(f"no TUNE_GATE.tsv in {folder} or its parent for the gate half {half}")
    with open(root / "TUNE_GATE.tsv", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh][1:]
    inside = folder.resolve()
    return {
        Path(name).name
        for name, row_half in rows
        if row_half == half and (root / name).parent.resolve() == inside
    }


def load_gold(gold_set: str | Path) -> list[dict]:
    """All gold annotations of a set (a folder, or one gate half of one), sorted by file name."""
    folder, half = split_gate(gold_set)
    keep = gate_files(folder, half) if half else None
    paths = sorted(p for p in folder.glob("*.json") if keep is None or p.name in keep)
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def article_body(path: str | Path) -> str | None:
    """The body text an article's offsets count in (``loaders.documents``), or None if unavailable."""
    try:
        from loaders.documents import parse_article
    except ImportError:
        return None
    try:
        return parse_article(Path(path).read_text(encoding="utf-8"), str(path)).text
    except Exception:  # noqa: BLE001 - a benchmark falls back to evidence strings
        return None


def predictions_from_dir(pred_dir: str | Path) -> PredictFn:
    """A prediction source reading ``pred_dir/<article stem>.json``; a missing file is an empty
    prediction (so that it scores zero recall instead of crashing the run)."""
    pred_dir = Path(pred_dir)

    def predict(path: Path) -> Prediction:
        f = pred_dir / (Path(path).stem + ".json")
        if not f.exists():
            print(f"eval: no prediction {f}; scored as empty", file=sys.stderr)
            return {}
        return json.loads(f.read_text(encoding="utf-8"))

    return predict


def predictions_from_extractor() -> PredictFn:
    """A prediction source running the extractor: ``loaders.extract.extract_file`` if it imports,
    otherwise the command ``diplograph extract FILE --format json``."""
    extractor: Callable[[Path], Any] | None
    try:
        from loaders.extract import extract_file as extractor
    except ImportError:
        extractor = None

    def predict(path: Path) -> Prediction:
        if extractor is not None:
            result = extractor(path)
            return result.to_dict() if hasattr(result, "to_dict") else result
        proc = subprocess.run(
            ["diplograph", "extract", str(path), "--format", "json"],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"diplograph extract {path} failed: {proc.stderr.strip()[:300]}")
        return json.loads(proc.stdout)

    return predict


def text_predictor(predict: PredictFn) -> PredictTextFn:
    """Adapt a file predictor to text: write the text to a temporary ``.txt`` (plain body text, no
    header, so no date) and predict on it."""

    def predict_text(text: str) -> Prediction:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "sentence.txt"
            path.write_text(text + "\n", encoding="utf-8")
            return predict(path)

    return predict_text


def gold_as_prediction(gold: dict) -> Prediction:
    """The gold annotation rewritten in the extraction JSON contract (ids ``a0``, ``s0``, ``e0``;
    evidence = the snippet): a perfect prediction, for testing the scorer and as an example."""
    ids = {a["name"]: f"a{i}" for i, a in enumerate(gold["actors"])}
    labels = {e["label"]: f"e{i}" for i, e in enumerate(gold["events"])}
    actors = [
        {
            "id": ids[a["name"]],
            "name": a["name"],
            "kind": a["kind"],
            "aliases": list(a["aliases"]),
            "country": a["country"],
            "affiliation": ids.get(a.get("affiliation") or ""),
            "role": a.get("role"),
            "wikidata": None,
        }
        for a in gold["actors"]
    ]
    events = [
        {
            "id": labels[e["label"]],
            "kind": e["kind"],
            "cameo": e["cameo"],
            "plover": e["plover"],
            "date": e["date"],
            "status": e["status"],
            "participants": [{"actor": ids[n], "role": "participant"} for n in e["participants"]],
            "place": e["place"],
            "quantities": {},
            "evidence": e["snippet"],
        }
        for e in gold["events"]
    ]
    statements = [
        {
            "id": f"s{i}",
            "speaker": ids[s["speaker"]],
            "kind": s["kind"],
            "cameo": s["cameo"],
            "plover": s["plover"],
            "mode": s["mode"],
            "cue": None,
            "text": s["snippet"],
            "targets": [ids[t] for t in s["targets"]],
            "event": labels.get(s.get("event") or ""),
            "evidence": s["snippet"],
        }
        for i, s in enumerate(gold["statements"])
    ]
    return {
        "article": {
            "id": gold["file"],
            "title": None,
            "published": gold["published"],
            "url": None,
            "outlet": None,
        },
        "actors": actors,
        "events": events,
        "statements": statements,
    }


def evaluate(gold_dir: str | Path, corpus_dir: str | Path, predict: PredictFn) -> dict[str, Any]:
    """Score every gold file: ``{"articles": {file: scores}, "micro": scores}``.

    ``predict(path)`` returns the JSON contract for the corpus file at ``path``.
    A prediction that raises is reported on stderr and scored as empty; the file names are listed
    under ``"errors"``.
    """
    corpus_dir = Path(corpus_dir)
    total = Counts()
    per_article: dict[str, Any] = {}
    errors: list[str] = []
    for gold in load_gold(gold_dir):
        path = corpus_dir / gold["file"]
        if not path.exists() and (REPO_ROOT / gold["file"]).exists():  # texts the project wrote
            path = REPO_ROOT / gold["file"]
        body = article_body(path) if path.exists() else None
        try:
            pred = predict(path)
        except Exception as exc:  # noqa: BLE001 - one failing article must not hide the others
            print(f"eval: {path}: prediction failed ({type(exc).__name__}: {exc})", file=sys.stderr)
            errors.append(gold["file"])
            pred = {}
        counts = score_article(gold, pred, body)
        per_article[gold["file"]] = counts.scores()
        total.merge(counts)
    return {"articles": per_article, "micro": total.scores(), "errors": errors}


# ---------------------------------------------------------------------------------------------
# error listing (for the tuning half only: the check half is scored, never read)


def _pred_name(pred_actors: list[dict], ref: Any) -> str:
    ref = ref.get("actor") if isinstance(ref, dict) else ref
    for i, a in enumerate(pred_actors):
        if _actor_id(a, i) == str(ref):
            return str(a.get("name"))
    return str(ref)


def article_errors(gold: dict, pred: Prediction, body: str | None = None) -> list[str]:
    """What one article's prediction gets wrong, one line each, for reading against the text.

    Uses the same matching as :func:`score_article`: missed and spurious actors, duplicate nodes,
    missed and spurious statements and events, and the matched ones whose speaker, kind, targets,
    or participants differ.
    """
    pred_actors = [a for a in pred.get("actors") or [] if isinstance(a, dict)]
    match = match_actors(gold["actors"], pred_actors)
    resolve = Resolver(match, gold["actors"])
    p_st = [s for s in pred.get("statements") or [] if isinstance(s, dict)]
    p_ev = [e for e in pred.get("events") or [] if isinstance(e, dict)]
    return (
        _actor_errors(gold["actors"], pred_actors, match)
        + _statement_errors(gold["statements"], p_st, pred_actors, resolve, body)
        + _event_errors(gold["events"], p_ev, resolve, body)
    )


def _unmatched(n: int, matched: Iterable[int]) -> list[int]:
    """The indices below ``n`` that no pair holds, in order."""
    return sorted(set(range(n)) - set(matched))


def _gold_names(resolve: Resolver, refs: Iterable[Any] | None) -> list[str]:
    """Predicted actor references as the gold names they resolve to, sorted for comparison with
    the gold lists."""
    return sorted(resolve.many(refs))


def _actor_errors(gold_actors: list[dict], pred_actors: list[dict], match: ActorMatch) -> list[str]:
    """Gold actors no predicted actor matched, and predicted actors left out of the one-to-one
    matching: a duplicate node when its names still match a gold actor, else spurious."""
    paired_gold = {g for g, _ in match.pairs}
    paired_pred = {p for _, p in match.pairs}
    out = [f"actor missed: {a['name']} ({a['kind']})" for a in gold_actors if a["name"] not in paired_gold]
    for i, a in enumerate(pred_actors):
        pid = _actor_id(a, i)
        if pid not in paired_pred:
            gold_name = match.id_to_gold.get(pid, "?")
            what = "duplicate of " + gold_name if not gold_name.startswith("?") else "spurious"
            out.append(f"actor {what}: {a.get('name')} ({a.get('kind')})")
    return out


def _statement_errors(
    g_st: list[dict], p_st: list[dict], pred_actors: list[dict], resolve: Resolver, body: str | None
) -> list[str]:
    """Missed and spurious statements, then the matched ones that differ (the matching of
    :func:`score_article`, so that the listed errors are the scored ones)."""
    out: list[str] = []
    pairs = match_items(g_st, p_st, body, statement_bonus(resolve))
    for gi in _unmatched(len(g_st), (g for g, _ in pairs)):
        g = g_st[gi]
        out.append(f"statement missed: {g['speaker']} {g['kind']} -> {g['targets']}: {g['snippet']!r}")
    for pj in _unmatched(len(p_st), (p for _, p in pairs)):
        p = p_st[pj]
        who = _pred_name(pred_actors, p.get("speaker"))
        out.append(f"statement spurious: {who} {p.get('kind')}: {normalise_text(p.get('evidence'))[:160]!r}")
    for gi, pj in pairs:
        wrong = _statement_differences(g_st[gi], p_st[pj], pred_actors, resolve)
        if wrong:
            out.append(f"statement wrong: {'; '.join(wrong)}: {g_st[gi]['snippet']!r}")
    return out


def _statement_differences(g: dict, p: dict, pred_actors: list[dict], resolve: Resolver) -> list[str]:
    """How a matched statement differs from its gold one: speaker, kind, targets."""
    wrong = []
    if resolve(p.get("speaker")) != g["speaker"]:
        wrong.append(f"speaker {_pred_name(pred_actors, p.get('speaker'))!r} not {g['speaker']!r}")
    if not _same(p.get("kind"), g["kind"]):
        wrong.append(f"kind {p.get('kind')} not {g['kind']}")
    if set(g["targets"]) != resolve.many(p.get("targets")):
        wrong.append(f"targets {_gold_names(resolve, p.get('targets'))} not {sorted(g['targets'])}")
    return wrong


def _event_errors(g_ev: list[dict], p_ev: list[dict], resolve: Resolver, body: str | None) -> list[str]:
    """Missed and spurious events, then the matched ones that differ (the matching of
    :func:`score_article`)."""
    out: list[str] = []
    pairs = match_items(g_ev, p_ev, body, event_bonus(resolve))
    for gi in _unmatched(len(g_ev), (g for g, _ in pairs)):
        g = g_ev[gi]
        out.append(f"event missed: {g['kind']} {g['participants']}: {g['snippet']!r}")
    for pj in _unmatched(len(p_ev), (p for _, p in pairs)):
        p = p_ev[pj]
        out.append(
            f"event spurious: {p.get('kind')} {_gold_names(resolve, p.get('participants'))}: "
            f"{normalise_text(p.get('evidence'))[:160]!r}"
        )
    for gi, pj in pairs:
        wrong = _event_differences(g_ev[gi], p_ev[pj], resolve)
        if wrong:
            out.append(f"event wrong: {'; '.join(wrong)}: {g_ev[gi]['snippet']!r}")
    return out


def _event_differences(g: dict, p: dict, resolve: Resolver) -> list[str]:
    """How a matched event differs from its gold one: kind, participants."""
    wrong = []
    if not _same(p.get("kind"), g["kind"]):
        wrong.append(f"kind {p.get('kind')} not {g['kind']}")
    if set(g["participants"]) != resolve.many(p.get("participants")):
        wrong.append(
            f"participants {_gold_names(resolve, p.get('participants'))} not {sorted(g['participants'])}"
        )
    return wrong


def list_errors(gold_dir: str | Path, corpus_dir: str | Path, predict: PredictFn) -> str:
    """Every gold file's errors under its name; refuses the sets that are only scored."""
    folder, half = split_gate(gold_dir)
    if (half or folder.resolve().name) in SCORED_ONLY:
        raise RuntimeError(f"{gold_dir}: this set is scored only; its errors are not listed")
    blocks = []
    for gold in load_gold(gold_dir):
        path = Path(corpus_dir) / gold["file"]
        if not path.exists() and (REPO_ROOT / gold["file"]).exists():
            path = REPO_ROOT / gold["file"]
        body = article_body(path) if path.exists() else None
        lines = article_errors(gold, predict(path), body)
        blocks.append("\n".join([gold["file"]] + ["  " + line for line in lines]))
    return "\n".join(blocks)


# ---------------------------------------------------------------------------------------------
# PLOVER gold sentences

# CAMEO-era country codes in the PLOVER records that differ from ISO 3166-1 alpha-3
LEGACY_CODES = {"ITL": "ITA", "VTN": "VNM", "JAP": "JPN"}
NON_STATE_CODES = {"IGO", "NGO", "IMG", "ISM", "MNC", "UNK", ""}


def iso3(code: str | None) -> str | None:
    """ISO3 of a PLOVER record's actor code, or None for non-state codes (IGO, NGO...).

    >>> iso3("ITL"), iso3("IGO"), iso3("usa")
    ('ITA', None, 'USA')
    """
    code = (code or "").strip().upper()
    code = LEGACY_CODES.get(code, code)
    return None if code in NON_STATE_CODES or len(code) != 3 else code


def load_plover(path: str | Path) -> list[dict]:
    """The PLOVER gold sentences, one JSON object a line."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _actor_country(actor_id: Any, actors: dict[str, dict]) -> str | None:
    if isinstance(actor_id, dict):
        actor_id = actor_id.get("actor")
    actor = actors.get(str(actor_id)) if actor_id is not None else None
    if not actor:
        return None
    if actor.get("country"):
        return str(actor["country"]).upper()
    aff = actors.get(str(actor.get("affiliation")))
    return str(aff["country"]).upper() if aff and aff.get("country") else None


def prediction_sources(pred: Prediction) -> list[tuple[str | None, str | None]]:
    """(PLOVER type, source country) of every predicted statement (speaker) and event (first
    participant); a Person's country falls back to that of the actor it is affiliated with."""
    actors = {str(a.get("id")): a for a in pred.get("actors") or [] if isinstance(a, dict)}
    out = []
    for s in pred.get("statements") or []:
        out.append((s.get("plover"), _actor_country(s.get("speaker"), actors)))
    for e in pred.get("events") or []:
        parts = e.get("participants") or []
        out.append((e.get("plover"), _actor_country(parts[0], actors) if parts else None))
    return out


def score_plover(records: list[dict], predict_text: PredictTextFn) -> dict[str, Any]:
    """PLOVER benchmark: for each gold sentence, extract it as a one-sentence article with no date.

    * ``type_found``: share of sentences where some predicted statement or event has the gold type
      (``event_plover_current``);
    * ``source_country_typed``: share (over sentences with a state-coded gold source) where a gold
      source's ISO3 equals the country of the speaker / first participant of a prediction of the
      gold type; ``source_country_any``: the same over any prediction;
    * ``by_type``: ``type_found`` per gold type, and ``predicted_types`` how often each type was
      predicted at all.
    """
    n = found = n_src = src_typed = src_any = errors = 0
    by_type: dict[str, list[int]] = {}
    predicted: dict[str, int] = {}
    for rec in records:
        gold_type = str(rec.get("event_plover_current"))
        sources = {c for c in (iso3(s.get("code")) for s in rec.get("source") or []) if c}
        try:
            pred = predict_text(rec["text"]) or {}
        except Exception as exc:  # noqa: BLE001 - count as no prediction, keep going
            print(f"eval: {rec.get('id')}: prediction failed ({type(exc).__name__}: {exc})", file=sys.stderr)
            errors += 1
            pred = {}
        pairs = prediction_sources(pred)
        n += 1
        hit = any(t == gold_type for t, _ in pairs)
        found += hit
        by_type.setdefault(gold_type, [0, 0])
        by_type[gold_type][0] += hit
        by_type[gold_type][1] += 1
        for t in {t for t, _ in pairs}:
            predicted[str(t)] = predicted.get(str(t), 0) + 1
        if sources:
            n_src += 1
            src_typed += any(t == gold_type and c in sources for t, c in pairs)
            src_any += any(c in sources for _, c in pairs)
    return {
        "sentences": n,
        "errors": errors,
        "type_found": found / n if n else None,
        "sentences_with_state_source": n_src,
        "source_country_typed": src_typed / n_src if n_src else None,
        "source_country_any": src_any / n_src if n_src else None,
        "by_type": {t: {"found": h, "n": m, "rate": h / m} for t, (h, m) in sorted(by_type.items())},
        "predicted_types": dict(sorted(predicted.items())),
    }


# ---------------------------------------------------------------------------------------------
# reporting and CLI


def _fmt(x: Any) -> str:
    return "  -  " if x is None else f"{x:5.3f}"


def format_report(result: dict[str, Any], micro_only: bool = False) -> str:
    """A plain-text table of :func:`evaluate`'s result, one block per article and the micro average."""
    lines = []
    articles = [] if micro_only else list(result["articles"].items())
    blocks = articles + [("MICRO-AVERAGE (all articles)", result["micro"])]
    if result.get("errors"):
        lines.append("prediction failed (scored as empty): " + ", ".join(result["errors"]))
    for name, s in blocks:
        lines.append(name)
        if "actors" not in s:
            lines.append("  (no gold files)")
            continue
        for part in ("actors", "statements", "events"):
            v = s[part]
            dup = f", duplicates {s.get('actor_duplicates', 0)}" if part == "actors" else ""
            lines.append(
                f"  {part:<11} P {_fmt(v['precision'])}  R {_fmt(v['recall'])}  "
                f"F1 {_fmt(v['f1'])}   (tp {v['tp']}, pred {v['pred']}, gold {v['gold']}{dup})"
            )
        lines.append(
            "  over matched statements (n=%d): speaker %s  kind %s  targets exact %s  "
            "targets Jaccard %s  CAMEO %s  CAMEO root %s  PLOVER %s  mode %s"
            % (s["speaker_n"], *(_fmt(s[k]) for k in STATEMENT_ACCURACIES))
        )
        lines.append(
            "  over matched events (n=%d): kind %s  participants Jaccard %s  date %s  "
            "status %s  CAMEO %s  PLOVER %s" % (s["event_kind_n"], *(_fmt(s[k]) for k in EVENT_ACCURACIES))
        )
    return "\n".join(lines)


def format_plover_report(result: dict[str, Any]) -> str:
    """A plain-text summary of :func:`score_plover`'s result."""
    lines = [
        f"PLOVER gold sentences: {result['sentences']} (prediction failed: {result['errors']})",
        f"  PLOVER type found:                 {_fmt(result['type_found'])}",
        f"  source country (prediction of gold type): {_fmt(result['source_country_typed'])}"
        f"   (over {result['sentences_with_state_source']} sentences with a state source)",
        f"  source country (any prediction):   {_fmt(result['source_country_any'])}",
        "  by gold type: " + ", ".join(f"{t} {v['found']}/{v['n']}" for t, v in result["by_type"].items()),
        "  predicted types (sentences): "
        + ", ".join(f"{t} {c}" for t, c in result["predicted_types"].items()),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """The command line (also what ``diplograph eval`` can call). Returns the exit code."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--gold",
        action="append",
        help="gold folder (or FOLDER:tuneA / FOLDER:tuneB, a half of TUNE_GATE.tsv), repeatable; "
        "default: the seed set (tests/gold), the tuning half (tests/gold/tune) and the check half "
        "(tests/gold/check), each scored on its own",
    )
    ap.add_argument(
        "--gate",
        action="store_true",
        help="score the tuning half as its two gate halves (tuneA read, tuneB only scored)",
    )
    ap.add_argument(
        "--corpus",
        default=str(REPO_ROOT.parent / "shared" / "corpus"),
        help="corpus folder holding the articles (and plover/)",
    )
    ap.add_argument("--pred", help="folder of predictions <FILE>.json; default: run the extractor")
    ap.add_argument(
        "--plover", action="store_true", help="score the PLOVER gold sentences instead of the articles"
    )
    ap.add_argument("--plover-file", help="PLOVER JSON Lines (default CORPUS/plover/plover_gsr_dev.jsonl)")
    ap.add_argument(
        "--pred-plover",
        help="JSON Lines of predictions for the PLOVER sentences, "
        "one contract document a line, in input order",
    )
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    ap.add_argument(
        "--errors",
        action="store_true",
        help="list each article's errors instead of scores (refused for check and tuneB)",
    )
    ap.add_argument("--micro", action="store_true", help="print only the micro averages, no article")
    args = ap.parse_args(argv)
    try:
        if args.plover:
            path = Path(args.plover_file or Path(args.corpus) / "plover" / "plover_gsr_dev.jsonl")
            records = load_plover(path)
            if args.pred_plover:
                with open(args.pred_plover, encoding="utf-8") as fh:
                    preds = [json.loads(x) for x in fh if x.strip()]
                by_text = {r["text"]: p for r, p in zip(records, preds)}
                predict_text = lambda text: by_text.get(text, {})  # noqa: E731
            else:
                predict_text = text_predictor(predictions_from_extractor())
            result = score_plover(records, predict_text)
            print(json.dumps(result, indent=2) if args.json else format_plover_report(result))
            return 0
        folders = args.gold or [str(GOLD / name) for name in (GATE_SETS if args.gate else DEFAULT_SETS)]
        for folder in folders:
            if not split_gate(folder)[0].is_dir():
                print(f"eval: no gold folder {folder}", file=sys.stderr)
                return 2
        predict = predictions_from_dir(args.pred) if args.pred else predictions_from_extractor()
        if args.errors:
            print("\n".join(list_errors(folder, args.corpus, predict) for folder in folders))
            return 0
        results = {folder: evaluate(folder, args.corpus, predict) for folder in folders}
    except (OSError, RuntimeError, json.JSONDecodeError) as exc:
        print(f"eval: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(results if len(results) > 1 else next(iter(results.values())), indent=2))
    else:
        print(
            "\n\n".join(
                f"== {folder}\n{format_report(result, args.micro)}" for folder, result in results.items()
            )
        )
    return 1 if any(result["errors"] for result in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
