"""Reference resolution while reading an article in order: pronouns, role nouns, proxies, groups.

Journalistic prose refers back to the salient actor: "he tweeted" is the subject of the previous
sentence, "the military chief of staff said" is the person just quoted, "the two leaders" are the
parties of the last call, "monitors from the OSCE" speak for the OSCE. ``Discourse`` keeps that
salience as sentences are read, and ``resolve`` maps the head token of a noun phrase to actor names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from . import lexicon as L
from .mentions import Actor, Actors, group_forms, guess_female, name_words
from .owners import DISCOURSE, demonym_owner, ensure_owner, known_owner, owner_tokens, place_owner
from .sides import states_of
from .syntax import subordinate_clause, title_lemma

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
PLURAL = frozenset({"they", "them", "their", "themselves"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # names the mention pass reads itself


@dataclass
class Discourse:
    acts: Actors
    last_person: str | None = None  # the person subject of the last sentence that had one
    last_female: str | None = None
    last_male: str | None = None
    last_group: list[str] = field(default_factory=list)
    last_speaker: str | None = None
    last_parties: list[str] = field(default_factory=list)  # persons of the last 2-party event
    last_sides: list[str] = field(default_factory=list)  # the last two or more actors acting together
    seen: dict[str, int] = field(default_factory=dict)  # actor -> last token index
    quotes: list[tuple[int, int]] = field(default_factory=list)
    genders: dict[str, bool | None] = field(default_factory=dict)  # person -> gender a title gives
    # sentence start -> the actors its main clause's subject stood for when that sentence was read
    subjects_at: dict[int, list[str]] = field(default_factory=dict)
    # tokens whose resolution is under way: a pronoun can point back to the phrase that owns it
    resolving: set[int] = field(default_factory=set)

    def in_quote(self, tok: Token) -> bool:
        """Inside quotation marks "they", "we", "he" belong to the quoted speaker's world."""
        return any(a <= tok.idx < b for a, b in self.quotes)

    # --- salience updates ----------------------------------------------------------------
    def note_person(self, name: str) -> None:
        actor = self.acts.by_name.get(name)
        if actor is None or actor.kind != "Person":
            return
        self.last_person = name
        if self.is_female(name):
            self.last_female = name
        else:
            self.last_male = name

    def is_female(self, name: str) -> bool:
        actor = self.acts.by_name[name]
        titled = self.titled_gender(name)
        if titled is not None:
            return titled
        if actor.female is None:
            actor.female = guess_female(name)
        return bool(actor.female)

    def _title_words_before(self, i: int, name: str) -> list[str]:
        doc, token_actor = self.acts.doc, self.acts.token_actor
        out: list[str] = []
        for j in range(i - 1, max(-1, i - 4), -1):
            t = doc[j]
            if t.pos_ in ("CCONJ", "ADP", "PUNCT") or token_actor.get(j, name) != name:
                break
            out.append(t.lower_)
        return out

    def titled_gender(self, name: str) -> bool | None:
        """The gender the text gives a person by a title or form of address right before their name
        (up to three words, never across another actor, a conjunction or a preposition: "the widow
        of X" says nothing of X) or in an appositive ("spokeswoman Li Wen", "Li Wen, the ministry's
        spokeswoman", "Mr. Obi"); None when it gives none and only the first name can be guessed from."""
        if name in self.genders:
            return self.genders[name]
        actor = self.acts.by_name[name]
        words = set(actor.role_words)
        doc = self.acts.doc
        for i, held in self.acts.token_actor.items():
            if held == name:
                tok = doc[i]
                words.update(self._title_words_before(i, name))
                words.update(c.lower_ for c in tok.children if c.dep_ == "appos")
                words.update(g.lower_ for c in tok.children if c.dep_ == "appos" for g in c.subtree)
        female = bool(words & L.FEMALE_TITLE_WORDS)
        male = bool(words & L.MALE_TITLE_WORDS)
        self.genders[name] = female if female != male else None
        return self.genders[name]

    def end_sentence(self, sent: Span, subjects: list[list[str]]) -> None:
        """After a sentence: its actors are the most recently seen, its subjects the salient ones."""
        token_actor = self.acts.token_actor
        for i in range(sent.start, sent.end):
            name = token_actor.get(i)
            if name:
                self.seen[name] = i
        for names in subjects:
            persons = [n for n in names if self.acts.by_name.get(n) and self.acts.kind(n) == "Person"]
            if len(names) > 1 or (names and self.acts.by_name[names[0]].kind == "Group"):
                self.last_group = list(names)
            self.note_sides(names)
            if len(persons) == 1:
                self.note_person(persons[0])
                break

    # --- resolution --------------------------------------------------------------------------
    def resolve(self, tok: Token) -> list[str]:
        """Actor names a noun-phrase head stands for ([] when none); each one exists in ``acts``.

        A token met again while its own resolution is under way stands for nothing: "Meeting for
        their retreat, the ministers said" leads from "Meeting" to "their" and back through the
        participle's subject, and the parse gives no other way out of such a loop."""
        if tok.i in self.resolving:
            return []
        self.resolving.add(tok.i)
        try:
            return self._ensured(self._resolve(tok), tok)
        finally:
            self.resolving.discard(tok.i)

    def _resolve(self, tok: Token) -> list[str]:
        """Direct mentions first (an appositive name, a title before a name, a marked token), then
        pronouns and numbers ("both"), then common nouns (titles, sides, proxies)."""
        direct = self._direct(tok)
        if direct is not None:
            return direct
        if tok.pos_ == "PRON":
            if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
                if _singular_verb(tok.head):  # "Lage and Balaguer, who adds ...": the nearest one
                    near = max(
                        (t for t in (tok.head.head, *tok.head.head.conjuncts) if t.i < tok.i),
                        key=lambda t: t.i,
                        default=tok.head.head,
                    )
                    return self.resolve(near)
                return self.expand(tok.head.head)  # "the militants, who are committing ..."
            return [] if self.in_quote(tok) else self._pronoun(tok, tok.lower_)
        if tok.pos_ == "NUM" and tok.lower_ in ("two", "three", "both"):
            return list(self.last_sides or self.last_parties or self.last_group)
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        return self._common_noun(tok)

    def _direct(self, tok: Token) -> list[str] | None:
        """The actor a token names itself (None when it names none and other rules must try)."""
        acts = self.acts
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in acts.token_actor:
            for child in tok.children:  # "army chief [Burhan] and [Dagalo]": the appositive names
                if child.dep_ == "appos" and child.i in acts.token_actor:
                    return self.expand(child)
        if tok.i in acts.prefix_tokens:
            # "with the Crown Prince ... Mohamed bin Salman" parsed with the title as head
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod", "poss", "nmod"):
                return [acts.prefix_tokens[tok.i]]
            return []
        name = acts.at(tok)
        return [name] if name else None

    def _common_noun(self, tok: Token) -> list[str]:
        partial = self._partial_name(tok) or self._lone_surname(tok)
        if partial:
            return partial
        lemma, plural = title_lemma(tok)
        if lemma in L.TITLE_NOUNS:  # "Minister for Strategic Affairs Ron Dermer"
            named = self._title_of_named(tok)
            if named:
                return named
        owners = self._owners(tok)
        if lemma in L.TITLE_NOUNS or (lemma in L.PROXY_NOUNS and lemma in L.PLURAL_PERSON_TITLES):
            if plural and lemma in L.PLURAL_PERSON_TITLES:
                return self._plural_title(owners) if owners or _refers_back(tok) else []
            if not owners and _owner_phrase(tok):
                return []  # "the foreign ministry's spokesman": of a body not known, no known holder
            return self._singular_title(tok, lemma, owners)
        if plural and lemma in L.COLLECTIVE_SIDES and not owners:
            return self._sides(tok)  # "both countries", "the two sides"
        if lemma in L.PROXY_NOUNS or lemma in L.FORCE_NOUNS:
            return owners
        for child in tok.children:  # "the rebel regions": a noun named after an actor
            if child.dep_ == "compound" and child.i in self.acts.token_actor:
                return [self.acts.token_actor[child.i]]
        return self._generic_reference(tok)

    def _partial_name(self, tok: Token) -> list[str]:
        """ "Hassan Sheikh condemned ...": a proper-noun phrase whose words are part of one known
        person's name is that person, even when its last word is also a title ("Sheikh")."""
        if tok.pos_ != "PROPN" or tok.n_lefts == 0:
            return []
        words = [c.text for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok.text]
        if len(words) < 2:
            return []
        return self._the_one_person(lambda a: set(words) <= set(a.name.split()) and a.name != " ".join(words))

    def _lone_surname(self, tok: Token) -> list[str]:
        """ "Weber also warned ...": a lone capitalised word the entity tagger passed over (or took
        for a title or a product) that is the surname of one person named in full before it."""
        if (
            tok.pos_ != "PROPN"
            or tok.ent_type_ in _NAME_ENTS
            or not tok.text[:1].isupper()
            or len(tok.text) < 3
        ):
            return []
        if any(c.dep_ in ("compound", "amod", "det", "poss") for c in tok.children):
            return []
        return self._the_one_person(
            lambda a: a.first_token < tok.i and len(a.name.split()) > 1 and a.name.split()[-1] == tok.text
        )

    def _the_one_person(self, fits: Callable[[Actor], bool]) -> list[str]:
        """The person a partial name stands for, when exactly one person known so far fits it."""
        found = [a.name for a in self.acts.by_name.values() if a.kind == "Person" and fits(a)]
        return found if len(found) == 1 else []

    def _generic_reference(self, tok: Token) -> list[str]:
        """ "the regional body", "the electoral body", "the news agency": a definite generic noun with
        no owner of its own is the organisation of fitting kind already named, the one whose name
        shares a modifier first, else the most recently seen."""
        kinds = L.GENERIC_ORG_NOUNS.get(tok.lemma_.lower())
        bare = not any(c.dep_ in ("det", "poss", "prep") for c in tok.children)
        if kinds is None or not (_definite_unowned(tok) or bare):
            return []
        mods = {c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")}
        best: tuple[tuple[bool, int], str] | None = None
        for name, actor in self.acts.by_name.items():
            last = self.seen.get(name, actor.first_token)
            if actor.kind not in kinds or last >= tok.i:
                continue
            rank = (bool(mods & set(name.lower().split())), last)
            if best is None or rank > best[0]:
                best = (rank, name)
        if best is None or (bare and not best[0][0]):
            return []  # "electoral body" with no article: only the body its modifier names
        self.acts.by_name[best[1]].add_alias(tok.doc[tok.left_edge.i : tok.i + 1].text)
        self.acts.token_actor[tok.i] = best[1]
        return [best[1]]

    def _title_of_named(self, tok: Token) -> list[str]:
        """ "Minister for Strategic Affairs Ron Dermer" parsed with the title as head."""
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "of"):
                for pobj in child.children:
                    name = self.acts.token_actor.get(pobj.i)
                    if name and self.acts.kind(name) == "Person":
                        return [name]
        return []

    def _plural_title(self, owners: list[str]) -> list[str]:
        """ "the leaders", "their ministers": the owners, or the parties' states, or the last parties."""
        if owners and all(self.acts.kind(o) == "Group" for o in owners) and self.last_parties:
            return self._sides() or owners  # "their leaders": the parties' states
        return owners or list(self.last_parties or self.last_group)

    def _singular_title(self, tok: Token, lemma: str, owners: list[str]) -> list[str]:
        """ "the president", "the minister": a known holder of that role, else the owner, else the
        person just speaking or named (not for proxies such as "spokesman")."""
        person = self._title_person(tok, lemma, owners)
        if person:
            return [person]
        if owners:
            return owners
        if lemma in L.PROXY_NOUNS:
            return []
        return [self.last_speaker] if self.last_speaker else ([self.last_person] if self.last_person else [])

    def _owners(self, tok: Token) -> list[str]:
        """Actors a noun belongs to: possessor, state/demonym modifier, "of"/"from"/"at" phrase."""
        return self._ensured(self._owner_names(tok), tok)

    def _ensured(self, names: list[str], tok: Token) -> list[str]:
        """``names``, each made an actor of the article if it is not one yet (gazetteer kind)."""
        for name in names:
            if name not in self.acts.by_name:
                ensure_owner(self.acts, known_owner(self.acts, name, tok))
        return names

    def _owner_names(self, tok: Token) -> list[str]:
        """The owners the phrases around a noun name (owners.DISCOURSE), resolved in the discourse."""
        out: list[str] = []
        for owner_tok, prep in owner_tokens(tok, DISCOURSE):
            if prep is None:
                out.extend(self._modifier_owners(owner_tok))
            else:
                out.extend(self._object_owners(owner_tok, prep))
        return list(dict.fromkeys(out))

    def _modifier_owners(self, child: Token) -> list[str]:
        """ "the Kenyan and Somali ministers", "his spokesman": the actors a possessor or modifier
        stands for, else its demonym, with those of its conjuncts."""
        acts = self.acts
        names = self.resolve(child) if child.i not in acts.prefix_tokens else []
        if not names:
            names = [acts.token_demonym[child.i]] if child.i in acts.token_demonym else []
            if not names and (owner := demonym_owner(acts, child, DISCOURSE)) is not None:
                names = [ensure_owner(acts, owner, refresh=True)]
        for c in child.conjuncts:
            more = [acts.token_demonym[c.i]] if c.i in acts.token_demonym else self.resolve(c)
            names.extend(more)
        return names

    def _object_owners(self, pobj: Token, prep: Token) -> list[str]:
        """ "officials from Kenya", "the ambassador in Kyiv": the actors a preposition's object stands
        for, else the state of a place of origin."""
        acts = self.acts
        names = [found] if (found := acts.at(pobj)) else self.resolve(pobj)
        if not names and (owner := place_owner(acts, pobj, prep, DISCOURSE)) is not None:
            names = [ensure_owner(acts, owner, acts.token_place[pobj.i], refresh=True)]
        if names and _listing_title(prep.head):  # "the presidents of A, B and C said": each one's
            more = [n for c in _listed_after(pobj) if (n := acts.at(c)) and n not in names]
            names = names + more if len(more) >= 2 else names  # a pair has its own rules
        return names

    def _title_person(self, tok: Token, lemma: str, owners: list[str]) -> str | None:
        """The person a role noun refers to: a known holder of that role (of that state), the most
        recently seen first."""
        words = {t.lower_ for t in tok.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ")} - {"the"}
        words |= L.ROLE_SYNONYMS.get(lemma, set())  # "the ambassador" after "envoy Lynne Tracy"
        generic = self._state_holder(tok, lemma, owners)
        if generic:
            return generic
        best: tuple[int, str] | None = None
        for name, actor in self.acts.by_name.items():
            if actor.kind != "Person":
                continue
            if owners and actor.affiliation not in owners and actor.name not in owners:
                continue
            if not (actor.role_words & words) and lemma not in ("leader", "head"):
                continue
            if not owners and not (actor.role_words & L.ROLE_SYNONYMS.get(lemma, {lemma})):
                continue
            rank = self.seen.get(name, actor.first_token if actor.first_token < tok.i else -1)
            if name == self.last_speaker:
                rank += 10**6
            elif name == self.last_person:  # "Lavrov met Wang. The minister said": the subject
                rank += 10**5
            if best is None or rank > best[0]:
                best = (rank, name)
        return best[1] if best else None

    def state_holder(self, tok: Token) -> str | None:
        """The person a definite generic role noun of a state refers to (see _state_holder)."""
        lemma = title_lemma(tok)[0]
        return self._state_holder(tok, lemma, self._owners(tok)) if lemma in L.GENERIC_TITLES else None

    def _state_holder(self, tok: Token, lemma: str, owners: list[str]) -> str | None:
        """ "The Russian official said", "his Chinese counterpart", "the top U.S. diplomat": a
        definite generic role noun of a state is the person of that state seen last (never the
        possessor: "his counterpart" is not him)."""
        acts = self.acts
        states = [o for o in owners if acts.kind(o) == "State"]
        if (
            lemma not in L.GENERIC_TITLES
            or not states
            or not any(c.dep_ in ("det", "poss") for c in tok.lefts)
        ):
            return None
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in tok.lefts):
            return None  # "a Russian official": someone new
        countries = {acts.by_name[s].country for s in states if s in acts.by_name}
        best: tuple[int, str] | None = None
        for name, actor in acts.by_name.items():
            if actor.kind != "Person" or name in owners or name not in self.seen:
                continue
            if actor.affiliation not in states and actor.country not in countries:
                continue
            if best is None or self.seen[name] > best[0]:
                best = (self.seen[name], name)
        return best[1] if best else None

    def note_sides(self, names: list[str]) -> None:
        """Two or more actors just named acting together: what "the two sides" refers to next."""
        if len(names) > 1:
            self.last_sides = list(names)

    def _sides(self, tok: Token | None = None) -> list[str]:
        """ "both countries", "the two sides", "the warring parties": the states of the actors most
        recently named acting together (a later lone group such as "officials said" is no side);
        in a subordinate clause, the two states the main clause before it names ("X called Y, a day
        after forces from both countries clashed")."""
        local = self._main_clause_states(tok) if tok is not None else []
        if len(local) >= 2:
            return local
        return states_of(self.last_sides or self.last_parties or self.last_group, self.acts)

    def _main_clause_states(self, tok: Token) -> list[str]:
        """The states of the persons and states named before ``tok`` outside its subordinate clause."""
        clause = subordinate_clause(tok)
        if clause is None:
            return []
        inside = {t.i for t in clause.subtree}
        names = []
        for t in self.acts.sent(tok):
            if t.i >= tok.i:
                break
            name = self.acts.token_actor.get(t.i)
            if name and t.i not in inside and t.i not in self.acts.prefix_tokens:
                if self.acts.kind(name) in ("Person", "State"):
                    names.append(name)
        return states_of(names, self.acts)

    def _pronoun(self, tok: Token, low: str) -> list[str]:
        if low in PLURAL:
            # "The separatists accused Ukraine of planning an offensive into their enclave"
            for child in self.acts.sent(tok).root.children:
                if child.dep_ in SUBJECT_DEPS and child.i < tok.i and child.pos_ != "PRON":
                    names = self.expand(child)
                    if len(names) > 1 or (
                        names
                        and self.acts.by_name[names[0]].kind in ("Group", "ArmedGroup", "GovernmentBody")
                    ):
                        return names
            return list(self.last_group)
        if low in ("it", "its"):  # a state or organisation: the sentence's subject before it
            for t in self.acts.sent(tok):
                if t.i >= tok.i:
                    break
                name = self.acts.token_actor.get(t.i)
                if (
                    name
                    and t.dep_ in SUBJECT_DEPS
                    and self.acts.kind(name) in ("State", "Organization", "GovernmentBody", "ArmedGroup")
                ):
                    return [name]  # "The RSF said it had shelled ..."
            return []
        if low not in MALE and low not in FEMALE:
            return []
        female = low in FEMALE
        # cataphora: "During his call with X, Putin said" -> the clause subject after the pronoun
        root = self.acts.sent(tok).root
        for child in root.children:
            if child.dep_ in SUBJECT_DEPS and child.i > tok.i:
                name = self.acts.at(child)
                if name and self.acts.kind(name) == "Person" and self.is_female(name) == female:
                    return [name]
        if self.last_person and self.is_female(self.last_person) == female:
            return [self.last_person]
        fallback = self.last_female if female else self.last_male
        if fallback is None and female and self.last_person and self.titled_gender(self.last_person) is None:
            fallback = self.last_person  # no woman named yet: the first-name guess was wrong
        return [fallback] if fallback else []

    def ad_hoc(self, tok: Token) -> list[str]:
        """An actor made from an unresolved subject noun phrase that names people ("Opposition
        groups in Zimbabwe", "Afghan rebel leaders"), with the country its words give. Only
        subjects of speech and action verbs come here: anonymous people ("Residents said") are
        actors only where they speak or act, as the annotation guide wants."""
        acts = self.acts
        generic = self._generic_reference(tok)
        if generic or not _names_people(tok, acts):
            return generic
        lefts = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")]
        if not lefts and tok.lemma_.lower() in L.FORCE_NOUNS:
            return []  # "the 30,000 troops": whose forces the text has not said
        start = min([tok.i] + [c.left_edge.i for c in lefts])
        name = tok.doc[start : tok.i + 1].text.strip()
        if "\n" in name or not name:
            return []
        country = _phrase_country(tok, acts)
        name = name[0].upper() + name[1:] if name[:1].islower() else name
        fuller = _fuller_actor(acts, name)
        if fuller is not None:  # "the electoral commission" of the "National Electoral Commission"
            acts.by_name[fuller].add_alias(tok.doc[start : tok.i + 1].text)
            acts.token_actor[tok.i] = fuller
            return [fuller]
        actor = acts.ensure(name, _ad_hoc_kind(tok.lemma_.lower()), None, tok, country=country)
        for form in group_forms(tok, start):
            actor.add_alias(form)
        acts.token_actor[tok.i] = name
        return [name]

    def _named_by_apposition(self, tok: Token) -> list[str]:
        """ "the paramilitary Rapid Support Forces" parsed as an adjective with the name as its
        appositive: the name's actor."""
        for child in tok.children:
            if child.dep_ == "appos" and child.i in self.acts.token_actor:
                return [self.acts.token_actor[child.i]]
        return []

    def expand(self, tok: Token) -> list[str]:
        """Resolve a head and its conjuncts ("Ukraine and Russia", "Putin and Lukashenko"); names
        listed under a plural title ("National Security Advisors Sullivan, Shin, and Akiba") are
        that collective."""
        for t in (tok, *tok.conjuncts):
            if t.i in self.acts.token_group:
                return [self.acts.token_group[t.i]]
        out: list[str] = []
        name: str | None
        for t in (tok, *tok.conjuncts):
            names = self.resolve(t) or self._named_by_apposition(t)
            for name in names:
                if name not in out:
                    out.append(name)
            for name in (*self._appositive_persons(t), *self._listed_states(t)):
                if name not in out:
                    out.append(name)
            if t.pos_ in ("NOUN", "PROPN"):  # "Kyiv and Western capitals"
                for child in t.lefts:
                    if child.dep_ in ("amod", "compound") and child.conjuncts:
                        for m in (child, *child.conjuncts):
                            name = self.acts.token_actor.get(m.i)
                            if name and name not in out and name in self.acts.by_name:
                                out.append(name)
        return out

    def _appositive_persons(self, tok: Token) -> list[str]:
        """The persons an actor's appositive names ("..., Hanegbi, Minister for Strategic Affairs Ron
        Dermer")."""
        acts = self.acts
        if tok.i not in acts.token_actor:
            return []
        return [
            name
            for child in tok.children
            if child.dep_ == "appos"
            for sub in child.subtree
            if (name := acts.token_actor.get(sub.i))
            and sub.i not in acts.prefix_tokens
            and acts.kind(name) == "Person"
        ]

    def _listed_states(self, tok: Token) -> list[str]:
        """ "The United States, Saudi Arabia, the UAE and Egypt said": a list of states the parser
        hangs on its first one as an appositive with conjuncts; each one is a party."""
        acts = self.acts
        if acts.kind(acts.token_actor.get(tok.i, "")) != "State":
            return []
        for child in tok.children:
            if child.dep_ == "appos" and child.conjuncts:
                names = [acts.token_actor.get(c.i, "") for c in (child, *child.conjuncts)]
                if all(n and acts.kind(n) == "State" for n in names):
                    return names
        return []


