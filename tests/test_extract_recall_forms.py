"""Attribution forms of news prose that every outlet uses (issue 11), each on sentences written
for these tests: a speaker named again by surname alone, a pronoun whose gender only a title
gives, inverted and parenthetical cues, quotes after a colon, unnamed sources referred to again."""

from __future__ import annotations

import pytest

from tests.helpers import extracted, speakers_of

run = extracted


# --- who a later mention is ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a surname alone, which the entity tagger passes over at the start of a sentence
        (
            "The bloc's foreign policy chief, Karl Weber, urged Teravia to pull back its artillery. "
            "Weber also warned that the bloc would consider new measures if the shelling went on.",
            "consider new measures",
            {"Karl Weber"},
        ),
        # a surname the tagger took for a title after a quote
        (
            "The university rector, Paul Dressen, had earlier defended the invitation. "
            '"A university must be a place where uncomfortable views can be heard," Dressen said.',
            "uncomfortable views",
            {"Paul Dressen"},
        ),
        (
            "Red Cross envoy Tomas Lindqvist visited the camp on Monday. "
            "Lindqvist said the families had been without water for a week.",
            "without water",
            {"Tomas Lindqvist"},
        ),
    ],
)
def test_a_surname_alone_is_the_person_named_before(text: str, words: str, expected: set[str]) -> None:
    assert speakers_of(run(text), words) == expected


@pytest.mark.parametrize(
    "title",
    ["spokeswoman", "Chairwoman"],
)
def test_she_is_the_person_a_female_title_names(title: str) -> None:
    text = (
        f"Ministry {title} Li Wen called for calm on Tuesday. "
        "All parties should settle their differences through dialogue, she said."
    )
    assert speakers_of(run(text), "through dialogue") == {"Li Wen"}


def test_she_with_no_woman_named_is_the_last_person() -> None:
    text = (
        "Foreign ministry spokesperson Wang Lin called for calm on Tuesday. "
        "All parties should settle their differences through dialogue, she said."
    )
    assert speakers_of(run(text), "through dialogue") == {"Wang Lin"}


def test_she_is_not_a_man_a_title_names() -> None:
    text = (
        "Foreign Minister Maria Santos met Interior Ministry spokesman Lin Pao on Tuesday. "
        "Lin Pao said the border would stay open. "
        "The talks had been useful, she said."
    )
    assert speakers_of(run(text), "had been useful") == {"Maria Santos"}


@pytest.mark.parametrize(
    "before",
    ["Queen Rania and", "Princess Noor and"],
)
def test_a_female_word_before_another_name_gives_no_gender(before: str) -> None:
    # the title window stops at a preposition, a conjunction or another actor's name
    text = (
        f"Ministry spokeswoman Maria Santos met {before} Omar Haddad on Tuesday. "
        "Omar Haddad said the border would stay open. "
        "The talks had been useful, she said."
    )
    assert speakers_of(run(text), "had been useful") == {"Maria Santos"}


# --- a cue after what it reports, hung by the parser on the reported clause ---------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Talks between Ardania and Teravia ended without agreement on Friday, the United Nations "
            "said, but the envoys will meet again.",
            "ended without agreement",
            {"United Nations"},
        ),
        (
            "The drones were launched from near Korvi, the Joint Chiefs of Staff said in a text message.",
            "drones were launched",
            {"Joint Chiefs of Staff"},
        ),
    ],
)
def test_an_inverted_cue_reports_the_clause_before_it(text: str, words: str, expected: set[str]) -> None:
    assert speakers_of(run(text), words) == expected


def test_a_verb_joined_by_and_is_no_inverted_cue() -> None:
    text = "Ardania shelled the port overnight and said the strike answered a raid on its border post."
    assert speakers_of(run(text), "shelled the port") == set()
    assert speakers_of(run(text), "answered a raid") == {"Ardania"}


# --- a name the actor pass left out --------------------------------------------------------------


