"""Speaker choice (issue 11), each rule on sentences written for it: joint acts of a pair, own-side
attributions after the clause, unnamed sources and spokespeople, he/she and role nouns, the
institutional voice and "was clear that" framing."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from loaders.extract.speech.detection import _points_back
from loaders.extract.speech.speakers import _framing_subject, _plural_head
from loaders.extract.syntax import title_lemma
from tests.helpers import extracted, hand_parsed, speakers_of, spoken

run = extracted


CALL = "Chilean President Gabriel Boric spoke by telephone with Peruvian President Dina Boluarte on Monday. "


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # joint acts: one statement per party, never "party" read as a political party
        (
            CALL + "The parties noted the growth of trade in copper and fish.",
            "growth of trade",
            {"Gabriel Boric", "Dina Boluarte"},
        ),
        # a trailing "the statement said" only reports the pair's act
        (
            CALL + "The two sides agreed to reopen the border crossing, the statement said.",
            "reopen the border",
            {"Gabriel Boric", "Dina Boluarte"},
        ),
        # a body's unnamed spokesman is a person of that body
        (
            "Chile's Defence Ministry spokesman denied the report on Monday.",
            "the report",
            {"Chile's Defence Ministry spokesman"},
        ),
        # anonymous sources with a state adjective stay those sources
        (
            "According to Peruvian sources, the troops were camped near the river.",
            "troops were camped",
            {"Peruvian sources"},
        ),
        # "the ministry said" is the body of that kind named before
        (
            "Chile's foreign ministry accused Peru of violating its airspace. "
            "The ministry said it would summon the Peruvian ambassador.",
            "summon the Peruvian ambassador",
            {"Chilean foreign ministry"},
        ),
        # "was clear that": what follows is the subject's
        (
            "President Gabriel Boric was clear that, if Peru closes the border, Chile is ready to "
            "impose tariffs on Peruvian goods.",
            "tariffs",
            {"Gabriel Boric"},
        ),
    ],
)
def test_speaker_rules(text: str, words: str, expected: set[str]) -> None:
    assert speakers_of(run(text), words) == expected


def test_trailing_body_attribution_stays_a_statement_of_its_own() -> None:
    x = run(CALL + "The two sides agreed to reopen the border crossing, Chile's foreign ministry said.")
    assert {"Gabriel Boric", "Dina Boluarte"} <= speakers_of(x, "reopen the border")
    assert any("ministry" in who for who, _ in spoken(x))


def test_he_said_is_not_the_person_the_quote_names() -> None:
    x = run(
        "Boluarte accused Boric's government of backing the protests, a charge that Boric denied. "
        '"I reject Boluarte\'s lies," he said.'
    )
    assert speakers_of(x, "lies") == {"Boric"} or speakers_of(x, "lies") == {"Gabriel Boric"}


def test_he_after_a_sentence_naming_one_person_is_that_person() -> None:
    x = run(
        "President Luis Arce of Bolivia met Chilean President Gabriel Boric in La Paz on Monday. "
        "Arce said the talks were useful. "
        "In the end it was Uruguayan President Luis Lacalle Pou's proposal that broke the deadlock. "
        "He asked both leaders to sign the road accord."
    )
    assert speakers_of(x, "sign the road accord") == {"Luis Lacalle Pou"}


def test_the_minister_is_the_last_subject_holding_the_role() -> None:
    x = run(
        "Chilean Foreign Minister Alberto van Klaveren held talks with Peruvian Foreign Minister "
        "Javier Gonzalez-Olaechea in Lima on Tuesday. "
        "The minister said Santiago was ready to deepen cooperation with Lima."
    )
    assert speakers_of(x, "deepen cooperation") == {"Alberto van Klaveren"}


def test_official_quoted_making_the_state_act_speaks_as_the_state() -> None:
    x = run(
        "Chilean Foreign Minister Alberto van Klaveren spoke to reporters on Tuesday. "
        '"Chile condemns the attack on the embassy in the strongest terms," he said.'
    )
    assert speakers_of(x, "condemns the attack") == {"Chile"}


def test_staff_of_a_named_organisation_speak_for_it() -> None:
    x = run("Officials at the state-run Andean Copper Corporation said output had fallen by a third.")
    assert speakers_of(x, "output had fallen") == {"Andean Copper Corporation"}


# --- syntax ----------------------------------------------------------------------------------------


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A Doc with the given parse (``heads`` are absolute indices); lemmas are the lower-cased words."""
    return hand_parsed(words, heads, deps, pos=pos, lemmas=[w.lower() for w in words])