def _listing_title(tok: Token) -> bool:
    """ "The presidents of A, B and C agreed": a plural title as a clause's subject, whose "of" list
    names every party that speaks or acts (C2)."""
    return tok.tag_ == "NNS" and tok.dep_ == "nsubj" and tok.lemma_.lower() in L.PLURAL_PERSON_TITLES


def _listed_after(tok: Token) -> list[Token]:
    """The names listed after ``tok`` ("A, B, C and D"), also when the parser hangs the second one
    on the first as an appositive and the rest on it as conjuncts."""
    out: list[Token] = []
    todo = [tok]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" and c not in out:
                out.append(c)
                todo.append(c)
    return out


def _singular_verb(verb: Token) -> bool:
    """A verb group agreeing with one subject: "adds", "has said", "was quoted" (not "said")."""
    group = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBZ" or t.lower_ == "was" for t in group)


# --- ad-hoc actors: small checks -----------------------------------------------------------------


def _names_people(tok: Token, acts: Actors) -> bool:
    """A noun heading a phrase about people acting together, not a title before a name and not
    "their leaders" (a pronoun possessor resolves elsewhere)."""
    lemma = tok.lemma_.lower()
    people = tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS")  # "Young Algerians"
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and (lemma in L.HUMAN_NOUNS or people)
        and lemma not in L.ANONYMOUS_PEOPLE_NOUNS  # "Residents said": anonymous, no actor
        and tok.i not in acts.prefix_tokens
        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
    )


