"""Title forms of a person are aliases of its node (annotation guide: "title forms"), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

# --- title forms are aliases (annotation guide: "title forms") ------------------------------------


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("President Okonkwo met the envoy on Monday and said the talks were useful.", "President Okonkwo"),
        (
            "Kenyan Foreign Minister Velk Osk told reporters the border would reopen.",
            "Foreign Minister Velk Osk",
        ),
        (
            "Secretary of State Jane Roe said on Monday that the talks would resume.",
            "Secretary of State Jane Roe",
        ),
    ],
)
def test_the_title_form_a_person_is_named_by_is_an_alias(text: str, form: str) -> None:
    x = extracted(text)
    people = [a for a in x["actors"] if a["kind"] == "Person"]
    assert len(people) == 1 and form in [people[0]["name"], *people[0]["aliases"]]


def test_the_state_before_a_title_is_not_part_of_the_title_form() -> None:
    x = extracted("Kenyan Foreign Minister Velk Osk told reporters the border would reopen.")
    person = next(a for a in x["actors"] if a["kind"] == "Person")
    assert not any(f.startswith("Kenyan Foreign Minister") and f.endswith("Osk") for f in person["aliases"])


# --- a one-word organisation alias inside a person's name is the surname ----------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The minister, Anna Wagner, said the border would stay closed.", "Anna Wagner"),
        ("Foreign Minister Lise Maren Wagner said on Monday that the talks had failed.", "Lise Maren Wagner"),
    ],
)
def test_a_surname_that_is_an_organisation_alias_stays_the_persons(text: str, person: str) -> None:
    x = extracted(text)
    assert [(a["name"], a["kind"]) for a in x["actors"]] == [(person, "Person")]
    assert x["statements"][0]["speaker"] == next(a["id"] for a in x["actors"])


@pytest.mark.parametrize(
    "text", ["Russia's Wagner pulled out of the town, officials said.", "The Wagner fighters left on Monday."]
)
def test_the_organisation_alias_alone_is_still_the_organisation(text: str) -> None:
    assert "Wagner Group" in [a["name"] for a in extracted(text)["actors"]]
