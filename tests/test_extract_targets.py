"""Statement targets (issue 11, convention C5): the addressee the cue names and, in a readout, the
other party of the conversation, plus the actors the content is about; never the speaker's own
side, the co-signatories listed with it, or the outlet a statement was given to. Sentences are
written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from loaders.extract.events import Ev
from loaders.extract.mentions import Actor
from loaders.extract.speech import St, conversation_parties, own_sides, settle_targets
from tests.helpers import extracted

run = extracted


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


# --- round s4: target classes of unseen news, on sentences written for them ---------------------


def _targets_of(text: str, speaker: str) -> list[set[str]]:
    return [s[1] for s in statements(run(text)) if s[0] == speaker]


@pytest.mark.parametrize(
    ("text", "denier", "accuser"),
    [
        (
            "The Kenyan opposition said the vote had been rigged. The electoral commission denied the claims.",
            "Electoral commission",
            "Kenyan opposition",
        ),
        (
            "The Israeli military said Hezbollah fired rockets at the town. Hezbollah denied firing the rockets.",
            "Hezbollah",
            "Israel Defense Forces",
        ),
    ],
)
def test_a_denial_answers_the_speaker_it_denies(text: str, denier: str, accuser: str) -> None:
    assert any(accuser in t for t in _targets_of(text, denier))


def test_rejecting_an_idea_stated_in_place_answers_no_earlier_speaker() -> None:
    text = (
        "Chinese Foreign Minister Wang Yi told his Philippine counterpart that Manila must stop provocations. "
        "The Philippines rejected the idea of joint patrols with China."
    )
    assert _targets_of(text, "Philippines") == [{"China"}]


@pytest.mark.parametrize(
    ("text", "speaker", "attacker"),
    [
        (
            "Al-Shabaab fighters raided a police station in Garissa on Friday. "
            "Kenyan President William Ruto condemned the raid.",
            "William Ruto",
            "Al-Shabaab",
        ),
        (
            "Russian forces shelled the Ukrainian city of Kharkiv overnight, regional officials said. "
            "The European Union condemned the shelling as a war crime.",
            "European Union",
            "Russian forces",
        ),
    ],
)
def test_condemning_a_reported_attack_targets_the_attacker(text: str, speaker: str, attacker: str) -> None:
    assert any(attacker in t for t in _targets_of(text, speaker))


@pytest.mark.parametrize(
    ("text", "speaker", "partner"),
    [
        (
            "In a phone call with German Chancellor Olaf Scholz on Tuesday, Turkish President Tayyip Erdogan "
            "said Ankara wanted a swift ceasefire.",
            "Recep Tayyip Erdoğan",
            "Olaf Scholz",
        ),
        (
            "During his meeting with Indian Prime Minister Narendra Modi, Australian Prime Minister Anthony "
            "Albanese stressed the need for closer defence ties.",
            "Anthony Albanese",
            "Narendra Modi",
        ),
    ],
)
def test_the_partner_of_a_framing_call_or_meeting_is_a_target(text: str, speaker: str, partner: str) -> None:
    assert any(partner in t for t in _targets_of(text, speaker))


def test_the_outlet_of_a_framing_interview_is_not_a_target() -> None:
    text = "The Brazilian president said in an interview with CNN that Venezuela must publish the results."
    sts = statements(run(text))
    assert sts and all("CNN" not in s[1] for s in sts) and any("Venezuela" in s[1] for s in sts)


def test_both_marks_a_joint_act_aimed_at_each_other() -> None:
    x = run("France and Germany both urged restraint on Monday.")
    assert sorted((s[0], sorted(s[1])) for s in statements(x)) == [
        ("France", ["Germany"]),
        ("Germany", ["France"]),
    ]


def test_a_speaking_office_targets_its_owner_when_it_reports_on_him() -> None:
    text = "Ruto's office said William Ruto had spoken with Somali President Hassan Sheikh Mohamud about security."
    assert _targets_of(text, "Ruto's office") == [{"William Ruto", "Hassan Sheikh Mohamud"}]


def test_relative_clause_on_a_party_names_no_target() -> None:
    text = "Washington urged Qatar and Egypt, which both mediate with Hamas, to press for a ceasefire."
    assert _targets_of(text, "United States") == [{"Qatar", "Egypt"}]


def test_the_passive_subject_of_a_cue_with_an_agent_is_what_is_said() -> None:
    assert _targets_of("Tbilisi's bid to join NATO is fiercely opposed by Moscow.", "Russia") == [
        {"Georgia", "NATO"}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Germany said the annexation breached the UN Charter.",
        "The European Union said the launch violated UN Security Council resolutions.",
    ],
)
def test_the_issuer_of_an_invoked_legal_text_is_not_a_target(text: str) -> None:
    sts = statements(run(text))
    assert sts and all(not s[1] & {"United Nations", "UN Security Council"} for s in sts)


@pytest.mark.parametrize(
    ("text", "speaker", "state"),
    [
        ("The United Nations condemned the Israeli strike on a school in Gaza.", "United Nations", "Israel"),
        (
            "Lithuania warned that a Russian attack on the Baltic states could not be ruled out.",
            "Lithuania",
            "Russia",
        ),
    ],
)
def test_the_state_of_a_hostile_act_adjective_is_a_target(text: str, speaker: str, state: str) -> None:
    assert any(state in t for t in _targets_of(text, speaker))


def test_an_official_voice_is_not_aimed_at_its_own_forces() -> None:
    acts = _acts(
        Actor("Ardan", "State", country="ARD"),
        Actor("Ardanian forces", "GovernmentBody", country="ARD", affiliation="Ardan"),
        Actor("Mira Tal", "Person", country="ARD", affiliation="Ardan"),  # an official
        Actor("Ivo Renn", "Person", country="ARD", affiliation="Ardan Freedom Party"),  # a party's voice
        Actor("Ardan Freedom Party", "Organization", country="ARD"),
    )
    assert "Ardanian forces" in own_sides("Mira Tal", acts)  # type: ignore[arg-type]
    assert "Ardanian forces" not in own_sides("Ivo Renn", acts)  # type: ignore[arg-type]
    assert "Ardanian forces" in own_sides("Ardan", acts)  # type: ignore[arg-type]


def test_a_state_speaking_in_a_readout_is_on_its_leaders_side_of_the_call() -> None:
    # "the United States opposes ..." in a readout of its president's call: aimed at the other leader
    during = _ev("PhoneCall", ["Ivo Renn", "Lena Ost"])
    assert conversation_parties(_st("Velkia", []), during, ACTS) == ["Lena Ost"]  # type: ignore[arg-type]
    assert conversation_parties(_st("Ardan", []), during, ACTS) == []  # type: ignore[arg-type]


# --- round s5: general target classes, on sentences written for them -------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "states"),
    [
        ("Olaf Scholz praised the strength of Brazilian democratic institutions.", "Olaf Scholz", {"Brazil"}),
        (
            "Anthony Albanese welcomed the progress in Indian-Indonesian trade talks.",
            "Anthony Albanese",
            {"India", "Indonesia"},
        ),
        (
            "Anthony Albanese welcomed the progress in U.S.-China trade talks.",
            "Anthony Albanese",
            {"United States", "China"},
        ),
        (
            "The United Nations condemned the Israeli strike on a school in Gaza.",
            "United Nations",
            {"Israel"},
        ),
    ],
)
def test_a_state_named_by_an_adjective_of_the_content_is_a_target(
    text: str, speaker: str, states: set[str]
) -> None:
    assert any(states <= t for t in _targets_of(text, speaker))


@pytest.mark.parametrize(
    ("text", "speaker", "state"),
    [
        ("Emmanuel Macron praised the courage of the Ukrainian people.", "Emmanuel Macron", "Ukraine"),
        ("Olaf Scholz said the talks on the Korean peninsula must resume.", "Olaf Scholz", "South Korea"),
        ("Olaf Scholz said the Syrian war had to end through talks.", "Olaf Scholz", "Syria"),
    ],
)
def test_an_adjective_of_a_people_or_a_place_names_no_target(text: str, speaker: str, state: str) -> None:
    got = _targets_of(text, speaker)
    assert got and all(state not in t for t in got)


def test_an_armed_group_of_the_speakers_country_is_not_its_own_side() -> None:
    acts = _acts(
        Actor("Ardan", "State", country="ARD"),
        Actor("Mira Tal", "Person", country="ARD", affiliation="Ardan"),
        Actor("Ardan Liberation Front", "ArmedGroup", country="ARD"),
    )
    assert "Ardan Liberation Front" not in own_sides("Mira Tal", acts)  # type: ignore[arg-type]
    text = "Nigerian President Bola Tinubu condemned the attack by Boko Haram."
    assert any("Boko Haram" in t for t in _targets_of(text, "Bola Tinubu"))


@pytest.mark.parametrize(
    "text",
    [
        "Norway and the European Union pledged to keep funding the mission.",
        "Norway and Sweden pledged to keep funding the mission.",
    ],
)
def test_what_co_signatories_undertake_is_not_aimed_at_each_other(text: str) -> None:
    sts = statements(run(text))
    assert len(sts) == 2 and all(not ({a for a, _, _ in sts} & t) for _, t, _ in sts)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Alexei Navalny's health is critical, according to his lawyer Olga Mikhailova.",
            "Olga Mikhailova",
            "Alexei Navalny",
        ),
        (
            "According to the Kenyan foreign ministry, Ethiopia has withdrawn its troops from the border.",
            "Kenyan foreign ministry",
            "Ethiopia",
        ),
    ],
)
def test_an_according_to_source_is_about_the_actors_of_its_clause(
    text: str, source: str, target: str
) -> None:
    assert any(target in t for t in _targets_of(text, source))
