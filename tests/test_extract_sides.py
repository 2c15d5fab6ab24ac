"""The one notion of a party's side (loaders/extract/sides.py), on hand-built actors."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from loaders.extract.mentions import Actor
from loaders.extract.sides import OWNED_KINDS, side_of, state_sides, states_of, voice_side


def _acts(*actors: Actor) -> Any:
    return SimpleNamespace(by_name={a.name: a for a in actors})


ACTS = _acts(
    Actor("Ardan", "State", country="ARD"),
    Actor("Velkia", "State", country="VLK"),
    Actor("Ardan Defence Ministry", "GovernmentBody", country="ARD", affiliation="Ardan"),
    Actor("Mira Tal", "Person", affiliation="Ardan"),
    Actor("Ivo Renn", "Person", affiliation="Velkia"),
    Actor("Oskar Bel", "Person", affiliation="Zarnia"),  # a state the article never names
    Actor("Lena Ost", "Person"),  # acting for no state (a rebel leader)
    Actor("Red Hand", "ArmedGroup", country="ARD"),
)


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("Mira Tal", "Ardan"),  # a person stands for her state
        ("Ardan", "Ardan"),  # a state for itself
        ("Lena Ost", "Lena Ost"),  # a person acting for no one for herself
        ("Red Hand", "Red Hand"),  # an armed group for itself
        ("Oskar Bel", "Zarnia"),  # the affiliation even when the article lacks it
        ("Nobody Known", "Nobody Known"),  # an unknown name for itself
    ],
)
def test_side_of(name: str, side: str) -> None:
    assert side_of(name, ACTS) == side


def test_side_of_keeps_a_body_by_default_and_maps_it_on_request() -> None:
    assert side_of("Ardan Defence Ministry", ACTS) == "Ardan Defence Ministry"
    assert side_of("Ardan Defence Ministry", ACTS, OWNED_KINDS) == "Ardan"
    assert side_of("Ardan Defence Ministry", ACTS, frozenset({"GovernmentBody"})) == "Ardan"


@pytest.mark.parametrize(
    ("names", "states", "state_only"),
    [
        (["Mira Tal", "Ardan", "Ivo Renn"], ["Ardan", "Velkia"], ["Ardan", "Velkia"]),
        (["Mira Tal", "Red Hand"], ["Ardan", "Red Hand"], ["Ardan"]),  # groups: no state
        (["Lena Ost", "Velkia"], ["Lena Ost", "Velkia"], ["Velkia"]),  # nor a person of no state
        (["Nobody Known", "Ivo Renn"], ["Velkia"], ["Velkia"]),  # unknown names dropped
        (["Ardan Defence Ministry"], ["Ardan Defence Ministry"], []),  # bodies only when asked
    ],
)
def test_states_of_and_state_sides(names: list[str], states: list[str], state_only: list[str]) -> None:
    assert states_of(names, ACTS) == states
    assert state_sides(names, ACTS) == state_only


def test_state_sides_of_forces() -> None:
    forces = frozenset({"GovernmentBody"})
    assert state_sides(["Ardan Defence Ministry", "Velkia", "Mira Tal"], ACTS, forces) == ["Ardan", "Velkia"]


@pytest.mark.parametrize(
    ("name", "voice"),
    [
        ("Mira Tal", "Ardan"),
        ("Ardan Defence Ministry", "Ardan"),  # a ministry speaks for its state
        ("Oskar Bel", "Oskar Bel"),  # a state the article lacks: the person speaks
        ("Lena Ost", "Lena Ost"),
    ],
)
def test_voice_side(name: str, voice: str) -> None:
    assert voice_side(name, ACTS) == voice
