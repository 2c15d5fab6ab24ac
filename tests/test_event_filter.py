"""The learned event keep/drop filter: its features, its model file, its training and its stage."""

from __future__ import annotations

import json
from typing import Any
from unittest import mock

import pytest

from benchmarks import train_event_filter as tr
from loaders.documents import Document
from loaders.extract import extractor as ex
from loaders.extract.event_filter import candidate_features, keep_events, load_model
from loaders.extract.learned import LinearModel


def _candidates(text: str) -> tuple[list, Any]:
    """The article's event candidates (filter off) and its discourse state."""
    seen: list[tuple[list, Any]] = []

    def record(events: list, dis: Any) -> list:
        seen.append((list(events), dis))
        return events

    with mock.patch.object(ex, "keep_events", record):
        ex.extract(Document(text=text, title=None, published="2024-03-04", doc_id="t"))
    return seen[-1]


def _features(text: str, lemma: str) -> list[str]:
    """The features of the first candidate triggered by ``lemma``."""
    events, dis = _candidates(text)
    i = next(i for i, e in enumerate(events) if e.trigger.lemma_.lower() == lemma)
    return candidate_features(events[i], events[:i], dis)


@pytest.mark.parametrize(
    ("text", "lemma", "present", "absent"),
    [
        (
            "President Macron held talks with Chancellor Scholz in Berlin on Monday.",
            "talk",
            {"lemma=talk", "pos=NOUN", "plural", "parts=2", "earlier_same_kind=0", "sent=0", "date"},
            {"quote", "negated", "under_cue"},
        ),
        (
            "France will not attack Germany, the minister said on Tuesday.",
            "attack",
            {"pos=VERB", "negated", "modal=planned", "under_cue"},
            {"plural", "quote"},
        ),
        (
            "Russia could launch strikes on Ukraine, the minister warned on Tuesday.",
            "strike",
            {"pos=NOUN", "plural", "modal=hypothetical"},
            {"negated", "modal=planned"},
        ),
        (
            "Russian forces shelled Kharkiv on Monday and attacked Sumy with drones.",
            "attack",
            {"pos=VERB", "same_sentence_as_earlier", "date"},
            {"negated", "plural"},
        ),
        (
            'The minister said: "Russia bombed the power station in Kharkiv last night."',
            "bomb",
            {"quote", "pos=VERB"},
            {"negated", "plural"},
        ),
    ],
)
def test_candidate_features(text: str, lemma: str, present: set[str], absent: set[str]) -> None:
    feats = set(_features(text, lemma))
    assert present <= feats, present - feats
    assert not absent & feats


def test_repeated_mention_sees_the_earlier_one() -> None:
    events, dis = _candidates("President Macron held talks with Chancellor Scholz in Berlin on Monday.")
    talks = next(e for e in events if e.trigger.lemma_.lower() == "talk")
    first = candidate_features(talks, [], dis)
    again = candidate_features(talks, [talks], dis)  # as if the same talks had been read before
    assert "earlier_same_kind=0" in first and "earlier_same_lemma" not in first
    assert {"earlier_same_kind=1", "earlier_same_lemma", "earlier_same_parties"} <= set(again)


def test_model_file_loads() -> None:
    model = load_model()
    assert model is not None
    assert 0.0 <= model.threshold < 1.0  # 0: cross-validation left the filter off
    assert len(model.weights) > 10
    assert all(isinstance(v, float) for v in model.weights.values())


def test_stage_drops_what_the_weights_say() -> None:
    events, dis = _candidates("President Macron held talks with Chancellor Scholz in Berlin on Monday.")
    assert any(e.kind == "Talks" for e in events)
    drop_talks = LinearModel(weights={"kind=Talks": -10.0}, bias=2.0, threshold=0.5)
    assert not any(e.kind == "Talks" for e in keep_events(events, dis, drop_talks))
    keep_all = LinearModel(weights={}, bias=2.0, threshold=0.5)
    assert keep_events(events, dis, keep_all) == events


def _fixture() -> list[tr.Article]:
    """Hand-made candidates: calls with two parties are kept, quoted unnamed attacks dropped."""
    arts = []
    for k in range(4):
        art = tr.Article(name=f"a{k}", n_gold=3)
        art.features = [
            ["kind=PhoneCall", "parts=2", "pos=NOUN"],
            ["kind=Fighting", "parts=0", "quote", "pos=NOUN"],
            ["kind=Meeting", "parts=2", "pos=NOUN", f"odd={k % 2}"],
            ["kind=Fighting", "parts=0", "quote", "pos=VERB"],
            ["kind=Meeting", "parts=1", "pos=NOUN", "quote"],
        ]
        art.record_of = [0, 1, 2, 3, 4]
        art.labels = [True, False, True, False, k % 2 == 0]
        arts.append(art)
    return arts


def test_training_is_byte_identical() -> None:
    first, report = tr.train_articles(_fixture(), ["fixture"])
    second, _ = tr.train_articles(_fixture(), ["fixture"])
    assert first == second
    assert report["threshold"] > 0.0  # the fixture's drops raise F1: the filter is switched on
    assert report["best"]["f1"] > report["off"]["f1"]
    model = LinearModel(**{k: v for k, v in json.loads(first).items() if k != "meta"})
    assert model.probability(["kind=Fighting", "parts=0", "quote"]) < model.threshold
    assert model.probability(["kind=PhoneCall", "parts=2"]) >= model.threshold


def test_training_writes_the_model_file_the_extractor_reads():
    from loaders.extract import event_filter

    assert tr.OUT == event_filter.MODEL
    assert str(tr.OUT).endswith("loaders/extract/data/event_filter.json")


def test_training_refuses_the_check_half() -> None:
    with pytest.raises(SystemExit, match="check half"):
        tr.main(["--gold", "tests/gold/check", "--cv-only"])
