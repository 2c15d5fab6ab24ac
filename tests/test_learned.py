"""The shared pieces of the learned components: the runtime model and the training regression."""

from __future__ import annotations

import doctest
import json

import pytest

from benchmarks import learn
from loaders.extract import learned
from loaders.extract.learned import LinearModel


def test_training_docstring_example_holds() -> None:
    assert doctest.testmod(learn).failed == 0  # pytest collects loaders' doctests, not benchmarks'


def test_threshold_zero_keeps_everything() -> None:
    off = LinearModel(weights={"x": -30.0}, bias=0.0, threshold=0.0)
    on = LinearModel(weights={"x": -30.0}, bias=0.0, threshold=0.5)
    assert off.keeps(["x"]) and not off.active
    assert not on.keeps(["x"]) and on.keeps(["y"])


def test_missing_model_file_means_no_component(tmp_path) -> None:
    assert learned.load(str(tmp_path / "absent.json")) is None


def test_model_file_round_trips(tmp_path) -> None:
    rows, labels = [["a", "c"], ["a"], ["b"], ["b", "c"]], [True, True, False, False]
    text = learn.model_json(*learn.fit(rows, labels, l2=0.3), 0.4, {"trained_on": ["x"]})
    assert text == learn.model_json(*learn.fit(rows, labels, l2=0.3), 0.4, {"trained_on": ["x"]})
    path = tmp_path / "m.json"
    path.write_text(text, encoding="utf-8")
    model = learned.load(str(path))
    assert model is not None and model.threshold == 0.4
    assert model.probability(["a"]) > 0.5 > model.probability(["b"])
    assert json.loads(text)["meta"] == {"trained_on": ["x"]}


def test_rare_features_get_no_weight() -> None:
    weights, _ = learn.fit([["a", "rare"], ["a"], ["b"], ["b"]], [True, True, False, False], l2=0.3)
    assert "rare" not in weights and "a" in weights


@pytest.mark.parametrize("folder", ["tests/gold/check", "tests/gold/check:tuneA", "/x/gold/check"])
def test_the_check_half_is_refused(folder) -> None:
    with pytest.raises(SystemExit, match="never trained on"):
        learn.refuse_check(["tests/gold", folder])
