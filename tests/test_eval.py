"""Tests of the benchmark scorer (benchmarks/eval.py) with hand-made predictions, and of the gold files."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks.eval import (
    EVENT_ACCURACIES,
    STATEMENT_ACCURACIES,
    article_body,
    article_errors,
    evaluate,
    evidence_contains,
    gate_files,
    gold_as_prediction,
    load_gold,
    main,
    match_actors,
    max_weight_assignment,
    normalise_name,
    score_article,
    score_plover,
    text_predictor,
)
from ontology import schema
from ontology.codes import PLOVER_TYPES

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "gold"
CORPUS = REPO.parent / "shared" / "corpus"
SEED = "000_1ef29f56e10a5a73"


needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"corpus folder {CORPUS} is absent (../shared/corpus)"
)

# the annotation guide's vocabularies are the ontology's
STATEMENT_KINDS = set(schema.STATEMENT_KINDS)
EVENT_KINDS = set(schema.EVENT_KINDS)
ACTOR_KINDS = set(schema.ACTOR_KINDS)
PLOVER = {*PLOVER_TYPES, None}
STATUSES = set(schema.EVENT_STATUSES)


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.json"))


def load(name: str = SEED) -> dict:
    return json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))


def score(gold: dict, pred: dict, body: str | None = None) -> dict:
    return score_article(gold, pred, body).scores()


def actor_id(pred: dict, name: str) -> str:
    return next(a["id"] for a in pred["actors"] if a["name"] == name)


def tiny_gold() -> dict:
    """A two-statement, one-event article sharing one sentence, for precise expectations."""
    return {
        "file": "tiny.txt",
        "published": "2022-02-20",
        "actors": [
            {
                "name": "Vladimir Putin",
                "kind": "Person",
                "aliases": ["Putin"],
                "country": "RUS",
                "affiliation": "Russia",
                "role": "President",
            },
            {
                "name": "Russia",
                "kind": "State",
                "aliases": ["Moscow"],
                "country": "RUS",
                "affiliation": None,
                "role": None,
            },
            {
                "name": "Ukraine",
                "kind": "State",
                "aliases": ["Kyiv"],
                "country": "UKR",
                "affiliation": None,
                "role": None,
            },
            {
                "name": "NATO",
                "kind": "Organization",
                "aliases": [],
                "country": None,
                "affiliation": None,
                "role": None,
            },
        ],
        "statements": [
            {
                "speaker": "Vladimir Putin",
                "kind": "Accusation",
                "cameo": "112",
                "plover": "ACCUSE",
                "mode": "indirect",
                "targets": ["Ukraine"],
                "snippet": "blamed Kyiv for the shelling",
                "event": None,
            },
            {
                "speaker": "Russia",
                "kind": "Demand",
                "cameo": "100",
                "plover": "REQUEST",
                "mode": "indirect",
                "targets": ["NATO"],
                "snippet": "demanded guarantees from NATO",
                "event": None,
            },
        ],
        "events": [
            {
                "label": "shelling",
                "kind": "Shelling",
                "cameo": "194",
                "plover": "ASSAULT",
                "participants": ["Ukraine", "Russia"],
                "date": "2022-02-20",
                "status": "alleged",
                "place": None,
                "snippet": "the shelling on Sunday near Donetsk",
            },
        ],
    }


SENTENCE = (
    "Putin blamed Kyiv for the shelling on Sunday near Donetsk, and Moscow demanded guarantees from NATO."
)


def tiny_pred(speaker1="p", speaker2="r", kind1="Accusation", targets1=("u",)) -> dict:
    return {
        "actors": [
            {"id": "p", "name": "PUTIN", "aliases": []},
            {"id": "r", "name": "Moscow", "aliases": []},
            {"id": "u", "name": "Ukraine", "aliases": ["Kyiv"]},
            {"id": "n", "name": "NATO", "aliases": ["North Atlantic Treaty Organization"]},
        ],
        # the two statements share the same evidence sentence, listed in the "wrong" order
        "statements": [
            {
                "id": "s2",
                "speaker": speaker2,
                "kind": "Demand",
                "cameo": "100",
                "plover": "REQUEST",
                "mode": "indirect",
                "targets": ["n"],
                "evidence": SENTENCE,
            },
            {
                "id": "s1",
                "speaker": speaker1,
                "kind": kind1,
                "cameo": "112",
                "plover": "ACCUSE",
                "mode": "indirect",
                "targets": list(targets1),
                "evidence": SENTENCE,
            },
        ],
        "events": [
            {
                "id": "e1",
                "kind": "Shelling",
                "cameo": "194",
                "plover": "ASSAULT",
                "date": "2022-02-20",
                "status": "alleged",
                "participants": [
                    {"actor": "u", "role": "participant"},
                    {"actor": "r", "role": "participant"},
                ],
                "evidence": SENTENCE,
            }
        ],
    }


# --------------------------------------------------------------------------- the scorer


def test_perfect_prediction_scores_one_on_every_gold_file():
    assert gold_files(), "no gold files in tests/gold"
    for path in gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        s = score(gold, gold_as_prediction(gold))
        for part in ("actors", "statements", "events"):
            assert s[part]["f1"] == 1.0, (path.name, part, s[part])
            assert s[part]["tp"] == len(gold[part]), (path.name, part)
        for name in STATEMENT_ACCURACIES:
            assert s[name] == 1.0, (path.name, name)
        for name in EVENT_ACCURACIES:
            assert s[name] == 1.0, (path.name, name)


def test_dropping_one_actor_lowers_actor_recall_by_one_over_n():
    gold = load()
    pred = gold_as_prediction(gold)
    n = len(gold["actors"])
    dropped = next(a for a in pred["actors"] if a["name"] == "Svetlana Tikhanovskaya")
    pred["actors"].remove(dropped)
    s = score(gold, pred)
    assert s["actors"]["recall"] == pytest.approx((n - 1) / n)
    assert s["actors"]["precision"] == 1.0
    assert s["actors"]["tp"] == n - 1
    assert s["statements"]["f1"] == 1.0  # statements still match by evidence
    # her one statement's speaker no longer resolves
    assert s["speaker"] == pytest.approx((len(gold["statements"]) - 1) / len(gold["statements"]))


def test_extra_actor_lowers_precision_only():
    gold = load()
    pred = gold_as_prediction(gold)
    pred["actors"].append({"id": "x", "name": "Reuters", "kind": "Media", "aliases": []})
    s = score(gold, pred)
    n = len(gold["actors"])
    assert s["actors"]["precision"] == pytest.approx(n / (n + 1))
    assert s["actors"]["recall"] == 1.0


def test_wrong_speaker_lowers_speaker_accuracy():
    gold = load()
    pred = gold_as_prediction(gold)
    n = len(gold["statements"])
    i = next(i for i, s in enumerate(gold["statements"]) if s["speaker"] == "Antony Blinken")
    pred["statements"][i]["speaker"] = actor_id(pred, "Joe Biden")
    s = score(gold, pred)
    assert s["speaker"] == pytest.approx((n - 1) / n)
    assert s["statements"]["f1"] == 1.0
    assert s["statement_kind"] == 1.0


def test_wrong_kind_codes_and_targets_lower_their_accuracies():
    gold = load()
    pred = gold_as_prediction(gold)
    n = len(gold["statements"])
    st = pred["statements"][0]
    st.update(kind="Report", cameo="010", plover=None)
    k = len(st["targets"])  # the gold targets of the first seed statement, e.g. {Russia, Ukraine}
    st["targets"] = st["targets"] + [actor_id(pred, "NATO")]  # one spurious target added
    s = score(gold, pred)
    assert s["statement_kind"] == pytest.approx((n - 1) / n)
    assert s["statement_cameo"] == pytest.approx((n - 1) / n)
    assert s["statement_cameo_root"] == 1.0  # "012" and "010" share the root "01"
    assert s["statement_plover"] == 1.0  # gold Warning is null too
    assert s["target_exact"] == pytest.approx((n - 1) / n)
    assert s["target_jaccard"] == pytest.approx((n - 1 + k / (k + 1)) / n)


def test_missing_statement_and_spurious_event():
    gold = load()
    pred = gold_as_prediction(gold)
    del pred["statements"][5]
    pred["events"].append(
        {
            "id": "junk",
            "kind": "Attack",
            "participants": [],
            "evidence": "Original text that is in no gold snippet.",
        }
    )
    s = score(gold, pred)
    ns, ne = len(gold["statements"]), len(gold["events"])
    assert s["statements"]["recall"] == pytest.approx((ns - 1) / ns)
    assert s["statements"]["precision"] == 1.0
    assert s["events"]["precision"] == pytest.approx(ne / (ne + 1))
    assert s["events"]["recall"] == 1.0


def test_error_listing_names_each_mistake():
    gold = load()
    pred = gold_as_prediction(gold)
    assert article_errors(gold, pred) == []
    i = next(i for i, s in enumerate(gold["statements"]) if s["speaker"] == "Antony Blinken")
    pred["statements"][i]["speaker"] = actor_id(pred, "Joe Biden")
    del pred["events"][0]
    lines = article_errors(gold, pred)
    assert any(x.startswith("statement wrong: speaker 'Joe Biden' not 'Antony Blinken'") for x in lines)
    assert any(x.startswith("event missed: ") and gold["events"][0]["snippet"] in x for x in lines)
    assert len(lines) == 2


def test_error_listing_refuses_the_check_half(tmp_path, capsys):
    (tmp_path / "check").mkdir()
    assert main(["--gold", str(tmp_path / "check"), "--errors", "--pred", str(tmp_path)]) == 1
    assert "scored only" in capsys.readouterr().err


def test_error_listing_refuses_the_scored_gate_half(tmp_path, capsys):
    assert main(["--gold", str(GOLD_DIR / "tune") + ":tuneB", "--errors", "--pred", str(tmp_path)]) == 1
    assert "scored only" in capsys.readouterr().err


def test_the_gate_halves_partition_the_tuning_half():
    tune = {p.name for p in (GOLD_DIR / "tune").glob("*.json")}
    a, b = gate_files(GOLD_DIR / "tune", "tuneA"), gate_files(GOLD_DIR / "tune", "tuneB")
    assert a and b and not a & b
    assert a | b == tune
    assert len(load_gold(str(GOLD_DIR / "tune") + ":tuneA")) == len(a)
    assert len(load_gold(GOLD_DIR / "tune")) == len(tune)


def _gold_file(folder, name):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(tiny_gold()), encoding="utf-8")


def test_a_gate_half_reads_the_tune_gate_of_its_own_gold_root(tmp_path):
    _gold_file(tmp_path / "tune", "one.json")
    _gold_file(tmp_path / "tune", "two.json")
    _gold_file(tmp_path / "check", "one.json")
    (tmp_path / "TUNE_GATE.tsv").write_text(
        "file\tgate_half\ntune/one.json\ttuneA\ntune/two.json\ttuneB\n", encoding="utf-8"
    )
    assert gate_files(tmp_path / "tune", "tuneA") == {"one.json"}
    assert gate_files(tmp_path / "tune", "tuneB") == {"two.json"}
    assert gate_files(tmp_path / "check", "tuneA") == set()  # a name in another half folder
    assert len(load_gold(f"{tmp_path / 'tune'}:tuneB")) == 1


def test_a_gate_half_of_a_gold_root_without_tune_gate_is_a_one_line_error(tmp_path, capsys):
    _gold_file(tmp_path / "tune", "one.json")
    assert main(["--gold", f"{tmp_path / 'tune'}:tuneA", "--pred", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no TUNE_GATE.tsv" in err


def test_one_sentence_several_statements_assigned_by_speaker():
    s = score(tiny_gold(), tiny_pred())
    assert s["statements"]["tp"] == 2
    assert s["speaker"] == 1.0  # not swapped although both evidences contain both snippets
    assert s["statement_kind"] == 1.0
    assert s["target_exact"] == 1.0


def test_swapped_speakers_in_one_sentence_score_zero_speaker_accuracy():
    s = score(tiny_gold(), tiny_pred(speaker1="n", speaker2="u"))
    assert s["statements"]["f1"] == 1.0
    assert s["speaker"] == 0.0


def test_actor_matching_by_alias_case_insensitive():
    m = match_actors(tiny_gold()["actors"], tiny_pred()["actors"])
    assert dict(m.pairs) == {"Vladimir Putin": "p", "Russia": "r", "Ukraine": "u", "NATO": "n"}
    # a duplicate predicted actor is not a second true positive but still resolves
    pred = tiny_pred()
    pred["actors"].append({"id": "p2", "name": "Vladimir Putin", "aliases": []})
    pred["statements"][1]["speaker"] = "p2"
    s = score(tiny_gold(), pred)
    assert s["actors"]["tp"] == 4 and s["actors"]["pred"] == 5
    assert s["speaker"] == 1.0


def test_unknown_reference_falls_back_to_names():
    pred = tiny_pred(speaker1="Vladimir Putin", targets1=("kyiv",))
    s = score(tiny_gold(), pred)
    assert s["speaker"] == 1.0
    assert s["target_exact"] == 1.0


def test_event_attributes():
    pred = tiny_pred()
    ev_pred = pred["events"][0]
    ev_pred.update(kind="Attack", date=None, status="reported")
    ev_pred["participants"] = [{"actor": "u", "role": "participant"}]
    s = score(tiny_gold(), pred)
    assert s["events"]["f1"] == 1.0
    assert s["event_kind"] == 0.0
    assert s["date"] == 0.0
    assert s["status"] == 0.0
    assert s["participant_jaccard"] == pytest.approx(0.5)
    assert s["event_plover"] == 1.0


def test_empty_prediction_scores_zero():
    s = score(load(), {})
    assert s["actors"]["f1"] == 0.0 and s["statements"]["f1"] == 0.0 and s["events"]["f1"] == 0.0
    assert s["statements"]["gold"] == len(load()["statements"])
    assert s["speaker"] is None  # no matched statements: undefined, not 1.0


def test_match_by_offsets_without_evidence_string():
    gold = tiny_gold()
    body = "Intro. " + SENTENCE + " Outro."
    pred = tiny_pred()
    for st in pred["statements"]:
        del st["evidence"]
        st["start"], st["end"] = body.index(SENTENCE), body.index(SENTENCE) + len(SENTENCE)
    s = score(gold, pred, body)
    assert s["statements"]["tp"] == 2
    # a span that misses the snippets does not match
    for st in pred["statements"]:
        st["start"], st["end"] = 0, 6
    assert score(gold, pred, body)["statements"]["tp"] == 0


def test_curly_quotes_and_spacing_are_normalised():
    gold = tiny_gold()
    gold["statements"][0]["snippet"] = "Putin\u2019s claim that Kyiv shelled"
    pred = tiny_pred()
    pred["statements"][1]["evidence"] = "Putin's   claim that\nKyiv shelled the town."
    assert evidence_contains(gold["statements"][0], pred["statements"][1])


def test_micro_average_sums_counts(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    g1, g2 = tiny_gold(), copy.deepcopy(tiny_gold())
    g2["file"] = "tiny2.txt"
    (gold_dir / "tiny.json").write_text(json.dumps(g1))
    (gold_dir / "tiny2.json").write_text(json.dumps(g2))
    preds = {"tiny.txt": tiny_pred(), "tiny2.txt": {}}
    result = evaluate(gold_dir, tmp_path, lambda path: preds[path.name])
    micro = result["micro"]
    assert micro["statements"]["tp"] == 2 and micro["statements"]["gold"] == 4
    assert micro["statements"]["recall"] == 0.5 and micro["statements"]["precision"] == 1.0
    assert result["articles"]["tiny2.txt"]["actors"]["recall"] == 0.0
    assert result["errors"] == []


def test_failing_prediction_is_reported_and_scored_empty(tmp_path, capsys):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "tiny.json").write_text(json.dumps(tiny_gold()))

    def boom(path):
        raise KeyError("United States")

    result = evaluate(gold_dir, tmp_path, boom)
    assert result["errors"] == ["tiny.txt"]
    assert result["micro"]["statements"]["recall"] == 0.0
    assert "prediction failed" in capsys.readouterr().err


def test_cli_reads_prediction_folder_and_prints_json(tmp_path, capsys):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    (gold_dir / "tiny.json").write_text(json.dumps(tiny_gold()))
    (pred_dir / "tiny.json").write_text(json.dumps(tiny_pred(speaker1="n", speaker2="u")))
    code = main(["--gold", str(gold_dir), "--corpus", str(tmp_path), "--pred", str(pred_dir), "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["micro"]["statements"]["f1"] == 1.0
    assert out["micro"]["speaker"] == 0.0
    assert main(["--gold", str(gold_dir), "--corpus", str(tmp_path), "--pred", str(pred_dir)]) == 0
    assert "MICRO-AVERAGE" in capsys.readouterr().out


def test_max_weight_assignment_prefers_cardinality_then_weight():
    # row 0 could take col 0 (heavy) but then row 1 would be unmatched
    pairs = max_weight_assignment([[1005.0, 1000.0], [1001.0, None]])
    assert pairs == [(0, 1), (1, 0)]
    assert max_weight_assignment([[None, None]]) == []
    assert max_weight_assignment([]) == []


def test_normalise_name():
    assert normalise_name("The U.S.") == normalise_name("US")
    assert normalise_name("People\u2019s Republic of China") == "people's republic of china"
    assert normalise_name("Macron's") == "macron"


# --------------------------------------------------------------------------- PLOVER scorer


def test_plover_scoring_with_fake_predictions():
    records = [
        {
            "id": "1",
            "text": "A agreed with B.",
            "event_plover_current": "AGREE",
            "source": [{"text": "Hungarian", "code": "HUN", "sector": "GOV"}],
            "target": [],
        },
        {
            "id": "2",
            "text": "C attacked D.",
            "event_plover_current": "ASSAULT",
            "source": [{"text": "Italian", "code": "ITL", "sector": "MIL"}],
            "target": [],
        },
        {
            "id": "3",
            "text": "The UN asked.",
            "event_plover_current": "REQUEST",
            "source": [{"text": "UN", "code": "IGO", "sector": ""}],
            "target": [],
        },
    ]
    preds: dict[str, dict[str, Any]] = {
        # right type, right country (through the person's affiliation)
        "A agreed with B.": {
            "actors": [
                {"id": "h", "name": "Orban", "country": None, "affiliation": "hu"},
                {"id": "hu", "name": "Hungary", "country": "HUN"},
            ],
            "statements": [{"speaker": "h", "plover": "AGREE"}],
            "events": [],
        },
        # wrong type, right country (legacy code ITL -> ITA) on an event's first participant
        "C attacked D.": {
            "actors": [{"id": "i", "name": "Italy", "country": "ITA"}],
            "statements": [],
            "events": [{"plover": "MOBILIZE", "participants": [{"actor": "i"}]}],
        },
        "The UN asked.": {"actors": [], "statements": [{"speaker": None, "plover": "REQUEST"}], "events": []},
    }
    r = score_plover(records, lambda text: preds[text])
    assert r["sentences"] == 3
    assert r["type_found"] == pytest.approx(2 / 3)
    assert r["sentences_with_state_source"] == 2  # the IGO source has no country
    assert r["source_country_typed"] == pytest.approx(1 / 2)
    assert r["source_country_any"] == 1.0
    assert r["by_type"]["ASSAULT"] == {"found": 0, "n": 1, "rate": 0.0}


def test_text_predictor_writes_plain_text_file():
    seen = {}

    def predict(path):
        seen["text"] = Path(path).read_text(encoding="utf-8")
        seen["suffix"] = Path(path).suffix
        return {"statements": []}

    assert text_predictor(predict)("Russia warned Ukraine.") == {"statements": []}
    assert seen == {"text": "Russia warned Ukraine.\n", "suffix": ".txt"}


# --------------------------------------------------------------------------- the gold files


def test_gold_files_follow_the_annotation_guide():
    assert len(gold_files()) >= 6
    for path in gold_files():
        g = json.loads(path.read_text(encoding="utf-8"))
        assert set(g) == {"file", "published", "actors", "statements", "events"}, path.name
        assert g["file"] == path.stem + ".txt"
        names = [a["name"] for a in g["actors"]]
        assert len(names) == len(set(names)), path.name
        labels = {e["label"] for e in g["events"]}
        for a in g["actors"]:
            assert a["kind"] in ACTOR_KINDS, (path.name, a)
            assert a["affiliation"] is None or a["affiliation"] in names, (path.name, a)
            assert a["country"] is None or (len(a["country"]) == 3 and a["country"].isupper())
        for s in g["statements"]:
            assert s["kind"] in STATEMENT_KINDS and s["plover"] in PLOVER, (path.name, s)
            assert s["mode"] in {"direct", "indirect"}
            assert s["speaker"] in names and all(t in names for t in s["targets"]), (path.name, s)
            assert s["event"] is None or s["event"] in labels, (path.name, s)
        for e in g["events"]:
            assert e["kind"] in EVENT_KINDS and e["plover"] in PLOVER, (path.name, e)
            assert e["status"] in STATUSES
            assert all(p in names for p in e["participants"]), (path.name, e)
            assert e["date"] is None or len(e["date"]) == 10


@needs_corpus
def test_every_gold_article_exists_in_the_corpus():
    articles = sorted(p.name for p in CORPUS.glob("*.txt"))
    assert sorted(json.loads(p.read_text(encoding="utf-8"))["file"] for p in gold_files()) == articles


@needs_corpus
@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_gold_snippets_are_verbatim_and_unique(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (CORPUS / gold["file"]).read_text(encoding="utf-8")
    body = article_body(CORPUS / gold["file"])
    problems = []
    for item in gold["statements"] + gold["events"]:
        snip = item["snippet"]
        if text.count(snip) != 1:
            problems.append(f"{text.count(snip)}x in file: {snip!r}")
        if body is not None and body.count(snip) != 1:
            problems.append(f"{body.count(snip)}x in body: {snip!r}")
        if not 5 <= len(snip.split()) <= 12:
            problems.append(f"{len(snip.split())} words: {snip!r}")
        if snip[0] in "\"'\u201c\u201d" or snip[-1] in "\"'\u201c\u201d":
            problems.append(f"quote mark at an end: {snip!r}")
    assert not problems, problems


@needs_corpus
def test_gold_published_date_matches_the_article():
    for path in gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (CORPUS / gold["file"]).read_text(encoding="utf-8")
        assert gold["published"] in text or "February 20, 2022" in text, path.name


def test_duplicate_nodes_of_one_gold_actor_are_counted() -> None:
    from benchmarks.eval import duplicates, match_actors

    gold = [{"name": "Mohammed bin Salman", "aliases": ["Bin Salman", "Mohamed bin Salman"]}]
    pred = [
        {"id": "a", "name": "Mohammed bin Salman", "aliases": []},
        {"id": "b", "name": "Bin Salman", "aliases": []},
        {"id": "c", "name": "Riyadh", "aliases": []},
    ]
    assert duplicates(match_actors(gold, pred)) == 1
    assert duplicates(match_actors(gold, pred[:1] + pred[2:])) == 0
