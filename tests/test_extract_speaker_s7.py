"""Statements and speakers on unseen news (issue 11, round 7), each rule on sentences written for
it: a bare plural role noun brings in new people; "the agency quoted X as saying" is X's; a name
after capitalised titles; another body's or a new spokesman is not the last one; "the spokesperson"
again; scene-setting participles, clauses before a semicolon and a plain report's phrases are not
content; a quote led into by a colon with no cue verb."""

from __future__ import annotations

import pytest

from loaders.extract.resolve import _owner_phrase, _refers_back
from loaders.extract.speech.model import _clause_only, _framing_participle, _own_clause_before
from loaders.extract.speech.quotes import quoted_person
from loaders.extract.speech.speakers import _name_run
from tests.helpers import extracted, hand_parsed, speakers_of

# --- a bare plural role noun is someone new ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "wrong"),
    [
        (
            "A spokesperson for the agency urged Hanoi to release the activists. "
            "Officials familiar with the talks said Manila and Tokyo were drafting a joint statement.",
            "drafting a joint statement",
            "Spokesperson",
        ),
        (
            "The spokeswoman said the border would stay closed. "
            "Diplomats in Geneva said the resolution was likely to be vetoed.",
            "likely to be vetoed",
            "Spokeswoman",
        ),
        (
            "Kenyan Foreign Minister Musalia Mudavadi said talks would resume in May. "
            "Some officials said the deal had already been agreed.",
            "already been agreed",
            "Musalia Mudavadi",
        ),
    ],
)
def test_a_bare_plural_role_noun_is_not_the_last_speaker(text: str, words: str, wrong: str) -> None:
    found = speakers_of(extracted(text), words)
    assert found, "the statement is found"
    assert wrong not in found


def test_the_officials_still_refers_back() -> None:
    text = (
        "Officials from Chile and Peru met in Lima on Monday to discuss the border. "
        "The officials said the talks had been constructive."
    )
    assert speakers_of(extracted(text), "had been constructive")


@pytest.mark.parametrize(
    ("words", "deps", "expected"),
    [
        (["Officials", "said"], ["nsubj", "ROOT"], False),
        (["Some", "officials", "said"], ["det", "nsubj", "ROOT"], False),
        (["The", "officials", "said"], ["det", "nsubj", "ROOT"], True),
        (["Both", "leaders", "said"], ["det", "nsubj", "ROOT"], True),
        (["Their", "ministers", "said"], ["poss", "nsubj", "ROOT"], True),
        (["Two", "diplomats", "said"], ["nummod", "nsubj", "ROOT"], True),
    ],
)
def test_which_plurals_refer_back(words: list[str], deps: list[str], expected: bool) -> None:
    head = len(words) - 2
    heads = [head] * (len(words) - 2) + [len(words) - 1, len(words) - 1]
    doc = hand_parsed(words, heads, deps)
    assert _refers_back(doc[head]) is expected


# --- "the agency quoted X as saying": X speaks ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "relay"),
    [
        (
            "The state agency ANTARA quoted Luhut Pandjaitan as saying the port deal would be signed.",
            "port deal would be signed",
            "Luhut Pandjaitan",
            "ANTARA",
        ),
        (
            "Tass quoted Sergei Ryabkov as saying Moscow would not resume the arms talks.",
            "resume the arms talks",
            "Sergei Ryabkov",
            "Tass",
        ),
    ],
)
def test_the_person_quoted_speaks_not_the_agency(text: str, words: str, speaker: str, relay: str) -> None:
    found = speakers_of(extracted(text), words)
    assert any(speaker in name for name in found)
    assert not any(relay in name for name in found)


def test_quoted_person_is_the_object_then_the_passive_subject() -> None:
    # "Tass quoted Ryabkov as saying ..."
    active = hand_parsed(
        ["Tass", "quoted", "Ryabkov", "as", "saying", "no"],
        [1, 1, 1, 1, 3, 4],
        ["nsubj", "ROOT", "dobj", "prep", "pcomp", "ccomp"],
    )
    who = quoted_person(active[4])
    assert who is not None and who.text == "Ryabkov"
    # "Ryabkov was quoted as saying ..."
    passive = hand_parsed(
        ["Ryabkov", "was", "quoted", "as", "saying", "no"],
        [2, 2, 2, 2, 3, 4],
        ["nsubjpass", "auxpass", "ROOT", "prep", "pcomp", "ccomp"],
    )
    who = quoted_person(passive[4])
    assert who is not None and who.text == "Ryabkov"


