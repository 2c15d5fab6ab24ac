"""The gold annotations stay usable: every snippet is verbatim and unique in its article, every
name an item refers to is an actor of the same file, and the tuning and check halves match
tests/gold/SPLIT.tsv (a file never moves between halves after tuning started)."""

from __future__ import annotations

import csv
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


def test_the_halves_follow_the_split():
    with open(GOLD / "SPLIT.tsv", encoding="utf-8") as fh:
        split = {row["file"]: row["half"] for row in csv.DictReader(fh, delimiter="\t")}
    for half in ("tune", "check"):
        for path in (GOLD / half).glob("*.json"):
            if path.name.startswith("wire__"):
                continue
            source, stem = path.stem.split("__", 1)
            assert split[f"open/{source}/{stem}.txt"] == half, path.name
