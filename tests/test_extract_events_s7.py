"""Event coverage on wordings written for it (issue 10, event recall): each kind told the ways news
tells it, and the near misses that are no event."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def kinds(text: str) -> list[str]:
    return [e["kind"] for e in extracted(text)["events"]]


def plovers(text: str) -> list[str | None]:
    return [e.get("plover") for e in extracted(text)["events"]]


# --- a verb that is also a speech cue acts on a person or a good -------------------------------


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Norway provided emergency assistance to Chile on Tuesday.", "AID"),
        ("Ghana recalled its ambassador from Lagos on Monday.", "SANCTION"),
    ],
)
def test_cue_verb_with_a_person_or_good_is_an_act(text: str, plover: str) -> None:
    assert plover in plovers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister recalled that the envoy had been helpful.",
        "The ministry provided details of the aid plan on Monday.",
    ],
)
def test_cue_verb_with_a_clause_or_a_text_is_no_act(text: str) -> None:
    assert not {"AID", "SANCTION"} & set(plovers(text))


# --- striking verbs are attacks when forces, armed men or weapons do them -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian drones hit an oil depot near Kursk on Sunday.",
        "Rebel fighters torched a village in North Kivu on Friday.",
        "The depot was hit by a missile on Tuesday.",
        "Militants murdered two border guards in Chad on Monday.",
    ],
)
def test_striking_by_armed_doers_is_an_attack(text: str) -> None:
    assert "Attack" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rising prices hit household budgets in Peru last year.",
        "The scandal destroyed the minister's reputation.",
    ],
)
def test_striking_by_other_doers_is_no_attack(text: str) -> None:
    assert "Attack" not in kinds(text)


# --- one event per happening: a later bare "the attack" is the attack already told -------------


def test_bare_definite_attack_refers_back() -> None:
    text = (
        "Rebels attacked an army base near Goma on Monday. "
        "Aid groups said the attack had forced families to flee. "
        "A local official who survived the bombing said the base was destroyed."
    )
    assert kinds(text).count("Attack") == 1


def test_attack_with_its_own_parties_is_another_attack() -> None:
    text = (
        "Rebels attacked an army base near Goma on Monday. "
        "On Wednesday, government troops attacked a rebel camp in Rutshuru."
    )
    assert kinds(text).count("Attack") == 2


# --- wordings of meetings, visits, agreements, fighting and protests ---------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("President Boric sat down with President Petro in Bogota on Monday.", "Meeting"),
        ("The Dutch foreign minister conferred with her Belgian counterpart in Ghent.", "Meeting"),
        ("Foreign Minister Penny Wong landed in Suva on Tuesday.", "Visit"),
        ("Ghana and Togo inked a border deal in Lome on Friday.", "Agreement"),
        ("Army troops battled jihadist fighters near Gao on Sunday.", "Fighting"),
        ("Some 800 Kenyan soldiers arrived in Port-au-Prince on Tuesday.", "Deployment"),
        ("Thousands of Slovaks took to the streets of Bratislava on Friday.", "Other"),
        ("Dock workers went on strike in Antwerp on Monday.", "Other"),
    ],
)
def test_news_wordings_of_events(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A rocket landed in an empty field near Sderot on Monday.", "Visit"),
        ("The minister sat with reporters for an hour.", "Meeting"),
        ("Dock workers went on strike in Antwerp on Monday.", "Attack"),
        ("The court heard the case of two prisoners of war on Monday.", "Fighting"),
        ("Prosecutors opened a war crimes case in The Hague.", "Fighting"),
        ("Analysts battled to explain the figures.", "Fighting"),
    ],
)
def test_near_misses_are_not_that_event(text: str, kind: str) -> None:
    assert kind not in kinds(text)


# --- a past passive relative clause tells an act ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two diplomats, who were expelled by Lisbon on Tuesday, flew home.",
        "The reporters, who have been detained by police since May, went on hunger strike.",
    ],
)
def test_past_passive_relative_is_an_act(text: str) -> None:
    assert "Other" in kinds(text)


def test_present_passive_relative_is_a_state() -> None:
    assert kinds("He raised the cases of citizens who are wrongfully detained in Ruritania.") == []


# --- figures of speech with event verbs -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The defence minister struck a conciliatory tone on Friday.", "Attack"),
        ("The consulate called the arrests a hostile act.", "PhoneCall"),
        ("The opposition called the referendum a sham.", "PhoneCall"),
    ],
)
def test_figurative_uses_are_no_event(text: str, kind: str) -> None:
    assert kind not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Frederiksen called President Stubb on Monday.",
        "The chancellor called her Czech counterpart.",
    ],
)
def test_calling_a_person_is_a_call(text: str) -> None:
    assert "PhoneCall" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Spain dispatched an aircraft carrier to the Gulf of Guinea on Monday.",
        "Canada sent two frigates to the Baltic Sea last week.",
    ],
)
def test_naval_and_air_assets_are_forces(text: str) -> None:
    assert "Deployment" in kinds(text)
