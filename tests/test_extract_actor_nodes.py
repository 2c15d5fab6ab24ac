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
