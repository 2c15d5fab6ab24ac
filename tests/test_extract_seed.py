"""End-to-end extraction of the seed article (../shared/corpus/, skipped where it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import extract, extract_file
from tests.helpers import read_document

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "000_1ef29f56e10a5a73.txt"

ONE_ACTOR_EACH = {
    # canonical name (or any of its surface forms) -> a surface form that must be among its names
    "Vladimir Putin": "Putin",
    "Emmanuel Macron": "Macron",
    "Volodymyr Zelenskiy": "Zelenskiy",
    "Antony Blinken": "Antony Blinken",
    "Joe Biden": "Joe Biden",
    "Alexander Lukashenko": "Alexander Lukashenko",
    "Svetlana Tikhanovskaya": "Svetlana Tikhanovskaya",
    "Valeriy Zaluzhniy": "Valeriy Zaluzhniy",
    "Russia": "Moscow",
    "Ukraine": "Kyiv",
    "France": "France",
    "United States": "Washington",
    "Belarus": "Belarus",
    "NATO": "NATO",
    "OSCE": "OSCE",
}


@pytest.fixture(scope="module")
def seed() -> dict:
    if not SEED.is_file():
        pytest.skip(f"the shared corpus is absent: no {SEED}")
    return extract(read_document(SEED)).to_dict()


def _names(actor: dict) -> set[str]:
    return {actor["name"], *actor["aliases"]}


def _actor(x: dict, form: str) -> dict:
    found = [a for a in x["actors"] if form in _names(a)]
    assert len(found) == 1, f"{form!r} is {len(found)} actors: {[a['name'] for a in found]}"
    return found[0]


@pytest.mark.parametrize("name,form", sorted(ONE_ACTOR_EACH.items()))
def test_each_actor_is_one_node_with_its_surface_forms(seed, name, form):
    actor = _actor(seed, form)
    if name != form:
        assert name in _names(actor) or actor["name"] == name


def test_cities_are_not_people(seed):
    people = [n for a in seed["actors"] if a["kind"] == "Person" for n in _names(a)]
    for city in ("Kyiv", "Moscow", "Washington", "Luhansk", "Donetsk", "Zolote"):
        assert city not in people


def test_metonyms_resolve_to_states(seed):
    assert _actor(seed, "Moscow")["name"] == "Russia"
    assert _actor(seed, "Kyiv")["name"] == "Ukraine"
    assert _actor(seed, "Washington")["name"] == "United States"


def test_the_two_calls_with_macron(seed):
    ids = {a["name"]: a["id"] for a in seed["actors"]}
    macron, putin, zelenskiy = ids["Emmanuel Macron"], ids["Vladimir Putin"], ids["Volodymyr Zelenskiy"]
    calls = [e for e in seed["events"] if e["kind"] == "PhoneCall"]
    pairs = {frozenset(p["actor"] for p in e["participants"]) for e in calls}
    assert frozenset({putin, macron}) in pairs
    assert frozenset({zelenskiy, macron}) in pairs
    putin_call = next(e for e in calls if {p["actor"] for p in e["participants"]} == {putin, macron})
    assert putin_call["date"] == "2022-02-20"
    assert putin_call["quantities"].get("minutes") == 105
    assert putin_call["cameo"] == "041" and putin_call["plover"] == "CONSULT"


@pytest.mark.parametrize("form", ["Putin", "Zelenskiy", "Antony Blinken", "Valeriy Zaluzhniy"])
def test_speakers_have_statements(seed, form):
    speaker = _actor(seed, form)["id"]
    assert any(s["speaker"] == speaker for s in seed["statements"])


def test_statement_during_the_call(seed):
    """ "During his 105-minute discussion with Macron, Putin said ..." is said during that call."""
    putin = _actor(seed, "Putin")["id"]
    calls = {e["id"] for e in seed["events"] if e["kind"] == "PhoneCall"}
    assert any(s["speaker"] == putin and s["event"] in calls for s in seed["statements"])


def test_separatists_backed_by_russia(seed):
    group = _actor(seed, "Moscow-backed separatists")
    assert group["kind"] == "ArmedGroup"
    assert group["id"] in _actor(seed, "Russia")["backs"]


def test_references_resolve_and_offsets_point_at_evidence(seed):
    text = read_document(SEED).text
    ids = {a["id"] for a in seed["actors"]}
    for s in seed["statements"]:
        assert s["speaker"] in ids and set(s["targets"]) <= ids
        assert text[s["start"] : s["end"]] == s["evidence"]
    for e in seed["events"]:
        assert {p["actor"] for p in e["participants"]} <= ids
        assert text[e["start"] : e["end"]] == e["evidence"]
    for a in seed["actors"]:
        assert a["affiliation"] is None or a["affiliation"] in ids
        assert set(a["backs"]) <= ids


def test_extract_file_is_deterministic(seed):
    again = extract_file(SEED)
    assert [a["id"] for a in again["actors"]] == [a["id"] for a in seed["actors"]]
    assert [e["id"] for e in again["events"]] == [e["id"] for e in seed["events"]]
    assert [s["id"] for s in again["statements"]] == [s["id"] for s in seed["statements"]]