# --- a name after a run of capitalised titles the tagger left unlabelled -------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "SAARC Secretary General Golam Sarwar condemned the bombing of the market in Quetta.",
            "bombing of the market",
            "Golam Sarwar",
        ),
        (
            "ECCAS Secretary General Ezechiel Nibigira said the summit would be held in Libreville.",
            "summit would be held",
            "Ezechiel Nibigira",
        ),
    ],
)
def test_a_name_after_capitalised_titles_is_the_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker in speakers_of(extracted(text), words)


def test_name_run_stops_at_a_title() -> None:
    doc = hand_parsed(
        ["GCC", "Secretary", "General", "Jasem", "Albudaiwi", "said"],
        [4, 4, 4, 4, 5, 5],
        ["compound", "compound", "compound", "compound", "nsubj", "ROOT"],
        pos=["PROPN"] * 5 + ["VERB"],
        tags=["NNP"] * 5 + ["VBD"],
        lemmas=["GCC", "secretary", "general", "Jasem", "Albudaiwi", "say"],
    )
    assert [t.text for t in _name_run(doc[4])] == ["Jasem", "Albudaiwi"]


# --- a spokesman of another body, or a new one, is not the last spokesman ------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Kremlin spokesman Dmitry Peskov said the report was false. "
            "Beijing will respond firmly, the foreign ministry's spokesman said.",
            "respond firmly",
        ),
        (
            "Kremlin spokesman Dmitry Peskov said the report was false. "
            "A spokesman for the ministry said Beijing would respond firmly.",
            "respond firmly",
        ),
    ],
)
def test_another_bodys_spokesman_is_not_the_last_one(text: str, words: str) -> None:
    found = speakers_of(extracted(text), words)
    assert found, "the statement is found"
    assert "Dmitry Peskov" not in found


def test_the_spokesman_again_is_the_last_one() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said the report was false. "
        "The spokesman added that Moscow would respond firmly."
    )
    assert speakers_of(extracted(text), "respond firmly") == {"Dmitry Peskov"}


@pytest.mark.parametrize(
    ("words", "heads", "deps", "expected"),
    [
        (["the", "ministry", "'s", "spokesman"], [1, 3, 1, 3], ["det", "poss", "case", "ROOT"], True),
        (["the", "spokesman"], [1, 1], ["det", "ROOT"], False),
        (["the", "country", "'s", "spokesman"], [1, 3, 1, 3], ["det", "poss", "case", "ROOT"], False),
    ],
)
def test_owner_phrase_names_a_body(
    words: list[str], heads: list[int], deps: list[str], expected: bool
) -> None:
    pos = ["PART" if w == "'s" else "DET" if w == "the" else "NOUN" for w in words]
    doc = hand_parsed(words, heads, deps, pos=pos, lemmas=[w.lower() for w in words])
    assert _owner_phrase(doc[len(words) - 1]) is expected


# --- a participle that sets the scene is not what is said ---------------------------------------


@pytest.mark.parametrize(
    ("text", "said", "scene"),
    [
        (
            "Speaking to broadcaster RTP, Costa said Portugal had no plans to leave the pact.",
            "no plans to leave the pact",
            "RTP",
        ),
        (
            "Addressing reporters in Vilnius, Nauseda said the border would stay closed.",
            "border would stay closed",
            "reporters",
        ),
    ],
)
def test_a_scene_setting_participle_is_not_content(text: str, said: str, scene: str) -> None:
    texts = [s["text"] for s in extracted(text)["statements"] if said in s["text"]]
    assert texts, "the statement is found"
    assert all(scene not in t for t in texts)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "expected"),
    [
        (["Speaking", "to", "Yle"], [0, 0, 1], ["advcl", "prep", "pobj"], ["VBG", "IN", "NNP"], True),
        (["If", "Finland", "agrees"], [2, 2, 2], ["mark", "nsubj", "advcl"], ["IN", "NNP", "VBZ"], False),
        (["While", "visiting", "Kyiv"], [1, 1, 1], ["mark", "advcl", "dobj"], ["IN", "VBG", "NNP"], False),
    ],
)
def test_framing_participle(
    words: list[str], heads: list[int], deps: list[str], tags: list[str], expected: bool
) -> None:
    doc = hand_parsed(words, heads, deps, tags=tags)
    verb = next(t for t in doc if t.dep_ == "advcl")
    assert _framing_participle(verb) is expected


