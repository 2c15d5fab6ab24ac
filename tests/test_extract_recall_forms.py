"""Attribution forms of news prose that every outlet uses (issue 11), each on sentences written
for these tests: a speaker named again by surname alone, a pronoun whose gender only a title
gives, inverted and parenthetical cues, quotes after a colon, unnamed sources referred to again."""

from __future__ import annotations

import pytest

from loaders.documents import Document
from loaders.extract import extract


def run(text: str, published: str = "2024-03-05") -> dict:
    return extract(Document(text=text, published=published)).to_dict()


def spoken(x: dict) -> list[tuple[str, str]]:
    """(speaker name, statement text) of every statement."""
    ids = {a["id"]: a["name"] for a in x["actors"]}
    return [(ids[s["speaker"]], s["text"]) for s in x["statements"]]


def speakers_of(x: dict, words: str) -> set[str]:
    return {who for who, text in spoken(x) if words in text}


# --- who a later mention is ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a surname alone, which the entity tagger passes over at the start of a sentence
        (
            "The bloc's foreign policy chief, Karl Weber, urged Teravia to pull back its artillery. "
            "Weber also warned that the bloc would consider new measures if the shelling went on.",
            "consider new measures",
            {"Karl Weber"},
        ),
        (
            "Red Cross envoy Tomas Lindqvist visited the camp on Monday. "
            "Lindqvist said the families had been without water for a week.",
            "without water",
            {"Tomas Lindqvist"},
        ),
    ],
)
def test_a_surname_alone_is_the_person_named_before(text: str, words: str, expected: set[str]) -> None:
    assert speakers_of(run(text), words) == expected


@pytest.mark.parametrize(
    "title",
    ["spokeswoman", "Chairwoman"],
)
def test_she_is_the_person_a_female_title_names(title: str) -> None:
    text = (
        f"Ministry {title} Li Wen called for calm on Tuesday. "
        "All parties should settle their differences through dialogue, she said."
    )
    assert speakers_of(run(text), "through dialogue") == {"Li Wen"}


def test_she_with_no_woman_named_is_the_last_person() -> None:
    text = (
        "Foreign ministry spokesperson Wang Lin called for calm on Tuesday. "
        "All parties should settle their differences through dialogue, she said."
    )
    assert speakers_of(run(text), "through dialogue") == {"Wang Lin"}


def test_she_is_not_a_man_a_title_names() -> None:
    text = (
        "Foreign Minister Maria Santos met Interior Ministry spokesman Lin Pao on Tuesday. "
        "Lin Pao said the border would stay open. "
        "The talks had been useful, she said."
    )
    assert speakers_of(run(text), "had been useful") == {"Maria Santos"}
