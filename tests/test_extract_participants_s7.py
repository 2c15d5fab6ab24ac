"""Event participants, round 7 (issue 10): who stands for whom in an armed act, on the project's
own sentences and hand-built actors."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from loaders.extract.mentions import Actor
from loaders.extract.sides import office_side


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