def test_a_mislabelled_name_speaking_is_a_person() -> None:
    text = '"The talks were hard but useful," U.N. envoy Sofia Brandt told reporters after the session.'
    assert speakers_of(run(text), "hard but useful") == {"Sofia Brandt"}


def test_a_plural_proper_noun_is_no_person() -> None:
    from loaders.extract.pipeline import load_nlp
    from loaders.extract.speech.speakers import _name_run

    doc = load_nlp()("The Joint Chiefs said the drill was over.")
    chiefs = next(t for t in doc if t.text == "Chiefs")
    assert _name_run(chiefs) == []


# --- quotes after the cue sentence --------------------------------------------------------------


def test_a_quote_paragraph_after_a_report_is_that_speakers() -> None:
    text = (
        "Ardanian defence minister Tomas Velk resigned on Monday.\n\n"
        "Velk said he had done nothing wrong but would step down to protect the government.\n\n"
        '"I have served this country with honour for thirty years. I will not let lies harm my colleagues."\n\n'
        "The prime minister accepted the resignation."
    )
    assert speakers_of(run(text), "served this country") == {"Tomas Velk"}


def test_a_quote_paragraph_with_its_own_cue_is_not_the_last_speakers() -> None:
    text = (
        "Velk said he had done nothing wrong.\n\n"
        '"He should have gone months ago," opposition leader Marek Lis told reporters.'
    )
    assert speakers_of(run(text), "gone months ago") == {"Marek Lis"}


def test_a_colon_after_a_channel_opens_the_quote_in_the_next_paragraph() -> None:
    text = (
        "Chilean Foreign Minister Alberto van Klaveren wrote on social media:\n\n"
        '"Chile stands ready to host talks between the two parties at any time."'
    )
    x = run(text)
    assert speakers_of(x, "stands ready to host talks") == {"Alberto van Klaveren"}
    assert speakers_of(x, "on social media") == set()


# --- verbs of judging and conveying beyond the common cues --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Israel ruled out a ceasefire with Hamas on Tuesday.", "Rejection"),
        ("China hit out at the American arms sale to Taiwan.", "Criticism"),
        ("The Kremlin played down the risk of a war with NATO.", "Denial"),
        ("The Kremlin shrugged off Western criticism of the election.", "Rejection"),
        ("President Biden shared his concerns about the military drills near Taiwan.", "Criticism"),
        ("Japan renewed its call for the release of the abducted citizens.", "Appeal"),
    ],
)
def test_more_speech_verbs_with_their_complement(sentence: str, kind: str) -> None:
    x = run(sentence)
    assert [s["kind"] for s in x["statements"]] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow has demanded that the NATO alliance permanently rule out Ukraine's bid for membership.",
        "Israel itself has not protested the pending sale of jets to Egypt.",
        "The two countries share a long border in the Andes.",
        "Rescuers hit the rubble with hammers all night in Antakya.",
    ],
)
def test_no_speech_without_the_complement_or_the_act(sentence: str) -> None:
    x = run(sentence)
    assert not [s for s in x["statements"] if s["cue"].split()[0] in ("rule", "protested", "share", "hit")]


# --- an unnamed source named again -------------------------------------------------------------


@pytest.mark.parametrize(
    ("second", "words", "expected"),
    [
        (
            "According to a Western diplomatic source, the bloc is preparing new sanctions. "
            "The source said the measures could be adopted next week.",
            "adopted next week",
            {"Western diplomatic source"},
        ),
        (
            "A senior European diplomat said the talks had stalled. "
            "The diplomat added that the bloc was preparing new sanctions.",
            "preparing new sanctions",
            {"Senior European diplomat"},
        ),
    ],
)
def test_the_source_again_is_the_unnamed_source_not_the_last_person(
    second: str, words: str, expected: set[str]
) -> None:
    text = "Teravian President Mira Ostan insisted on Monday that the vote had been fair. " + second
    assert speakers_of(run(text), words) == expected