def _fuller_actor(acts: Actors, name: str) -> str | None:
    """The one organisation already read whose name holds every word of ``name`` ("the ministry" of
    "the Nigerian Ministry of Foreign Affairs")."""
    words = name_words(name)
    if len(words) < 2 and not words & L.BODY_NOUNS:
        return None  # a lone word only as a body's head: "the ministry", "the embassy"
    found = [
        a.name
        for a in acts.by_name.values()
        if a.kind not in ("Person", "State") and any(words < name_words(n) for n in (a.name, *a.aliases))
    ]
    return found[0] if len(found) == 1 else None


def _refers_back(tok: Token) -> bool:
    """A plural role noun that names people met before ("the officials", "both leaders"), not a
    bare or indefinite plural that brings in new ones ("Officials familiar with the talks said",
    "some diplomats")."""
    return any(
        c.dep_ in ("poss", "nummod", "predet") or (c.dep_ == "det" and c.lower_ in L.BACK_REFERRING_DETS)
        for c in tok.children
    )


def _owner_phrase(tok: Token) -> bool:
    """A role noun with a phrase naming the body it belongs to ("the ministry's spokesman", "a
    spokesperson for the agency"): when that body is no actor, the holder is no one known."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children]
    return any(_body_noun(o) for o in owners)


def _body_noun(tok: Token) -> bool:
    """A noun that names an organisation by its kind ("the ministry", "the agency")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "PROPN") and (lemma in L.BODY_SOURCE_NOUNS or lemma in L.GENERIC_ORG_NOUNS)


