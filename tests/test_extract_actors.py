"""Which mentions become actors on unseen news (issue 10, actors): states named only as places,
NER noise, collective groups that act, and later references that must meet the actor named first.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from loaders.documents import Document
from loaders.extract import extract


def run(text: str, published: str = "2024-03-05") -> dict:
    return extract(Document(text=text, published=published)).to_dict()


def names(x: dict) -> set[str]:
    return {a["name"] for a in x["actors"]}


# --- a state named only as a place --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Twelve monitors arrived from Chile and Peru on Monday, the commission said.", "Peru"),
        ("The envoy said the money was moved via Uruguay to several banks.", "Uruguay"),
        ("Mexico's foreign minister said talks would be held in Guatemala next week.", "Guatemala"),
        ("Observers from Ghana arrived from Senegal, the union said.", "Senegal"),
    ],
)
def test_a_state_named_only_where_something_happens_is_no_actor(text: str, place: str) -> None:
    assert place not in names(run(text))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The union appealed to Ghana to respect the vote.", "Ghana"),
        ("He received payments from Uruguay, the prosecutor said.", "Uruguay"),
        ("Peru accused Chile of violating the accord.", "Chile"),
    ],
)
def test_a_state_addressed_or_giving_stays_an_actor(text: str, state: str) -> None:
    assert state in names(run(text))


def test_troops_whose_state_is_not_said_are_no_actor() -> None:
    x = run("Lima said the 5,000 troops it keeps in Bolivia were holding drills with its ally.")
    assert not any(n.lower() == "troops" for n in names(x))