def test_framing_subject_follows_the_clause_up_to_a_saying_predicate() -> None:
    # "Boric was clear that Chile will respond"
    doc = _doc(
        ["Boric", "was", "clear", "that", "Chile", "will", "respond"],
        [1, 1, 1, 6, 6, 6, 1],
        ["nsubj", "ROOT", "acomp", "mark", "nsubj", "aux", "ccomp"],
        ["PROPN", "AUX", "ADJ", "SCONJ", "PROPN", "AUX", "VERB"],
    )
    subj = _framing_subject(doc[6])
    assert subj is not None and subj.text == "Boric"
    assert _framing_subject(doc[1]) is None  # the predicate itself frames nothing above it


def test_framing_subject_needs_a_saying_adjective() -> None:
    # "Boric was happy that Chile will respond": no saying frame
    doc = _doc(
        ["Boric", "was", "happy", "that", "Chile", "will", "respond"],
        [1, 1, 1, 6, 6, 6, 1],
        ["nsubj", "ROOT", "acomp", "mark", "nsubj", "aux", "ccomp"],
        ["PROPN", "AUX", "ADJ", "SCONJ", "PROPN", "AUX", "VERB"],
    )
    assert _framing_subject(doc[6]) is None


@pytest.mark.parametrize(
    ("words", "pos", "expected"),
    [
        (["it", "said"], ["PRON", "VERB"], True),
        (["the", "statement", "said"], ["DET", "NOUN", "VERB"], True),
        (["the", "ministry", "said"], ["DET", "NOUN", "VERB"], False),
    ],
)
def test_points_back(words: list[str], pos: list[str], expected: bool) -> None:
    n = len(words)
    heads = [n - 1 if i == n - 2 else (i + 1 if i < n - 2 else i) for i in range(n)]
    deps = ["det"] * (n - 2) + ["nsubj", "ROOT"]
    doc = _doc(words, heads, deps, pos)
    assert _points_back(doc[n - 1]) is expected


def test_he_after_a_title_subject_is_that_subject() -> None:
    x = run(
        "Foreign Minister Alberto van Klaveren spoke today with Peruvian President Dina Boluarte. "
        "The Foreign Minister also spoke with Bolivian President Luis Arce. "
        "He urged Bolivia to reopen the border crossing."
    )
    assert speakers_of(x, "reopen the border") == {"Alberto van Klaveren"}


def test_qualified_plural_people_are_a_group_of_their_own() -> None:
    x = run(CALL + "Opposition leaders said the accord ignored the northern provinces.")
    assert speakers_of(x, "ignored the northern") == {"Opposition leaders"}


def test_one_anonymous_official_of_a_state_is_a_person() -> None:
    x = run("A senior Peruvian official said the talks had stalled over fishing quotas.")
    ids = {a["id"]: a for a in x["actors"]}
    who = [ids[s["speaker"]] for s in x["statements"] if "fishing quotas" in s["text"]]
    assert [(a["name"].lower(), a["kind"]) for a in who] == [("senior peruvian official", "Person")]


def test_its_ministry_is_the_last_states_ministry() -> None:
    x = run("Bolivia denied sending troops to the border. Its foreign ministry said the reports were false.")
    assert speakers_of(x, "reports were false") == {"Bolivia's foreign ministry"}


def test_the_group_is_the_last_armed_group() -> None:
    x = run(
        "FARC guerrillas attacked a police post in Cauca on Monday, officials said. "
        "The group said it had acted in self-defence."
    )
    kinds = {a["name"]: a["kind"] for a in x["actors"]}
    who = speakers_of(x, "self-defence")
    assert who and {kinds[w] for w in who} == {"ArmedGroup"}


def test_the_presidents_of_each_country_are_each_states_president() -> None:
    x = run(
        "The dispute between the nations of Chile, Peru and Bolivia ended on Friday. "
        "The presidents of each country agreed to reopen the border crossings. "
        "Chilean President Gabriel Boric said the accord was fair. Peruvian President Dina Boluarte "
        "welcomed the deal. Bolivian President Luis Arce praised the mediators."
    )
    assert speakers_of(x, "reopen the border") == {"Gabriel Boric", "Dina Boluarte", "Luis Arce"}


TRIO = (
    "On Tuesday, Interior Minister Ana Rivas of Chile, Interior Minister Pedro Salas of Peru and "
    "Interior Minister Luis Mora of Bolivia met in La Paz. "
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a capitalised plural title (kept as written by the lemmatiser) is the three who met
        (TRIO + "The three Interior Ministers condemned the smuggling networks.", "smuggling networks"),
        (TRIO + "The Interior Ministers agreed to share border data.", "share border data"),
        # the same in lower case
        (TRIO + "The ministers called for joint patrols along the river.", "joint patrols"),
    ],
)
def test_a_plural_title_speaks_as_each_holder(text: str, words: str) -> None:
    assert speakers_of(run(text), words) == {"Ana Rivas", "Pedro Salas", "Luis Mora"}