def _definite_unowned(tok: Token) -> bool:
    """ "the regional body" (not "a body", "Kenya's body" or "the body of experts")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.lefts) and not any(
        c.dep_ in ("poss", "prep") for c in tok.children
    )


def _phrase_country(tok: Token, acts: Actors) -> str | None:
    """The country a noun phrase's words give: a known actor, demonym or place inside it."""
    for t in tok.subtree:
        owner = acts.token_actor.get(t.i) or acts.token_demonym.get(t.i) or acts.token_place.get(t.i)
        if owner:
            entry = acts.gaz.get(owner) or acts.gaz.lookup(owner)
            country = entry.country if entry is not None else None
            if entry is None and owner in acts.by_name:
                country = acts.by_name[owner].country
        elif t.pos_ in ("ADJ", "PROPN") and t.i != tok.i:
            entry = acts.gaz.by_demonym(t.text)
            country = entry.country if entry is not None else None
        else:
            continue
        if country:
            return country
    if tok.ent_type_ == "NORP":
        entry = acts.gaz.by_demonym(tok.text[:-1]) or acts.gaz.by_demonym(tok.text)
        return entry.country if entry is not None else None
    return None


def _ad_hoc_kind(lemma: str) -> str:
    if lemma in L.BODY_NOUNS | {"police", "army", "military", "regime", "junta", "navy"}:
        return "GovernmentBody"
    if lemma in L.ARMED_NOUNS | {"guerrilla", "militant", "faction"}:
        return "ArmedGroup"
    return "Group"