# --- a quote led into by a colon, with no cue verb ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Chilean President Gabriel Boric was blunt: "Bolivia must respect the court\'s ruling."',
        'Chilean President Gabriel Boric was blunt:\n\n"Bolivia must respect the court\'s ruling."',
        'Chilean President Gabriel Boric had a message for La Paz: "Respect the ruling of the court."',
    ],
)
def test_a_colon_quote_without_cue_is_the_subjects(text: str) -> None:
    assert "Gabriel Boric" in speakers_of(extracted(text), "the court")


def test_a_colon_list_of_things_is_no_statement() -> None:
    x = extracted('The agenda of the summit had three items: "trade, security and migration".')
    assert x["statements"] == []


# --- "...; it added that ...": the clause before the semicolon is not the content ----------------


def test_a_clause_before_a_semicolon_is_not_reported_by_the_later_cue() -> None:
    text = (
        "The Malaysian government lodged a complaint with Beijing over the patrols; "
        "it added that it would raise the matter at the ASEAN summit."
    )
    texts = [s["text"] for s in extracted(text)["statements"] if "raise the matter" in s["text"]]
    assert texts, "the statement is found"
    assert all("complaint" not in t for t in texts)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "expected"),
    [
        (
            ["A", "protested", ";", "it", "added", "B"],
            [1, 4, 4, 4, 4, 4],
            ["nsubj", "ccomp", "punct", "nsubj", "ROOT", "ccomp"],
            True,
        ),
        (
            ["A", "protested", ",", "it", "added"],
            [1, 4, 4, 4, 4],
            ["nsubj", "ccomp", "punct", "nsubj", "ROOT"],
            False,
        ),
    ],
)
def test_own_clause_before(words: list[str], heads: list[int], deps: list[str], expected: bool) -> None:
    doc = hand_parsed(words, heads, deps)
    assert _own_clause_before(doc[1], doc[4]) is expected


# --- "the spokesperson" again: the body whose spokesperson spoke last ----------------------------


def test_the_spokesperson_again_speaks_for_the_same_body() -> None:
    text = (
        '"The launch violates the resolutions," a spokesperson for the Ministry of Unification said. '
        "The spokesperson urged Pyongyang to return to talks."
    )
    first = speakers_of(extracted(text), "violates the resolutions")
    again = speakers_of(extracted(text), "return to talks")
    assert first and again == first
    assert "Spokesperson" not in again


# --- beside a reported clause, a plain report's phrases are not content -------------------------


@pytest.mark.parametrize(
    ("text", "said", "setting"),
    [
        (
            "The Estonian foreign minister said on Friday that the embassy would reopen.",
            "embassy would reopen",
            "Friday",
        ),
        (
            "The junta's spokesman said on state television that the border would stay shut.",
            "border would stay shut",
            "television",
        ),
    ],
)
def test_a_plain_reports_setting_is_not_content(text: str, said: str, setting: str) -> None:
    texts = [s["text"] for s in extracted(text)["statements"] if said in s["text"]]
    assert texts, "the statement is found"
    assert all(setting not in t for t in texts)


def test_clause_only_keeps_an_appeals_phrase() -> None:
    doc = hand_parsed(
        ["X", "said", "on", "Monday", "that", "Y", "left"],
        [1, 1, 1, 2, 6, 6, 1],
        ["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "ccomp"],
    )
    assert [t.text for t in _clause_only([doc[2], doc[6]], "say")] == ["left"]
    assert [t.text for t in _clause_only([doc[2], doc[6]], "urge")] == ["on", "left"]