@pytest.mark.parametrize(
    ("word", "tag", "lemma", "expected"),
    [
        ("Ministers", "NNPS", "Ministers", ("minister", True)),
        ("Advisors", "NNP", "Advisors", ("advisor", True)),
        ("ministers", "NNS", "minister", ("minister", True)),
        ("Reuters", "NNP", "Reuters", ("reuters", False)),
        ("Minister", "NNP", "Minister", ("minister", False)),
    ],
)
def test_title_lemma_reads_capitalised_plural_titles(word: str, tag: str, lemma: str, expected) -> None:
    doc = Doc(
        spacy.blank("en").vocab,
        words=["The", word, "said"],
        tags=["DT", tag, "VBD"],
        lemmas=["the", lemma, "say"],
    )
    assert title_lemma(doc[1]) == expected


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("National Security Advisors", "advisor"),
        ("Defence Ministers", "minister"),
        ("Hamas", "hama"),
        ("", ""),
    ],
)
def test_plural_head_is_the_singular_of_the_last_word(name: str, head: str) -> None:
    """ "They" after a collective named by a plural title is read through this head word; a name
    not ending in a plural title gives a word no title list holds."""
    assert _plural_head(name) == head


STATEMENT = "# Statement by President Gabriel Boric on the Floods in Peru\n2024-03-05\n\n"


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        # the author's own state as subject of a present or future claim speaks itself (C7)
        ("Chile will stand with the people of Peru in these hard days.", "stand with the people", "Chile"),
        ("Chile is sending rescue teams to the flooded valleys of Peru.", "rescue teams", "Chile"),
        # "we" in the next sentence goes on in that voice
        (
            "Chile is sending rescue teams to Peru. We will help rebuild the bridges that were lost.",
            "rebuild the bridges",
            "Chile",
        ),
        # a past fact about the state stays the author's report
        ("Chile sent rescue teams to Peru after the floods of last year.", "rescue teams", "Gabriel Boric"),
    ],
)
def test_the_author_makes_his_state_speak(tmp_path, body: str, words: str, expected: str) -> None:
    from loaders.extract import extract_file

    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT + body + "\n", encoding="utf-8")
    x = extract_file(path)
    assert speakers_of(x, words) == {expected}


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a singular verb after "A and B, who ..." agrees with the nearest one
        (
            "The port reopened on Friday, according to trade minister Ana Rivas and "
            "transport minister Jorge Salas, who adds that the ferries will resume next week.",
            "ferries will resume",
            {"Jorge Salas"},
        ),
    ],
)
def test_who_agrees_with_its_verb(text: str, words: str, expected: set[str]) -> None:
    assert speakers_of(run(text), words) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a generic body name the gazetteer gives another state is the possessor's body
        (
            "Chile's Foreign Office said the ambassador had been summoned.",
            "ambassador",
            "Chilean Foreign Office",  # C7: the body named with its state's adjective
        ),
        (
            "India's Foreign Office said the visit was postponed. The Foreign Office added that it "
            "hoped for a new date.",
            "new date",
            "Indian Foreign Office",
        ),
        # "the ministry in <capital>" is the body of that state named before
        (
            "Peru's foreign ministry accused Chile of spying. The ministry in Lima said the envoy "
            "would stay home.",
            "envoy",
            "Peruvian foreign ministry",
        ),
        # what ties an anonymous person to a side is part of the name
        (
            "Andean negotiators met in Quito. An advisor to the Bolivian delegation said the talks were serious.",
            "talks were serious",
            "Advisor to the Bolivian delegation",
        ),
        (
            "A source close to the negotiations said a deal was near.",
            "deal was near",
            "Source close to the negotiations",
        ),
    ],
)
def test_non_entity_sources_are_named_as_the_text_names_them(text: str, words: str, expected: str) -> None:
    assert speakers_of(run(text), words) == {expected}


def test_a_partial_name_ending_in_a_title_is_that_person() -> None:
    """ "Hassan Sheikh" is part of "Hassan Sheikh Mohamud", not the role noun "sheikh"."""
    x = run(
        "Kenyan President William Ruto called Somali President Hassan Sheikh Mohamud on Monday. "
        '"We will not give up," Kenyan Interior Minister Daniel Kiptoo told reporters. '
        "Somalia's presidency said Hassan Sheikh condemned the raid on the border post."
    )
    who = speakers_of(x, "the raid")
    assert "Hassan Sheikh Mohamud" in who and "Daniel Kiptoo" not in who


