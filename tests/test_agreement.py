"""The agreement benchmark scores a second annotation with the extractor's scorer."""

from __future__ import annotations

import doctest
import json
import shutil
from pathlib import Path

import pytest

from benchmarks import agreement
from tests.helpers import CORPUS

SEED = Path(__file__).resolve().parent / "gold" / "01_kremlin_putin_biden_phone_call.json"


def test_docstring_examples_hold() -> None:
    assert doctest.testmod(agreement).failed == 0


def test_evidence_is_widened_to_the_sentence() -> None:
    body = "The talks ended. Officials said the ministers agreed to meet again. Nothing else."
    second: dict = {
        "file": "x.txt",
        "published": None,
        "actors": [{"name": "Officials", "kind": "Group", "aliases": [], "country": None}],
        "statements": [
            {
                "speaker": "Officials",
                "kind": "Report",
                "cameo": None,
                "plover": None,
                "mode": "indirect",
                "targets": [],
                "snippet": "agreed to meet",
            }
        ],
        "events": [],
    }
    pred = agreement.second_as_prediction(second, body)
    assert pred["statements"][0]["evidence"] == "Officials said the ministers agreed to meet again."


def _scores(tmp_path: Path, second: dict) -> dict:
    first_dir, second_dir = tmp_path / "first", tmp_path / "second"
    first_dir.mkdir(parents=True)
    second_dir.mkdir()
    shutil.copy(SEED, first_dir / SEED.name)
    (second_dir / SEED.name).write_text(json.dumps(second), encoding="utf-8")
    return agreement.agreement(second_dir, first_dir, Path(CORPUS), extractor=False)["second annotator"]


def test_an_identical_second_annotation_agrees_fully_and_a_thinner_one_less(tmp_path) -> None:
    if not Path(CORPUS).is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    same = _scores(tmp_path / "a", gold)
    assert same["statements"]["f1"] == same["events"]["f1"] == same["actors"]["f1"] == 1.0
    thinner = dict(gold, statements=gold["statements"][: len(gold["statements"]) // 2])
    half = _scores(tmp_path / "b", thinner)
    assert half["statements"]["precision"] == 1.0 and half["statements"]["recall"] < 0.6


def test_the_check_half_is_never_read() -> None:
    with pytest.raises(SystemExit, match="check half"):
        agreement.main(["--first", "tests/gold/check"])


def test_a_text_the_project_wrote_is_found_under_the_repository(tmp_path, monkeypatch) -> None:
    """A first gold whose "file" counts from the repository (tests/texts/...), not from the corpus,
    still gives the scorer its body, so a second snippet shorter than the first's pairs."""
    monkeypatch.setattr(agreement, "REPO_ROOT", tmp_path)
    text = tmp_path / "tests" / "texts" / "w99.txt"
    text.parent.mkdir(parents=True)
    body = "Minister Ardan Velk said on Monday that the border crossing at Korvi would reopen next week."
    text.write_text(f"# Crossing to reopen\n\nMay 4, 2026\n\n{body}\n", encoding="utf-8")
    actor: dict = {"name": "Ardan Velk", "kind": "Person", "aliases": [], "country": None}
    item: dict = {"speaker": "Ardan Velk", "kind": "Announcement", "cameo": "010", "plover": None}
    item |= {"mode": "indirect", "targets": [], "event": None}
    first: dict = {"file": "tests/texts/w99.txt", "published": "2026-05-04", "actors": [actor], "events": []}
    first["statements"] = [dict(item, snippet="the border crossing at Korvi would reopen next week")]
    second = dict(first, statements=[dict(item, snippet="would reopen next week")])
    first_dir, second_dir = tmp_path / "first", tmp_path / "second"
    first_dir.mkdir()
    second_dir.mkdir()
    (first_dir / "w99.json").write_text(json.dumps(first), encoding="utf-8")
    (second_dir / "w99.json").write_text(json.dumps(second), encoding="utf-8")
    assert agreement.article_path(tmp_path / "corpus", first["file"]) == text
    scores = agreement.agreement(second_dir, first_dir, tmp_path / "corpus", extractor=False)
    assert scores["second annotator"]["statements"]["f1"] == 1.0


def test_differences_name_what_only_one_annotation_has(tmp_path) -> None:
    if not Path(CORPUS).is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    first_dir, second_dir = tmp_path / "first", tmp_path / "second"
    first_dir.mkdir()
    second_dir.mkdir()
    shutil.copy(SEED, first_dir / SEED.name)
    dropped = gold["statements"][0]
    thinner = dict(gold, statements=gold["statements"][1:])
    (second_dir / SEED.name).write_text(json.dumps(thinner), encoding="utf-8")
    lines = agreement.differences(second_dir, first_dir, Path(CORPUS))
    assert lines[0] == f"## {SEED.stem}"
    assert any(line.startswith("- statement first only:") and dropped["snippet"] in line for line in lines)
    assert not any("missed" in line or "spurious" in line for line in lines)
