"""Event participants, round 7 (issue 10): who stands for whom in an armed act, on the project's
own sentences and hand-built actors."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from loaders.extract.mentions import Actor
from loaders.extract.sides import office_side
from tests.helpers import extracted


def participants(text: str, kind: str) -> list[set[str]]:
    x = extracted(text)
    ids = {a["id"]: a["name"] for a in x["actors"]}
    return [{ids[p["actor"]] for p in e["participants"]} for e in x["events"] if e["kind"] == kind]


def _acts(*actors: Actor) -> Any:
    return SimpleNamespace(by_name={a.name: a for a in actors})


@pytest.mark.parametrize(
    ("role", "side"),
    [
        ("President", "Teravia"),
        ("Prime Minister", "Teravia"),
        ("Defence Minister", "Teravia"),
        ("National Security Advisor", "Teravia"),
        ("leadership", "Arko Velt"),  # "the rebel leadership of Arko Velt"
        ("separatist", "Arko Velt"),
        (None, "Arko Velt"),  # an affiliation read from "independence from Teravia"
    ],
)
def test_a_person_fights_for_the_state_only_as_its_office_holder(role: str | None, side: str) -> None:
    acts = _acts(Actor("Arko Velt", "Person", affiliation="Teravia", role=role))
    assert office_side("Arko Velt", acts) == side


@pytest.mark.parametrize(
    ("actor", "side"),
    [
        (Actor("Teravia", "State"), "Teravia"),
        (Actor("Teravian army", "GovernmentBody", affiliation="Teravia", role="army"), "Teravian army"),
        (Actor("Mara Osk", "Person", role="President"), "Mara Osk"),  # no state known
    ],
)
def test_other_actors_stand_for_themselves(actor: Actor, side: str) -> None:
    assert office_side(actor.name, _acts(actor)) == side


def test_unknown_names_stand_for_themselves() -> None:
    assert office_side("Nobody", _acts()) == "Nobody"


# --- an act with no party in its own phrase: the subject of its clause, not a speaker or judge ----


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        (
            "Ahmed Hassan was the only man convicted over the bombing of the embassy in 1998.",
            "Attack",
            {"Ahmed Hassan"},
        ),
        ("Chile and Peru were the first states to sign the accord.", "Agreement", {"Chile", "Peru"}),
    ],
)
def test_an_act_without_parties_is_its_clause_subjects(text: str, kind: str, parties: set[str]) -> None:
    assert participants(text, kind) == [parties]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya condemned the attack on the market.", "Attack"),
        ("Ethiopia said the blockade of the port had cost billions.", "Other"),
    ],
)
def test_who_judges_or_reports_an_act_is_not_its_party(text: str, kind: str) -> None:
    assert participants(text, kind) == [set()]
