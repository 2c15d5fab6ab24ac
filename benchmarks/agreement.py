"""How far two annotators agree: a second, independent annotation scored against the gold.

    python -m benchmarks.agreement [--second tests/gold/second] [--first tests/gold/tune]
        [--corpus ../shared/corpus] [--extractor] [--differences]

The targets of issues 10 and 11 are only fair if careful people reach them. A second annotator,
who never saw the first annotation nor the extractor's output, annotates some gold articles again
(``tests/gold/second/``, same file names); this scores that annotation with the extractor's own
scorer, taking the first gold as the reference, so the figures read like the extractor's.
``--extractor`` adds the extractor's scores on the same articles for comparison.
``--differences`` lists, per article, where the two annotations differ (read only after the second
annotation is final: the first gold is then in view).

A second annotator's snippet is often a shorter or longer clause than the first's; the scorer pairs
items when the reference snippet lies in the prediction's evidence, so each second item's evidence
is widened to its sentence, as the extractor's is.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks import eval as ev_eval  # noqa: E402
from benchmarks.learn import refuse_check  # noqa: E402

# A sentence ends at . ! ? (and a closing quote), not after an initial such as the S of "U.S.".
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)[\"”’)]?\s+|\n+")


def sentence_around(body: str, snippet: str) -> tuple[int, int] | None:
    """The (start, end) of the sentence(s) holding ``snippet`` in ``body``, or None if absent.

    >>> body = 'A said hi. B said "no way." C left.'
    >>> body[slice(*sentence_around(body, "no way"))]
    'B said "no way."'
    >>> body = "The U.S. agreed. The U.N. did not."
    >>> body[slice(*sentence_around(body, "agreed"))]
    'The U.S. agreed.'
    """
    at = body.find(snippet)
    if at < 0:
        return None
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(body)]
    start = max(s for s in starts if s <= at)
    ends = [m.end() for m in SENTENCE_END.finditer(body)] + [len(body)]
    end = min(e for e in ends if e >= at + len(snippet))
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def second_as_prediction(second: dict, body: str | None) -> dict:
    """The second annotation in the extraction JSON contract, evidence widened to the sentence."""
    pred = ev_eval.gold_as_prediction(second)
    if not body:
        return pred
    for part in ("statements", "events"):
        for item, src in zip(pred[part], second[part]):
            span = sentence_around(body, src["snippet"])
            if span is not None:
                item["evidence"] = body[span[0] : span[1]]
                item["start"], item["end"] = span
    return pred


def article_path(corpus: Path, file: str) -> Path:
    """Where an article's text is: under the corpus, or, for the texts the project wrote
    (``tests/texts/...``, as eval.py resolves them), under the repository.

    >>> article_path(Path("/nowhere"), "tests/texts/wire/w01_libya-oil-blockade.txt") == (
    ...     REPO_ROOT / "tests/texts/wire/w01_libya-oil-blockade.txt")
    True
    """
    path = corpus / file
    if not path.exists() and (REPO_ROOT / file).exists():
        return REPO_ROOT / file
    return path


def agreement(second_dir: Path, first_dir: Path, corpus: Path, extractor: bool) -> dict[str, dict]:
    """Micro scores of the second annotation (and the extractor) against the first gold."""
    totals = {"second annotator": ev_eval.Counts()}
    predict = ev_eval.predictions_from_extractor() if extractor else None
    if predict is not None:
        totals["extractor"] = ev_eval.Counts()
    for second_path in sorted(second_dir.glob("*.json")):
        first_path = first_dir / second_path.name
        if not first_path.exists():
            raise SystemExit(f"{second_path}: no first annotation {first_path}")
        first = json.loads(first_path.read_text(encoding="utf-8"))
        second = json.loads(second_path.read_text(encoding="utf-8"))
        article = article_path(corpus, first["file"])
        body = ev_eval.article_body(article) if article.exists() else None
        totals["second annotator"].merge(
            ev_eval.score_article(first, second_as_prediction(second, body), body)
        )
        if predict is not None:
            totals["extractor"].merge(ev_eval.score_article(first, predict(article), body))
    return {name: counts.scores() for name, counts in totals.items()}


def differences(second_dir: Path, first_dir: Path, corpus: Path) -> list[str]:
    """Per article, the items on which the two annotations differ, in eval.py's error words made
    neutral: "first only" (the gold has it, the second annotation not), "second only", "differ"."""
    out: list[str] = []
    for second_path in sorted(second_dir.glob("*.json")):
        first = json.loads((first_dir / second_path.name).read_text(encoding="utf-8"))
        second = json.loads(second_path.read_text(encoding="utf-8"))
        body = ev_eval.article_body(article_path(corpus, first["file"]))
        out.append(f"## {second_path.stem}")
        for line in ev_eval.article_errors(first, second_as_prediction(second, body), body):
            out.append("- " + neutral(line))
    return out


NEUTRAL = (
    (" missed:", " first only:"),
    (" spurious:", " second only:"),
    (" duplicate of ", " second only, same names as "),
    (" wrong:", " differ (second / first):"),
)


def neutral(line: str) -> str:
    """An eval.py error line in the words of two annotators.

    >>> neutral("statement missed: A Report -> []: 'x'")
    "statement first only: A Report -> []: 'x'"
    """
    for word, plain in NEUTRAL:
        line = line.replace(word, plain, 1)
    return line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--second", default=str(REPO_ROOT / "tests" / "gold" / "second"))
    ap.add_argument("--first", default=str(REPO_ROOT / "tests" / "gold" / "tune"))
    ap.add_argument("--corpus", default=str(REPO_ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--extractor", action="store_true", help="also score the extractor on the same files")
    ap.add_argument("--differences", action="store_true", help="list where the annotations differ")
    args = ap.parse_args(argv)
    refuse_check([args.first, args.second])
    if args.differences:
        print("\n".join(differences(Path(args.second), Path(args.first), Path(args.corpus))))
        return 0
    result = agreement(Path(args.second), Path(args.first), Path(args.corpus), args.extractor)
    for name, scores in result.items():
        print(
            ev_eval.format_report({"articles": {}, "micro": scores}, micro_only=True).replace(
                "MICRO-AVERAGE (all articles)", f"== {name}"
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
