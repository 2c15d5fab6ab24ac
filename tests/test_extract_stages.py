"""Fast tests of each extractor stage on sentences written for them (no corpus needed).

The articles here are about other conflicts than the seed's, to prove the rules are general.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from loaders.documents import Document
from loaders.extract import extract_many
from loaders.extract.dates import resolve_date
from loaders.extract.pipeline import load_nlp
from loaders.extract.speech import find_quotes
from tests.helpers import extracted

run = partial(extracted, published="2023-05-07")


def names(x: dict) -> dict[str, dict]:
    return {a["name"]: a for a in x["actors"]}


def by_id(x: dict) -> dict[str, str]:
    return {a["id"]: a["name"] for a in x["actors"]}


def said_by(x: dict, name: str) -> list[dict]:
    ids = by_id(x)
    return [s for s in x["statements"] if ids[s["speaker"]] == name]


# --- pipeline --------------------------------------------------------------------------------


def test_name_keys_are_remembered_on_the_gazetteer_not_in_module_state():
    from ontology.gazetteer import Entry, Gazetteer, name_key

    assert not hasattr(name_key, "cache_info")  # no module-level memo
    gaz = Gazetteer([Entry("Mohammed bin Salman", "Person")])
    other = Gazetteer([])
    key = gaz.name_key("Muhammad Bin Salman")
    assert key == name_key("Mohamed bin Salman") == other.name_key("Mohammed bin Salman")
    assert gaz._name_keys == {"Muhammad Bin Salman": key}
    assert other._name_keys == {"Mohammed bin Salman": key}


def test_pipeline_has_gazetteer_ruler_before_ner_and_is_loaded_once():
    nlp = load_nlp()
    assert nlp is load_nlp()
    names_ = nlp.pipe_names
    assert names_.index("gazetteer_ruler") < names_.index("ner")
    doc = nlp("Zelensky met Putin in Moscow.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert ids["Zelensky"] == "Volodymyr Zelenskiy" and ids["Putin"] == "Vladimir Putin"


def test_paragraph_break_ends_a_sentence():
    doc = load_nlp()("Photo: Reuters\n\nSudan and Chad agreed on Monday to reopen the border.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[-1] == "Sudan and Chad agreed on Monday to reopen the border."


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,pub,expected",
    [
        ("Sunday", date(2022, 2, 20), date(2022, 2, 20)),
        ("on Thursday", date(2022, 2, 20), date(2022, 2, 17)),
        ("on December 30", date(2021, 12, 31), date(2021, 12, 30)),
        ("January 9", date(2021, 12, 31), date(2022, 1, 9)),
        ("Feb. 20", date(2022, 2, 18), date(2022, 2, 20)),
        ("yesterday", date(2023, 5, 7), date(2023, 5, 6)),
        ("in 2014", date(2022, 2, 20), None),
        ("in August 2023", date(2024, 10, 26), None),  # a month and year: no day, not "August 20"
        ("3 May 2023", date(2024, 10, 26), date(2023, 5, 3)),
        ("the coming days", date(2022, 2, 20), None),
    ],
)
def test_resolve_date(text, pub, expected):
    assert resolve_date(text, pub) == expected


# --- quotes ----------------------------------------------------------------------------------


def test_find_quotes_pairs_straight_and_curly_marks():
    text = 'He said "we will win" and \u201cwe are ready\u201d.\n\n"Unclosed quote that runs on to the end'
    spans = [text[a:b] for a, b in find_quotes(text)]
    assert spans[:2] == ["we will win", "we are ready"]
    assert spans[2].startswith("Unclosed quote")


# --- mentions --------------------------------------------------------------------------------


def test_titles_give_role_and_affiliation_and_surnames_map_to_full_names():
    x = run(
        "Sudan's deputy army chief Shams Kabbashi met Kenyan President William Ruto in Nairobi "
        "on Sunday. Ruto said the talks were useful."
    )
    actors = names(x)
    burhan = next(a for a in x["actors"] if "Kabbashi" in a["name"])
    assert burhan["kind"] == "Person" and burhan["role"] == "deputy army chief"
    assert by_id(x)[burhan["affiliation"]] == "Sudan"
    ruto = actors["William Ruto"]
    assert "Ruto" in ruto["aliases"] and by_id(x)[ruto["affiliation"]] == "Kenya"
    assert "Nairobi" not in actors


def test_capital_is_a_state_only_when_it_acts():
    x = run("Seoul accused Pyongyang of firing a missile. The envoy flew to Tokyo.")
    actors = names(x)
    assert "Seoul" in actors["South Korea"]["aliases"]
    assert "Pyongyang" in actors["North Korea"]["aliases"]
    assert "Tokyo" not in {n for a in x["actors"] for n in [a["name"], *a["aliases"]]}


def test_backed_armed_group_and_bloc_group():
    x = run("Iranian-backed rebels attacked the port, and Western capitals condemned the attack.")
    actors = names(x)
    rebels = next(a for a in x["actors"] if a["kind"] == "ArmedGroup")
    assert rebels["id"] in actors["Iran"]["backs"]
    assert actors["Western capitals"]["kind"] == "Group"


def test_government_body_with_owner():
    x = run("The Sudanese foreign ministry said the ceasefire had been violated. Sudan recalled its envoy.")
    body = next(a for a in x["actors"] if a["kind"] == "GovernmentBody")
    assert by_id(x)[body["affiliation"]] == "Sudan"
    assert said_by(x, body["name"])


# --- statements ------------------------------------------------------------------------------


def test_direct_quote_forms_and_pronoun():
    x = run(
        '"We will not negotiate under fire," said Kenyan President William Ruto. '
        'He added: "The guns must fall silent."'
    )
    st = said_by(x, "William Ruto")
    assert len(st) == 2 and all(s["mode"] == "direct" for s in st)
    assert st[0]["text"] == "We will not negotiate under fire"


def test_multi_sentence_quote_is_one_statement():
    x = run('"The shelling never stops. We sleep in the basement," said farmer Amina Yusuf.')
    st = said_by(x, "Amina Yusuf")
    assert len(st) == 1 and "basement" in st[0]["text"] and "never stops" in st[0]["text"]


def test_speech_acts_kinds_and_targets():
    x = run(
        "South Korea urged North Korea to return to talks. Pyongyang denied the reports. "
        "Japan accused North Korea of violating UN resolutions."
    )
    ids = by_id(x)
    kinds = {(ids[s["speaker"]], s["kind"]) for s in x["statements"]}
    assert ("South Korea", "Appeal") in kinds
    assert ("North Korea", "Denial") in kinds
    assert ("Japan", "Accusation") in kinds
    appeal = next(s for s in x["statements"] if s["kind"] == "Appeal")
    assert [ids[t] for t in appeal["targets"]] == ["North Korea"]
    assert appeal["plover"] == "REQUEST"


def test_several_speakers_of_one_act():
    x = run("Sudan and South Sudan both called for an immediate ceasefire.")
    ids = by_id(x)
    assert {ids[s["speaker"]] for s in x["statements"] if s["kind"] == "Appeal"} == {"Sudan", "South Sudan"}


def test_role_noun_resolves_to_the_person_just_quoted():
    x = run(
        '"The border is closed," alleged Chad\'s top general Mahamat Idriss Deby. '
        '"We will defend it," the general said.'
    )
    deby = [a for a in x["actors"] if "Mahamat Idriss Deby" in [a["name"], *a["aliases"]]]
    assert len(deby) == 1
    assert len(said_by(x, deby[0]["name"])) == 2


def test_officials_speak_for_their_state():
    x = run("U.S. officials warned that Iran could attack shipping.")
    ids = by_id(x)
    warning = next(s for s in x["statements"] if s["kind"] == "Warning")
    assert ids[warning["speaker"]] == "United States"


# --- events ----------------------------------------------------------------------------------


def test_phone_call_with_date_quantities_and_separate_calls():
    x = run(
        "After separate calls with Kenyan President William Ruto on Friday, both Sudan's army "
        "chief Abdel Fattah al-Burhan and Mohamed Hamdan Dagalo pressed for talks.",
        published="2023-05-07",
    )
    ids = by_id(x)
    calls = [e for e in x["events"] if e["kind"] == "PhoneCall"]
    pairs = {frozenset(ids[p["actor"]] for p in e["participants"]) for e in calls}
    assert len(calls) == 2 and all("William Ruto" in p for p in pairs)
    assert all(e["date"] == "2023-05-05" for e in calls)


def test_event_status_quantities_and_place():
    x = run(
        "North Korea will hold military drills with 20,000 troops near the border. "
        "Seoul warned that Pyongyang could attack the islands.",
        published="2023-05-07",
    )
    drill = next(e for e in x["events"] if e["kind"] == "MilitaryDrill")
    assert drill["status"] == "planned" and drill["quantities"].get("troops") == 20000
    attack = next(e for e in x["events"] if e["kind"] == "Attack")
    assert attack["status"] == "hypothetical"


def test_statement_during_a_meeting():
    x = run(
        "During their meeting in Juba, Salva Kiir told Abdel Fattah al-Burhan that the "
        "oil pipeline must stay open."
    )
    st = said_by(x, "Salva Kiir")
    meeting = next(e for e in x["events"] if e["kind"] == "Meeting")
    assert st and st[0]["event"] == meeting["id"]
    assert meeting["place"] == "Juba"


def test_extract_many_keeps_input_order_and_ids_are_deterministic():
    docs = [
        Document(text=t, published="2023-05-07")
        for t in ("Sudan accused Chad of arming rebels.", "Japan praised South Korea.")
    ]
    out = list(extract_many(docs, batch_size=1))
    assert [by_id(x)[x["statements"][0]["speaker"]] for x in map(lambda e: e.to_dict(), out)] == [
        "Sudan",
        "Japan",
    ]
    again = list(extract_many(docs))
    assert [e.to_dict() for e in again] == [e.to_dict() for e in out]


def test_a_doc_parsed_in_another_process_extracts_the_same():
    """``nlp.pipe(n_process=2)`` sends Docs back as bytes, which turns the quote spans into lists."""
    from spacy.tokens import Doc

    from loaders.extract import extract_parsed

    nlp = load_nlp()
    document = Document(text='"We will not accept any threat," the minister told reporters. Talks went on.')
    parsed = nlp(document.text)
    again = Doc(nlp.vocab).from_bytes(parsed.to_bytes())
    assert again._.quotes and isinstance(again._.quotes[0], list)
    assert extract_parsed(document, again).to_dict() == extract_parsed(document, parsed).to_dict()
