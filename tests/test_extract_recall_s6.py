"""Statement recall and speakers, round 6: each rule on sentences written for it."""

from __future__ import annotations

import pytest

from tests.helpers import extracted, speakers_of

# --- "media" is a source (spaCy's lemma of "media" is "medium") ----------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Hundreds of dock workers marched outside the port of Aden on Saturday, local media reported.",
            "dock workers",
            "Local media",
        ),
        (
            "Turkish media reported that two soldiers were killed near the border.",
            "two soldiers",
            "Turkish media",
        ),
        ("State media said the president had left the capital.", "left the capital", "State media"),
    ],
)
def test_media_named_as_such_are_the_source(text: str, words: str, speaker: str) -> None:
    assert speakers_of(extracted(text), words) == {speaker}
