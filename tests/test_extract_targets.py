"""Statement targets (issue 11, convention C5): the addressee the cue names and, in a readout, the
other party of the conversation, plus the actors the content is about; never the speaker's own
side, the co-signatories listed with it, or the outlet a statement was given to. Sentences are
written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from loaders.documents import Document
from loaders.extract import extract
from loaders.extract.events import Ev
from loaders.extract.mentions import Actor
from loaders.extract.speech import St, conversation_parties, own_sides, settle_targets


def run(text: str, published: str = "2024-03-05") -> dict:
    return extract(Document(text=text, published=published)).to_dict()


def statements(x: dict) -> list[tuple[str, set[str], str]]:
    """(speaker, targets, text) of every statement, by name."""
    ids = {a["id"]: a["name"] for a in x["actors"]}
    return [(ids[s["speaker"]], {ids[t] for t in s["targets"]}, s["text"]) for s in x["statements"]]


def by(x: dict, word: str) -> list[tuple[str, set[str], str]]:
    return [s for s in statements(x) if word in s[0]]


# --- the speaker's own side, on hand-built actors -----------------------------------------------


def _acts(*actors: Actor) -> SimpleNamespace:
    by_name = {a.name: a for a in actors}
    return SimpleNamespace(by_name=by_name, kind=lambda n: by_name[n].kind if n in by_name else None)


ACTS = _acts(
    Actor("Ardan", "State", country="ARD"),
    Actor("Velkia", "State", country="VLK"),
    Actor("Ardan Defence Ministry", "GovernmentBody", country="ARD", affiliation="Ardan"),
    Actor("Mira Tal", "Person", affiliation="Ardan Defence Ministry"),
    Actor("Ivo Renn", "Person", country="VLK"),
    Actor("Lena Ost", "Person"),
    Actor("Ardanian people", "Group", country="ARD"),
)


@pytest.mark.parametrize(
    ("speaker", "own"),
    [
        ("Mira Tal", {"Mira Tal", "Ardan Defence Ministry", "Ardan"}),  # her body, and its state
        ("Ivo Renn", {"Ivo Renn", "Velkia"}),  # the state of his country
        ("Ardan Defence Ministry", {"Ardan Defence Ministry", "Ardan"}),
        ("Lena Ost", {"Lena Ost"}),  # nothing known: only herself
    ],
)
def test_own_side_is_the_affiliation_chain_and_the_home_state(speaker: str, own: set[str]) -> None:
    assert own_sides(speaker, ACTS) == own  # type: ignore[arg-type]


def _st(speaker: str, targets: list[str], at: int = 50) -> St:
    cue = SimpleNamespace(i=at)
    return St(speaker, cue, "Report", "010", None, "indirect", "x", 0, 1, (0, 1), targets=list(targets))  # type: ignore[arg-type]


def _ev(kind: str, participants: list[str], at: int = 10, status: str = "reported") -> Ev:
    return Ev(kind, SimpleNamespace(i=at), participants=list(participants), status=status)  # type: ignore[arg-type]


def test_own_state_and_anonymous_inhabitants_are_dropped_and_the_other_party_comes_first() -> None:
    st = _st("Ivo Renn", ["Velkia", "Ardanian people", "Ardan"])
    settle_targets(st, _ev("PhoneCall", ["Ivo Renn", "Mira Tal"]), ACTS)  # type: ignore[arg-type]
    assert st.targets == ["Mira Tal", "Ardan"]


@pytest.mark.parametrize(
    ("kind", "participants", "expected"),
    [
        ("PhoneCall", ["Ivo Renn", "Mira Tal"], ["Mira Tal"]),
        ("Meeting", ["Velkia", "Ardan"], ["Ardan"]),  # the speaker's state took part
        ("Summit", ["Ivo Renn", "Mira Tal"], []),  # many parties: not addressed to each
        ("PhoneCall", ["Mira Tal", "Lena Ost"], []),  # the speaker was not in the call
        ("Meeting", ["Ivo Renn", "Mira Tal", "Lena Ost"], ["Mira Tal", "Lena Ost"]),
        ("Meeting", ["Ivo Renn", "Mira Tal", "Lena Ost", "Ardan"], []),  # a round of talks
    ],
)
def test_conversation_parties(kind: str, participants: list[str], expected: list[str]) -> None:
    assert conversation_parties(_st("Ivo Renn", []), _ev(kind, participants), ACTS) == expected  # type: ignore[arg-type]


def test_a_readout_sentence_without_a_link_still_targets_the_one_call() -> None:
    call = _ev("PhoneCall", ["Ivo Renn", "Mira Tal"], at=5)
    st = _st("Ivo Renn", [], at=40)
    settle_targets(st, None, ACTS, [call])  # type: ignore[arg-type]
    assert st.targets == ["Mira Tal"]
    far = _st("Ivo Renn", [], at=900)  # pages later: no longer reporting the call
    settle_targets(far, None, ACTS, [call])  # type: ignore[arg-type]
    assert far.targets == []


# --- whole sentences ---------------------------------------------------------------------------


def test_readout_statements_target_the_other_leader() -> None:
    x = run(
        "French President Emmanuel Macron spoke by telephone with German Chancellor Olaf Scholz "
        "on Monday. Macron stressed the importance of new investment in rail freight."
    )
    stressed = [s for s in by(x, "Macron") if "rail" in s[2]]
    assert stressed and "Olaf Scholz" in stressed[0][1]


def test_the_speakers_own_state_is_not_a_target() -> None:
    x = run(
        "French President Emmanuel Macron said France would keep supporting Moldova's bid to join the bloc."
    )
    sts = by(x, "Macron")
    assert sts and all("France" not in s[1] for s in sts)
    assert any("Moldova" in s[1] for s in sts)


def test_the_outlet_told_is_not_a_target() -> None:
    x = run("German Chancellor Olaf Scholz told CNN that Poland must spend more on its air defences.")
    sts = by(x, "Scholz")
    assert sts and all("CNN" not in s[1] for s in sts)
    assert any("Poland" in s[1] for s in sts)


def test_an_addressee_and_the_actors_of_the_content_are_both_targets() -> None:
    x = run("Emmanuel Macron urged Olaf Scholz to lift the sanctions on Iran.")
    sts = by(x, "Macron")
    assert sts and {"Olaf Scholz", "Iran"} <= sts[0][1]


def test_a_joint_act_of_two_leaders_targets_each_other_and_the_content() -> None:
    x = run("Emmanuel Macron and Olaf Scholz welcomed the ceasefire agreed by Sudan.")
    got = {s[0]: s[1] for s in statements(x)}
    assert {"Olaf Scholz", "Sudan"} <= got.get("Emmanuel Macron", set())
    assert {"Emmanuel Macron", "Sudan"} <= got.get("Olaf Scholz", set())


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Norway condemned the arrests of journalists by Chad's Defence Ministry.", "Chad"),
        ("The European Union criticised Kenya's police for the raids.", "Kenya"),
        ("Canada said Ethiopia's Foreign Ministry had rejected the proposal.", "Ethiopia"),
    ],
)
def test_a_body_is_the_target_not_the_state_owning_it(text: str, state: str) -> None:
    sts = statements(run(text))  # the body's own reported act may stand beside, aimed at no one
    assert any(s[1] for s in sts) and all(state not in s[1] for s in sts)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Macron said the people of Moldova deserved a peaceful winter.", "Moldova"),
        ("Macron said the citizens of Chad had suffered enough.", "Chad"),
        ("Scholz asked the government of Chad to release the journalists.", "Chad"),
    ],
)
def test_the_state_whose_people_or_body_is_meant_is_not_a_target(text: str, state: str) -> None:
    sts = statements(run(text))
    assert sts and all(state not in s[1] for s in sts)
