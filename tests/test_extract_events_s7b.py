"""Event detection (issue 10): economic penalties are sanctions, announced aid is an event, an act
said not to have happened is none; and the near misses on each side."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def kinds(text: str) -> list[str]:
    return [e["kind"] for e in extracted(text)["events"]]


# --- economic penalties are sanctions ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Washington froze the assets of three Veloran banks on Monday.",
        "The Treasury blacklisted two Veloran shipping firms on Tuesday.",
    ],
)
def test_economic_penalty_is_a_sanction(text: str) -> None:
    assert "Sanction" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ardan froze talks with Teravia after the incident.",
        "The government froze fuel prices until March.",
    ],
)
def test_freezing_what_is_no_holding_is_no_sanction(text: str) -> None:
    assert "Sanction" not in kinds(text)


# --- aid a party announces or pledges ------------------------------------------------------------


def test_announced_aid_is_an_event() -> None:
    assert "Other" in kinds("The European Union announced aid for Teravia on Monday.")


def test_aid_only_spoken_of_is_no_event() -> None:
    assert "Other" not in kinds("The agency said aid for Teravia was urgently needed.")


# --- an act said not to have happened -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Teravia has not protested the pending sale of the frigates.",
        "Ardan received no request for assistance from Lorsk.",
        "Teravia did not expel any diplomats.",
    ],
)
def test_negated_act_is_no_event(text: str) -> None:
    assert "Other" not in kinds(text)


def test_the_same_act_unnegated_is_an_event() -> None:
    assert "Other" in kinds("Teravia protested the pending sale of the frigates on Monday.")


# --- an event noun with "no" names no event ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("There were no talks between Ardan and Teravia last year.", "Talks"),
        ("No attack on the base was reported on Monday.", "Attack"),
    ],
)
def test_no_event_noun_is_no_event(text: str, kind: str) -> None:
    assert kind not in kinds(text)


def test_the_event_noun_without_no_is_an_event() -> None:
    assert "Talks" in kinds("The talks between Ardan and Teravia ended on Monday.")
