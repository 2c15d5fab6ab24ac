"""The gold annotations stay usable: every snippet is verbatim and unique in its article, every
name an item refers to is an actor of the same file, and the tuning and check halves match
tests/gold/SPLIT.tsv (a file never moves between halves after tuning started)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.gold.validate import CORPUS, problems

GOLD = Path(__file__).resolve().parent / "gold"
FILES = sorted(GOLD.rglob("*.json"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem[:40])
def test_gold_file_is_consistent_with_its_article(path):
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    assert problems(path) == []


def _project_written(path: Path) -> bool:
    """A gold file of a text the project wrote itself (tests/texts/...), not a corpus article."""
    return json.loads(path.read_text(encoding="utf-8"))["file"].startswith("tests/texts/")


def test_the_halves_follow_the_split():
    with open(GOLD / "SPLIT.tsv", encoding="utf-8") as fh:
        split = {row["file"]: row["half"] for row in csv.DictReader(fh, delimiter="\t")}
    for half in ("tune", "check"):
        for path in (GOLD / half).glob("*.json"):
            if _project_written(path):
                continue
            source, stem = path.stem.split("__", 1)
            assert split[f"open/{source}/{stem}.txt"] == half, path.name


def test_every_project_written_tuning_file_is_in_the_tuning_gate():
    """A project-written gold file must be in TUNE_GATE.tsv (tuneA or tuneB) or be a check wire
    file: one left out would be scored by no gate half and read by no one."""
    with open(GOLD / "TUNE_GATE.tsv", encoding="utf-8") as fh:
        gate = {row["file"]: row["gate_half"] for row in csv.DictReader(fh, delimiter="\t")}
    for path in sorted(GOLD.rglob("*.json")):
        if not _project_written(path):
            continue
        rel = path.relative_to(GOLD).as_posix()
        if rel.startswith("check/"):
            assert path.name.startswith("wire__"), rel
            continue
        if rel.startswith("second/"):  # a second annotation: of a tuneA file only (agreement study)
            assert gate.get(f"tune/{path.name}") == "tuneA", rel
            continue
        assert gate.get(rel) in ("tuneA", "tuneB"), rel
