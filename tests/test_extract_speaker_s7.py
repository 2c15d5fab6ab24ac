"""Speakers on unseen news (issue 11, round 7), each rule on sentences written for it: a bare
plural role noun brings in new people rather than naming the last speaker again."""

from __future__ import annotations

import pytest

from loaders.extract.resolve import _refers_back
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