def test_the_leaders_after_a_call_are_the_two_persons() -> None:
    x = run(
        "Prime Minister Keir Starmer spoke to President Emmanuel Macron this evening. The Prime Minister "
        "congratulated the President on the games. The leaders agreed that the fisheries deal must hold."
    )
    assert speakers_of(x, "fisheries deal") == {"Keir Starmer", "Emmanuel Macron"}


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a body a state has one of, with no owner, is that body of the article's country
        (
            "Protesters in Caracas demanded that Maduro step down. The army said it would not fire on them.",
            "not fire on them",
            "Venezuelan army",
        ),
        # the same body named before keeps its name
        (
            "Bolivia's government rejected the report on Monday. The government said the figures were wrong.",
            "figures were wrong",
            "Bolivian government",
        ),
    ],
)
def test_the_army_said_is_the_home_states_army(text: str, words: str, expected: str) -> None:
    assert speakers_of(run(text), words) == {expected}


def test_an_unnamed_office_holder_is_a_person_of_that_state() -> None:
    x = run("Peru's defence minister said one of the drones fell inside its territorial waters.")
    ids = {a["id"]: a for a in x["actors"]}
    who = [ids[s["speaker"]] for s in x["statements"] if "drones" in s["text"]]
    assert [(a["name"], a["kind"], a["country"]) for a in who] == [
        ("Peru's defence minister", "Person", "PER")
    ]


def test_the_statement_added_is_its_issuers() -> None:
    """ "the statement added" is whoever issued the statement, not the last one quoted."""
    x = run(
        'In a statement read on state radio, the Bolivian army said: "We will not fire on the people." '
        "A correspondent for Andes Radio said the announcement was a turning point. "
        '"The soldiers in the streets are there for your safety," the statement added.'
    )
    assert speakers_of(x, "for your safety") == speakers_of(x, "fire on the people") != set()


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a definite generic role noun of a state is that state's person named before
        (
            "Deputy Foreign Minister Pedro Salas of Peru met U.S. envoy Mary Hale on Monday. "
            "The Peruvian official said the talks were useful.",
            "talks were useful",
            "Pedro Salas",
        ),
        # a role synonym: "the ambassador" after "envoy Mary Hale"
        (
            "Deputy Foreign Minister Pedro Salas of Peru met U.S. envoy Mary Hale on Monday. "
            "The ambassador said Washington wanted a stable border.",
            "stable border",
            "Mary Hale",
        ),
        # "his <demonym> counterpart" is never the possessor
        (
            "Chilean President Gabriel Boric and Bolivian President Luis Arce signed a water accord on "
            "Tuesday. The Chilean leader said the "
            "accord was fair. His Bolivian counterpart said the two countries would share the river.",
            "share the river",
            "Luis Arce",
        ),
    ],
)
def test_role_nouns_of_a_state_are_its_person(text: str, words: str, expected: str) -> None:
    assert speakers_of(run(text), words) == {expected}


def test_an_indefinite_official_of_a_state_is_someone_new() -> None:
    x = run(
        "Deputy Foreign Minister Pedro Salas of Peru arrived in Lima on Monday. "
        "A Peruvian official said the talks had stalled."
    )
    assert "Pedro Salas" not in speakers_of(x, "talks had stalled")


def test_a_spokespersons_statement_is_the_states_voice(tmp_path) -> None:
    """ "Statement by Press Secretary X": the state the statement makes speak is its voice, also in
    the sentences with no cue of their own."""
    from loaders.extract import extract_file

    path = tmp_path / "statement.txt"
    path.write_text(
        "# Statement by Spokesperson Ana Rivas on the Missile Launch\n2024-03-05\n\n"
        "Chile strongly condemns the launch of a ballistic missile over the Pacific. "
        "This launch is a clear violation of several Security Council resolutions.\n",
        encoding="utf-8",
    )
    x = extract_file(path)
    assert speakers_of(x, "clear violation") == {"Chile"}


def test_they_after_the_parties_are_the_two_persons() -> None:
    """ "They expressed ..." after "the parties" of a call is the two people, not their states."""
    x = run(
        CALL + "The parties discussed bilateral cooperation and praised the level of Chilean-Peruvian "
        "relations. They expressed mutual commitment to joint projects in the fishing industry."
    )
    assert speakers_of(x, "joint projects") == {"Gabriel Boric", "Dina Boluarte"}


def test_one_unnamed_source_of_a_body_is_a_new_source() -> None:
    x = run(
        "The Chilean Navy is investigating the collision. An anonymous senior Chilean naval source "
        "told reporters that the crew had ignored the warnings."
    )
    ids = {a["id"]: a for a in x["actors"]}
    who = [ids[s["speaker"]] for s in x["statements"] if "ignored the warnings" in s["text"]]
    assert [(a["name"], a["kind"]) for a in who] == [("Senior Chilean naval source", "Person")]
