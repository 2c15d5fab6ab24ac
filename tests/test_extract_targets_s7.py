"""Statement targets and kinds, round 7 (issue 11): the outlet a statement was given through is the
channel, not a target (C5), and the kinds the guide takes from CAMEO's demand block (C8: "press"
is a demand, a mandative subjunctive after "insist" too). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def _statements(text: str) -> list[tuple[str, str, set[str]]]:
    """(speaker, kind, targets) of every statement of a text, by name."""
    x = extracted(text)
    ids = {a["id"]: a["name"] for a in x["actors"]}
    return [(ids[s["speaker"]], s["kind"], {ids[t] for t in s["targets"]}) for s in x["statements"]]


# --- C5: the outlet is the channel ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            '"We have no plans to leave," Hamas official Osama Hamdan told the Associated Press.',
            "Associated Press",
        ),
        (
            "Speaking to CNN, Venezuelan President Nicolas Maduro said the United States was plotting a coup.",
            "CNN",
        ),
        ("Cuban official Ricardo Alarcon told CNN's Spanish service that the talks had stalled.", "CNN"),
        (
            "Pakistan's prime minister said in an interview with Reuters that India had broken the truce.",
            "Reuters",
        ),
        (
            "The Iranian foreign minister told Al Jazeera that Tehran would answer any Israeli strike.",
            "Al Jazeera",
        ),
    ],
)
def test_the_outlet_a_statement_was_given_to_is_no_target(text: str, outlet: str) -> None:
    sts = _statements(text)
    assert sts
    assert all(outlet not in targets for _, _, targets in sts)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The Kremlin accused CNN of spreading lies about the war.", "CNN"),
        ("The Indian government criticised Reuters for its report on the border clash.", "Reuters"),
    ],
)
def test_an_outlet_the_statement_is_about_stays_a_target(text: str, outlet: str) -> None:
    assert any(outlet in targets for _, _, targets in _statements(text))


# --- C8: press and the mandative subjunctive are demands --------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The United States pressed Israel to allow more aid into Gaza.", "Demand"),
        ("French President Emmanuel Macron pressed for a ceasefire in Lebanon.", "Demand"),
        ("The German government pressed Serbia to recognise the vote.", "Demand"),
        ("Ukraine insisted that Russia withdraw all of its troops.", "Demand"),
        ("Mr Castillo insisted that he had won the vote fairly.", "Report"),  # an assertion
        ("The Kenyan government urged Somalia to hand over the suspects.", "Appeal"),  # urge stays
        # CAMEO's appeal block (020) with a mandative clause is an appeal, an assertion is not
        ("The Swiss foreign minister suggested that the two sides resume talks in Geneva.", "Appeal"),
        ("The Swiss foreign minister suggested that the talks had failed.", "Report"),
    ],
)
def test_press_insist_and_suggest_that_x_do_follow_their_cameo_block(text: str, kind: str) -> None:
    kinds = [k for _, k, _ in _statements(text)]
    assert kinds and kinds[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Kenyan foreign ministry said the ceasefire must be respected by all sides.", "Demand"),
        ("The Norwegian government said the detained aid workers must be freed.", "Demand"),
        ("The African Union said all parties must return to the negotiating table.", "Demand"),
        ("The Chilean president said Venezuela must release the opposition leaders.", "Demand"),
        ("The Chilean president said we must work harder for peace in the region.", "Appeal"),
        ("The Chilean president said the parties should return to the negotiating table.", "Appeal"),
    ],
)
def test_must_binding_others_is_a_demand_should_and_we_must_an_appeal(text: str, kind: str) -> None:
    kinds = [k for _, k, _ in _statements(text)]
    assert kinds and kinds[0] == kind


# --- C4/C5: a state's name inside a geographic name is a place, no target ---------------------------


@pytest.mark.parametrize(
    ("text", "place_state"),
    [
        (
            "The Japanese foreign minister stressed the importance of stability across the Taiwan Strait.",
            "Taiwan",
        ),
        ("The Chilean navy said it would patrol the Korea Strait with its allies.", "South Korea"),
    ],
)
def test_a_state_named_in_a_geographic_name_is_no_target(text: str, place_state: str) -> None:
    sts = _statements(text)
    assert sts
    assert all(place_state not in targets for _, _, targets in sts)


def test_the_state_itself_stays_a_target() -> None:
    sts = _statements("The Japanese foreign minister urged Taiwan to keep the strait open.")
    assert any("Taiwan" in targets for _, _, targets in sts)
