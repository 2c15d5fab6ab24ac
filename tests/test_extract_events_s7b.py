"""Acts of kind Other told by a closed class of verbs (issue 10, event recall): court and state acts
on a party, sales of arms, a named person's death or burial; and the near misses that are no event."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def kinds(text: str) -> list[str]:
    return [e["kind"] for e in extracted(text)["events"]]


# --- court and state acts on a party, sales of arms, a named person's end -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The court acquitted Mira Tal of all charges on Monday.",
        "Ardan extradited the businessman to Teravia on Thursday.",
        "The ministry designated the Lorsk Foundation as an undesirable organisation.",
        "Teravia agreed to sell 12 drones to Ardan last year.",
        "Former president Ardan Velk died in Paris on Sunday, aged 80.",
    ],
)
def test_party_act_is_an_event(text: str) -> None:
    assert "Other" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The prices died down after the announcement.",
        "The plan died in committee.",
        "Many people died of old age in the village.",
        "Ardan could sell more gas to Europe if prices rise, the minister said.",
        "Ukraine will never sell its land, Zelensky said.",
        "Teravia did not extradite the businessman.",
        "The committee acquitted it of blame.",
    ],
)
def test_no_party_act_without_a_party_or_when_negated(text: str) -> None:
    assert "Other" not in kinds(text)


def test_a_person_dying_is_no_death_yet() -> None:
    assert "Other" not in kinds("Reports in Lorsk said that he is dying.")


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
