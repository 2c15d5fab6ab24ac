"""The statement-kind classifier experiment (benchmarks/kind_classifier_cv.py) learns from its rows."""

from __future__ import annotations

from benchmarks.kind_classifier_cv import features, fit, predict


def _row(kind: str, cue: str, gold: str, text: str = "the talks") -> dict:
    return {"kind": kind, "cue": cue, "mode": "indirect", "gold": gold, "text": text}


def test_features_hold_the_rule_kind_the_cue_and_optionally_the_words() -> None:
    row = _row("Report", "Said", "Report", "Troops will leave")
    assert features(row, words=False) == ["rule=Report", "cue=said", "mode=indirect"]
    assert {"w=troops", "w=will", "w=leave"} <= set(features(row, words=True))


def test_the_classifier_learns_a_correction_the_rules_miss() -> None:
    rows = [_row("Report", "warned", "Warning") for _ in range(6)] + [
        _row("Report", "said", "Report") for _ in range(6)
    ]
    kinds = ["Report", "Warning"]
    model = fit(rows, kinds, words=False, l2=0.1)
    assert predict(model, _row("Report", "warned", "?"), kinds, words=False) == "Warning"
    assert predict(model, _row("Report", "said", "?"), kinds, words=False) == "Report"
